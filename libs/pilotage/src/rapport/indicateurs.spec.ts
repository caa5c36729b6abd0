import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDICATEURS } from './indicateurs';

describe('INDICATEURS', () => {
  it('are defined in the README exactly as in the API', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const [code, d] of Object.entries(INDICATEURS)) {
      expect(readme).toContain(`| \`${code}\` | ${d.libelle} | ${d.definition}`);
      expect(readme).toContain(`| ${d.date} |`);
    }
  });
});
