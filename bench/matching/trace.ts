import { Client } from 'pg';

/**
 * Counts the round trips to PostgreSQL of this process and the time they were in flight (driver
 * parsing included), per statement kind: the bench's profile of where the time goes.
 */
export class Trace {
  requetes = 0;
  ms = 0;
  parSorte = new Map<string, { n: number; ms: number }>();
  private actif = false;

  static installer(): Trace {
    const trace = new Trace();
    const proto = Client.prototype as any;
    const original = proto.query;
    proto.query = function (this: Client, ...args: unknown[]) {
      if (!trace.actif) return original.apply(this, args);
      const started = process.hrtime.bigint();
      const text =
        typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string })?.text ?? '');
      const noter = () => trace.noter(text, Number(process.hrtime.bigint() - started) / 1e6);
      // pg.Pool#query (the named searches, the one-round-trip write) passes a callback.
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const cb = args[last] as (...r: unknown[]) => void;
        args[last] = (...r: unknown[]) => {
          noter();
          cb(...r);
        };
      }
      const result = original.apply(this, args);
      return result instanceof Promise ? result.finally(noter) : result;
    };
    return trace;
  }

  demarrer(): void {
    this.requetes = 0;
    this.ms = 0;
    this.parSorte.clear();
    this.actif = true;
  }

  arreter(): {
    requetes: number;
    msEnVol: number;
    parSorte: Record<string, { n: number; ms: number }>;
  } {
    this.actif = false;
    const parSorte = Object.fromEntries(
      [...this.parSorte]
        .sort((a, b) => b[1].ms - a[1].ms)
        .slice(0, 12)
        .map(([k, v]) => [k, { n: v.n, ms: Math.round(v.ms) }]),
    );
    return { requetes: this.requetes, msEnVol: Math.round(this.ms), parSorte };
  }

  private noter(text: string, ms: number): void {
    this.requetes++;
    this.ms += ms;
    const sorte = text.replace(/\s+/g, ' ').trim().slice(0, 60);
    const s = this.parSorte.get(sorte) ?? { n: 0, ms: 0 };
    s.n++;
    s.ms += ms;
    this.parSorte.set(sorte, s);
  }
}
