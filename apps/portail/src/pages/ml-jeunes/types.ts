import type { Schemas } from '../../api/client';

/**
 * GET /jeunes/:id by role: everything with each consent (conseiller, admin), or the CRE's
 * screening view, without contact details, saying only whether the jeune can be told.
 */
export type JeuneProfil = Schemas['JeuneConseillerView'] | Schemas['JeuneCreView'];

/** The CSV import's status resource (POST /jeunes/import, GET /jeunes/import/:id). */
export type ImportStatut = Schemas['ImportStatusView'];

export const STATUTS_JEUNE: Record<string, string> = {
  actif: 'Actif',
  en_emploi: 'En emploi',
  en_formation: 'En formation',
  sorti: 'Sorti',
};
