#!/usr/bin/env node
/**
 * A development mail catcher, for machines without Docker (where Mailpit plays this role):
 * an SMTP server that accepts every message, keeps the last 200 in memory, logs one line per
 * message with its links (so the invitation link shows in the console), and a small web page.
 *
 *   import { startMailCatcher } from './dev-mail-catcher.mjs';
 *   const catcher = await startMailCatcher({ smtpPort: 1025, httpPort: 8025 });
 *   ...
 *   await catcher.close();
 *
 * Also runnable alone: `node scripts/dev-mail-catcher.mjs [smtpPort] [httpPort]`.
 * Never for production: no authentication, no TLS, everything in memory.
 */
import { createServer } from 'node:http';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const MAX_MESSAGES = 200;
const LINK_PATTERN = /https?:\/\/[^\s"'<>()[\]{}]+/g;

const escapeHtml = (text) =>
  String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function linksOf(text, html) {
  const found = `${text ?? ''}\n${html || ''}`.match(LINK_PATTERN) ?? [];
  // HTML attributes escape & as &amp;: undo it so the link works when copied.
  return [...new Set(found.map((link) => link.replace(/&amp;/g, '&').replace(/[.,;:!?]+$/, '')))];
}

function renderPage(messages, smtpPort) {
  const items = messages
    .map(
      (m) => `
  <article>
    <h2>${escapeHtml(m.subject || '(sans objet)')}</h2>
    <p class="meta">De ${escapeHtml(m.from)} à ${escapeHtml(m.to.join(', '))} — ${escapeHtml(new Date(m.date).toLocaleString('fr-FR'))}</p>
    ${m.links.length ? `<ul>${m.links.map((l) => `<li><a href="${escapeHtml(l)}">${escapeHtml(l)}</a></li>`).join('')}</ul>` : ''}
    <pre>${escapeHtml(m.text)}</pre>
  </article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Mails reçus (${messages.length})</title>
  <style>
    body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #161616; }
    article { border: 1px solid #ddd; border-radius: 4px; padding: 0 1rem; margin: 1rem 0; }
    h2 { font-size: 1.1rem; } .meta { color: #666; font-size: .9rem; }
    pre { white-space: pre-wrap; background: #f6f6f6; padding: .75rem; }
  </style>
</head>
<body>
  <h1>Mails reçus (${messages.length})</h1>
  <p>Collecteur de développement : SMTP sur le port ${smtpPort}, les ${MAX_MESSAGES} derniers messages en mémoire,
     les plus récents en premier. JSON : <a href="/api/messages">/api/messages</a>. Rechargez la page pour voir les nouveaux.</p>
  ${items || '<p>Aucun message pour l’instant.</p>'}
</body>
</html>`;
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/**
 * Starts the SMTP server (smtpPort, default 1025) and the web page (httpPort, default 8025).
 * Resolves once both listen; rejects if the SMTP port is taken. A taken web port only warns:
 * the console lines are enough to follow the mails.
 */
export async function startMailCatcher({
  smtpPort = 1025,
  httpPort = 8025,
  host = '127.0.0.1',
  log = (line) => console.log(`[mails] ${line}`),
} = {}) {
  const messages = []; // newest first
  let nextId = 1;

  const smtp = new SMTPServer({
    // Accept everything: no TLS (nodemailer would try STARTTLS against a self-signed certificate),
    // and any login if SMTP_URL carries credentials.
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    size: 10 * 1024 * 1024,
    banner: 'collecteur de mails de développement',
    logger: false,
    // On shutdown, do not wait 30 s (the default) for pooled client connections to go away.
    closeTimeout: 3000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const message = {
            id: nextId++,
            date: new Date().toISOString(),
            from: mail.from?.text ?? session.envelope.mailFrom?.address ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: mail.html || '',
            links: linksOf(mail.text, mail.html),
          };
          messages.unshift(message);
          messages.length = Math.min(messages.length, MAX_MESSAGES);
          log(`à ${message.to.join(', ')} : « ${message.subject} »`);
          for (const link of message.links) log(`  lien : ${link}`);
          callback();
        })
        .catch((error) => callback(error));
    },
  });
  smtp.on('error', (error) => log(`erreur SMTP : ${error.message}`));

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/messages' && req.method === 'DELETE') {
      messages.length = 0;
      res.writeHead(204).end();
    } else if (path === '/api/messages') {
      res
        .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(messages));
    } else if (path === '/') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(renderPage(messages, smtpPort));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable.');
    }
  });

  try {
    await listen(smtp.server, smtpPort, host);
  } catch (error) {
    throw new Error(
      `Collecteur de mails : impossible d'écouter sur ${host}:${smtpPort} (${error.code ?? error.message}).`,
    );
  }
  let webPort = httpPort;
  try {
    await listen(http, httpPort, host);
  } catch (error) {
    log(`page web indisponible : le port ${httpPort} est occupé (${error.code ?? error.message})`);
    webPort = undefined;
  }

  return {
    smtpPort,
    httpPort: webPort,
    messages,
    close: () =>
      Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        webPort ? new Promise((resolve) => http.close(resolve)) : undefined,
      ]).then(() => undefined),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const smtpPort = Number(process.argv[2] ?? 1025);
  const httpPort = Number(process.argv[3] ?? 8025);
  startMailCatcher({ smtpPort, httpPort }).then(
    (catcher) => {
      console.log(
        `[mails] SMTP sur 127.0.0.1:${smtpPort}, messages sur http://localhost:${catcher.httpPort ?? httpPort}`,
      );
      const stop = () => catcher.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
