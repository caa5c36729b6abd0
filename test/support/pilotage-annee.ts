import { DOMAIN_EVENT, DomainEventName } from '@app/core';
import { randomUUID } from 'node:crypto';

/** A generated year of one structure's history, as outbox events, with its figures known by construction. */
export interface EvenementBrut {
  type: DomainEventName;
  aggregateId: string;
  payload: Record<string, unknown>;
}

const E = DOMAIN_EVENT;
const DAY = 86_400_000;
/** 10:00 UTC (11:00 in Paris) on the n-th day of 2025, from 0. */
export const jour = (n: number, heures = 10) =>
  new Date(Date.UTC(2025, 0, 1, heures) + n * DAY).toISOString();

export interface Annee {
  events: EvenementBrut[];
  offreIds: string[];
  entrepriseIds: string[];
}

/**
 * 15 offers (K×6, M×5, N×4; CDD on even ranks): 9 filled (2 candidates each: one hired, one not
 * kept), 3 expired (1 candidate, no answer), 3 closed without candidates; 4 more proposals
 * discarded; 21 introductions of 18 jeunes; 9 hires (7 CDD, 2 CDI); follow-ups; 20 PMSMP;
 * messages by channel. One more offer on 31 December 2024 at 23:30 in Paris (previous year).
 */
export function genererAnnee(structureId: string, cre: [string, string]): Annee {
  const events: EvenementBrut[] = [];
  const push = (type: DomainEventName, aggregateId: string, payload: Record<string, unknown>) =>
    events.push({ type, aggregateId, payload });
  const entrepriseIds = Array.from({ length: 8 }, () => randomUUID());
  const jeunes = Array.from({ length: 18 }, () => randomUUID());
  const domaines = [...'KKKKKKMMMMMNNNN'];
  const offreIds: string[] = [];
  const offre = (
    id: string,
    i: number,
    action: string,
    from: string | null,
    to: string,
    at: string,
    by: string | null = null,
  ) =>
    push(E.OFFRE_TRANSITION, id, {
      transitionId: randomUUID(),
      offreId: id,
      structureId,
      entrepriseId: entrepriseIds[i % 8],
      action,
      fromStatut: from,
      toStatut: to,
      byUserId: by,
      codeRome: `${domaines[i] ?? 'G'}1101`,
      typeContrat: i % 2 === 0 ? 'CDD' : 'CDI',
      at,
    });
  let m = 0;
  const mer = (
    offreId: string,
    creId: string,
    steps: [string, string | null, string, number][],
  ) => {
    const merId = randomUUID();
    const jeuneId = jeunes[m++ % 18];
    for (const [action, from, to, d] of steps)
      push(E.MER_TRANSITION, merId, {
        transitionId: randomUUID(),
        merId,
        offreId,
        jeuneId,
        structureId,
        creId,
        action,
        fromStatut: from,
        toStatut: to,
        byRole: 'system',
        motifCode: to === 'non_retenue' ? (m % 3 === 0 ? 'absence_entretien' : 'profil') : null,
        typeContrat: to === 'recrutee' ? (hires++ < 7 ? 'CDD' : 'CDI') : null,
        at: jour(d),
      });
    return merId;
  };
  let hires = 0;
  const recrutes: string[] = [];
  // The previous year's offer, and this year's first one at 00:30 in Paris on 1 January.
  offre(randomUUID(), 15, 'creation', null, 'brouillon', '2024-12-31T22:30:00.000Z');
  for (let i = 0; i < 15; i++) {
    const id = randomUUID();
    offreIds.push(id);
    const d = i * 10;
    const creId = domaines[i] === 'K' ? cre[0] : cre[1];
    offre(id, i, 'creation', null, 'brouillon', i === 0 ? '2024-12-31T23:30:00.000Z' : jour(d));
    offre(id, i, 'valider', 'brouillon', 'publiee', jour(d + 1), creId);
    const transmise = (fin: [string, string | null, string, number][]) =>
      mer(id, creId, [
        ['creation', null, 'proposee', d + 3],
        ['retenir', 'proposee', 'retenue', d + 4],
        ['accepter', 'retenue', 'acceptee_jeune', d + 5],
        ['transmettre', 'acceptee_jeune', 'transmise_employeur', d + 6],
        ...fin,
      ]);
    if (i < 9) {
      recrutes.push(
        transmise([
          ['entretien', 'transmise_employeur', 'entretien', d + 13],
          ['recruter', 'entretien', 'recrutee', d + 21],
        ]),
      );
      transmise([['ne_pas_retenir', 'transmise_employeur', 'non_retenue', d + 13]]);
      offre(id, i, 'pourvue', 'publiee', 'pourvue', jour(d + 21));
    } else if (i < 12) {
      transmise([['expirer_employeur', 'transmise_employeur', 'sans_reponse_employeur', d + 20]]);
      mer(id, creId, [
        ['creation', null, 'proposee', d + 3],
        ['ecarter', 'proposee', 'ecartee', d + 4],
      ]);
      offre(id, i, 'expirer', 'publiee', 'expiree', jour(d + 61));
    } else {
      if (i === 12)
        mer(id, creId, [
          ['creation', null, 'proposee', d + 3],
          ['ecarter', 'proposee', 'ecartee', d + 4],
        ]);
      offre(id, i, 'cloturer', 'publiee', 'cloturee', jour(d + 30));
    }
  }
  // Follow-ups: 1 month, 9 answered by the employer (7 in post), one jeune's answer too (ignored);
  // 3 months: 6 answered (3 in post).
  recrutes.forEach((merId, k) => {
    const suivi = (mois: number, repondant: string, enPoste: boolean, d: number) =>
      push(E.MER_SUIVI_REPONDU, randomUUID(), {
        suiviId: randomUUID(),
        merId,
        structureId,
        mois,
        repondant,
        reponse: enPoste ? 'en_poste' : 'plus_en_poste',
        at: jour(d),
      });
    suivi(1, 'employeur', k < 7, k * 10 + 55);
    if (k === 8) suivi(1, 'jeune', true, k * 10 + 56);
    if (k < 6) suivi(3, 'employeur', k < 3, k * 10 + 115);
  });
  // PMSMP: 20 validated (10 / 4 / 6), a signature step that does not count, bilans, situations.
  const objectifs = [
    ...Array(10).fill('decouvrir'),
    ...Array(4).fill('confirmer'),
    ...Array(6).fill('recruter'),
  ];
  objectifs.forEach((objectif, k) => {
    const pmsmpId = randomUUID();
    const jeuneId = jeunes[k % 18];
    const base = { pmsmpId, structureId, jeuneId, objectif };
    push(E.PMSMP_TRANSITION, pmsmpId, {
      ...base,
      transitionId: randomUUID(),
      fromStatut: 'brouillon',
      toStatut: 'signee',
      at: jour(k * 5),
    });
    push(E.PMSMP_TRANSITION, pmsmpId, {
      ...base,
      transitionId: randomUUID(),
      fromStatut: 'signee',
      toStatut: 'validee',
      at: jour(k * 5 + 1),
    });
    const realisation = k < 12 ? 'realisee' : k < 17 ? 'partielle' : 'non_realisee';
    push(E.PMSMP_BILAN, pmsmpId, {
      pmsmpId,
      structureId,
      objectif,
      realisation,
      at: jour(k * 5 + 30),
    });
    push(E.PMSMP_SITUATION, pmsmpId, {
      ...base,
      echeanceJours: 15,
      enEmploi: k < 3,
      at: jour(k * 5 + 45),
    });
    push(E.PMSMP_SITUATION, pmsmpId, {
      ...base,
      echeanceJours: 30,
      enEmploi: k < 5,
      at: jour(k * 5 + 60),
    });
    if (k < 10)
      push(E.PMSMP_SITUATION, pmsmpId, {
        ...base,
        echeanceJours: 90,
        enEmploi: k < 4,
        at: jour(k * 5 + 120),
      });
  });
  // Messages to jeunes: 30 emails sent to jeunes 0–9 (2 more failed, never sent); 20 SMS sent to
  // jeunes 4–15, 15 delivered, 3 failed after sending; 5 emails to staff (not counted).
  const message = (
    canal: string,
    type: string,
    dest: string | null,
    statuts: string[],
    d: number,
  ) => {
    const messageId = randomUUID();
    statuts.forEach((statut, s) =>
      push(E.MESSAGE_STATUT, messageId, {
        messageId,
        structureId,
        canal,
        destinataireType: type,
        destinataireId: dest,
        statut,
        round: 1,
        at: jour(d + s),
      }),
    );
  };
  for (let k = 0; k < 30; k++) message('email', 'jeune', jeunes[k % 10], ['envoye'], k * 7);
  for (let k = 0; k < 2; k++) message('email', 'jeune', jeunes[k], ['echec'], 100 + k);
  for (let k = 0; k < 20; k++) {
    const fin = k < 15 ? ['delivre'] : k < 18 ? ['echec'] : [];
    message('sms', 'jeune', jeunes[4 + (k % 12)], ['envoye', ...fin], k * 11);
  }
  for (let k = 0; k < 5; k++) message('email', 'utilisateur', randomUUID(), ['envoye'], k);
  return { events, offreIds, entrepriseIds };
}

/** What the report must say for 2025, by construction. */
export const ATTENDU = {
  entreprises: 8,
  offres_recues: 15,
  offres_publiees: 15,
  offres_pourvues: 9,
  offres_terminees: 15,
  part_offres_recrutement: 0.6,
  propositions: 25,
  mises_en_relation: 21,
  jeunes_presentes: 18,
  issues: 21,
  recrutements: 9,
  part_cdd: 0.778,
  maintien_1_mois: 0.778,
  maintien_3_mois: 0.5,
  candidats_par_offre: 1.4,
  delai_premiere_proposition: 2,
  delai_recrutement: 20,
  taux_reponse_employeurs: 0.857,
  delai_reponse_employeurs: 7,
  pmsmp: 20,
  pmsmp_bilans: 20,
  pmsmp_emploi_15_jours: 0.15,
  pmsmp_emploi_1_mois: 0.25,
  pmsmp_emploi_3_mois: 0.4,
  messages_envoyes: 50,
  messages_delivres: 15,
  messages_echecs: 5,
  jeunes_contactes: 16,
};
