import { DTYPE_NAMES } from "../spec/dtype";
import { didYouMean } from "../spec/suggest";

/** The usage message for a `--dtype` that names no dtype. */
export function unknownDtype(name: string): string {
  return `--dtype ${name} is not a dtype: use one of ${DTYPE_NAMES.join(", ")} (${didYouMean(name, DTYPE_NAMES, "dtypes")})`;
}
