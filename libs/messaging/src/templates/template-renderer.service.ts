import { Injectable } from '@nestjs/common';
import { prepareSms, SmsLength } from '../sms/gsm7';
import { TEMPLATES, TemplateData, TemplateId } from './catalogue';
import { emailLayouts, escapeHtmlAttr, fill } from './email-layout';
import { TemplateDefinition } from './template';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export type RenderedSms = { text: string } & SmsLength;

const MIN_FIELD = 12;

export function template(id: string): TemplateDefinition<Record<string, unknown>> {
  const def = (TEMPLATES as Record<string, TemplateDefinition<any>>)[id];
  if (!def) throw new Error(`Modèle de message inconnu : ${id}`);
  return def;
}

/** Renders the templates of the catalogue: email (HTML + text) and SMS (fitted to one segment). */
@Injectable()
export class TemplateRenderer {
  async email(
    id: TemplateId | string,
    data: Record<string, unknown>,
    ctx: { structure: string; preferencesUrl: string },
  ): Promise<RenderedEmail> {
    const content = template(id).email?.(data);
    if (!content) throw new Error(`Le modèle ${id} n'a pas de version e-mail`);
    const layouts = await emailLayouts();
    const html = fill(content.bouton ? layouts.withButton : layouts.withoutButton, {
      titre: content.titre,
      preheader: content.preheader,
      structure: ctx.structure,
      contenu: content.paragraphes
        .map((p) => `<p style="margin:0 0 16px">${escapeHtmlAttr(p)}</p>`)
        .join(''),
      bouton_url: content.bouton?.url ?? '',
      bouton_libelle: content.bouton?.libelle ?? '',
      preferences_url: ctx.preferencesUrl,
    });
    const text = [
      ...content.paragraphes.flatMap((p) => [p, '']),
      ...(content.bouton ? [`${content.bouton.libelle} : ${content.bouton.url}`, ''] : []),
      '-- ',
      `Message envoyé par ${ctx.structure}.`,
      `Gérer mes préférences de contact : ${ctx.preferencesUrl}`,
    ].join('\n');
    return { subject: content.subject, html, text };
  }

  /**
   * The SMS text. When it would take more than one segment, the fields the template allows are
   * shortened ("...") one character at a time, longest first, down to a floor: one SMS where possible.
   */
  sms(id: TemplateId | string, data: Record<string, unknown>): RenderedSms {
    const def = template(id);
    if (!def.sms) throw new Error(`Le modèle ${id} n'a pas de version SMS`);
    const values = { ...data } as Record<string, unknown>;
    let rendered = prepareSms(def.sms(values));
    const fields = def.raccourcissables ?? [];
    while (rendered.segments > 1) {
      const longest = fields
        .filter((f) => typeof values[f] === 'string' && (values[f] as string).length > MIN_FIELD)
        .sort((a, b) => (values[b] as string).length - (values[a] as string).length)[0];
      if (!longest) break;
      const v = values[longest] as string;
      values[longest] = `${v
        .replace(/\.\.\.$/, '')
        .slice(0, -1)
        .trimEnd()}...`;
      rendered = prepareSms(def.sms(values));
    }
    return rendered;
  }
}

export type { TemplateData, TemplateId };
