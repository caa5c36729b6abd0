/** Percentile (nearest rank) of already collected values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(ms: number[]): {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  moyenne: number;
} {
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: r(percentile(ms, 50)),
    p95: r(percentile(ms, 95)),
    p99: r(percentile(ms, 99)),
    max: r(Math.max(...ms)),
    moyenne: r(ms.reduce((s, x) => s + x, 0) / ms.length),
  };
}

/** Gini coefficient of non-negative counts (0 = equal, 1 = all to one). */
export function gini(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((s, x) => s + x, 0);
  if (n === 0 || total === 0) return 0;
  let weighted = 0;
  sorted.forEach((x, i) => (weighted += (i + 1) * x));
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

export function args(defaults: Record<string, number | string>): Record<string, number | string> {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    const value = m[2] ?? argv[++i];
    out[m[1]] = typeof defaults[m[1]] === 'number' ? Number(value) : value;
  }
  return out;
}

/** Peak resident memory of this process, sampled (and the kernel's own maximum). */
export class RssMeter {
  peak = 0;
  private timer?: NodeJS.Timeout;

  start(): this {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
    this.timer = setInterval(
      () => (this.peak = Math.max(this.peak, process.memoryUsage().rss)),
      20,
    );
    this.timer.unref();
    return this;
  }

  stop(): number {
    clearInterval(this.timer);
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
    return Math.round(this.peak / 2 ** 20);
  }
}
