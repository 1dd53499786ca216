/**
 * Generated and mutated HTML pages for the fuzz suite, from a seeded PRNG so every failure reproduces: the same
 * seed gives the same pages. Kinds: plausible articles, broken nesting, huge attributes, deep trees, mixed
 * scripts, empty bodies, binary junk, framesets, SVG/MathML, and byte-level mutations of the fixture pages.
 */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rand {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const WORDS = {
  latin: [
    'the',
    'council',
    'said',
    'market',
    'on',
    'Tuesday',
    'plan',
    'would',
    'open',
    'next',
    'year',
    'Dr.',
    'U.S.',
    '3.5',
  ],
  arabic: ['قال', 'المتحدث', 'إن', 'الخطة', 'ستنفذ', 'على', 'مراحل', 'خلال', 'العام', 'المقبل', 'مُحَمَّد', '؟', '،'],
  hebrew: ['הוועדה', 'אמרה', 'כי', 'התוכנית', 'תיושם', 'בשנה', 'הבאה'],
  persian: ['این', 'گزارش', 'می‌گوید', 'که', 'برنامه', 'سال', 'آینده', 'ی'],
  cjk: ['委員会', 'は', '計画', 'を', '発表', 'した', '。'],
  other: [
    '😀',
    '👩🏽‍🚀',
    '\u200f',
    '\u200e',
    '\u202e',
    '\u2067',
    '\u2069',
    '\u200d',
    '\u0301',
    '\u00ad',
    '\ufeff',
    'ﷺ',
    '𝔘𝔫𝔦',
  ],
};
const SCRIPTS = Object.keys(WORDS) as (keyof typeof WORDS)[];

export function sentence(r: Rand, words = 6 + r.int(20)): string {
  const script = r.pick(SCRIPTS);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r.pick(WORDS[r.chance(0.85) ? script : r.pick(SCRIPTS)]));
  return out.join(' ') + r.pick(['.', '!', '?', '؟', '۔', '', '…']);
}

/** Random code units, including NUL, controls, lone surrogates and non-characters. */
export function junk(r: Rand, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const kind = r.int(6);
    const code =
      kind === 0
        ? r.int(32)
        : kind === 1
          ? 0xd800 + r.int(0x800)
          : kind === 2
            ? r.pick([0xfffe, 0xffff, 0xfdd0, 0xfeff])
            : r.int(0x3000);
    s += String.fromCharCode(code);
  }
  return s;
}

const BLOCKS = [
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'li',
  'h2',
  'pre',
  'td',
  'figcaption',
  'aside',
  'nav',
  'span',
];
const INLINE = ['a', 'b', 'i', 'em', 'strong', 'span', 'code', 'bdi', 'bdo', 'sup', 'mark', 'q'];

function attrs(r: Rand): string {
  const out: string[] = [];
  if (r.chance(0.3)) out.push(`dir="${r.pick(['rtl', 'ltr', 'auto', 'RTL', '', 'sideways'])}"`);
  if (r.chance(0.3))
    out.push(`lang="${r.pick(['ar', 'he', 'fa', 'ur', 'en', 'x-klingon', '', 'ar-EG', 'zz_ZZ', '123'])}"`);
  if (r.chance(0.2))
    out.push(`class="${r.pick(['content', 'article-body', 'comment', 'sidebar', 'share', 'hidden', 'ad'])}"`);
  if (r.chance(0.1))
    out.push(
      `style="${r.pick(['display:none', 'direction:rtl', 'visibility:hidden', 'position:absolute;left:-9999px'])}"`,
    );
  if (r.chance(0.1)) out.push(`onclick="window.__fuzzPwned=1" href="javascript:window.__fuzzPwned=1"`);
  if (r.chance(0.05)) out.push(`aria-hidden="true" hidden`);
  return out.length ? ' ' + out.join(' ') : '';
}

function paragraph(r: Rand): string {
  const parts: string[] = [];
  for (let i = 0, n = 1 + r.int(4); i < n; i++) {
    const s = sentence(r);
    parts.push(r.chance(0.3) ? `<${r.pick(INLINE)}${attrs(r)}>${s}</${r.pick(INLINE)}>` : s);
  }
  return parts.join(' ');
}

function article(r: Rand, paragraphs: number): string {
  const out: string[] = [`<h1${attrs(r)}>${sentence(r, 5)}</h1>`];
  for (let i = 0; i < paragraphs; i++) {
    const tag = r.pick(BLOCKS);
    out.push(`<${tag}${attrs(r)}>${paragraph(r)}</${tag}>`);
  }
  return out.join('\n');
}

const wrap = (r: Rand, body: string, head = '') =>
  `<!doctype html><html${attrs(r)}><head><meta charset="utf-8"><title>${sentence(r, 4)}</title>${head}</head><body${attrs(r)}>${body}</body></html>`;

export type Kind = (typeof KINDS)[number];
export const KINDS = [
  'article',
  'broken',
  'huge-attr',
  'deep',
  'mixed',
  'empty',
  'junk',
  'frameset',
  'svg-math',
  'table-soup',
] as const;

export interface FuzzPage {
  kind: Kind;
  html: string;
  /** Parse as this MIME type (most are text/html). */
  type: DOMParserSupportedType;
}

/** Each kind's share of a run (deep and huge pages cost jsdom seconds each); `MUTATION_WEIGHT` is the mutated fixtures' share. */
const WEIGHT: Record<Kind, number> = {
  article: 1,
  broken: 3,
  'huge-attr': 0.05,
  deep: 0.03,
  mixed: 0.7,
  empty: 1,
  junk: 0.5,
  frameset: 0.5,
  'svg-math': 0.5,
  'table-soup': 1.5,
};
const MUTATION_WEIGHT = 1;
const TOTAL_WEIGHT = Object.values(WEIGHT).reduce((a, b) => a + b, MUTATION_WEIGHT);

/**
 * How many pages of each kind a fuzz run of about `total` pages makes. The costly rare kinds round to none in a
 * small run: huge attributes join from about 100 pages, deep trees from about 170 (a 5 000-deep page alone can
 * take jsdom a minute on a busy machine).
 */
export function pagesOf(kind: Kind, total: number): number {
  return Math.round((total * WEIGHT[kind]) / TOTAL_WEIGHT);
}

/** How many mutated fixture pages a fuzz run of about `total` pages makes (at least one). */
export function mutationsOf(total: number): number {
  return Math.max(1, Math.round((total * MUTATION_WEIGHT) / TOTAL_WEIGHT));
}

export function generate(r: Rand, kind: Kind): FuzzPage {
  const html = (body: string, head = '') => ({ kind, html: wrap(r, body, head), type: 'text/html' as const });
  switch (kind) {
    case 'article':
      return html(
        `<nav>${paragraph(r)}</nav><main><article>${article(r, 3 + r.int(25))}</article></main><footer>${paragraph(r)}</footer>`,
      );
    case 'broken': {
      const parts = article(r, 5 + r.int(15)).split(/(?=<)/);
      const tags = [
        '<div>',
        '</div>',
        '<p>',
        '</span>',
        '<b><i>',
        '</b></i>',
        '<table>',
        '<li>',
        '<!--',
        '-->',
        '<![CDATA[',
        '<a href=',
        '"',
        "'",
        '<script>',
        '</p></p>',
      ];
      for (let i = 0; i < 20; i++) parts.splice(r.int(parts.length + 1), 0, r.pick(tags));
      return { kind, html: parts.join(''), type: 'text/html' };
    }
    case 'huge-attr': {
      const big = 'x'.repeat(50_000 + r.int(200_000));
      return html(
        `<article data-x="${big}" title="${big}"><p class="${big}">${paragraph(r)}</p>${article(r, 8)}<img alt="${big}" src="https://e.x/${big}"></article>`,
      );
    }
    case 'deep': {
      const depth = r.pick([1000, 5000]);
      const tag = r.pick(['div', 'span', 'blockquote', 'b', 'section']);
      return html(`${`<${tag}>`.repeat(depth)}${article(r, 6)}${`</${tag}>`.repeat(r.chance(0.5) ? depth : 0)}`);
    }
    case 'mixed':
      return html(article(r, 10 + r.int(20)).replace(/ /g, () => (r.chance(0.05) ? r.pick(WORDS.other) : ' ')));
    case 'empty':
      return {
        kind,
        html: r.pick([
          '',
          ' ',
          '<html></html>',
          '<!doctype html><body></body>',
          '<body>   \n </body>',
          '<html><head><title>x</title></head></html>',
          '<p></p>'.repeat(50),
          '\u0000',
        ]),
        type: 'text/html',
      };
    case 'junk':
      return html(
        `<article><h1>${junk(r, 20)}</h1>${Array.from({ length: 8 }, () => `<p>${sentence(r)} ${junk(r, 50 + r.int(400))}</p>`).join('')}</article>`,
      );
    case 'frameset':
      return {
        kind,
        html: `<!doctype html><html><head><title>${sentence(r, 3)}</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="javascript:1"><noframes><p>${paragraph(r)}</p></noframes></frameset></html>`,
        type: 'text/html',
      };
    case 'svg-math':
      if (r.chance(0.4)) {
        return {
          kind,
          html: `<svg xmlns="http://www.w3.org/2000/svg"><title>${sentence(r, 3)}</title><text>${paragraph(r)}</text><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">${paragraph(r)}</p></foreignObject></svg>`,
          type: r.pick(['image/svg+xml', 'application/xhtml+xml', 'text/xml'] as const),
        };
      }
      return html(
        `<article><p>${paragraph(r)}</p><svg><script>window.__fuzzPwned=1</script><text>${sentence(r)}</text><a href="javascript:1"><text>x</text></a></svg><math><mi>x</mi><mo>=</mo><mtext>${sentence(r)}</mtext><annotation-xml encoding="text/html"><p>${paragraph(r)}</p></annotation-xml></math>${article(r, 6)}</article>`,
      );
    case 'table-soup': {
      const cells = Array.from({ length: 5 + r.int(30) }, () => `<td${attrs(r)}>${paragraph(r)}`).join('');
      return html(
        `<table><tr>${cells}<tr><td><table><caption>${sentence(r)}</caption><th>${sentence(r)}</table></table><dl><dt>${sentence(r)}<dd>${paragraph(r)}</dl>`,
      );
    }
  }
}

/** Byte-level mutation of an existing page: drop, duplicate, swap or inject slices. */
export function mutate(r: Rand, html: string, edits = 1 + r.int(12)): string {
  let s = html;
  for (let i = 0; i < edits && s.length > 0; i++) {
    const at = r.int(s.length);
    const len = 1 + r.int(Math.min(2000, s.length - at));
    switch (r.int(5)) {
      case 0:
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 1:
        s = s.slice(0, at) + s.slice(at, at + len).repeat(2 + r.int(3)) + s.slice(at);
        break;
      case 2:
        s = s.slice(0, at) + junk(r, 1 + r.int(50)) + s.slice(at);
        break;
      case 3:
        s =
          s.slice(0, at) +
          r.pick([
            '<div>',
            '</article>',
            '<article>',
            '<p dir="rtl">',
            '</body>',
            '<html>',
            '<frameset>',
            '<svg>',
            '<math>',
            '<template>',
            '<table>',
            '<select>',
            '<textarea>',
          ]) +
          s.slice(at);
        break;
      default: {
        const other = r.int(s.length);
        s = s.slice(0, Math.min(at, other)) + s.slice(Math.max(at, other));
      }
    }
  }
  return s;
}
