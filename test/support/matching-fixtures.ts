import { CandidatProjete, CandidatsProjectionService, MatchingService } from '@app/matching';
import { randomUUID } from 'node:crypto';
import { bearer, SeededStructure } from './fixtures';
import { fakeSiret } from './offres-fixtures';
import { TestContext } from './test-context';

let siretSeed = 50_000;
const entreprises = new Map<string, string>();

export interface OffreCree {
  id: string;
  lat: number;
  lon: number;
  versionCriteres: number;
}

/** A published offer of the structure (CRE, direct publication), at Lille by default. */
export async function offrePubliee(
  ctx: TestContext,
  ml: SeededStructure,
  over: Record<string, unknown> = {},
): Promise<OffreCree> {
  let entrepriseId = entreprises.get(`${ctx.db.name}:${ml.id}`);
  if (!entrepriseId) {
    const res = await ctx
      .http()
      .post('/entreprises')
      .set(bearer(ml.users.cre.token))
      .send({
        siret: fakeSiret(siretSeed++ + process.pid),
        raisonSociale: `Matching ${ml.code}`,
        communeInsee: '59350',
      })
      .expect(201);
    entrepriseId = res.body.id as string;
    entreprises.set(`${ctx.db.name}:${ml.id}`, entrepriseId);
  }
  const res = await ctx
    .http()
    .post('/offres')
    .set(bearer(ml.users.cre.token))
    .send({
      entrepriseId,
      titre: 'Équipier / équipière de restauration',
      codeRome: 'G1603',
      description: 'Préparation, service, accueil des clients.',
      typeContrat: 'CDD',
      dureeValeur: 6,
      dureeUnite: 'mois',
      heuresHebdo: 35,
      dateDebut: '2026-12-15',
      communeInsee: '59350',
      etat: 'publiee',
      confirmerDoublon: true,
      ...over,
    })
    .expect(201);
  return {
    id: res.body.id,
    lat: res.body.lat,
    lon: res.body.lon,
    versionCriteres: res.body.versionCriteres ?? 1,
  };
}

/** A point `km` east of (lat, lon). */
export function aLEst(lat: number, lon: number, km: number): { lat: number; lon: number } {
  return { lat, lon: lon + km / (111.195 * Math.cos((lat * Math.PI) / 180)) };
}

let version = 1;

/** A projected jeune: adult, active, G1603 first, 20 km of mobility, at the given place. */
export function jeune(
  ml: SeededStructure,
  place: { lat: number; lon: number },
  over: Partial<CandidatProjete> = {},
): CandidatProjete {
  return {
    jeuneId: randomUUID(),
    structureId: ml.id,
    version: version++,
    actif: true,
    dateNaissance: '2004-05-10',
    lat: place.lat,
    lon: place.lon,
    rayonKm: 20,
    permisB: false,
    niveauDiplome: 3,
    disponibleLe: null,
    tempsPartielSeul: false,
    indisponibilites: [],
    programme: 'aucun',
    fiches: [{ fiche: 'G1603', experienceMois: 0 }],
    ...over,
  };
}

export async function projeter(ctx: TestContext, ...jeunes: CandidatProjete[]): Promise<string[]> {
  const projection = ctx.api.get(CandidatsProjectionService);
  for (const j of jeunes) await projection.upsertCandidat(j);
  return jeunes.map((j) => j.jeuneId);
}

/** Runs the matcher on these offers (as the job would), returns the proposed jeunes per offer. */
export async function apparier(ctx: TestContext, ...offreIds: string[]) {
  return ctx.api.get(MatchingService).apparier(offreIds);
}

export async function proposes(
  ctx: TestContext,
  offreId: string,
  statuts = ['ouverte', 'retenue'],
): Promise<string[]> {
  const rows: { jeune_id: string }[] = await ctx.dataSource.query(
    `SELECT jeune_id FROM propositions WHERE offre_id = $1 AND statut::text = ANY($2) ORDER BY score DESC`,
    [offreId, statuts],
  );
  return rows.map((r) => r.jeune_id);
}
