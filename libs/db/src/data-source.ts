import { DataSource } from 'typeorm';
import { loadConfig, loadEnvFile } from '#config/index.js';
import { dataSourceOptions } from './data-source-options.js';

// The TypeORM CLI entry (`npm run migration:*`): the same options the apps use.
loadEnvFile();
export default new DataSource(
  dataSourceOptions({ url: loadConfig().databaseUrl, applicationName: 'gofar-cli' }),
);
