import { Jeune } from '../entities/jeune.entity';
import { consentements, ConsentementView } from './jeune-conseiller.view';

/**
 * What the jeune sees of their own profile (from a link in a message): their identity, their
 * contacts and consents, their project. The conseiller's working notes are left to the formal
 * right-of-access export, which holds everything.
 */
export interface JeuneSelfView {
  id: string;
  prenom: string;
  nom: string;
  dateNaissance: string;
  email: string | null;
  telephone: string | null;
  adresse: string | null;
  codePostal: string | null;
  communeNom: string | null;
  consentements: { email: ConsentementView; sms: ConsentementView };
  fichesRome: string[];
  rayonMobiliteKm: number;
  permisB: boolean;
  vehicule: boolean;
  transportsCommun: boolean;
  disponibleLe: string | null;
  tempsPartielUniquement: boolean;
  programme: string;
  statut: string;
}

export function jeuneForSelf(j: Jeune): JeuneSelfView {
  return {
    id: j.id,
    prenom: j.prenom ?? '',
    nom: j.nom ?? '',
    dateNaissance: j.dateNaissance ?? '',
    email: j.email,
    telephone: j.telephone,
    adresse: j.adresse,
    codePostal: j.codePostal,
    communeNom: j.communeNom,
    consentements: consentements(j),
    fichesRome: j.fichesRome,
    rayonMobiliteKm: j.rayonMobiliteKm,
    permisB: j.permisB,
    vehicule: j.vehicule,
    transportsCommun: j.transportsCommun,
    disponibleLe: j.disponibleLe,
    tempsPartielUniquement: j.tempsPartielUniquement,
    programme: j.programme,
    statut: j.statut,
  };
}
