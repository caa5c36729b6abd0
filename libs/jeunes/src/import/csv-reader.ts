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
  /** The records, a few hundred at a time (one step of async iteration per slice, not per record). */
  batches: AsyncIterable<CsvRecord[]>;
  /** Records csv-parse could not read (quotes), drained by the caller as it goes. */
  skipped: CsvSkip[];
}

/** Bytes parsed at a time: ~300 records of the ML's export. */
const SLICE = 65_536;

/** csv-parse's parser proper, under its stream (`Parser.api`, not in its typings). */
interface CsvParseApi {
  info: { lines: number };
  parse(
    buf: Buffer | undefined,
    end: boolean,
    push: (record: string[]) => void,
    close: () => void,
  ): Error | undefined;
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
  // The parser is driven directly (no stream of objects): csv-parse's `info` option built two
  // 12-property objects per record for the line number, which is read here as each record ends.
  const parser = parse({
    delimiter,
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // A quote inside an unquoted cell (`l"atelier`) is text, as spreadsheets mean it.
    relax_quotes: true,
    skip_records_with_error: true,
  });
  const api = (parser as unknown as { api: CsvParseApi }).api;
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
  let out: CsvRecord[] = [];
  const push = (cells: string[]) => out.push({ line: api.info.lines, cells });
  const step = (buf: Buffer | undefined): CsvRecord[] => {
    const error = api.parse(buf, buf === undefined, push, () => undefined);
    if (error) throw error;
    const done = out;
    out = [];
    return done;
  };
  async function* batches(): AsyncGenerator<CsvRecord[]> {
    for (let chunk: Buffer = head; ;) {
      for (let at = 0; at < chunk.length; at += SLICE) yield step(chunk.subarray(at, at + SLICE));
      const next = await chunks.next();
      if (next.done) break;
      chunk = next.value;
    }
    yield step(undefined);
  }
  return { delimiter, sniffer, batches: batches(), skipped };
}
