import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATEURS } from './indicateurs';

describe('INDICATEURS', () => {
  it('are defined in the README exactly as in the API', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const rows = new Map(
      readme
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .map((l) => l.split('|').map((c) => c.trim()))
        .map((c) => [c[1].replace(/`/g, ''), c]),
    );
    for (const [code, d] of Object.entries(INDICATEURS)) {
      const row = rows.get(code);
      expect({ code, libelle: row?.[2], date: row?.[4] }).toEqual({
        code,
        libelle: d.libelle,
        date: d.date,
      });
      expect(row?.[3].startsWith(d.definition)).toBe(true);
    }
  });
});
