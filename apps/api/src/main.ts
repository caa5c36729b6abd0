import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
loadDotenv({ quiet: true });

import { AppConfig, ConfigError } from '@app/core';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiModule } from './api.module';
import { setupHttp } from './setup-http';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(), {
    bufferLogs: true,
    bodyParser: false,
  });
  setupHttp(app);
  const config = app.get(AppConfig);
  await app.listen(config.PORT);
}

bootstrap().catch((error) => {
  // A configuration error is the operator's to fix: say it plainly, without a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
