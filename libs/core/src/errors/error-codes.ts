/**
 * Every error code the API returns, with its HTTP status and its title (in French, for users).
 * Feature libs add their own codes here so that the mapping to HTTP lives in one place.
 */
export const ERROR_CODES = {
  VALIDATION: { status: 400, title: 'Données invalides' },
  MALFORMED_REQUEST: { status: 400, title: 'Requête mal formée' },
  UNAUTHENTICATED: { status: 401, title: 'Authentification requise' },
  INVALID_CREDENTIALS: { status: 401, title: 'Identifiants incorrects' },
  FORBIDDEN: { status: 403, title: 'Accès refusé' },
  CSRF: { status: 403, title: 'Requête refusée (protection CSRF)' },
  NOT_FOUND: { status: 404, title: 'Ressource introuvable' },
  CONFLICT: { status: 409, title: 'Conflit' },
  EMAIL_TAKEN: { status: 409, title: 'Adresse e-mail déjà utilisée' },
  SIRET_TAKEN: { status: 409, title: 'SIRET déjà enregistré' },
  OFFRE_TRANSITION_INTERDITE: { status: 409, title: "Changement d'état impossible" },
  OFFRE_DOUBLON: { status: 409, title: 'Offre semblable déjà en cours' },
  CONCURRENT_UPDATE: { status: 409, title: 'Modification concurrente' },
  // jeunes
  JEUNE_ID_EXTERNE_PRIS: { status: 409, title: 'Identifiant externe déjà utilisé' },
  JEUNE_ANONYMISE: { status: 410, title: 'Jeune anonymisé' },
  JEUNE_IMPORT_INVALIDE: { status: 400, title: "Fichier d'import illisible" },
  INVITATION_INVALID: { status: 410, title: 'Invitation invalide' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Requête trop volumineuse' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Format non pris en charge' },
  RATE_LIMITED: { status: 429, title: 'Trop de tentatives' },
  // matching
  PROPOSITION_TRANSITION_INTERDITE: { status: 409, title: 'Changement d’état impossible' },
  ACCORD_TRANSITION_INTERDITE: { status: 409, title: 'Changement d’état impossible' },
  // messaging
  LIEN_INVALIDE: { status: 410, title: 'Lien invalide ou expiré' },
  MESSAGE_NON_RENVOYABLE: { status: 409, title: 'Message impossible à renvoyer' },
  // mises en relation
  MER_TRANSITION_INTERDITE: { status: 409, title: "Changement d'état impossible" },
  // pmsmp
  PMSMP_TRANSITION_INTERDITE: { status: 409, title: "Changement d'état impossible" },
  INTERNAL: { status: 500, title: 'Erreur interne' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service indisponible' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
