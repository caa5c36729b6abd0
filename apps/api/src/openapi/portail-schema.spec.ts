import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const PORTAIL_SCHEMA_PATH = join(ROOT, 'apps/portail/src/api/schema.d.ts');

describe("The portal's generated API client", () => {
  it('is up to date with the controllers and DTOs (else: npm run portail:client)', () => {
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        'apps/api/src/cli/portail-client.ts',
        '--stdout',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Compared line by line so that a failure shows where the API changed.
    expect(readFileSync(PORTAIL_SCHEMA_PATH, 'utf8').split('\n')).toEqual(run.stdout.split('\n'));
  });
});
