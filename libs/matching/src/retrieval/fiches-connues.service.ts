import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const TTL_MS = 10 * 60_000;

/**
 * The fiches some active jeune wants, to expand an offer's fiche to its domaine professionnel
 * (same first three characters) without a range scan over the whole domaine: read by a loose
 * index scan of the search index (one probe per distinct fiche), cached for a few minutes.
 */
@Injectable()
export class FichesConnuesService {
  private cache?: { at: number; fiches: Set<string> };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The offer's fiche first, then the other known fiches of its domaine. */
  async etendre(codeRome: string, domaine: boolean): Promise<string[]> {
    if (!domaine) return [codeRome];
    const fiches = await this.connues();
    const prefix = codeRome.slice(0, 3);
    return [codeRome, ...[...fiches].filter((f) => f !== codeRome && f.startsWith(prefix)).sort()];
  }

  /** A fiche just projected: known at once in this process. */
  ajouter(fiche: string): void {
    this.cache?.fiches.add(fiche);
  }

  invalider(): void {
    this.cache = undefined;
  }

  private async connues(): Promise<Set<string>> {
    const now = this.clock.now().getTime();
    if (this.cache && now - this.cache.at < TTL_MS) return this.cache.fiches;
    const rows: { f: string }[] = await this.dataSource.query(`
      WITH RECURSIVE t(f) AS (
        SELECT min(fiche) FROM matching_candidats WHERE actif
        UNION ALL
        SELECT (SELECT min(fiche) FROM matching_candidats WHERE actif AND fiche > t.f)
        FROM t WHERE t.f IS NOT NULL
      ) SELECT f FROM t WHERE f IS NOT NULL`);
    this.cache = { at: now, fiches: new Set(rows.map((r) => r.f)) };
    return this.cache.fiches;
  }
}
