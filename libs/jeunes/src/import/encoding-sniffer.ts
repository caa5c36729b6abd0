import { DomainError } from '@app/core';
import * as iconv from 'iconv-lite';
import { Transform, TransformCallback } from 'node:stream';

export type CsvEncoding = 'utf-8' | 'windows-1252';

const EMPTY: Buffer = Buffer.alloc(0);
/** Bytes to look at after the first non-ASCII one: enough for any UTF-8 sequence, and a few more. */
const WINDOW = 64;

function looksUtf8(bytes: Buffer): boolean {
  try {
    // `stream: true`: a sequence cut at the end of the window is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, WINDOW), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Outputs UTF-8 from UTF-8 or Windows-1252 input (spreadsheets on Windows save the latter),
 * streaming. The two agree on ASCII, so the bytes pass as they are until the first non-ASCII
 * byte: valid UTF-8 there means UTF-8 (passed through), anything else Windows-1252 (converted).
 */
export class EncodingSniffer extends Transform {
  encoding: CsvEncoding | null = null;
  private decoder?: ReturnType<typeof iconv.getDecoder>;
  private pending: Buffer = EMPTY;
  private bytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      const mo = Math.round(this.maxBytes / 1e6);
      return callback(new DomainError('PAYLOAD_TOO_LARGE', `Le fichier dépasse ${mo} Mo.`));
    }
    if (this.encoding) return callback(null, this.convert(chunk));
    const data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = EMPTY;
    const first = data.findIndex((b) => b >= 0x80);
    if (first < 0) return callback(null, data);
    if (data.length - first < WINDOW) {
      // Wait for more bytes before deciding; pass on the ASCII part already.
      this.pending = data.subarray(first);
      return callback(null, data.subarray(0, first));
    }
    this.decide(data.subarray(first));
    callback(null, this.convert(data));
  }

  _flush(callback: TransformCallback): void {
    if (this.pending.length) {
      this.decide(this.pending);
      this.push(this.convert(this.pending));
    }
    this.encoding ??= 'utf-8';
    callback();
  }

  private decide(sample: Buffer): void {
    this.encoding = looksUtf8(sample) ? 'utf-8' : 'windows-1252';
    if (this.encoding === 'windows-1252') this.decoder = iconv.getDecoder('win1252');
  }

  private convert(chunk: Buffer): Buffer {
    return this.decoder ? Buffer.from(this.decoder.write(chunk), 'utf8') : chunk;
  }
}
