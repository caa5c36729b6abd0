/**
 * A counting semaphore: at most `size` holders at once, the others wait in arrival order. The
 * email channel holds one from the claim (`en_cours`) until its outcome is written: the emails a
 * worker has claimed stay bounded while more jobs load and check their rows meanwhile.
 */
export class SendSlots {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Resolves with the release function once a slot is free; a second call of it does nothing. */
  async acquire(): Promise<() => void> {
    if (this.held < this.size) this.held += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next waiter (held unchanged), or is given back.
      const next = this.waiting.shift();
      if (next) next();
      else this.held -= 1;
    };
  }
}
