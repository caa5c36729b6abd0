import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
  it('runs the calls made together in one batch, the next ones after it, answers in order', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const g = new GroupCommit(async (xs: number[]) => {
      batches.push(xs);
      if (batches.length === 1) await gate;
      return xs.map((x) => x * 10);
    });
    const first = [g.call(1), g.call(2)];
    // The first batch is in flight once its setImmediate ran: later calls wait for it.
    await new Promise((r) => setImmediate(r));
    const second = [g.call(3), g.call(4), g.call(5)];
    release();
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('fails every call of a failed batch, and goes on with the next', async () => {
    let n = 0;
    const g = new GroupCommit(async (xs: string[]) => {
      n += 1;
      if (n === 1) throw new Error('base coupée');
      return xs;
    });
    const failed = [g.call('a'), g.call('b')].map((p) => p.catch((e: Error) => e.message));
    expect(await Promise.all(failed)).toEqual(['base coupée', 'base coupée']);
    expect(await g.call('c')).toBe('c');
  });

  it('cuts batches at maxBatch', async () => {
    const sizes: number[] = [];
    const g = new GroupCommit(async (xs: number[]) => {
      sizes.push(xs.length);
      return xs;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((x) => g.call(x)));
    expect(sizes).toEqual([2, 2, 1]);
  });
});
