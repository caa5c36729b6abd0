/**
 * Group commit: the calls made while a batch is in flight wait, and go together in the next one
 * (one statement, one commit, for many messages). No timer: a call alone goes at the next turn of
 * the event loop; under load the batches grow with the number of concurrent send jobs, and the
 * database sees a few statements where it saw one per message.
 *
 * A batch that fails fails every call in it, exactly as each one's own statement would have: a
 * caller never learns less than before (no silent retry of a write whose commit is unknown).
 */
export class GroupCommit<I, O> {
  private waiting: { input: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;
  private scheduled = false;

  /**
   * @param run one statement for the batch; answers in the order of the inputs
   * @param maxBatch inputs per statement at most
   * @param maxInFlight batches running at once (each holds a pool connection)
   */
  constructor(
    private readonly run: (inputs: I[]) => Promise<O[]>,
    private readonly maxBatch = 100,
    private readonly maxInFlight = 1,
  ) {}

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.waiting.length === 0) return;
    this.scheduled = true;
    // setImmediate: the calls made in the same turn (jobs woken by the same I/O) join the batch.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight >= this.maxInFlight || this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, this.maxBatch);
    this.inFlight += 1;
    try {
      const outputs = await this.run(batch.map((b) => b.input));
      batch.forEach((b, i) => b.resolve(outputs[i]));
    } catch (error) {
      for (const b of batch) b.reject(error);
    } finally {
      this.inFlight -= 1;
      this.schedule();
    }
  }
}
