/**
 * The config file of a `trustspec run`, for the Jest runner, transformer, suites and reporter it starts.
 * In a module of its own: the suites read the run's settings without loading the config's parser.
 */
export const CONFIG_ENV = "TRUSTSPEC_CONFIG";
