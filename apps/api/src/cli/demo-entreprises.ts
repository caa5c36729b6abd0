import { AuthUser, Role } from '@app/core';
import {
  EntrepriseEditionService,
  EntreprisesService,
  RattachementsService,
  RattachementStatut,
} from '@app/entreprises';
import { OffresQueryService, OffresService } from '@app/offres';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Fictional employers of the Val-de-Lys (SIRETs with a valid key, belonging to no one). */
const ENTREPRISES = [
  {
    siret: '80000000000011',
    raisonSociale: 'Boulangerie Dupont',
    codeNaf: '10.71C',
    communeInsee: '59017',
    codePostal: '59280',
    adresse: '12 rue de la Lys',
    offres: [
      {
        titre: 'Vendeur / vendeuse en boulangerie',
        codeRome: 'D1106',
        typeContrat: 'CDD',
        heuresHebdo: 30,
      },
      {
        titre: 'Apprenti(e) boulanger',
        codeRome: 'D1102',
        typeContrat: 'CDD',
        natureContrat: 'E2',
        heuresHebdo: 35,
      },
    ],
  },
  {
    siret: '80000000000029',
    raisonSociale: 'Brasserie du Beffroi',
    codeNaf: '56.10A',
    communeInsee: '59350',
    codePostal: '59000',
    adresse: '3 place du Théâtre',
    offres: [
      { titre: 'Serveur / serveuse', codeRome: 'G1803', typeContrat: 'SAI', heuresHebdo: 35 },
    ],
  },
  {
    siret: '80000000000037',
    raisonSociale: 'Logistique des Flandres',
    codeNaf: '52.10B',
    communeInsee: '59009',
    codePostal: '59650',
    adresse: 'ZI de la Pilaterie',
    offres: [
      {
        titre: 'Préparateur / préparatrice de commandes',
        codeRome: 'N1103',
        typeContrat: 'MIS',
        heuresHebdo: 35,
        permisB: false,
      },
    ],
  },
];

/** Idempotent: an entreprise is created once (by SIRET), its offers only if it has none. */
export async function seedEntreprisesEtOffres(
  app: INestApplicationContext,
  cre: AuthUser,
  employeurId: string,
): Promise<void> {
  const entreprises = app.get(EntreprisesService);
  const offresQuery = app.get(OffresQueryService);
  const start = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  for (const { offres, ...fields } of ENTREPRISES) {
    const found = await entreprises.list(cre, { q: fields.siret, page: 1, limit: 1 } as never);
    const entreprise =
      found.items[0] ?? (await app.get(EntrepriseEditionService).create(fields, cre));
    if (fields.raisonSociale === 'Boulangerie Dupont') {
      await app.get(DataSource).transaction((manager) =>
        app.get(RattachementsService).attach(manager, {
          entrepriseId: entreprise.id,
          userId: employeurId,
          statut: RattachementStatut.VALIDEE,
          decidedById: cre.id,
        }),
      );
    }
    const existing = await offresQuery.list({ entrepriseId: entreprise.id }, cre);
    if (existing.total > 0) continue;
    for (const offre of offres) {
      await app.get(OffresService).create(
        {
          entrepriseId: entreprise.id,
          description: `${offre.titre} au sein de ${fields.raisonSociale}. Débutant(e) accepté(e), formation sur place.`,
          dureeValeur: offre.typeContrat === 'CDI' ? undefined : 6,
          dureeUnite: offre.typeContrat === 'CDI' ? undefined : 'mois',
          dateDebut: start,
          etat: 'publiee',
          confirmerDoublon: true,
          ...offre,
        } as never,
        cre,
      );
    }
  }
}

export const asCre = (id: string, structureId: string, email: string): AuthUser => ({
  id,
  structureId,
  email,
  role: Role.CRE,
});
