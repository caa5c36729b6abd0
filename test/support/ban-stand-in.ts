import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export type BanHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A stand-in for the BAN API (api-adresse.data.gouv.fr) on 127.0.0.1 and a free port: tests set
 * `handler` to answer in BAN's GeoJSON format, with an error status, or not at all (timeouts).
 */
export class BanStandIn {
  handler: BanHandler = (_req, res) => res.end();
  readonly requests: URL[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(new URL(req.url ?? '/', 'http://stand-in'));
      this.handler(req, res);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Answers with this JSON body and status. */
  answer(body: unknown, status = 200): void {
    this.handler = (_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
  }

  /** Holds every request without answering, until stop(). */
  hang(): void {
    this.handler = () => undefined;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** One feature of BAN's answer: coordinates are [lon, lat], as in GeoJSON. */
export function banFeature(properties: Record<string, unknown>, lon: number, lat: number) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { score: 0.95, type: 'municipality', ...properties },
  };
}

export const banCollection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
