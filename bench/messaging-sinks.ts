import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** An SMTP server that accepts and counts, without parsing: the sink costs as little as possible. */
export class CountingSmtpSink {
  received = 0;
  duplicates = 0;
  readonly messageIds = new Set<string>();
  private server!: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // No reverse DNS lookup per connection: offline it costs seconds, and it is not what we measure.
      disableReverseLookup: true,
      onData: (stream, _session, callback) => {
        let head = '';
        stream.on('data', (c: Buffer) => {
          if (head.length < 4096) head += c.toString('latin1');
        });
        stream.on('end', () => {
          this.received += 1;
          // Exactly once is checked here, at the sink: the same Message-ID twice is a double send.
          const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1];
          if (id) {
            if (this.messageIds.has(id)) this.duplicates += 1;
            this.messageIds.add(id);
          }
          callback();
        });
      },
    });
    // Replies go out at once (no Nagle delay on small SMTP answers), as a real MTA does.
    this.server.server.on('connection', (socket) => socket.setNoDelay(true));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}
