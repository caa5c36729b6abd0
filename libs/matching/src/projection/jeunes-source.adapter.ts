import { Clock } from '@app/core';
import { JeuneMatching, JeunesService } from '@app/jeunes';
import { Injectable } from '@nestjs/common';
import { CandidatProjete } from './candidat-projete';
import { Application, CandidatsProjectionService } from './candidats-projection.service';

const PROGRAMMES = ['CEJ', 'PACEA', 'PPAE'] as const;

/**
 * The only file that knows the jeunes module: `jeune.modifie` → reload the matching fields
 * through JeunesService.getForMatching → replace the jeune's projection rows (by version).
 */
@Injectable()
export class JeunesSourceAdapter {
  constructor(
    private readonly jeunes: JeunesService,
    private readonly projection: CandidatsProjectionService,
    private readonly clock: Clock,
  ) {}

  async synchroniser(jeuneId: string): Promise<Application> {
    const j = await this.jeunes.getForMatching(jeuneId);
    if (!j || j.anonymise) return this.projection.supprimerJeune(jeuneId);
    return this.projection.upsertCandidat(versProjection(j, parisDay(this.clock.now())));
  }
}

export function versProjection(j: JeuneMatching, today: string): CandidatProjete {
  const experience = new Map<string, number>();
  for (const e of j.experiences ?? []) {
    experience.set(e.codeRome, (experience.get(e.codeRome) ?? 0) + (e.dureeMois ?? 0));
  }
  const programme =
    (PROGRAMMES as readonly string[]).includes(j.programme) &&
    (!j.programmeFin || j.programmeFin >= today)
      ? (j.programme as CandidatProjete['programme'])
      : 'aucun';
  return {
    jeuneId: j.id,
    structureId: j.structureId,
    version: j.version,
    actif: j.statut === 'actif' && !j.anonymise && j.dateNaissance !== null,
    dateNaissance: j.dateNaissance ?? '1900-01-01',
    lat: j.lat,
    lon: j.lon,
    rayonKm: j.rayonMobiliteKm,
    permisB: j.permisB,
    niveauDiplome:
      j.niveauDiplome === 'INFRA_3' || !j.niveauDiplome ? 0 : Number(j.niveauDiplome) || 0,
    disponibleLe: j.disponibleLe,
    tempsPartielSeul: j.tempsPartielUniquement,
    indisponibilites: j.indisponibilites ?? [],
    programme,
    fiches: j.fichesRome.map((fiche) => ({ fiche, experienceMois: experience.get(fiche) ?? 0 })),
  };
}

function parisDay(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}
