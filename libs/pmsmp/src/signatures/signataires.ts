import { ConventionContenu, Personne } from '../domain/convention-contenu';
import { Signataire } from '../domain/pmsmp-codes';
import { estMineur } from '../rules/convention-rules';

export interface SignataireAttendu {
  signataire: Signataire;
  personne: Personne;
  /** "le bénéficiaire"… (messages). */
  qualite: string;
}

const meme = (a: Personne, b: Personne) =>
  a.email.toLowerCase() === b.email.toLowerCase() &&
  a.nom.toLowerCase() === b.nom.toLowerCase() &&
  a.prenom.toLowerCase() === b.prenom.toLowerCase();

/**
 * Who signs this agreement: the beneficiary, the legal representative of a minor, the host's
 * representative, the tutor where the form asks (unless the representative is the tutor: one
 * person, one signature), the ML's conseiller.
 */
export function signatairesAttendus(
  c: ConventionContenu,
  tuteurSigne: boolean,
): SignataireAttendu[] {
  const out: SignataireAttendu[] = [
    { signataire: Signataire.BENEFICIAIRE, personne: c.beneficiaire, qualite: 'bénéficiaire' },
  ];
  if (estMineur(c) && c.representantLegal) {
    out.push({
      signataire: Signataire.REPRESENTANT_LEGAL,
      personne: c.representantLegal,
      qualite: 'représentant légal',
    });
  }
  out.push({
    signataire: Signataire.ENTREPRISE,
    personne: c.accueil.representant,
    qualite: 'représentant de la structure d’accueil',
  });
  if (tuteurSigne && !meme(c.tuteur, c.accueil.representant)) {
    out.push({ signataire: Signataire.TUTEUR, personne: c.tuteur, qualite: 'tuteur' });
  }
  out.push({
    signataire: Signataire.PRESCRIPTEUR,
    personne: c.prescripteur.conseiller,
    qualite: 'prescripteur pour la Mission Locale',
  });
  return out;
}
