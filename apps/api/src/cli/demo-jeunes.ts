import { AuthUser, DomainError, Role } from '@app/core';
import { JeuneEditionService } from '@app/jeunes';
import { INestApplicationContext } from '@nestjs/common';

/** Fictional jeunes of the Val-de-Lys, wishing for the trades of the demo offers. */
const JEUNES = [
  ['Yanis', 'Haddad', '59017', ['D1106', 'D1505'], 'CEJ'],
  ['Chloé', 'Lemaire', '59350', ['G1803', 'G1602'], 'PACEA'],
  ['Mehdi', 'Bouzid', '59009', ['N1103'], 'CEJ'],
  ['Léa', 'Vandamme', '59017', ['D1102', 'D1106'], 'aucun'],
  ['Enzo', 'Dubois', '59512', ['N1103', 'N1105'], 'PPAE'],
  ['Inès', 'Martin', '59350', ['G1803'], 'CEJ'],
  ['Lucas', 'Petit', '59009', ['G1602', 'G1803'], 'aucun'],
  ['Sarah', 'Kaci', '59017', ['D1106'], 'PACEA'],
] as const;

const POSTAL: Record<string, string> = {
  '59017': '59280',
  '59350': '59000',
  '59009': '59650',
  '59512': '59100',
};

/** Idempotent: each jeune has an external id; an existing one is left as it is. */
export async function seedJeunes(
  app: INestApplicationContext,
  conseiller: AuthUser,
): Promise<number> {
  const edition = app.get(JeuneEditionService);
  const year = new Date().getFullYear();
  let created = 0;
  for (const [i, [prenom, nom, communeInsee, fiches, programme]] of JEUNES.entries()) {
    try {
      await edition.create(
        {
          idExterne: `DEMO-${String(i + 1).padStart(3, '0')}`,
          prenom,
          nom,
          dateNaissance: `${year - 19 - (i % 4)}-0${(i % 9) + 1}-15`,
          email: `${prenom}.${nom}@jeunes.demo`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, ''),
          telephone: `06 12 00 00 ${String(10 + i)}`,
          codePostal: POSTAL[communeInsee],
          communeInsee,
          fichesRome: [...fiches],
          experiences: [],
          niveauDiplome: i % 3 === 0 ? 'INFRA_3' : '3',
          rayonMobiliteKm: 20,
          transportsCommun: true,
          programme,
          consentEmail: true,
          consentSms: i % 2 === 0,
        } as never,
        conseiller,
      );
      created++;
    } catch (error) {
      // Already there (same external id): the seed leaves it as it is.
      if (!(error instanceof DomainError && error.code === 'JEUNE_ID_EXTERNE_PRIS')) throw error;
    }
  }
  return created;
}

export const asConseiller = (id: string, structureId: string, email: string): AuthUser => ({
  id,
  structureId,
  email,
  role: Role.CONSEILLER,
});
