import { getPath } from "../spec/dataset/field-path";

/**
 * The value of a field a judge names (`options: mc1_targets`, `secret: target.value`): a dotted path
 * into the item's fields. Validation checks that the dataset has the field; an item that still lacks
 * it is an error rather than a silent "not leaked" or "unparsed".
 */
export function itemField(
  fields: Readonly<Record<string, unknown>>,
  path: string,
  judge: string,
  key: string,
): unknown {
  const found = getPath(fields, path);
  if (!found.found) {
    throw new Error(
      `${judge} judge: the item has no field "${path}" (named by ${key}:); check the field name, or filter such items out with dataset.where`,
    );
  }
  return found.value;
}
