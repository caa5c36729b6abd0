import * as iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { detectDelimiter, readCsv } from './csv-reader';

/** The file in chunks of `size` bytes, as a socket delivers it. */
function chunked(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function read(bytes: Buffer, size = 7) {
  const csv = await readCsv(chunked(bytes, size), 1_000_000);
  const records = [];
  for await (const batch of csv.batches) records.push(...batch);
  return { csv, records };
}

const TEXT =
  'nom;prénom;ville\r\nLefèvre;Chloé;Évry\r\n\r\nN\'Guessan;"Léa; Zoé";Saint-Étienne\r\n';

describe('readCsv', () => {
  it('reads UTF-8 and Windows-1252 alike, whatever the chunk boundaries', async () => {
    for (const [bytes, encoding] of [
      [Buffer.from(TEXT, 'utf8'), 'utf-8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
      [iconv.encode(TEXT, 'win1252'), 'windows-1252'],
    ] as const) {
      for (const size of [1, 3, 7, 64, 4096]) {
        const { csv, records } = await read(bytes, size);
        expect(csv.sniffer.encoding).toBe(encoding);
        expect(records.map((r) => r.cells)).toEqual([
          ['nom', 'prénom', 'ville'],
          ['Lefèvre', 'Chloé', 'Évry'],
          ["N'Guessan", 'Léa; Zoé', 'Saint-Étienne'],
        ]);
        expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
      }
    }
  });

  it('takes the delimiter from the header line, ignoring quoted ones', () => {
    expect(detectDelimiter('nom;prenom;adresse')).toBe(';');
    expect(detectDelimiter('nom,prenom,"adresse; complément"')).toBe(',');
  });

  it('keeps a quote inside an unquoted cell; reports a broken quoted cell, which ends the reading', async () => {
    const ok = await read(Buffer.from('a;b\n1;l"atelier\n2;3\n'));
    expect(ok.records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', 'l"atelier'],
      ['2', '3'],
    ]);
    const { csv, records } = await read(Buffer.from('a;b\n1;"x"y\n2;3\n'));
    expect(records).toHaveLength(1);
    expect(csv.skipped[0]).toEqual({
      line: 2,
      motif:
        'Ligne CSV mal formée (guillemets) : les lignes suivantes ont pu être perdues avec elle.',
    });
  });

  it('stops a file over the size limit', async () => {
    const csv = await readCsv(chunked(Buffer.alloc(5000, 'a\n'), 100), 1000).catch((e) => e);
    const error =
      csv instanceof Error
        ? csv
        : await (async () => {
            try {
              for await (const _ of csv.batches);
            } catch (e) {
              return e;
            }
          })();
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
