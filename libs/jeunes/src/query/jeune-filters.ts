import { AuthUser } from '@app/core';
import { nearCommune, ReferentielsService } from '@app/referentiels';
import { SelectQueryBuilder } from 'typeorm';
import { naissanceBounds } from '../domain/age';
import { TrancheAge } from '../domain/jeune-codes';
import { Jeune } from '../entities/jeune.entity';
import { JeuneFiltersDto } from './jeune-query.dto';

const TRANCHES: Record<TrancheAge, [number, number]> = {
  '16-17': [16, 17],
  '18-21': [18, 21],
  '22-25': [22, 25],
  '26+': [26, 150],
};

/** SQL of the age band, on the Paris calendar day `:today`. */
export const TRANCHE_SQL = `CASE
  WHEN date_part('year', age(CAST(:today AS date), j.date_naissance)) < 18 THEN '16-17'
  WHEN date_part('year', age(CAST(:today AS date), j.date_naissance)) < 22 THEN '18-21'
  WHEN date_part('year', age(CAST(:today AS date), j.date_naissance)) < 26 THEN '22-25'
  ELSE '26+' END`;

/** Applies the list filters, scoped to the caller's structure; anonymised jeunes are never listed. */
export async function applyJeuneFilters(
  qb: SelectQueryBuilder<Jeune>,
  f: JeuneFiltersDto,
  user: AuthUser,
  today: string,
  referentiels: ReferentielsService,
): Promise<SelectQueryBuilder<Jeune>> {
  qb.where('j.structureId = :sid', { sid: user.structureId })
    .andWhere('j.anonymiseAt IS NULL')
    .setParameter('today', today);
  if (f.statut) qb.andWhere('j.statut = :statut', { statut: f.statut });
  if (f.programme) qb.andWhere('j.programme = :programme', { programme: f.programme });
  if (f.conseillerId) {
    qb.andWhere('j.conseillerId = :cid', {
      cid: f.conseillerId === 'moi' ? user.id : f.conseillerId.toLowerCase(),
    });
  }
  if (f.rome?.length === 5) {
    qb.andWhere('j.fichesRome @> ARRAY[CAST(:fiche AS char(5))]', { fiche: f.rome });
  } else if (f.rome) {
    qb.andWhere('EXISTS (SELECT 1 FROM unnest(j.fiches_rome) f WHERE f LIKE :domaine)', {
      domaine: `${f.rome}%`,
    });
  }
  if (f.trancheAge) {
    const [min, max] = TRANCHES[f.trancheAge];
    const { du, au } = naissanceBounds(today, min, max);
    qb.andWhere('j.dateNaissance BETWEEN :nDu AND :nAu', { nDu: du, nAu: au });
  }
  if (f.disponibleLe) {
    qb.andWhere('(j.disponibleLe IS NULL OR j.disponibleLe <= CAST(:dispo AS date))', {
      dispo: f.disponibleLe,
    });
    qb.andWhere(
      `NOT EXISTS (SELECT 1 FROM jsonb_array_elements(j.indisponibilites) p
        WHERE CAST(p->>'du' AS date) <= CAST(:dispo AS date)
          AND CAST(p->>'au' AS date) >= CAST(:dispo AS date))`,
    );
  }
  if (f.tempsPlein) qb.andWhere('j.tempsPartielUniquement = false');
  if (f.q?.trim()) {
    const like = `%${f.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere('(j.nom ILIKE :like OR j.prenom ILIKE :like OR j.idExterne = :exact)', {
      like,
      exact: f.q.trim(),
    });
  }
  if (f.communeInsee) await nearCommune(qb, 'j', f.communeInsee, f.rayonKm ?? 0, referentiels);
  return qb;
}
