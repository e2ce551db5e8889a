/** Every command `trustspec --help` lists: the tests that check each one's help and loading. */
export const COMMANDS = [
  "validate",
  "run",
  "probe",
  "report",
  "show",
  "compile",
  "cache",
  "init",
  "import",
  "generate",
  "score",
  "classify",
  "serve",
  "models",
] as const;
