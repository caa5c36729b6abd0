/**
 * Where a matching run spends its time, by phase: methods of the live services wrapped (the
 * bench's instances only). Durations are summed: with searches and lots in flight at once, the
 * sum may exceed the wall time. What no phase covers is the scoring of the retrieved rows (in
 * `analyser`) and the event loop's own overhead.
 */
export class Phases {
  readonly ms = new Map<string, number>();
  readonly n = new Map<string, number>();

  envelopper(nom: string, objet: object, methode: string): void {
    const cible = objet as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const original = cible[methode].bind(objet);
    cible[methode] = async (...args: unknown[]) => {
      const started = process.hrtime.bigint();
      try {
        return await original(...args);
      } finally {
        this.ms.set(nom, (this.ms.get(nom) ?? 0) + Number(process.hrtime.bigint() - started) / 1e6);
        this.n.set(nom, (this.n.get(nom) ?? 0) + 1);
      }
    };
  }

  remettre(): void {
    this.ms.clear();
    this.n.clear();
  }

  releve(): Record<string, { n: number; ms: number }> {
    return Object.fromEntries(
      [...this.ms].map(([k, ms]) => [k, { n: this.n.get(k)!, ms: Math.round(ms) }]),
    );
  }
}
