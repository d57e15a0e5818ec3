/** Content-coding of cached pages: the visitor's best of brotli and gzip, each made once per page. */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export function encode(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: 10,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  }
  return gzip(body, { level: 9 });
}

const AVAILABLE = ['br', 'gzip', 'identity'];
const PREFERRED = { preferred: AVAILABLE };
/** negotiator 1.x takes a server preference among equal q-values; its published types predate that. */
type EncodingNegotiator = { encoding(available: string[], options: typeof PREFERRED): string | undefined };
// Browsers send a handful of distinct headers; remembering the answers keeps parsing off the hot path.
const choices = new Map<string, Encoding | null>();
const MAX_REMEMBERED = 64;

/** The visitor's best of brotli, gzip and none, by RFC 9110 rules (q-values, `*`, `identity;q=0`). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const header = acceptEncoding ?? '';
  let choice = choices.get(header);
  if (choice === undefined) {
    const best = (new Negotiator({ headers: { 'accept-encoding': header } }) as unknown as EncodingNegotiator).encoding(AVAILABLE, PREFERRED);
    choice = best === 'br' || best === 'gzip' ? best : null;
    if (choices.size < MAX_REMEMBERED) choices.set(header, choice);
  }
  return choice;
}
