import mjml2html from 'mjml';

/**
 * The one email layout, in MJML (responsive tables that mail clients understand), compiled once
 * per process; each message then only fills the placeholders: `{{x}}` escaped, `{{{x}}}` raw.
 * Colours are the Mission Locale identity's default (#1f5c7a, as the portal and the pages), system fonts.
 */
const layout = (withButton: boolean) => `<mjml lang="fr">
  <mj-head>
    <mj-title>{{titre}}</mj-title>
    <mj-preview>{{preheader}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="24px" color="#161616" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f6f6f6">
    <mj-section background-color="#ffffff" border-bottom="4px solid #1f5c7a" padding="16px">
      <mj-column>
        <mj-text font-size="14px" font-weight="700" color="#1f5c7a">{{structure}}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="8px 16px 24px">
      <mj-column>
        <mj-text font-size="22px" line-height="28px" font-weight="700">{{titre}}</mj-text>
        <mj-text>{{{contenu}}}</mj-text>
        ${
          withButton
            ? `<mj-button href="{{bouton_url}}" background-color="#1f5c7a" color="#ffffff" font-size="16px" border-radius="0" inner-padding="12px 24px" align="left">{{bouton_libelle}}</mj-button>
        <mj-text font-size="12px" line-height="18px" color="#666666">Si le bouton ne fonctionne pas : {{bouton_url}}</mj-text>`
            : ''
        }
      </mj-column>
    </mj-section>
    <mj-section padding="16px">
      <mj-column>
        <mj-text font-size="12px" line-height="18px" color="#666666">Message envoyé par {{structure}}.
          <a href="{{preferences_url}}" style="color:#1f5c7a">Gérer mes préférences de contact</a></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

let compiled: Promise<{ withButton: string; withoutButton: string }> | undefined;

async function compile(source: string): Promise<string> {
  const result = await mjml2html(source, { validationLevel: 'strict' });
  if (result.errors.length)
    throw new Error(result.errors.map((e) => e.formattedMessage).join('; '));
  // MJML indents its output; the indentation is a quarter of the bytes every email carries (and
  // quoted-printable encodes, and the SMTP stream scans). A line's leading whitespace is never
  // significant here (no <pre>), so it goes, once per process.
  return result.html.replace(/\n[ \t]+/g, '\n');
}

export function emailLayouts(): Promise<{ withButton: string; withoutButton: string }> {
  compiled ??= Promise.all([compile(layout(true)), compile(layout(false))]).then(
    ([withButton, withoutButton]) => ({ withButton, withoutButton }),
  );
  return compiled;
}

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** One pass, so a value containing "{{…}}" is never expanded itself. */
export function fill(html: string, values: Record<string, string>): string {
  return html.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, raw?: string, escaped?: string) =>
    raw ? (values[raw] ?? '') : escape(values[escaped!] ?? ''),
  );
}

export { escape as escapeHtmlAttr };
