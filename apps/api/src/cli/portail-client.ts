import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { PORTAIL_SCHEMA_PATH, portailSchemaSource } from '../openapi/portail-schema';

/**
 * `npm run portail:client`: rewrites apps/portail/src/api/schema.d.ts from the API's controllers.
 * `--stdout`: prints it instead (the drift test compares it to the committed file; it runs
 * here in Node because openapi-typescript's dependencies are ES modules Jest cannot load).
 */
portailSchemaSource()
  .then((source) => {
    if (process.argv.includes('--stdout')) {
      process.stdout.write(source);
      return;
    }
    writeFileSync(PORTAIL_SCHEMA_PATH, source);
    console.warn(`Client du portail régénéré : ${PORTAIL_SCHEMA_PATH}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
