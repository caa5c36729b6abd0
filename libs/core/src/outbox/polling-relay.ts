import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/**
 * The loop of a relay that moves committed rows to a queue: every `pollMs`, relay batches until
 * one comes back short; one relay at a time per process; on shutdown, finish the current batch.
 * A failed tick (Redis down) is logged and retried at the next one: the rows stay in the table.
 */
export abstract class PollingRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  protected stopped = false;

  protected constructor(
    private readonly logger: Logger,
    private readonly batchSize: number,
  ) {}

  /** Relays one batch; returns how many rows went to the queue. */
  protected abstract relay(): Promise<number>;

  protected abstract pollMs(): number;

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  relayOnce(): Promise<number> {
    this.running ??= this.relay().finally(() => (this.running = undefined));
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(async () => {
      try {
        while ((await this.relayOnce()) === this.batchSize && !this.stopped);
      } catch (error) {
        this.logger.warn(`Relais en échec : ${(error as Error).message}`);
      }
      this.schedule();
    }, this.pollMs());
  }
}
