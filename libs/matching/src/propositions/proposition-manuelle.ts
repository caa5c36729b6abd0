import { DOMAIN_EVENT, DomainError, OutboxService } from '@app/core';
import { Offre } from '@app/offres';
import { EntityManager } from 'typeorm';
import { Proposition } from '../entities/proposition.entity';
import { synchroniserJeunes, verrouillerJeunes, verrouillerOffres } from './verrous';

/**
 * A CRE's proposal by hand, in the caller's transaction, under the matcher's locks: no score, it
 * holds a slot of the offer (k) and of the jeune (m) like the matcher's, the unique (offer, jeune)
 * key refuses a second one (409), and `proposition.creee` goes to the outbox with it. The matcher
 * never closes it for its filters (it is outside them by design).
 */
export async function insererManuelle(
  m: EntityManager,
  outbox: OutboxService,
  p: { offre: Offre; jeuneId: string; jeuneStructureId: string; motif: string | null; now: Date },
): Promise<Proposition> {
  const { offre, jeuneId, now } = p;
  await verrouillerOffres(m, [offre.id]);
  await verrouillerJeunes(m, [jeuneId]);
  const repo = m.getRepository(Proposition);
  if (await repo.findOneBy({ offreId: offre.id, jeuneId })) {
    throw new DomainError('CONFLICT', 'Ce jeune a déjà été proposé pour cette offre.');
  }
  const saved = await repo.save(
    repo.create({
      offreId: offre.id,
      jeuneId,
      structureId: offre.structureId,
      jeuneStructureId: p.jeuneStructureId,
      score: 0,
      detail: {},
      raisons: ['proposé par un CRE'],
      origine: 'cre',
      motif: p.motif,
      offreVersion: offre.versionCriteres,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await synchroniserJeunes(m, [jeuneId], { ids: [jeuneId], at: now });
  await outbox.record(m, DOMAIN_EVENT.PROPOSITION_CREEE, offre.id, {
    propositionId: saved.id,
    offreId: offre.id,
    jeuneId,
  });
  return saved;
}
