/**
 * Cuts items, already sorted longest first, into batches of at most `size`. When `equalLength`,
 * a batch only holds items of one length: exports without position_ids count positions from the
 * start of the row, so left padding would shift them.
 */
export function batchByLength<T>(
  sorted: readonly T[],
  size: number,
  length: (item: T) => number,
  equalLength: boolean,
): T[][] {
  const out: T[][] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    const first = last?.[0];
    const fits =
      last !== undefined &&
      last.length < size &&
      (!equalLength || (first !== undefined && length(first) === length(item)));
    if (fits) last.push(item);
    else out.push([item]);
  }
  return out;
}
