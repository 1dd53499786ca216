/**
 * The article's title, without the site's name. Pages title themselves "Headline - Site", "Site | Headline",
 * "Headline | Section | Site", "Headline – Site – tagline" or "Article - Wikipedia"; the reader shows the
 * site's name on its own line, so it leaves the title. What counts as the site's name is what the page says
 * about itself (og:site_name, application-name, JSON-LD publisher and website names, the words of its
 * hostname) and, above all, its `<h1>`: a part of the title that the `<h1>` repeats is the headline.
 *
 * Split in two: {@link titleInputs} reads the page, {@link chooseTitle} is pure (and table-tested).
 */
import { dominantScript, scriptOfLanguage } from '../text/language';
import { squash } from '../dom/dom';

export interface TitleInputs {
  /** `document.title`. */
  documentTitle: string;
  /** What the metadata calls the article, best first: JSON-LD headline, og:title, twitter:title, dc.title. */
  metaTitles: string[];
  /** The text of the page's `<h1>` elements, in order. */
  headings: string[];
  /** What the page calls itself: og:site_name, application-name, JSON-LD publisher / website names. */
  siteNames: string[];
  /** The page's hostname ('' when unknown). */
  host: string;
  /** The page's declared language (`<html lang>`, og:locale), if any. */
  lang: string | null;
  /** Readability's own pick: the answer when nothing here knows better. */
  fallback: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  szlig: 'ß',
};
const ACCENTS: Readonly<Record<string, string>> = {
  uml: '\u0308',
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

/**
 * Character references left in metadata that was escaped twice ("zerst&ouml;ren"): decoded, as the page meant
 * them. Numeric ones, the usual punctuation, and accented Latin letters (&auml;, &eacute;, &ccedil;…).
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (dec || hex) {
        const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      const known = ENTITIES[name!];
      if (known) return known;
      const accent = /^([a-z])(uml|acute|grave|circ|tilde|cedil|ring)$/i.exec(name!);
      return accent ? (accent[1]! + ACCENTS[accent[2]!]!).normalize('NFC') : whole;
    },
  );
}

/** Compared loosely: case, accents, quote marks, dashes and spacing do not matter. */
function loose(text: string): string {
  return squash(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/["'`´‘’‚‛“”„‟«»‹›「」『』]/g, '')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:!?。]+$/u, '');
}

/** Letters and digits only, lowercased, accents dropped: "Süddeutsche Zeitung" → "suddeutschezeitung". */
function compact(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Separators between the parts of a title: a dash, bar, bullet, slash, guillemet or double colon with spaces
 * around it, and the full-width bar and brackets of CJK titles.
 */
const SEPARATOR = /\s+(?:[|\-–—·•»›/\\~]|::|\|\|)\s+|\s*[｜]\s*|\s+[-–—|]{2}\s+/u;

function splitParts(title: string): string[] {
  return title.split(new RegExp(SEPARATOR.source, 'gu')).map(squash).filter(Boolean);
}

/** Joins parts back with the separators they had: the title's own text between `from` and `to` (exclusive). */
function partsText(title: string, from: number, to: number): string {
  const separators = [...title.matchAll(new RegExp(SEPARATOR.source, 'gu'))];
  const bounds: [number, number][] = [];
  let start = 0;
  for (const sep of separators) {
    bounds.push([start, sep.index]);
    start = sep.index + sep[0].length;
  }
  bounds.push([start, title.length]);
  const pieces = bounds.filter(([a, b]) => squash(title.slice(a, b)).length > 0);
  if (pieces.length === 0 || to <= from) return '';
  return squash(title.slice(pieces[from]![0], pieces[to - 1]![1]));
}

const words = (text: string): string[] => text.split(/\s+/u).filter(Boolean);

/** Hostname labels that name no site. */
const GENERIC_LABELS = new Set([
  'www',
  'm',
  'mobile',
  'amp',
  'web',
  'news',
  'com',
  'org',
  'net',
  'co',
  'edition',
  'article',
  'articles',
  'blog',
  'blogs',
  'online',
  'home',
]);

/** The words a hostname is made of: "www.sueddeutsche.de" → ["sueddeutsche"], "en.wikipedia.org" → ["wikipedia"]. */
function hostWords(host: string): string[] {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return [];
  return labels
    .slice(0, -1)
    .flatMap((label) => label.split('-'))
    .filter((label) => label.length >= 3 && !GENERIC_LABELS.has(label));
}

/** The hostname as a site calls itself: "www.rp.pl" → ["rppl"], "m.faz.net" → ["faznet"], "news.bbc.co.uk" → [..., "bbccouk"]. */
function hostNames(host: string): string[] {
  const labels = host.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return [];
  const country = labels.length >= 3 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3;
  const site = labels.slice(country ? -3 : -2);
  const bare = labels[0] && GENERIC_LABELS.has(labels[0]) ? labels.slice(1) : labels;
  return [...new Set([bare, site].map((l) => compact(l.join('.'))))];
}

/** German-style transliterations the hostname may use for letters the site's name has: ä → ae, ü → ue… */
function hostSpellings(word: string): string[] {
  const plain = word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  return plain === word ? [word] : [word, plain];
}

/** Does this part of a title name the site (rather than say something about the article)? */
export function isSiteName(part: string, siteNames: readonly string[], host: string): boolean {
  const text = squash(part);
  if (!text) return false;
  const key = compact(text);
  if (!key) return false;
  const count = words(text).length;
  for (const name of siteNames) {
    const site = compact(name);
    if (!site) continue;
    if (key === site) return true;
    // "BBC News" in "BBC News عربي", "Spiegel" in "DER SPIEGEL": short parts only, so a headline that mentions
    // the site is never taken for its name.
    if (
      count <= 4 &&
      site.length >= 3 &&
      (site.includes(key) || (key.includes(site) && key.length <= site.length * 1.5 + 4))
    )
      return true;
  }
  if (count > 4) return false;
  // The page's address as its name ("rp.pl", "Bild.de", "FAZ.NET"): the hostname, or its site, letter for letter.
  if (hostNames(host).includes(key)) return true;
  const partWords = words(text).map(compact).filter(Boolean);
  for (const word of hostWords(host)) {
    for (const spelling of hostSpellings(word)) {
      const plainKey = hostSpellings(key).at(-1)!;
      if (key === spelling || plainKey === spelling) return true;
      // "The Guardian" (theguardian.com), "ZEIT ONLINE" (zeit.de), "Spiegel Online" (spiegel.de).
      if (partWords.some((w) => w === spelling || hostSpellings(w).includes(spelling))) return true;
      if (key.startsWith(spelling) && (count <= 2 || spelling.length >= 6)) return true;
      if (spelling.length >= 5 && spelling.includes(key) && key.length >= 3) return true;
    }
  }
  return false;
}

/** The script of a text, when it has letters. */
const scriptOf = (text: string): string | null => dominantScript(text);

/**
 * Is `heading` the page's headline in the page's language while `title` is in another script (an English or
 * transliterated `<title>` over an Urdu headline)?
 */
function otherScript(title: string, heading: string, lang: string | null): boolean {
  const headingScript = scriptOf(heading);
  const titleScript = scriptOf(title);
  if (!headingScript || !titleScript || headingScript === titleScript) return false;
  const pageScript = scriptOfLanguage(lang);
  // Without a declared language, a non-Latin headline under a Latin title is the page's own.
  return pageScript ? pageScript === headingScript : titleScript === 'latin';
}

/**
 * The part of `candidate` that a heading repeats: the heading when the candidate is the heading plus a site
 * name or section ("Headline | Section | Site"), else null.
 */
function headingInside(candidate: string, heading: string, isSite: (part: string) => boolean): string | null {
  const want = loose(heading);
  if (!want) return null;
  // Also when only spacing and punctuation differ: a kicker in its own element ("Kicker" + "Headline" read as
  // "KickerHeadline") against "Kicker / Headline".
  if (loose(candidate) === want || compact(candidate) === compact(heading)) return candidate;
  const parts = splitParts(candidate);
  for (let from = 0; from < parts.length; from++) {
    for (let to = parts.length; to > from; to--) {
      if (from === 0 && to === parts.length) continue;
      const text = partsText(candidate, from, to);
      // The headline leads the title, or is its longest part: a heading that repeats a short later part is the
      // site's logo or a section ("Blog name" in "Post title :: Blog name"), not the headline.
      const left = [...parts.slice(0, from), ...parts.slice(to)];
      if (loose(text) === want && (from === 0 || left.every((part) => part.length < text.length || isSite(part))))
        return text;
    }
  }
  return null;
}

/** `title` without the site's name (and a section beside it), or `title` itself when no part names the site. */
export function stripSiteName(title: string, siteNames: readonly string[], host: string): string {
  const parts = splitParts(title);
  if (parts.length < 2) return squash(title);
  const site = parts.map((part) => isSiteName(part, siteNames, host));
  // The site's name is at one end ("Headline - Site", "Site | Headline") or second ("Headline – Site – tagline").
  let from = 0;
  let to = parts.length;
  if (site[to - 1]) {
    to--;
    while (to - from > 1 && site[to - 1]) to--;
  } else if (site[0]) {
    from++;
    while (to - from > 1 && site[from]) from++;
  } else if (parts.length >= 3 && site[1]) {
    to = 1;
  } else {
    return squash(title);
  }
  // "Headline | Section | Site", "Headline » Local » News » Site": short parts left between the headline and
  // the site's name are its sections (a part with a number, "Chapter 2", is not).
  const section = (part: string): boolean => words(part).length <= 3 && !/\p{N}/u.test(part);
  if (site.at(-1) && words(parts[from]!).length >= 4) while (to - from > 1 && section(parts[to - 1]!)) to--;
  if (to <= from) return squash(title);
  // The headline is never the part taken for the site's name: the longest part stays.
  const longest = Math.max(...parts.map((part) => part.length));
  if (!parts.slice(from, to).some((part) => part.length === longest)) return squash(title);
  return partsText(title, from, to);
}

/** The article's title, from what the page says about itself (see the module's comment). */
export function chooseTitle(inputs: TitleInputs): string {
  // A "site name" the page's heading repeats is the headline, put in the wrong field.
  const headingKeys = new Set(inputs.headings.map(compact));
  const siteNames = inputs.siteNames.map(squash).filter((name) => name && !headingKeys.has(compact(name)));
  // Readability's pick first (it knows the metadata's order of preference), then the other names of the page.
  const candidates = [decodeEntities(inputs.fallback), ...inputs.metaTitles, inputs.documentTitle]
    .map(squash)
    .filter(Boolean);
  // A candidate that is the site's name itself ("Yahoo News - Latest News & Headlines") names no article.
  const named = new Set(siteNames.map(compact));
  const unique = [...new Set(candidates)].filter((c) => !named.has(compact(c)));
  const headings = inputs.headings
    .map(squash)
    .filter((h) => h.length > 1 && h.length <= 400 && !isSiteName(h, siteNames, inputs.host));
  // A heading that the title repeats, whole or as its parts: the headline, without site or section.
  const isSite = (part: string): boolean => isSiteName(part, siteNames, inputs.host);
  for (const heading of headings) {
    const inside = unique[0] === undefined ? null : headingInside(unique[0], heading, isSite);
    if (inside !== null) return inside;
  }
  // (When Readability picked another of the page's names than its heading — a social or search headline in
  // og:title or JSON-LD — neither is more right: on fundus's 257 pages preferring the heading fixed 24 titles and
  // broke 18. Readability's pick stays, as in Firefox.)
  const first = unique[0];
  if (first === undefined) return headings[0] ?? '';
  const title = stripSiteName(first, siteNames, inputs.host);
  // An English or transliterated title over a headline in the page's own script: the headline.
  const own = headings.find((heading) => words(heading).length >= 2 && otherScript(title, heading, inputs.lang));
  if (own !== undefined) return own;
  return title;
}

interface JsonLdFacts {
  headline: string | null;
  siteNames: string[];
}

const ARTICLE_TYPE = /(?:article|posting|report|blog|newsarticle|webpage)$/i;

/** Every object in a JSON-LD value (arrays and `@graph` unfolded). */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (Array.isArray(obj['@graph'])) visit(obj['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // A broken block says nothing.
    }
  }
  return out;
}

export function typesOf(obj: Record<string, unknown>): string[] {
  const type = obj['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const nameOf = (value: unknown): string | null => {
  if (typeof value === 'string') return squash(value) || null;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>)['name'];
    return typeof name === 'string' ? squash(name) || null : null;
  }
  return null;
};

function jsonLdFacts(doc: Document): JsonLdFacts {
  let headline: string | null = null;
  const siteNames: string[] = [];
  for (const obj of jsonLdObjects(doc)) {
    const types = typesOf(obj);
    if (types.some((t) => /^(?:WebSite|Organization|NewsMediaOrganization)$/i.test(t))) {
      const name = nameOf(obj['name']);
      if (name) siteNames.push(name);
      const alternate = nameOf(obj['alternateName']);
      if (alternate) siteNames.push(alternate);
    }
    if (types.some((t) => ARTICLE_TYPE.test(t))) {
      const publisher = nameOf(obj['publisher']);
      if (publisher) siteNames.push(publisher);
      if (headline === null && !types.some((t) => /^webpage$/i.test(t))) {
        const value = obj['headline'];
        if (typeof value === 'string' && squash(value)) headline = squash(decodeEntities(value));
      }
    }
  }
  return { headline, siteNames };
}

function meta(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)]
    .map((el) => squash(decodeEntities(el.getAttribute('content') ?? '')))
    .filter(Boolean);
}

/** What {@link chooseTitle} needs from `doc` (read before Readability, which changes the document). */
export function titleInputs(doc: Document, fallback = ''): TitleInputs {
  const ld = jsonLdFacts(doc);
  let host: string;
  try {
    host = new URL(doc.URL).hostname;
  } catch {
    host = '';
  }
  return {
    documentTitle: squash(doc.title),
    metaTitles: [
      ...(ld.headline ? [ld.headline] : []),
      ...meta(doc, 'meta[property="og:title" i], meta[name="og:title" i]'),
      ...meta(doc, 'meta[name="twitter:title" i], meta[property="twitter:title" i]'),
      ...meta(doc, 'meta[name="dc.title" i], meta[name="dcterms.title" i]'),
    ],
    headings: [...(doc.body?.querySelectorAll('h1') ?? [])].map((h) => squash(h.textContent)).filter(Boolean),
    siteNames: [
      ...meta(
        doc,
        'meta[property="og:site_name" i], meta[name="og:site_name" i], meta[name="application-name" i], meta[name="apple-mobile-web-app-title" i]',
      ),
      ...ld.siteNames,
    ],
    host,
    lang: doc.documentElement?.getAttribute('lang') || null,
    fallback,
  };
}
