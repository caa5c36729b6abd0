import { Jeune } from '@app/jeunes';
import { Entreprise, TRANCHE_EFFECTIF_LIBELLES } from '@app/entreprises';
import { DomainError } from '@app/core';
import { ContenuSaisiDto } from '../api/convention-contenu.dto';
import { ConventionContenu } from '../domain/convention-contenu';

export interface SourcesConvention {
  jeune: Jeune;
  entreprise: Entreprise;
  communeEntreprise: string | null;
  structure: string;
  conseiller: { nom: string; prenom: string; email: string };
}

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v ?? null)) ?? undefined;

/**
 * The agreement's content at creation: the beneficiary from the jeune's profile, the host from
 * the entreprise, the prescriber from the ML and the conseiller, the rest as keyed in; the
 * keyed-in beneficiary fields complete or correct the profile (on the agreement only).
 */
export function construireContenu(dto: ContenuSaisiDto, s: SourcesConvention): ConventionContenu {
  const contenu = contenuBrut(dto, s);
  exigerComplet(contenu);
  return contenu;
}

/** The same content without the completeness check (a draft being keyed in). */
export function contenuBrut(dto: ContenuSaisiDto, s: SourcesConvention): ConventionContenu {
  const j = s.jeune;
  const b = dto.beneficiaire ?? {};
  const accueilAdresse = {
    adresse: s.entreprise.adresse ?? '',
    codePostal: s.entreprise.codePostal ?? '',
    commune: s.communeEntreprise ?? '',
  };
  const contenu: ConventionContenu = {
    beneficiaire: {
      nom: j.nom ?? '',
      prenom: j.prenom ?? '',
      dateNaissance: j.dateNaissance ?? '',
      email: b.email ?? j.email ?? '',
      telephone: b.telephone ?? j.telephone ?? '',
      adresse: b.adresse ?? j.adresse ?? '',
      codePostal: b.codePostal ?? j.codePostal ?? '',
      commune: b.commune ?? j.communeNom ?? '',
      ...(b.niveauFormation ? { niveauFormation: b.niveauFormation } : {}),
    },
    accueil: {
      siret: s.entreprise.siret,
      raisonSociale: s.entreprise.enseigne
        ? `${s.entreprise.raisonSociale} (${s.entreprise.enseigne})`
        : s.entreprise.raisonSociale,
      ...accueilAdresse,
      activite: dto.accueil.activite,
      effectif:
        dto.accueil.effectif ??
        (s.entreprise.trancheEffectif
          ? TRANCHE_EFFECTIF_LIBELLES[s.entreprise.trancheEffectif]
          : ''),
      representant: plain(dto.accueil.representant),
    },
    tuteur: plain(dto.tuteur),
    lieu: plain(dto.lieu) ?? accueilAdresse,
    prescripteur: {
      structure: s.structure,
      conseiller: { ...s.conseiller, telephone: dto.telephoneConseiller ?? '' },
    },
    ...modifiables(dto),
  } as ConventionContenu;
  return contenu;
}

/** The sections an edit may replace (beneficiary contacts and address included). */
export function modifiables(dto: Partial<ContenuSaisiDto>): Partial<ConventionContenu> {
  const keys = [
    'objectif',
    'metier',
    'activites',
    'competences',
    'dateDebut',
    'dateFin',
    'horaires',
    'derogationDimancheFerie',
    'conditionsTravail',
    'risques',
    'equipementsProtection',
    'transport',
    'restauration',
    'tuteur',
    'lieu',
    'representantLegal',
    'employeurActuel',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (dto[k] !== undefined) out[k] = plain(dto[k]);
  return out as Partial<ConventionContenu>;
}

/** Fields the jeune's profile or the entreprise may lack: each named in the 400. */
export function exigerComplet(c: ConventionContenu): void {
  const errors = champsManquants(c);
  if (errors.length === 0) return;
  throw new DomainError('VALIDATION', errors[0].message, { field: errors[0].field, errors });
}

export function champsManquants(c: ConventionContenu) {
  const manque = [
    ['beneficiaire.dateNaissance', c.beneficiaire.dateNaissance],
    ['beneficiaire.email', c.beneficiaire.email],
    ['beneficiaire.telephone', c.beneficiaire.telephone],
    ['beneficiaire.adresse', c.beneficiaire.adresse],
    ['beneficiaire.codePostal', c.beneficiaire.codePostal],
    ['accueil.adresse', c.accueil.adresse],
    ['accueil.codePostal', c.accueil.codePostal],
    ['accueil.effectif', c.accueil.effectif],
  ].filter(([, v]) => !v);
  return manque.map(([field]) => ({
    field: field!,
    code: 'obligatoire',
    message: `« ${field} » est obligatoire sur la convention : complétez-le.`,
  }));
}

/** The renewed agreement's weekdays and hours, on the renewal's dates. */
export function decaler(c: ConventionContenu, du: string, au: string) {
  const parJour = new Map(
    c.horaires.map((j) => [new Date(`${j.date}T00:00:00Z`).getUTCDay(), j.plages]),
  );
  const out = [];
  for (
    let d = new Date(`${du}T00:00:00Z`);
    d <= new Date(`${au}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const plages = parJour.get(d.getUTCDay());
    if (plages)
      out.push({ date: d.toISOString().slice(0, 10), plages: plages.map((p) => ({ ...p })) });
  }
  return out;
}
