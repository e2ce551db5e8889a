/** Typed reads of a Hugging Face config.json; a missing or ill-typed key throws an Error naming it. */
export type Config = Record<string, unknown>;

function present(config: Config, key: string): boolean {
  return config[key] !== undefined && config[key] !== null;
}

/** A positive integer; `fallback` when the key is absent or null (a JSON null means "use the default"). */
export function positiveInt(config: Config, key: string, fallback?: number): number {
  const value = present(config, key) ? config[key] : fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value <= 0) {
    throw new Error(`reference forward: config.json "${key}" must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function finiteNumber(config: Config, key: string, fallback?: number): number {
  const value = present(config, key) ? config[key] : fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`reference forward: config.json "${key}" must be a number, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function text(config: Config, key: string, fallback?: string): string {
  const value = present(config, key) ? config[key] : fallback;
  if (typeof value !== "string") {
    throw new Error(`reference forward: config.json "${key}" must be a string, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function flag(config: Config, key: string, fallback: boolean): boolean {
  const value = present(config, key) ? config[key] : fallback;
  if (typeof value !== "boolean") {
    throw new Error(`reference forward: config.json "${key}" must be true or false, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Throws unless `key` is absent, null, or `allowed`. */
export function unsupportedUnless(config: Config, key: string, allowed?: unknown): void {
  if (present(config, key) && config[key] !== allowed) {
    throw new Error(`reference forward: config.json "${key}" = ${JSON.stringify(config[key])} is not supported`);
  }
}

/** Every id an integer in [0, size); `what` names the ids in the error. */
export function checkIds(ids: readonly number[], size: number, what: string): void {
  ids.forEach((id, i) => {
    if (!Number.isInteger(id) || id < 0 || id >= size) {
      throw new Error(`reference forward: ${what}[${i}] = ${id} is outside [0, ${size})`);
    }
  });
}
