import { parse } from 'csv-parse';
import { pipeline, Readable } from 'node:stream';
import { EncodingSniffer } from './encoding-sniffer';

export interface CsvRecord {
  /** Line of the file where the record ends (1 = the header). */
  line: number;
  cells: string[];
}

export interface CsvSkip {
  line: number;
  motif: string;
}

export interface CsvInput {
  delimiter: ';' | ',';
  sniffer: EncodingSniffer;
  records: AsyncIterable<CsvRecord>;
  /** Records csv-parse could not read (quotes), drained by the caller as it goes. */
  skipped: CsvSkip[];
}

/** `;` (French spreadsheets) or `,`: whichever the header line has more of, outside quotes. */
export function detectDelimiter(headerLine: string): ';' | ',' {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(';') >= count(',') ? ';' : ',';
}

/**
 * Streams the records of a CSV upload: encoding detected on the fly, delimiter taken from the
 * header line, cells trimmed, empty lines skipped; a malformed record is reported, not fatal.
 */
export async function readCsv(input: Readable, maxBytes: number): Promise<CsvInput> {
  const sniffer = new EncodingSniffer(maxBytes);
  pipeline(input, sniffer, () => undefined);
  const chunks = sniffer[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  while (!head.includes(0x0a)) {
    const next = await chunks.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value]);
  }
  const firstLine = head.subarray(0, Math.max(0, head.indexOf(0x0a))).toString('utf8');
  const delimiter = detectDelimiter(firstLine || head.toString('utf8'));
  const parser = parse({
    delimiter,
    bom: true,
    trim: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // A quote inside an unquoted cell (`l"atelier`) is text, as spreadsheets mean it.
    relax_quotes: true,
    skip_records_with_error: true,
  });
  const skipped: CsvSkip[] = [];
  parser.on('skip', (error: { lines?: number; code?: string }) => {
    const line = error.lines ?? 0;
    if (skipped.at(-1)?.line === line) return;
    const motif =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'Guillemet non fermé : la suite du fichier ne peut pas être lue.'
        : 'Ligne CSV mal formée (guillemets) : les lignes suivantes ont pu être perdues avec elle.';
    skipped.push({ line, motif });
  });
  const rest = Readable.from(
    (async function* () {
      if (head.length) yield head;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
  );
  pipeline(rest, parser, () => undefined);
  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: info.lines, cells: record };
    }
  }
  return { delimiter, sniffer, records: records(), skipped };
}
