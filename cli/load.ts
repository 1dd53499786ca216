/**
 * Load an HTML page into jsdom the way the CLI and the benchmark need it: no scripts, no subresources, no
 * console noise. jsdom's CSS parser throws on some real stylesheets (e.g. an SCSS variable left in a `calc()`);
 * such a page is loaded again without its stylesheets rather than failing.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export const DEFAULT_URL = 'https://example.invalid/article';

/** Read a page file as UTF-8 text; `.gz` files are decompressed. Throws a one-line Error when unreadable. */
export function readPage(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `No such file: ${file}` : code === 'EISDIR' ? `Not a file: ${file}` : `Cannot read ${file} (${code ?? 'error'})`;
    throw new Error(message, { cause: error });
  }
  if (file.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new Error(`Not a gzip file: ${file}`, { cause: error });
    }
  }
  return bytes.toString('utf8');
}

const STYLESHEETS = /<style\b[^>]*>[\s\S]*?<\/style\s*>|<link\b[^>]*rel\s*=\s*["']?stylesheet[^>]*>/gi;

/** A jsdom window for `html` at `url` (scripts never run). */
export function loadDom(html: string, url: string = DEFAULT_URL): JSDOM {
  const options = { url, virtualConsole: new VirtualConsole(), pretendToBeVisual: false };
  try {
    return new JSDOM(html, options);
  } catch {
    return new JSDOM(html.replace(STYLESHEETS, ''), options);
  }
}
