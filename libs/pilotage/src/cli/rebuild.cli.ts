/**
 * `npm run pilotage:rebuild [-- --reset]`: rebuilds the yearly report's facts from the modules'
 * history (idempotent: a second run adds 0). Prints a JSON summary.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
loadDotenv({ quiet: true });

import { CoreModule } from '@app/core';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PilotageRebuildModule } from '../rebuild/pilotage-rebuild.module';
import { PilotageRebuildService } from '../rebuild/rebuild.service';

@Module({ imports: [CoreModule.forRoot('cli', { LOG_LEVEL: 'warn' }), PilotageRebuildModule] })
class RebuildCliModule {}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(RebuildCliModule, {
    logger: ['error', 'warn'],
  });
  try {
    const report = await app
      .get(PilotageRebuildService)
      .reconstruire({ reset: process.argv.includes('--reset') });
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
