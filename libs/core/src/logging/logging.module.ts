import { DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;
/** Tokens in links (invitations, signed links) and webhook tokens (`?jeton=`) stay out of logs. */
const maskTokens = (url: string) =>
  url.replace(/[A-Za-z0-9_-]{32,}/g, '[jeton]').replace(/([?&]jeton=)[^&]*/g, '$1[jeton]');

/**
 * Structured JSON logs (pino) with a request id: taken from `X-Request-Id` when a proxy set one,
 * else generated; echoed in the response header and in every error body.
 */
@Module({})
export class LoggingModule {
  static forRoot(app: 'api' | 'worker' | 'cli'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.LOG_LEVEL,
              transport: config.LOG_PRETTY ? { target: 'pino-pretty' } : undefined,
              base: { app },
              genReqId: (req, res) => {
                const given = req.headers['x-request-id'];
                const id =
                  typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
                res.setHeader('X-Request-Id', id);
                return id;
              },
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: maskTokens(req.url),
                }),
              },
              autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
            },
          }),
        }),
      ],
    };
  }
}
