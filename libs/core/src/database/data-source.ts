/**
 * The DataSource of the TypeORM CLI (`npm run migration:run`, `migration:generate`).
 * The apps build theirs through DatabaseModule from the same options.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { loadConfig } from '../config/load-config';
import { dataSourceOptions } from './data-source-options';

loadDotenv({ quiet: true });
const config = loadConfig(AppConfig);

export default new DataSource({
  ...dataSourceOptions(config.DATABASE_URL),
  entities: [join(__dirname, '..', '..', '..', '*', 'src', '**', '*.entity.{ts,js}')],
});
