import type { Offre } from '@app/offres';
import type { OffreCriteres } from '../scoring/score-detail';

export function versCriteres(o: Offre): OffreCriteres {
  return {
    id: o.id,
    structureId: o.structureId,
    codeRome: o.codeRome,
    lat: o.lat,
    lon: o.lon,
    dateDebut: o.dateDebut,
    permisB: o.permisB,
    niveauDiplome: o.niveauDiplome,
    experience: o.experience,
    ouverteMineurs: o.ouverteMineurs,
    travailNuit: o.travailNuit,
    tempsPartiel: o.tempsPartiel,
    distanceMaxKm: o.distanceMaxKm,
    candidatsSouhaites: o.candidatsSouhaites,
    versionCriteres: o.versionCriteres,
  };
}

export function parisDay(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}
