import { type AppConfig, loadConfig } from './app-config.js';
import { ConfigError } from './config.error.js';
import { loadEnvFile } from './load-env-file.js';

/** For process entry points: `.env` (if any) plus the environment, or one clear line and exit 1. */
export function loadConfigOrExit(): AppConfig {
  loadEnvFile();
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
