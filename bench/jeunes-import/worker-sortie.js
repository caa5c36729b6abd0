// Preloaded in the compiled worker by the bench, e.g.
//   BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof -r <path of this file>"
// --cpu-prof writes its profile only on a normal exit, and Nest ends the worker on SIGTERM by
// raising the signal again once closed: that second SIGTERM becomes exit(0).
// BENCH_GC_LOG=<file>: the worker's GCs (count and main-thread ms per kind) appended there as
// JSON at exit. The count of scavenges follows the garbage made (the young generation has a
// fixed size), which the load of a shared machine does not change, unlike the GCs' time.
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { appendFileSync } = require('node:fs');

const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'markCompact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak',
};
const gc = {};
if (process.env.BENCH_GC_LOG) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = KINDS[entry.detail?.kind] ?? 'other';
      gc[kind] ??= { count: 0, ms: 0 };
      gc[kind].count++;
      gc[kind].ms += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('exit', () => {
    for (const k of Object.values(gc)) k.ms = Math.round(k.ms);
    appendFileSync(process.env.BENCH_GC_LOG, `${JSON.stringify({ pid: process.pid, gc })}\n`);
  });
}

let signals = 0;
process.on('SIGTERM', () => {
  if (++signals > 1) process.exit(0);
});
