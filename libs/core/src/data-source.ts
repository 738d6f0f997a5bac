import { DataSource } from 'typeorm';
import { loadConfig, loadEnvFile } from '#config/index.js';
import { dataSourceOptions } from '#db/index.js';
import { entities } from './entities.js';

// The TypeORM CLI entry (`npm run migration:*`): the same options the apps use.
loadEnvFile();
export default new DataSource(
  dataSourceOptions({ url: loadConfig().databaseUrl, entities, applicationName: 'gofar-cli' }),
);
