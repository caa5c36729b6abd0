/**
 * Min-cost flow by successive shortest paths (Dijkstra on reduced costs with potentials), stopping
 * as soon as the next path would not lower the cost: on a network whose only negative costs are
 * the scores, that is a maximum-weight flow (not a maximum flow). Integer costs, so exact.
 */
export class MinCostFlow {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly adj: number[][];

  constructor(private readonly n: number) {
    this.adj = Array.from({ length: n }, () => []);
  }

  /** Adds u→v and its residual twin; returns the arc's index (its flow is `flow(index)`). */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.to.push(v, u);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.adj[u].push(e);
    this.adj[v].push(e + 1);
    return e;
  }

  flow(arc: number): number {
    return this.cap[arc + 1];
  }

  /**
   * Pushes flow from s to t while it lowers the total cost. `potential` must make every arc's
   * reduced cost non-negative at the start (e.g. shortest distances on the initial DAG).
   */
  run(s: number, t: number, potential: number[]): number {
    const p = potential.slice();
    const dist = new Array<number>(this.n);
    const prevArc = new Int32Array(this.n);
    let total = 0;
    for (;;) {
      dist.fill(Infinity);
      dist[s] = 0;
      const heap = new MinHeap();
      heap.push(0, s);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (d > dist[u]) continue;
        for (const e of this.adj[u]) {
          if (this.cap[e] === 0) continue;
          const v = this.to[e];
          // Reduced costs are >= 0 in theory; guard against a negative zero from arithmetic.
          const nd = d + Math.max(0, this.cost[e] + p[u] - p[v]);
          if (nd < dist[v]) {
            dist[v] = nd;
            prevArc[v] = e;
            heap.push(nd, v);
          }
        }
      }
      if (dist[t] === Infinity) break;
      const pathCost = dist[t] + p[t] - p[s];
      if (pathCost >= 0) break;
      for (let v = 0; v < this.n; v++) p[v] += Math.min(dist[v], dist[t]);
      let push = Infinity;
      for (let v = t; v !== s; v = this.to[prevArc[v] ^ 1])
        push = Math.min(push, this.cap[prevArc[v]]);
      for (let v = t; v !== s; v = this.to[prevArc[v] ^ 1]) {
        this.cap[prevArc[v]] -= push;
        this.cap[prevArc[v] ^ 1] += push;
      }
      total += push * pathCost;
    }
    return total;
  }
}

/** A binary heap of (key, value) pairs, smallest key first. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.values[i] = this.values[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0], this.values[0]];
    const lastKey = this.keys.pop()!;
    const lastValue = this.values.pop()!;
    const n = this.keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && this.keys[child + 1] < this.keys[child]) child++;
        if (this.keys[child] >= lastKey) break;
        this.keys[i] = this.keys[child];
        this.values[i] = this.values[child];
        i = child;
      }
      this.keys[i] = lastKey;
      this.values[i] = lastValue;
    }
    return top;
  }
}
