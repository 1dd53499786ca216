/**
 * Load an HTML page into jsdom the way the CLI and the benchmark need it: no scripts, no subresources, no
 * console noise. jsdom's CSS parser throws on some real stylesheets (e.g. an SCSS variable left in a `calc()`);
 * such a page is loaded again without its stylesheets rather than failing.
 *
 * Bytes are decoded as a browser decodes a page with no HTTP charset: a byte order mark first, then the
 * `<meta charset>` / `<meta http-equiv="content-type" content="…; charset=…">` prescan of the first bytes, else
 * UTF-8 (the WHATWG encoding labels, via node's TextDecoder; a label it does not know is skipped).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export const DEFAULT_URL = 'https://example.invalid/article';

/** How far the `<meta>` prescan looks. The HTML standard says 1024 bytes; real heads put the tag later, browsers look further. */
export const PRESCAN_BYTES = 4096;

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1256`, `shift_jis`, …). */
  encoding: string;
  /** Where it came from: the caller, a byte order mark, a `<meta>` tag, or the UTF-8 default. */
  from: 'given' | 'bom' | 'meta' | 'default';
}

/** The WHATWG encoding a label names, as node's TextDecoder knows it; null for an unknown label. */
export function encodingFor(label: string): string | null {
  const trimmed = label.trim().toLowerCase();
  if (trimmed === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** The charset in a `content` attribute ("text/html; charset=windows-1256"), as the HTML standard extracts it. */
export function charsetFromContent(content: string): string | null {
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

/** The encoding the first `<meta>` of the first bytes declares (comments skipped); null when none is usable. */
export function sniffMetaCharset(bytes: Uint8Array, limit = PRESCAN_BYTES): string | null {
  const head = Buffer.from(bytes.subarray(0, limit))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const tag of head.matchAll(/<meta[\s/]([^>]*)>?/gi)) {
    const attributes = new Map<string, string>();
    for (const [, name, ...values] of tag[1]!.matchAll(ATTRIBUTE)) {
      const key = name!.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, values.find((v) => v !== undefined) ?? '');
    }
    let label = attributes.get('charset') ?? null;
    if (label === null && attributes.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      label = charsetFromContent(attributes.get('content') ?? '');
    }
    const encoding = label === null ? null : encodingFor(label);
    if (!encoding) continue;
    // A page cannot declare UTF-16 in ASCII bytes: the standard reads that declaration as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  }
  return null;
}

/** Decode page bytes as a browser would (see the header); `encoding` forces a label instead. */
export function decodePage(bytes: Uint8Array, encoding?: string): Decoded {
  if (encoding) {
    const given = encodingFor(encoding);
    if (!given) throw new Error(`Unknown encoding: ${encoding}`);
    return { text: new TextDecoder(given).decode(bytes), encoding: given, from: 'given' };
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, from: 'bom' };
  const meta = sniffMetaCharset(bytes);
  if (meta) return { text: new TextDecoder(meta).decode(bytes), encoding: meta, from: 'meta' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', from: 'default' };
}

/** A page file's bytes; `.gz` files are decompressed. Throws a one-line Error when unreadable. */
export function readPageBytes(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `No such file: ${file}`
        : code === 'EISDIR'
          ? `Not a file: ${file}`
          : `Cannot read ${file} (${code ?? 'error'})`;
    throw new Error(message, { cause: error });
  }
  if (file.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new Error(`Not a gzip file: ${file}`, { cause: error });
    }
  }
  return bytes;
}

/**
 * Read a page file as text, decoded as a browser would (BOM, `<meta>` charset, else UTF-8), or with `encoding`
 * when given (e.g. `utf-8` for a page re-encoded when it was saved but still declaring its old charset).
 */
export function readPage(file: string, encoding?: string): string {
  return decodePage(readPageBytes(file), encoding).text;
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
