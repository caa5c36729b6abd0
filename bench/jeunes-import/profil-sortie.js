// Preloaded in the worker by `BENCH_WORKER_NODE_ARGS="--cpu-prof … -r <path of this file>"`:
// --cpu-prof writes its profile only on a normal exit, and Nest ends the worker on SIGTERM by
// raising the signal again once closed. That second SIGTERM becomes exit(0), and the profile is written.
let signals = 0;
process.on('SIGTERM', () => {
  if (++signals > 1) process.exit(0);
});
