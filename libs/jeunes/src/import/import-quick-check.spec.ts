import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { IMPORT_HEADER, importRow } from '../../../../test/support/jeunes-csv';
import { CreateJeuneDto } from '../profile/jeune.dto';
import { ExperienceDto } from '../profile/jeune-parts.dto';
import { pickSaisie } from '../profile/jeune-values';
import { CellError, mapHeader } from './import-columns';
import { QUICK_CHECKED, QUICK_TRANSFORMED, quickDto } from './import-quick-check';

// class-transformer's registry of @Transform and @Type (not in its typed entry point).
const { defaultMetadataStorage } = jest.requireActual<{
  defaultMetadataStorage: Record<string, Map<unknown, Map<string, unknown>>>;
}>('class-transformer/cjs/storage');
const NOT_IMPORTED = ['indisponibilites', 'conseillerId', 'notes'];
const arg = (c: unknown) => (c instanceof RegExp ? String(c) : JSON.stringify(c));

function constraintsOf(cls: new () => object, prefix: string) {
  const out: Record<string, string[]> = {};
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false)) {
    const property = prefix + m.propertyName;
    if (NOT_IMPORTED.includes(property)) continue;
    const args = m.constraints?.map(arg).filter((a) => a !== undefined);
    const sig = `${m.name ?? m.type}${m.constraints?.length ? `(${args.join(', ')})` : ''}`;
    (out[property] ??= []).push(sig + (m.each ? '[each]' : ''));
  }
  return out;
}

const transformed = (cls: new () => object, prefix: string) =>
  ['_transformMetadatas', '_typeMetadatas'].flatMap((store) =>
    [
      ...((defaultMetadataStorage as unknown as Record<string, Map<unknown, Map<string, unknown>>>)[
        store
      ]
        .get(cls)
        ?.keys() ?? []),
    ].map((p) => prefix + p),
  );

const header = mapHeader(IMPORT_HEADER);
/** The DTO's fields of a row of cells, as parseRow reads them. */
function fieldsOf(cells: string[]): Record<string, unknown> | undefined {
  const plain: Record<string, unknown> = {};
  try {
    for (const { def, index } of header.columns) {
      const value = def.parse(cells[index] ?? '');
      if (value !== undefined) plain[def.field] = value;
    }
  } catch (error) {
    if (error instanceof CellError) return undefined;
    throw error;
  }
  delete plain.conseillerId;
  delete plain.statut;
  return plain;
}

const col = (name: string) => IMPORT_HEADER.indexOf(name);
const variant = (i: number, name: string, value: string) => {
  const cells = importRow(i, 'c@ml.test');
  cells[col(name)] = value;
  return cells;
};

describe('import: the quick check of a row', () => {
  it('knows every constraint and transform of CreateJeuneDto that an imported column meets', () => {
    const expected = {
      ...constraintsOf(CreateJeuneDto, ''),
      ...constraintsOf(ExperienceDto, 'experiences.'),
    };
    const sorted = (o: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v].sort()]));
    expect(sorted(QUICK_CHECKED)).toEqual(sorted(expected));
    const transforms = [
      ...transformed(CreateJeuneDto, ''),
      ...transformed(ExperienceDto, 'experiences.'),
    ].filter((p) => !NOT_IMPORTED.includes(p));
    expect([...QUICK_TRANSFORMED].sort()).toEqual(transforms.sort());
  });

  it('accepts only rows the DTO accepts, with the same values; the others go to the DTO', () => {
    const rows = Array.from({ length: 300 }, (_, i) => importRow(i, 'c@ml.test'));
    const edges: [string, string][] = [
      ['email', 'Jeune.Lina@Exemple.FR'],
      ['email', 'pas-une-adresse'],
      ['email', `${'a'.repeat(250)}@exemple.fr`],
      ['telephone', '+33 6 12 34 56 78'],
      ['telephone', '01 23 45 67 89'],
      ['telephone', '+1 202 555 0143'],
      ['telephone', '12'],
      ['nom', 'N'.repeat(101)],
      ['prenom', 'P'.repeat(100)],
      ['id_externe', 'X'.repeat(65)],
      ['date_naissance', '31/02/2006'],
      ['date_naissance', '2006-13-01'],
      ['disponible_le', '29/02/2028'],
      ['rayon_mobilite_km', '201'],
      ['fiches_rome', 'G1603|D1507|K2204|N1103|G1803|H2102'],
      ['fiches_rome', 'Z1234'],
      ['fiches_rome', ''],
      ['experiences', 'G1603:601'],
      ['experiences', 'g1603:12 | k2204:0'],
      ['code_postal', '5900'],
      ['commune_insee', '2a004'],
      ['commune_insee', '2C004'],
      ['adresse', 'A'.repeat(201)],
    ];
    edges.forEach(([name, value], i) => rows.push(variant(i, name, value)));
    let quick = 0;
    let rejected = 0;
    for (const cells of rows) {
      const fields = fieldsOf(cells);
      if (!fields) continue;
      const dto = plainToInstance(CreateJeuneDto, fields);
      const valid = validateSync(dto, { stopAtFirstError: true }).length === 0;
      const fast = quickDto(fields);
      if (!valid) rejected++;
      if (fast) quick++;
      // Never accepted when the DTO refuses; when accepted, the very values the DTO gives.
      if (fast) expect({ valid, cells }).toEqual({ valid: true, cells });
      if (fast) expect(JSON.stringify(pickSaisie(fast))).toBe(JSON.stringify(pickSaisie(dto)));
    }
    expect(rejected).toBeGreaterThanOrEqual(14);
    expect(quick).toBeGreaterThanOrEqual(300);
  });
});
