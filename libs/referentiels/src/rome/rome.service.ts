import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppellationRomeEntity } from './appellation-rome.entity';
import { FicheRomeEntity } from './fiche-rome.entity';
import { romeDomaineLibelle } from './rome-domaines';
import { buildRomeSearch } from './rome-search';
import { Appellation, FicheRome, RomeSearchResult } from './rome.types';

const toFiche = (f: Pick<FicheRomeEntity, 'code' | 'libelle' | 'domaine'>): FicheRome => ({
  code: f.code,
  libelle: f.libelle,
  domaine: f.domaine,
  domaineLibelle: romeDomaineLibelle(f.domaine) ?? '',
});

@Injectable()
export class RomeService {
  constructor(
    @InjectRepository(FicheRomeEntity) private readonly fiches: Repository<FicheRomeEntity>,
    @InjectRepository(AppellationRomeEntity)
    private readonly appellations: Repository<AppellationRomeEntity>,
  ) {}

  /** `g1603` and ` G1603 ` find G1603. */
  async getFiche(code: string): Promise<FicheRome | null> {
    const fiche = await this.fiches.findOneBy({ code: code.trim().toUpperCase() });
    return fiche ? toFiche(fiche) : null;
  }

  async listAppellations(codeRome: string): Promise<Appellation[]> {
    const rows = await this.appellations.find({
      where: { codeRome: codeRome.trim().toUpperCase() },
      order: { libelle: 'ASC' },
    });
    return rows.map(({ codeOgr, libelle, codeRome: code }) => ({
      codeOgr,
      libelle,
      codeRome: code,
    }));
  }

  async getAppellation(codeOgr: string): Promise<Appellation | null> {
    const found = await this.appellations.findOneBy({ codeOgr: codeOgr.trim() });
    return found
      ? { codeOgr: found.codeOgr, libelle: found.libelle, codeRome: found.codeRome }
      : null;
  }

  /** Fiches whose code, label or appellations match, best first (see buildRomeSearch). */
  async search(q: string, limit = 20): Promise<RomeSearchResult[]> {
    const search = buildRomeSearch(q, limit);
    if (!search) return [];
    const rows: (FicheRomeEntity & { appellations: RomeSearchResult['appellations'] })[] =
      await this.fiches.query(search.sql, search.params);
    return rows.map((r) => ({ ...toFiche(r), appellations: r.appellations.slice(0, 3) }));
  }
}
