import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** The worker as production starts it (package.json `start:worker`, scripts/start.mjs). */
const ENTRY = join(ROOT, 'dist/apps/worker/apps/worker/src/main.js');
/** /proc/<pid>/stat counts CPU in clock ticks: 100 a second on Linux (USER_HZ). */
const TICK_MS = 10;

/** `nest build worker`, as `npm run build` does before production starts. */
export function buildWorker(): void {
  const build = spawnSync('npx', ['nest', 'build', 'worker'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('nest build worker en échec');
}

/** VmRSS and VmHWM (the peak since the process started) of a process, in MB. */
function memory(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)![1]);
  return { rssMb: Math.round(kb('VmRSS') / 1024), hwmMb: Math.round(kb('VmHWM') / 1024) };
}

/** User + system CPU of a process since it started, in ms. */
function cpuMs(pid: number): number {
  // After the command name (in parentheses, may hold spaces): state is field 3, utime 14, stime 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/**
 * The compiled worker (`node dist/…/main.js`, no ts-node) in a process of its own: the process
 * that runs the import job in production. Its memory and CPU are read from /proc, so the bench's
 * own process (ts-node, the generator, the baseline) is not in the figures.
 */
export class CompiledWorker {
  private child!: ChildProcess;
  private readonly lines: string[] = [];
  private exited = false;

  constructor(private readonly env: Record<string, string>) {}

  async start(timeoutMs = 60_000): Promise<this> {
    // BENCH_WORKER_NODE_ARGS: node's own options for the worker, e.g. a CPU profile (see the
    // bench's header; --cpu-prof is not allowed in NODE_OPTIONS).
    const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    this.child = spawn(process.execPath, [...nodeArgs, ENTRY], {
      cwd: ROOT,
      // The bench's --expose-gc and ts-node hooks stay out of the worker's process.
      env: { ...process.env, NODE_OPTIONS: '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let rest = '';
    const onData = (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop() ?? '';
      this.lines.push(...parts);
      if (this.lines.length > 200) this.lines.splice(0, this.lines.length - 200);
    };
    this.child.stdout!.on('data', onData);
    this.child.stderr!.on('data', onData);
    this.child.once('exit', () => (this.exited = true));
    const deadline = Date.now() + timeoutMs;
    while (!this.lines.some((l) => l.includes('Worker démarré'))) {
      if (this.exited || Date.now() > deadline) {
        throw new Error(`le worker n'a pas démarré :\n${this.lines.slice(-20).join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this;
  }

  get pid(): number {
    return this.child.pid!;
  }

  memory(): { rssMb: number; hwmMb: number } {
    return memory(this.pid);
  }

  cpuMs(): number {
    return cpuMs(this.pid);
  }

  /** The worker's last lines (pino JSON), for an error message. */
  tail(n = 20): string {
    return this.lines.slice(-n).join('\n');
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exit = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exit;
    clearTimeout(timer);
  }
}
