import { escapeHtml, OutgoingMail } from '@app/core';
import { Offre } from '../offre.entity';

const frDate = (d: Date) =>
  d.toLocaleDateString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

export function expiryReminderMail(p: {
  to: string[];
  offre: Offre;
  expireLe: Date;
  lien: string;
}): OutgoingMail {
  const titre = p.offre.titre;
  const date = frDate(p.expireLe);
  const text = [
    'Bonjour,',
    '',
    `Votre offre « ${titre} » sera retirée le ${date}, faute de mise à jour depuis bientôt deux mois.`,
    '',
    'Le poste est toujours à pourvoir ? Prolongez-la en un clic :',
    p.lien,
    '',
    "Le poste est pourvu ou n'est plus d'actualité ? Vous n'avez rien à faire, ou prévenez votre chargé(e) de relations entreprises.",
  ].join('\n');
  const html = `<!doctype html><html lang="fr"><body style="font-family:Marianne,Arial,sans-serif;color:#161616;max-width:560px;margin:auto;padding:16px">
<p>Bonjour,</p>
<p>Votre offre « <strong>${escapeHtml(titre)}</strong> » sera retirée le <strong>${date}</strong>, faute de mise à jour depuis bientôt deux mois.</p>
<p>Le poste est toujours à pourvoir ?</p>
<p><a href="${escapeHtml(p.lien)}" style="display:inline-block;background:#000091;color:#fff;padding:12px 20px;text-decoration:none">Prolonger mon offre</a></p>
<p style="font-size:14px;color:#666">Le poste est pourvu ou n'est plus d'actualité ? Vous n'avez rien à faire, ou prévenez votre chargé(e) de relations entreprises.</p>
</body></html>`;
  return { to: p.to.join(', '), subject: `Votre offre « ${titre} » expire le ${date}`, text, html };
}
