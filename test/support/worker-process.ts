import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const ROOT = join(__dirname, '..', '..');

/**
 * The worker as a real separate process (`apps/worker/src/main.ts` through ts-node), so that
 * signals are real: SIGTERM reaches the process, not a test double.
 */
export class WorkerProcess {
  readonly lines: string[] = [];
  private child!: ChildProcess;
  private exit?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    private readonly env: Record<string, string>,
    /** `clockAt`: the process's Clock starts then (see shifted-clock.ts). */
    private readonly options: { clockAt?: Date } = {},
  ) {}

  async start(): Promise<this> {
    this.child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        ...(this.options.clockAt ? ['-r', './test/support/shifted-clock.ts'] : []),
        'apps/worker/src/main.ts',
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...this.env,
          LOG_LEVEL: 'info',
          TS_NODE_PROJECT: 'tsconfig.json',
          ...(this.options.clockAt ? { TEST_CLOCK_AT: this.options.clockAt.toISOString() } : {}),
        },
        stdio: 'pipe',
      },
    );
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      this.lines.push(...parts);
    };
    this.child.stdout!.on('data', onData);
    this.child.stderr!.on('data', onData);
    this.exit = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    await this.waitForLog('Worker démarré', 60000);
    return this;
  }

  waitForLog(text: string, timeoutMs = 15000): Promise<string> {
    return waitFor(() => this.lines.find((l) => l.includes(text)), {
      timeoutMs,
      what: `worker log "${text}"`,
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Nest re-raises the signal after closing, so a clean stop ends with signal SIGTERM. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exit!;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await this.exit;
    }
  }
}
