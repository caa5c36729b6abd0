import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface BrevoRequest {
  path: string;
  apiKey: string | undefined;
  body: {
    sender: string;
    recipient: string;
    content: string;
    type: string;
    tag?: string;
    webUrl?: string;
    unicodeEnabled?: boolean;
  };
  at: number;
}

/** An SMS the stand-in took in charge (as Brevo's event log has it). */
export interface BrevoAccepted {
  messageId: number;
  recipient: string;
  tag?: string;
  at: number;
}

/**
 * A local stand-in for Brevo's transactional SMS API (POST /v3/transactionalSMS/send, header
 * `api-key`, JSON body; 201 `{ messageId }`, errors `{ code, message }`), on a free port. Tests
 * queue the next answers (503, 400…) to exercise retries and permanent failures. It also answers
 * Brevo's event log (GET /v3/transactionalSMS/statistics/events?tags=&phoneNumber=), and can be
 * slow (`delayMs`: accepted at once, answered later) or run a hook once it accepted an SMS.
 */
export class BrevoStandIn {
  readonly requests: BrevoRequest[] = [];
  readonly accepted: BrevoAccepted[] = [];
  readonly lookups: URL[] = [];
  /** Delay of the answer to a send (the SMS is accepted when the request arrives). */
  delayMs = 0;
  /** Delay of the answer to an event-log lookup. */
  lookupDelayMs = 0;
  /** Runs once an SMS is accepted, before the answer goes back (e.g. break the database). */
  onAccepted?: (sms: BrevoAccepted) => Promise<void>;
  private planned: { status: number; body: unknown }[] = [];
  private nextId = 1000;
  private server!: Server;
  url = '';

  constructor(private readonly apiKey = 'cle-api-de-test') {}

  get key(): string {
    return this.apiKey;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next `count` requests get this answer (then 201 again). */
  answerNext(count: number, status: number, body: unknown): void {
    for (let i = 0; i < count; i++) this.planned.push({ status, body });
  }

  sentTo(recipient: string): BrevoRequest[] {
    return this.requests.filter((r) => r.body.recipient === recipient);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url?.startsWith('/v3/transactionalSMS/statistics/events')) {
      return this.events(req, reply);
    }
    if (req.method !== 'POST' || req.url !== '/v3/transactionalSMS/send') {
      return reply(404, { code: 'not_found', message: 'Not found' });
    }
    const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    this.requests.push({
      path: req.url,
      apiKey: req.headers['api-key'] as string,
      body,
      at: Date.now(),
    });
    if (req.headers['api-key'] !== this.apiKey) {
      return reply(401, { code: 'unauthorized', message: 'Key not found' });
    }
    const planned = this.planned.shift();
    if (planned) return reply(planned.status, planned.body);
    if (!body.recipient || !body.content || !body.sender) {
      return reply(400, {
        code: 'missing_parameter',
        message: 'recipient, content and sender are required',
      });
    }
    const sms = {
      messageId: this.nextId++,
      recipient: body.recipient,
      tag: body.tag,
      at: Date.now(),
    };
    this.accepted.push(sms);
    await this.onAccepted?.(sms);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    reply(201, { messageId: sms.messageId });
  }

  /** Brevo's unaggregated SMS events, filtered by tag and number: one `sent` per accepted SMS. */
  private async events(
    req: IncomingMessage,
    reply: (s: number, b: unknown) => void,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    this.lookups.push(url);
    if (req.headers['api-key'] !== this.apiKey) {
      return reply(401, { code: 'unauthorized', message: 'Key not found' });
    }
    if (this.lookupDelayMs) await new Promise((r) => setTimeout(r, this.lookupDelayMs));
    const tags = url.searchParams.get('tags');
    const phone = url.searchParams.get('phoneNumber');
    const events = this.accepted
      .filter((a) => (!tags || a.tag === tags) && (!phone || a.recipient === phone))
      .map((a) => ({
        phoneNumber: a.recipient,
        date: new Date(a.at).toISOString(),
        messageId: a.messageId,
        event: 'sent',
        tag: a.tag,
      }));
    reply(200, { events });
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
