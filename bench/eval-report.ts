/**
 * The report `npm run eval` writes (bench/results/extraction.md), from the per-page results: per corpus the AEB
 * figures for plain Readability and Qari, Qari − plain with its paired bootstrap interval, F1 per language, title
 * matches, "no article" counts; and the GUARD list — every page where Qari's recall is more than 0.05 below plain
 * Readability's, or where Qari finds no article and plain Readability finds one.
 */
import type { CorpusName, PageResult } from './eval-corpus';
import {
  bootstrap,
  pageF1,
  pageRecall,
  pairedF1Difference,
  summarize,
  titleExactMatch,
  titleLooseMatch,
  type Summary,
} from './score';

export const CORPUS_TITLES: Record<CorpusName, string> = {
  aeb: 'Article Extraction Benchmark (human ground truth)',
  readability: "Readability's test pages (vs Readability's own expected.html text; Qari forced)",
  'magic-html': 'magic-html (human-annotated main content)',
  fundus: "fundus (fundus's per-publisher parsers' output)",
  newspaper4k: "newspaper4k (newspaper4k's own output; a small secondary check)",
};

/** How far below plain Readability's recall Qari's may fall on a page before the guard lists it. */
export const GUARD_RECALL_MARGIN = 0.05;

export interface GuardEntry {
  corpus: CorpusName;
  id: string;
  url: string;
  plainRecall: number;
  qariRecall: number;
  /** Qari found no article where plain Readability found one. */
  noArticle: boolean;
}

/** Pages where Qari loses recall against plain Readability (by more than the margin) or loses the article. */
export function guardList(results: readonly PageResult[], margin = GUARD_RECALL_MARGIN): GuardEntry[] {
  const entries: GuardEntry[] = [];
  for (const r of results) {
    const plainRecall = pageRecall(r.plain);
    const qariRecall = pageRecall(r.qari);
    const noArticle = !r.found.qari && r.found.plain;
    if (noArticle || qariRecall < plainRecall - margin)
      entries.push({ corpus: r.corpus, id: r.id, url: r.url, plainRecall, qariRecall, noArticle });
  }
  return entries;
}

export interface TitleScore {
  n: number;
  exact: number;
  loose: number;
}

/** Title exact and loose match rates over the pages whose ground truth has a title; null when none has. */
export function titleScores(results: readonly PageResult[], system: 'plain' | 'qari'): TitleScore | null {
  const titled = results.filter((r) => r.titles.truth !== undefined);
  if (titled.length === 0) return null;
  const share = (match: (a: string, b: string) => boolean): number =>
    titled.filter((r) => match(r.titles.truth!, r.titles[system])).length / titled.length;
  return { n: titled.length, exact: share(titleExactMatch), loose: share(titleLooseMatch) };
}

export interface LanguageRow {
  lang: string;
  n: number;
  plain: number;
  qari: number;
}

/** F1 per language (most pages first), for corpora whose ground truth gives `lang`. */
export function languageRows(results: readonly PageResult[]): LanguageRow[] {
  const groups = new Map<string, PageResult[]>();
  for (const r of results) if (r.lang) groups.set(r.lang, [...(groups.get(r.lang) ?? []), r]);
  return [...groups]
    .map(([lang, rs]) => ({
      lang,
      n: rs.length,
      plain: summarize(rs.map((r) => r.plain)).f1,
      qari: summarize(rs.map((r) => r.qari)).f1,
    }))
    .sort((a, b) => b.n - a.n || a.lang.localeCompare(b.lang));
}

export interface CorpusSummary {
  corpus: CorpusName;
  pages: number;
  plain: Summary;
  qari: Summary;
  plainSd: Summary;
  qariSd: Summary;
  paired: { diff: number; low: number; high: number };
  noArticle: { plain: number; qari: number };
  titles: { plain: TitleScore; qari: TitleScore } | null;
  better: PageResult[];
  worse: PageResult[];
}

export function summarizeCorpus(corpus: CorpusName, results: readonly PageResult[]): CorpusSummary {
  const plain = results.map((r) => r.plain);
  const qari = results.map((r) => r.qari);
  const plainTitles = titleScores(results, 'plain');
  const qariTitles = titleScores(results, 'qari');
  return {
    corpus,
    pages: results.length,
    plain: summarize(plain),
    qari: summarize(qari),
    plainSd: bootstrap(plain),
    qariSd: bootstrap(qari),
    paired: pairedF1Difference(plain, qari),
    noArticle: {
      plain: results.filter((r) => !r.found.plain).length,
      qari: results.filter((r) => !r.found.qari).length,
    },
    titles: plainTitles && qariTitles ? { plain: plainTitles, qari: qariTitles } : null,
    better: results.filter((r) => pageF1(r.qari) > pageF1(r.plain) + 0.01),
    worse: results.filter((r) => pageF1(r.qari) < pageF1(r.plain) - 0.01),
  };
}

const fmt = (x: number): string => x.toFixed(3);
export const signed = (x: number): string => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);
const verdict = ({ low, high }: { low: number; high: number }): string =>
  low > 0 ? 'Qari is better' : high < 0 ? 'Qari is worse' : 'no significant difference';
const interval = (p: CorpusSummary['paired']): string => `${signed(p.diff)} (${signed(p.low)} … ${signed(p.high)})`;

/** The one-table overview of every corpus. */
export function overviewTable(summaries: readonly CorpusSummary[]): string {
  const title = (t: TitleScore | undefined): string => (t ? `${fmt(t.exact)} / ${fmt(t.loose)}` : '—');
  const rows = summaries.map(
    (s) =>
      `| ${s.corpus} | ${s.pages} | ${fmt(s.plain.f1)} (${fmt(s.plain.precision)} / ${fmt(s.plain.recall)}) | ` +
      `${fmt(s.qari.f1)} (${fmt(s.qari.precision)} / ${fmt(s.qari.recall)}) | ${interval(s.paired)} | ${fmt(s.plain.accuracy)} / ${fmt(s.qari.accuracy)} | ` +
      `${s.noArticle.plain} / ${s.noArticle.qari} | ${title(s.titles?.plain)} | ${title(s.titles?.qari)} |`,
  );
  return (
    `| corpus | pages | plain F1 (P / R) | Qari F1 (P / R) | Qari − plain F1 (95% interval) | accuracy plain / Qari | no article plain / Qari | title exact / loose, plain | title exact / loose, Qari |\n` +
    `|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}`
  );
}

const short = (id: string): string => (id.length > 40 ? `${id.slice(0, 40)}…` : id);

/** One corpus's section of the report. */
export function corpusSection(s: CorpusSummary, results: readonly PageResult[]): string {
  const row = (system: string, v: Summary, sd: Summary, found: number, titles: TitleScore | undefined): string =>
    `| ${system} | ${fmt(v.f1)} ± ${fmt(sd.f1)} | ${fmt(v.precision)} | ${fmt(v.recall)} | ${fmt(v.accuracy)} | ` +
    (s.titles ? `${fmt(titles!.exact)} | ${fmt(titles!.loose)} | ` : '') +
    `${found} |`;
  const titleHead = s.titles ? ` title exact (n=${s.titles.plain.n}) | title loose |` : '';
  const parts = [
    `## ${s.corpus}: ${CORPUS_TITLES[s.corpus]}, ${s.pages} pages`,
    `| system | F1 ± sd | precision | recall | accuracy |${titleHead} no article |\n|---|---|---|---|---|${s.titles ? '---|---|' : ''}---|\n` +
      `${row('plain Readability 0.6.0 (`textContent`, `title`)', s.plain, s.plainSd, s.noArticle.plain, s.titles?.plain)}\n` +
      `${row('**Qari** (`article.text`, `article.title`)', s.qari, s.qariSd, s.noArticle.qari, s.titles?.qari)}`,
    `Qari − plain F1: ${signed(s.paired.diff)} (paired bootstrap 95% interval ${signed(s.paired.low)} … ${signed(s.paired.high)}: ${verdict(s.paired)}). ` +
      `Per page (F1 differing by more than 0.01) Qari is better on ${s.better.length}, worse on ${s.worse.length}, ` +
      `within 0.01 on ${s.pages - s.better.length - s.worse.length}.`,
  ];
  const languages = languageRows(results);
  if (languages.length)
    parts.push(
      `F1 by language, plain / Qari (n): ${languages.map((l) => `${l.lang} ${fmt(l.plain)} / ${fmt(l.qari)} (${l.n})`).join(', ')}.`,
    );
  const noArticle = results.filter((r) => !r.found.qari);
  if (noArticle.length) {
    parts.push(
      `Qari's "no article" pages (scored as empty): ${noArticle.map((r) => `\`${short(r.id)}\`${r.found.plain ? '' : ' (plain finds none either)'}`).join(', ')}.`,
    );
  }
  const errors = results.filter((r) => r.error);
  if (errors.length)
    parts.push(`Errors (scored as empty): ${errors.map((r) => `\`${short(r.id)}\` (${r.error})`).join(', ')}.`);
  return parts.join('\n\n');
}

/** The GUARD section: every listed page, per corpus, worst recall loss first. */
export function guardSection(results: readonly PageResult[], corpora: readonly CorpusName[]): string {
  const entries = guardList(results);
  const head =
    `## GUARD: pages where Qari loses what plain Readability keeps\n\n` +
    `Every page where Qari's recall is more than ${GUARD_RECALL_MARGIN} below plain Readability's, or where Qari finds no ` +
    `article and plain Readability finds one (${entries.length} pages). A report, not a failure: \`npm run eval\` still ` +
    `exits 0.`;
  const sections = corpora.map((corpus) => {
    const mine = entries
      .filter((e) => e.corpus === corpus)
      .sort((a, b) => a.qariRecall - a.plainRecall - (b.qariRecall - b.plainRecall));
    if (mine.length === 0) return `### ${corpus}: none`;
    return (
      `### ${corpus}: ${mine.length}\n\n| page | plain recall | Qari recall | Δ | URL |\n|---|---|---|---|---|\n` +
      mine
        .map(
          (e) =>
            `| \`${e.id}\`${e.noArticle ? ' **no article**' : ''} | ${fmt(e.plainRecall)} | ${fmt(e.qariRecall)} | ${signed(e.qariRecall - e.plainRecall)} | ${e.url} |`,
        )
        .join('\n')
    );
  });
  return [head, ...sections].join('\n\n');
}
