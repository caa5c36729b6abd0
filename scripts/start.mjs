#!/usr/bin/env node
/**
 * `npm start`: the one command that runs the service on a developer's machine (and in the
 * `app` container of docker-compose.yml, with --skip-build since the image is already built).
 *
 *   dependencies (npm ci if node_modules is missing) → PostgreSQL, Redis (scripts/services.mjs)
 *   → SMTP (Mailpit, or the in-process dev mail catcher) → migrations → demo data → build
 *   (API, worker and the portal, which the API serves under /portail/)
 *   → api + worker, their output prefixed → wait for /health/ready → print the URLs.
 *
 * Ctrl-C / SIGTERM: SIGTERM to both processes and wait (the worker finishes its running jobs).
 * If one of them dies, the other is stopped and this exits non-zero, so a supervisor notices.
 * Only node builtins are imported statically: node_modules may not exist yet.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SKIP_BUILD = process.argv.includes('--skip-build');
const READY_TIMEOUT_MS = 60_000;
const MAIL_WEB_PORT = 8025;
const ENTRY_POINTS = {
  api: join(REPO_ROOT, 'dist/apps/api/apps/api/src/main.js'),
  worker: join(REPO_ROOT, 'dist/apps/worker/apps/worker/src/main.js'),
};
// Repeated here because the seed is TypeScript; it prints the same list when it runs.
const DEMO_PASSWORD = 'demo-val-de-lys-2026';
const DEMO_ACCOUNTS = [
  ['administrateur', 'admin@ml-val-de-lys.demo'],
  ['CRE', 'cre@ml-val-de-lys.demo'],
  ['conseiller', 'conseiller@ml-val-de-lys.demo'],
  ['employeur', 'recrutement@boulangerie-dupont.demo'],
];

const say = (line) => console.log(`[start] ${line}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Failures the developer must act on: shown without a stack trace. */
class StartError extends Error {}

// ---------------------------------------------------------------------------------------------
// Process management
// ---------------------------------------------------------------------------------------------

const children = []; // { name, process, closed }
let currentStep; // the npm command running now, if any
let mailCatcher;
let stopping = false;
let firstSignalAt = 0;

/** Runs a preparation command with the terminal attached; rejects with a French message. */
function runStep(description, command, args) {
  say(description);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: process.env,
      stdio: 'inherit',
      shell: process.platform === 'win32', // npm is npm.cmd there
    });
    currentStep = child;
    child.once('error', (error) => {
      currentStep = undefined;
      reject(new StartError(`Impossible de lancer « ${command} » : ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      currentStep = undefined;
      if (code === 0) resolve();
      else if (stopping) reject(new StartError('Arrêt demandé.'));
      else
        reject(
          new StartError(
            `« ${[command, ...args].join(' ')} » a échoué (${signal ?? `code ${code}`}) : voir ci-dessus.`,
          ),
        );
    });
  });
}

function prefixLines(stream, prefix, output) {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) =>
    output.write(`${prefix} ${line}\n`),
  );
}

function startChild(name, file) {
  const child = spawn(process.execPath, [file], {
    cwd: REPO_ROOT,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: Ctrl-C in the terminal reaches only this script, which then sends a
    // single SIGTERM. Without it each child would get SIGINT from the terminal plus our SIGTERM.
    detached: true,
  });
  // pino writes one JSON object per line: keep the lines as they are, only prefixed.
  prefixLines(child.stdout, `[${name}]`, process.stdout);
  prefixLines(child.stderr, `[${name}]`, process.stderr);
  const entry = { name, process: child };
  // 'close' comes after the output streams are drained, so no last line is lost.
  entry.closed = new Promise((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  entry.closed.then(({ code, signal }) => onChildClosed(name, code, signal));
  child.once('error', (error) =>
    console.error(`[start] Impossible de lancer ${name} : ${error.message}`),
  );
  children.push(entry);
  return entry;
}

const isAlive = (child) => child.exitCode === null && child.signalCode === null;
const cleanExit = ({ code, signal }) => code === 0 || signal === 'SIGTERM' || signal === 'SIGINT';
const describeExit = ({ code, signal }) => (signal ? `signal ${signal}` : `code ${code}`);

function onChildClosed(name, code, signal) {
  if (stopping) {
    say(`${name} arrêté (${describeExit({ code, signal })}).`);
    return;
  }
  const other = children.find((c) => c.name !== name && isAlive(c.process));
  console.error(
    `[start] ${name} s'est arrêté de façon inattendue (${describeExit({ code, signal })})` +
      (other ? ` : arrêt de ${other.name}.` : '.'),
  );
  void shutdown(1);
}

/** Stops everything we started, waits for the children, then exits. */
async function shutdown(exitCode) {
  stopping = true;
  currentStep?.kill('SIGTERM');
  for (const { process: child } of children) if (isAlive(child)) child.kill('SIGTERM');
  const results = await Promise.all(children.map((c) => c.closed));
  await mailCatcher?.close().catch(() => {});
  const allClean = results.every(cleanExit);
  process.exit(exitCode !== 0 ? exitCode : allClean ? 0 : 1);
}

function onSignal(signal) {
  const now = Date.now();
  if (stopping) {
    // Under `npm start`, Ctrl-C arrives twice at once (from the terminal and forwarded by npm):
    // only a later one means "force".
    if (now - firstSignalAt < 1000) return;
    say('Arrêt forcé.');
    for (const { process: child } of children) if (isAlive(child)) child.kill('SIGKILL');
    currentStep?.kill('SIGKILL');
    return;
  }
  firstSignalAt = now;
  say(
    `${signal} reçu : arrêt en cours` +
      (children.length
        ? ' (le worker termine ses tâches en cours ; Ctrl-C à nouveau pour forcer)…'
        : '…'),
  );
  void shutdown(0);
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
// Closing the terminal: the children, in their own sessions, would not notice.
process.on('SIGHUP', onSignal);

// Under `npm start`, npm runs this script through `sh -c`; a SIGTERM sent to npm (by a supervisor,
// an IDE's stop button) ends npm and sh without reaching us, since sh does not forward signals.
// Rather than keep running unsupervised, treat the loss of our parent as that SIGTERM.
if (process.env.npm_lifecycle_event === 'start') {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    onSignal('SIGTERM (npm arrêté)');
  }, 500);
  watch.unref();
}
// Last resort if this script dies abruptly: the children are in their own process group and
// would otherwise keep running unnoticed.
process.on('exit', () => {
  for (const { process: child } of children) if (isAlive(child)) child.kill('SIGTERM');
});

// ---------------------------------------------------------------------------------------------
// Readiness and summary
// ---------------------------------------------------------------------------------------------

/** Polls /health/ready until 200; returns undefined when ready, else what was failing. */
async function waitUntilReady(port) {
  const url = `http://127.0.0.1:${port}/health/ready`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let failing = "l'API ne répond pas encore";
  while (Date.now() < deadline) {
    if (stopping) return undefined;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (response.status === 200) return undefined;
      failing = `HTTP ${response.status}`;
      const body = await response.json().catch(() => undefined);
      // Terminus lists the failing checks under `error`: { workers: { status, message } }.
      const down = Object.entries(body?.error ?? {}).map(
        ([check, details]) => `${check} : ${details?.message ?? details?.status ?? 'en échec'}`,
      );
      if (down.length) failing = down.join(' ; ');
    } catch (error) {
      failing = `l'API ne répond pas (${error.cause?.code ?? error.name ?? error.message})`;
    }
    await sleep(500);
  }
  return failing;
}

function printBox(lines) {
  const width = Math.max(...lines.map((l) => l.length));
  const bar = '─'.repeat(width + 2);
  console.log(`\n┌${bar}┐`);
  for (const line of lines) console.log(`│ ${line.padEnd(width)} │`);
  console.log(`└${bar}┘\n`);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(REPO_ROOT, 'node_modules'))) {
    try {
      await runStep('Installation des dépendances (npm ci)…', 'npm', ['ci']);
    } catch (error) {
      if (stopping) throw error;
      // npm ci also refuses a lock file written behind a registry mirror that lacks some optional
      // platform packages; npm install still installs the locked versions.
      await runStep('npm ci a échoué : nouvel essai avec npm install…', 'npm', ['install']);
    }
  }
  // Imported only now: they need node_modules (pg, smtp-server, mailparser).
  const { ensureServices, isListening, ServicesError, smtpEndpoint } =
    await import('./services.mjs');
  const { startMailCatcher } = await import('./dev-mail-catcher.mjs');

  let services;
  try {
    services = await ensureServices({ log: say, announceMailCatcher: false });
  } catch (error) {
    throw error instanceof ServicesError ? new StartError(error.message) : error;
  }
  // `npm start` is the developer's command: it turns the development surfaces on (dev SMS inbox,
  // dev JWT secret) unless .env or the environment says otherwise. A deployment never runs it
  // with NODE_ENV=production and DEV_SURFACES=true: the apps refuse that combination.
  if (process.env.DEV_SURFACES === undefined && process.env.NODE_ENV !== 'production') {
    process.env.DEV_SURFACES = 'true';
  }
  // ensureServices loaded .env into process.env: PORT and the URLs are final from here on.
  const port = Number(process.env.PORT || 3000);
  const smtp = smtpEndpoint(process.env.SMTP_URL || 'smtp://127.0.0.1:1025');

  // Fail now rather than after the build with an EADDRINUSE from the API.
  if (await isListening('127.0.0.1', port)) {
    throw new StartError(
      `Le port ${port} est déjà utilisé (une autre instance tourne-t-elle ?). ` +
        'Arrêtez-la, ou choisissez un autre PORT dans .env.',
    );
  }

  let mails;
  if (services.smtp === 'absent') {
    mailCatcher = await startMailCatcher({
      smtpPort: smtp.port,
      httpPort: MAIL_WEB_PORT,
      log: (line) => console.log(`[mails] ${line}`),
    });
    say(`SMTP (127.0.0.1:${mailCatcher.smtpPort}) : collecteur de mails de développement démarré`);
    mails = mailCatcher.httpPort
      ? `http://localhost:${mailCatcher.httpPort} (collecteur de développement)`
      : 'dans cette console (collecteur de développement)';
  } else if (services.smtp === 'docker') {
    mails = `http://localhost:${MAIL_WEB_PORT} (Mailpit)`;
  } else {
    mails = `serveur SMTP ${smtp.host}:${smtp.port} (Mailpit : http://localhost:${MAIL_WEB_PORT})`;
  }

  await runStep('Migrations de la base de données…', 'npm', ['run', '--silent', 'migration:run']);
  await runStep('Données de démonstration…', 'npm', ['run', '--silent', 'seed:demo']);
  if (!SKIP_BUILD) await runStep('Compilation (npm run build)…', 'npm', ['run', 'build']);
  for (const [name, file] of Object.entries(ENTRY_POINTS)) {
    if (!existsSync(file)) {
      throw new StartError(
        `${name} : ${file} est introuvable après la compilation (sortie de « nest build » modifiée ?).`,
      );
    }
  }
  if (stopping) return;

  say('Démarrage de l’API et du worker…');
  startChild('api', ENTRY_POINTS.api);
  startChild('worker', ENTRY_POINTS.worker);

  const failing = await waitUntilReady(port);
  if (stopping) return;
  if (failing) {
    throw new StartError(
      `Le service n'est pas prêt après ${READY_TIMEOUT_MS / 1000} s (http://127.0.0.1:${port}/health/ready) : ${failing}`,
    );
  }

  const base = `http://localhost:${port}`;
  printBox([
    'Service entreprises de la Mission Locale : prêt',
    '',
    `Portail employeurs ${base}/portail/`,
    `API                ${base}`,
    `Documentation      ${base}/docs`,
    `État (readiness)   ${base}/health/ready`,
    `Files d'attente    ${base}/admin/queues`,
    '                   (compte administrateur, identifiants demandés par le navigateur)',
    `Mails              ${mails}`,
    '',
    `Comptes de démonstration (mot de passe : ${DEMO_PASSWORD}) :`,
    ...DEMO_ACCOUNTS.map(([role, email]) => `  ${role.padEnd(15)}  ${email}`),
    '',
    'Ctrl-C pour arrêter.',
  ]);
}

main().catch((error) => {
  if (stopping && error instanceof StartError) return; // a signal interrupted a step: shutdown() exits
  console.error(
    `\n[start] ${error instanceof StartError ? error.message : (error?.stack ?? error)}`,
  );
  void shutdown(1);
});
