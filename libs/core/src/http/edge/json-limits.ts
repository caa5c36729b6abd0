import type { IncomingMessage } from 'node:http';

/** Deepest JSON nesting any route accepts: our DTOs nest three levels at most. */
export const MAX_JSON_DEPTH = 32;
/** Largest JSON body (bytes): an offer with its description is a few kilobytes. */
export const MAX_JSON_BYTES = 1024 * 1024;

/** The error body-parser turns into a 400 when `verify` throws it. */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly expose = true;
  readonly type = 'json.too_deep';
  constructor() {
    super(`JSON nested deeper than ${MAX_JSON_DEPTH}`);
  }
}

/**
 * body-parser's `verify` hook: scans the raw bytes once, before JSON.parse, and refuses bodies
 * nested deeper than MAX_JSON_DEPTH. Deep nesting overflowed the stack of the recursive code
 * after the parser (transformation, validation); counting brackets outside strings is O(n).
 */
export function verifyJsonDepth(_req: IncomingMessage, _res: unknown, buf: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) throw new JsonTooDeepError();
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** A request without a body reads as `{}` (Express 4's behaviour), for every route at once. */
export function emptyBodyAsObject(req: { body?: unknown }, _res: unknown, next: () => void): void {
  if (req.body === undefined || req.body === null) req.body = {};
  next();
}
