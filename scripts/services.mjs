#!/usr/bin/env node
/**
 * Makes sure PostgreSQL, Redis (and, outside tests, an SMTP server) answer where the
 * configuration says, so that `npm start` and `npm test` work on a fresh machine.
 *
 * For each service, in this order:
 *   1. something already listens on the configured host:port → reuse it (fast path, < 1 s);
 *   2. a Docker engine runs → `docker compose up -d --wait <services>` (docker-compose.yml);
 *   3. PostgreSQL / Redis are installed locally → start them with their data in `.data/`;
 *   4. otherwise → exit 1 with what to install.
 * Then the application database named in DATABASE_URL is created if missing.
 *
 * Usable as a module (`ensureServices({ forTests })`, used by scripts/start.mjs) and as a
 * command (`node scripts/services.mjs [--for-tests]`, used by `npm test`).
 * Only node builtins and `pg` here: it runs before anything is built.
 */
import { spawnSync } from 'node:child_process';
import {
  chownSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
} from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

export const REPO_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const DATA_DIR = join(REPO_ROOT, '.data');

export const DEFAULTS = {
  DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5432/mission_locale',
  // The tests create one database per test file through this admin connection.
  TEST_DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5432/postgres',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
};

/** Thrown for problems the developer must fix; the message is shown as is, without a stack. */
export class ServicesError extends Error {}

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

/** Minimal .env parser: KEY=VALUE, optional `export`, quotes, `#` comments (no dotenv before npm ci). */
export function parseDotenv(text) {
  const values = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.lastIndexOf(quote) > 0) {
      value = value.slice(1, value.lastIndexOf(quote));
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\"/g, '"');
    } else {
      // Like dotenv: an unquoted value ends at a ` #` comment.
      value = value.replace(/\s+#.*$/, '').trim();
    }
    values[match[1]] = value;
  }
  return values;
}

/**
 * Fills process.env from `.env` without overriding what is already set (the environment wins,
 * as in the apps, which load the same file with dotenv). Children spawned later inherit it.
 */
export function loadEnv() {
  const file = join(REPO_ROOT, '.env');
  if (existsSync(file)) {
    for (const [key, value] of Object.entries(parseDotenv(readFileSync(file, 'utf8')))) {
      if (process.env[key] === undefined) process.env[key] = value;
    }
  }
  const get = (key) => (process.env[key] ? process.env[key] : DEFAULTS[key]);
  return {
    DATABASE_URL: get('DATABASE_URL'),
    TEST_DATABASE_URL: get('TEST_DATABASE_URL'),
    REDIS_URL: get('REDIS_URL'),
    SMTP_URL: get('SMTP_URL'),
  };
}

function parseUrl(name, value, defaultPort) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ServicesError(`${name} n'est pas une URL valide : ${JSON.stringify(value)}`);
  }
  // new URL() keeps IPv6 hosts in brackets; net.connect wants them bare.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const port = url.port ? Number(url.port) : defaultPort;
  return { url, host, port };
}

export function smtpEndpoint(smtpUrl) {
  return parseUrl('SMTP_URL', smtpUrl, smtpUrl.startsWith('smtps:') ? 465 : 25);
}

const isLocalHost = (host) => ['127.0.0.1', 'localhost', '::1', '0.0.0.0'].includes(host);

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** True when a TCP connection to host:port succeeds within timeoutMs. */
export function isListening(host, port, timeoutMs = 700) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `attempt` until it resolves truthy or the deadline passes; returns the last error. */
async function waitFor(attempt, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      if (await attempt()) return { ok: true };
    } catch (error) {
      lastError = error;
      if (error?.fatal) return { ok: false, error };
    }
    if (Date.now() >= deadline) return { ok: false, error: lastError };
    await sleep(intervalMs);
  }
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', ...options });
}

function onPath(binary) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, binary))) return join(dir, binary);
  }
  return undefined;
}

function tail(text, lines = 15) {
  return (text ?? '').trim().split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Docker
// ---------------------------------------------------------------------------------------------

let dockerCache;

/** The compose command when a Docker engine answers, else undefined (with why, for the message). */
function detectDocker() {
  if (dockerCache) return dockerCache;
  const info = run('docker', ['info'], { stdio: 'ignore', timeout: 15_000 });
  if (info.error || info.status !== 0) {
    dockerCache = { compose: undefined, clientOnly: !info.error };
    return dockerCache;
  }
  // Compose v2 is a docker plugin; older installs only have the standalone docker-compose.
  if (run('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) {
    dockerCache = { compose: ['docker', 'compose'] };
  } else if (onPath('docker-compose')) {
    dockerCache = { compose: ['docker-compose'] };
  } else {
    dockerCache = { compose: undefined, clientOnly: true };
  }
  return dockerCache;
}

function dockerComposeUp(services, env) {
  const [command, ...prefix] = detectDocker().compose;
  const result = run(command, [...prefix, 'up', '-d', '--wait', ...services], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000, // the first run pulls the images
  });
  if (result.error || result.status !== 0) {
    throw new ServicesError(
      `« ${[command, ...prefix].join(' ')} up -d --wait ${services.join(' ')} » a échoué :\n` +
        tail(`${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error?.message ?? ''}`),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Local PostgreSQL
// ---------------------------------------------------------------------------------------------

function pgMajor(binDir) {
  const out = run(join(binDir, 'pg_ctl'), ['--version']).stdout ?? '';
  const match = /(\d+)(?:\.\d+)?/.exec(out);
  return match ? Number(match[1]) : 0;
}

/** Directories holding pg_ctl and initdb, newest major version first. */
function findPostgresBinDirs() {
  const dirs = new Set();
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'initdb'))) {
      // /usr/local/bin/pg_ctl is often a symlink: use the real directory, where `postgres` lives.
      dirs.add(dirname(realpathSync(join(dir, 'pg_ctl'))));
    }
  }
  const globs = [
    ['/usr/lib/postgresql', /^\d+$/, 'bin'], // Debian, Ubuntu
    ['/usr/local/opt', /^postgresql(@\d+)?$/, 'bin'], // Homebrew, Intel Mac
    ['/opt/homebrew/opt', /^postgresql(@\d+)?$/, 'bin'], // Homebrew, Apple Silicon
  ];
  for (const [parent, pattern, sub] of globs) {
    let entries = [];
    try {
      entries = readdirSync(parent).filter((name) => pattern.test(name));
    } catch {
      continue;
    }
    for (const name of entries) {
      const dir = join(parent, name, sub);
      if (existsSync(join(dir, 'pg_ctl')) && existsSync(join(dir, 'initdb')))
        dirs.add(realpathSync(dir));
    }
  }
  return [...dirs].map((dir) => ({ dir, major: pgMajor(dir) })).sort((a, b) => b.major - a.major);
}

function findRedisServer() {
  return (
    onPath('redis-server') ??
    // Homebrew's bin may be missing from PATH when started from an IDE or a GUI app.
    ['/opt/homebrew/bin/redis-server', '/usr/local/bin/redis-server'].find((file) =>
      existsSync(file),
    )
  );
}

/**
 * initdb and postgres refuse to run as root: as root, run them as the `postgres` system user
 * (runuser on Linux, su elsewhere).
 */
function runAsPostgresUser(command, args, options = {}) {
  if (process.getuid?.() !== 0) return run(command, args, options);
  if (onPath('runuser') || existsSync('/usr/sbin/runuser') || existsSync('/sbin/runuser')) {
    const runuser =
      onPath('runuser') ??
      (existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : '/sbin/runuser');
    return run(runuser, ['-u', 'postgres', '--', command, ...args], options);
  }
  const quoted = [command, ...args].map((a) => `'${String(a).replace(/'/g, `'\\''`)}'`).join(' ');
  return run('su', ['postgres', '-s', '/bin/sh', '-c', quoted], options);
}

function postgresUserIds() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) {
    throw new ServicesError(
      "Lancé en root, PostgreSQL doit tourner sous l'utilisateur système « postgres », qui n'existe pas.\n" +
        'Créez-le (sudo useradd --system postgres) ou lancez la commande sans être root.',
    );
  }
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** The server running on dataDir, from postmaster.pid (line 1: PID, line 4: port), if alive. */
function runningPostmaster(dataDir) {
  try {
    const lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    process.kill(pid, 0); // throws if no such process
    return { pid, port: Number(lines[3]) };
  } catch {
    return undefined;
  }
}

function startLocalPostgres(endpoint) {
  const candidates = findPostgresBinDirs();
  if (candidates.length === 0) return false;
  const dataDir = join(DATA_DIR, 'postgres');
  const versionFile = join(dataDir, 'PG_VERSION');
  const existing = existsSync(versionFile)
    ? Number(readFileSync(versionFile, 'utf8').trim())
    : undefined;
  // A data directory only opens with the major version that created it.
  const bin = existing ? candidates.find((c) => c.major === existing) : candidates[0];
  if (!bin) {
    throw new ServicesError(
      `.data/postgres a été créé par PostgreSQL ${existing}, mais seules les versions ` +
        `${candidates.map((c) => c.major).join(', ')} sont installées.\n` +
        'Installez PostgreSQL ' +
        existing +
        ', ou supprimez .data/postgres (les données locales seront perdues).',
    );
  }

  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUserIds();
    // The postgres user must be able to traverse .data and own its data directory.
    chmodSync(DATA_DIR, 0o755);
    chownSync(dataDir, uid, gid);
  }

  if (!existing) {
    const user = decodeURIComponent(endpoint.url.username || 'postgres');
    const initdb = (locale) =>
      runAsPostgresUser(join(bin.dir, 'initdb'), [
        '-D',
        dataDir,
        '-U',
        user,
        '--auth=trust',
        '--encoding=UTF8',
        `--locale=${locale}`,
      ]);
    // C.UTF-8 keeps accents right (lower/upper) and exists on Linux; macOS lacks it, C always works.
    let result = initdb(process.platform === 'darwin' ? 'en_US.UTF-8' : 'C.UTF-8');
    if (result.status !== 0) result = initdb('C');
    if (result.error || result.status !== 0) {
      throw new ServicesError(
        `initdb a échoué dans ${relative(REPO_ROOT, dataDir)} :\n${tail(`${result.stdout}\n${result.stderr}`)}` +
          (process.getuid?.() === 0
            ? "\n(En root, l'utilisateur « postgres » doit pouvoir traverser les dossiers jusqu'au dépôt.)"
            : ''),
      );
    }
  }

  const listen =
    isLocalHost(endpoint.host) && endpoint.host !== 'localhost' && endpoint.host !== '0.0.0.0'
      ? endpoint.host
      : '127.0.0.1';
  // No Unix socket: its default directory (/var/run/postgresql) may belong to a system cluster
  // or be absent, and everything here connects over TCP anyway.
  const options = `-p ${endpoint.port} -c listen_addresses=${listen} -c unix_socket_directories=''`;
  const result = runAsPostgresUser(
    join(bin.dir, 'pg_ctl'),
    ['-D', dataDir, '-l', join(dataDir, 'server.log'), '-o', options, '-w', '-t', '30', 'start'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.error || result.status !== 0) {
    const running = runningPostmaster(dataDir);
    if (running && running.port !== endpoint.port) {
      throw new ServicesError(
        `Le PostgreSQL de .data/postgres tourne déjà, mais sur le port ${running.port} (PID ${running.pid}) ` +
          `alors que la configuration demande ${endpoint.port}.\nMettez le port ${running.port} dans DATABASE_URL, ` +
          `ou arrêtez ce serveur : ${join(bin.dir, 'pg_ctl')} -D .data/postgres stop`,
      );
    }
    let log = '';
    try {
      log = readFileSync(join(dataDir, 'server.log'), 'utf8');
    } catch {
      /* no log yet */
    }
    throw new ServicesError(
      `PostgreSQL ${bin.major} n'a pas démarré (pg_ctl) :\n${tail(`${result.stdout}\n${result.stderr}\n${log}`)}`,
    );
  }
  return `démarré localement (PostgreSQL ${bin.major}, données dans .data/postgres)`;
}

function startLocalRedis(endpoint) {
  const server = findRedisServer();
  if (!server) return false;
  const dataDir = join(DATA_DIR, 'redis');
  mkdirSync(dataDir, { recursive: true });
  const bind =
    isLocalHost(endpoint.host) && endpoint.host !== 'localhost' && endpoint.host !== '0.0.0.0'
      ? endpoint.host
      : '127.0.0.1';
  const result = run(
    server,
    [
      '--daemonize',
      'yes',
      '--bind',
      bind,
      '--port',
      String(endpoint.port),
      '--dir',
      dataDir,
      '--pidfile',
      join(dataDir, 'redis.pid'),
      '--logfile',
      join(dataDir, 'redis.log'),
      // Snapshot now and then so that queued jobs survive a restart of the machine.
      '--save',
      '60 1',
      '--appendonly',
      'no',
    ],
    // The daemon keeps no handle on our pipes, but 'ignore' avoids any chance of waiting on it.
    { stdio: 'ignore' },
  );
  if (result.error || result.status !== 0) {
    let log = '';
    try {
      log = readFileSync(join(dataDir, 'redis.log'), 'utf8');
    } catch {
      /* no log yet */
    }
    throw new ServicesError(
      `redis-server n'a pas démarré :\n${tail(log) || result.error?.message || ''}`,
    );
  }
  return 'démarré localement (données dans .data/redis)';
}

// ---------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------

/** Waits until PostgreSQL accepts a session (not just TCP), then creates the database if missing. */
async function ensureDatabase(databaseUrl, { create }) {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  let created = false;
  const outcome = await waitFor(
    async () => {
      const client = new pg.Client({
        connectionString: admin.toString(),
        connectionTimeoutMillis: 2000,
      });
      client.on('error', () => {});
      await client.connect().catch((error) => {
        // Wrong credentials or role will not fix themselves: stop waiting (28xxx: authorization).
        throw String(error.code ?? '').startsWith('28')
          ? Object.assign(error, { fatal: true })
          : error;
      });
      try {
        if (!create || !name || name === 'postgres') return true;
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          name,
        ]);
        if (rowCount === 0) {
          try {
            await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
            created = true;
          } catch (error) {
            // 42P04: another process created it meanwhile, which is what we wanted.
            if (error.code !== '42P04') throw Object.assign(error, { fatal: true });
          }
        }
        return true;
      } finally {
        await client.end().catch(() => {});
      }
    },
    30_000,
    300,
  );
  if (!outcome.ok) {
    throw new ServicesError(
      `PostgreSQL répond sur ${admin.hostname}:${admin.port || 5432} mais refuse la connexion : ` +
        `${outcome.error?.message ?? 'délai dépassé'}\nVérifiez l'utilisateur et le mot de passe de DATABASE_URL.`,
    );
  }
  return created ? name : undefined;
}

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

function installHelp(missing, docker) {
  const names = missing.map((s) => s.label);
  const where = missing.map((s) => `${s.label} (${s.host}:${s.port})`);
  const plural = missing.length > 1;
  const lines = [
    `${where.join(' et ')} ${plural ? 'ne répondent pas' : 'ne répond pas'}, et rien ne permet de ${plural ? 'les' : 'le'} démarrer :`,
    docker.clientOnly
      ? '  - Docker est installé mais son moteur ne répond pas (« docker info » échoue) : démarrez Docker Desktop ou le service docker ;'
      : '  - Docker est absent ;',
    plural
      ? `  - ni ${names.join(' ni ')} ne sont installés sur cette machine.`
      : `  - ${names[0]} n'est pas installé sur cette machine.`,
    '',
    'Installez au choix :',
    '  - Debian / Ubuntu : sudo apt-get install postgresql redis-server',
    '  - macOS (Homebrew) : brew install postgresql@16 redis',
    '  - ou Docker Desktop : https://docs.docker.com/get-docker/',
    'puis relancez la commande. Vous pouvez aussi indiquer des serveurs existants dans .env',
    '(DATABASE_URL, REDIS_URL ; voir .env.example).',
  ];
  return lines.join('\n');
}

/**
 * Ensures the services answer. Returns what was done per service:
 * { postgres, redis, smtp } with values 'reused' | 'docker' | 'local' | 'absent' (smtp only).
 */
export async function ensureServices({
  forTests = false,
  log = (line) => console.log(line),
  // start.mjs says itself that it starts the mail catcher: no need to announce it twice.
  announceMailCatcher = true,
} = {}) {
  const config = loadEnv();
  // The tests reach PostgreSQL through TEST_DATABASE_URL (admin connection); the app through DATABASE_URL.
  const pgUrl = forTests ? config.TEST_DATABASE_URL : config.DATABASE_URL;
  const postgres = {
    key: 'postgres',
    label: 'PostgreSQL',
    ...parseUrl(forTests ? 'TEST_DATABASE_URL' : 'DATABASE_URL', pgUrl, 5432),
  };
  const redis = { key: 'redis', label: 'Redis', ...parseUrl('REDIS_URL', config.REDIS_URL, 6379) };
  const smtp = { key: 'smtp', label: 'SMTP', ...smtpEndpoint(config.SMTP_URL) };
  const services = forTests ? [postgres, redis] : [postgres, redis, smtp];

  const up = await Promise.all(services.map((s) => isListening(s.host, s.port)));
  const result = {};
  const missing = [];
  services.forEach((service, i) => {
    if (up[i]) {
      result[service.key] = 'reused';
      log(`${service.label} (${service.host}:${service.port}) : réutilisé`);
    } else if (!isLocalHost(service.host)) {
      // Nothing can be started on another machine: the URL is wrong or that server is down.
      throw new ServicesError(
        `${service.label} ne répond pas sur ${service.host}:${service.port} : vérifiez l'URL dans .env ou ce serveur.`,
      );
    } else {
      missing.push(service);
    }
  });

  if (missing.length > 0) {
    const docker = detectDocker();
    if (docker.compose) {
      const names = missing.map((s) => (s.key === 'smtp' ? 'mailpit' : s.key));
      dockerComposeUp(names, {
        // docker-compose.yml publishes these ports, so the containers answer where the URLs say.
        POSTGRES_PORT: String(postgres.port),
        POSTGRES_USER: decodeURIComponent(postgres.url.username || 'postgres'),
        POSTGRES_PASSWORD: decodeURIComponent(postgres.url.password || 'postgres'),
        REDIS_PORT: String(redis.port),
        SMTP_PORT: String(smtp.port),
      });
      for (const service of missing) {
        result[service.key] = 'docker';
        log(
          `${service.label} (${service.host}:${service.port}) : démarré avec Docker${service.key === 'smtp' ? ' (Mailpit)' : ''}`,
        );
      }
    } else {
      const notInstalled = [];
      for (const service of missing) {
        if (service.key === 'smtp') {
          // No local Mailpit: scripts/start.mjs runs its own mail catcher in that case.
          result.smtp = 'absent';
          if (announceMailCatcher)
            log(
              `SMTP (${service.host}:${service.port}) : absent, npm start lancera le collecteur de mails de développement`,
            );
          continue;
        }
        const how =
          service.key === 'postgres' ? startLocalPostgres(service) : startLocalRedis(service);
        if (!how) {
          notInstalled.push(service);
          continue;
        }
        result[service.key] = 'local';
        log(`${service.label} (${service.host}:${service.port}) : ${how}`);
      }
      if (notInstalled.length > 0) throw new ServicesError(installHelp(notInstalled, docker));
    }

    // Whatever started them, wait until they really accept connections.
    for (const service of missing.filter((s) => result[s.key] !== 'absent')) {
      const timeout = service.key === 'postgres' ? 30_000 : 10_000;
      const { ok } = await waitFor(() => isListening(service.host, service.port, 500), timeout);
      if (!ok) {
        throw new ServicesError(
          `${service.label} ne répond toujours pas sur ${service.host}:${service.port} après ${timeout / 1000} s` +
            (result[service.key] === 'local' ? ` (journal dans .data/${service.key}/)` : '.'),
        );
      }
    }
  }

  const created = await ensureDatabase(pgUrl, { create: !forTests });
  if (created) log(`Base de données « ${created} » : créée`);
  return result;
}

// Run when executed directly (`node scripts/services.mjs`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  // `npm test` runs this script before jest: the tests need neither SMTP nor the app database.
  const forTests =
    process.argv.includes('--for-tests') || process.env.npm_lifecycle_event === 'test';
  ensureServices({ forTests }).then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof ServicesError ? error.message : error);
      process.exit(1);
    },
  );
}
