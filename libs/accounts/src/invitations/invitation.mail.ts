import { OutgoingMail, Role } from '@app/core';

const ROLE_LABEL: Record<Role, string> = {
  [Role.ADMIN]: 'administrateur',
  [Role.CRE]: 'chargé(e) de relations entreprises',
  [Role.CONSEILLER]: 'conseiller(ère)',
  [Role.EMPLOYEUR]: 'employeur',
  [Role.OPERATEUR]: 'opérateur de la plateforme',
};

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The invitation email, in French, text and HTML (the full template system comes with messaging). */
export function invitationMail(p: {
  to: string;
  prenom: string;
  structureNom: string;
  role: Role;
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const until = p.expiresAt.toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const subject = `${p.structureNom} vous invite à créer votre compte`;
  const text = [
    `Bonjour ${p.prenom},`,
    '',
    `${p.structureNom} vous invite à créer votre compte ${ROLE_LABEL[p.role]} sur son service entreprises.`,
    '',
    `Pour choisir votre mot de passe, ouvrez ce lien (valable jusqu'au ${until}, utilisable une seule fois) :`,
    p.link,
    '',
    "Si vous n'attendiez pas ce message, ignorez-le : aucun compte ne sera créé.",
  ].join('\n');
  const html = `<!doctype html><html lang="fr"><body style="font-family:Marianne,Arial,sans-serif;color:#161616;max-width:560px;margin:auto;padding:16px">
<p>Bonjour ${escape(p.prenom)},</p>
<p>${escape(p.structureNom)} vous invite à créer votre compte ${ROLE_LABEL[p.role]} sur son service entreprises.</p>
<p><a href="${escape(p.link)}" style="display:inline-block;background:#000091;color:#fff;padding:12px 20px;text-decoration:none">Créer mon compte</a></p>
<p style="font-size:14px">Lien valable jusqu'au ${until}, utilisable une seule fois :<br><a href="${escape(p.link)}">${escape(p.link)}</a></p>
<p style="font-size:14px;color:#666">Si vous n'attendiez pas ce message, ignorez-le : aucun compte ne sera créé.</p>
</body></html>`;
  return { to: p.to, subject, text, html };
}
