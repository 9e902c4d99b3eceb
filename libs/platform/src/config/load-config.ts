import { envSchema, type AppConfig } from './config.schema';

/** Raised for a bad environment; its message is one line that names each bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Validates the whole environment once; blank values count as unset so defaults apply. */
export function loadConfig(env: Env = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return Object.freeze(parsed.data);

  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const given = present[name];
    const secret = /SECRET|PASSWORD|URL/.test(name);
    const shown = given === undefined || secret ? '' : ` (got "${given}")`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

/**
 * For entry points: load the configuration or stop the process with a single
 * clear line instead of a stack trace.
 */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
