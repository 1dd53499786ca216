/**
 * `npm run eval`: score Qari's pipeline and plain Readability 0.6.0 side by side on the shared corpora and
 * write the table to bench/results/extraction.md (per-page figures to out/eval-pages.json).
 *   npm run eval [-- --only aeb|readability] [--limit N] [--ids ID,...]
 * `--only` runs one corpus and keeps its table in out/; `--report` assembles the report from those tables (so
 * the two corpora can run in parallel: `--only aeb & --only readability; --report`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { aebPages, corpusDir, readabilityPages, scoreBoth, type CorpusPage, type PageResult } from './eval-corpus';
import { bootstrap, pairedF1Difference, summarize, type Summary } from './score';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const dir = corpusDir();
if (!dir) {
  console.error('No corpus found: set QARI_CORPUS or put it at ../shared/corpus.');
  process.exit(1);
}

const only = option('only');
const limit = Number(option('limit') ?? Infinity);
const reportOnly = args.includes('--report');
const sets: { name: string; title: string; pages: CorpusPage[] }[] = reportOnly ? [] : [
  { name: 'aeb', title: 'Article Extraction Benchmark (181 pages, vs human ground truth)', pages: aebPages(dir) },
  { name: 'readability', title: "Readability's test pages (vs Readability's expected.html text)", pages: readabilityPages(dir) },
].filter((set) => !only || set.name === only);

const fmt = (x: number): string => x.toFixed(3);
const row = (system: string, s: Summary, sd: Summary): string =>
  `| ${system} | ${fmt(s.f1)} ± ${fmt(sd.f1)} | ${fmt(s.precision)} ± ${fmt(sd.precision)} | ${fmt(s.recall)} ± ${fmt(sd.recall)} | ${fmt(s.accuracy)} ± ${fmt(sd.accuracy)} |`;

const sections: string[] = [];
const sectionFile = (name: string): string => resolve('out', `eval-section-${name}.md`);
mkdirSync('out', { recursive: true });
const allResults: PageResult[] = [];
for (const set of sets) {
  const ids = option('ids')?.split(',');
  const pages = set.pages.filter((p) => !ids || ids.some((id) => p.id.startsWith(id))).slice(0, limit);
  const results: PageResult[] = [];
  const started = Date.now();
  for (const [i, page] of pages.entries()) {
    const result = scoreBoth(page);
    results.push(result);
    if (result.error) console.error(`${set.name} ${page.id}: ${result.error}`);
    if ((i + 1) % 20 === 0) console.error(`${set.name}: ${i + 1}/${pages.length} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  allResults.push(...results);
  const plain = results.map((r) => r.plain);
  const qari = results.map((r) => r.qari);
  const f1 = (s: { tp: number; fp: number; fn: number }): number => (2 * s.tp) / (2 * s.tp + s.fp + s.fn || 1);
  const worse = results.filter((r) => f1(r.qari) < f1(r.plain) - 0.01);
  const better = results.filter((r) => f1(r.qari) > f1(r.plain) + 0.01);
  const paired = pairedF1Difference(plain, qari);
  const signed = (x: number): string => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);
  sections.push(
    `## ${set.title}\n\n` +
      `| system | F1 | precision | recall | accuracy |\n|---|---|---|---|---|\n` +
      `${row('plain Readability 0.6.0 (`textContent`)', summarize(plain), bootstrap(plain))}\n` +
      `${row('**Qari** (`article.text`)', summarize(qari), bootstrap(qari))}\n\n` +
      `Qari − plain F1: ${signed(paired.diff)} (paired bootstrap 95% interval ${signed(paired.low)} … ${signed(paired.high)}` +
      `${paired.low > 0 ? ': Qari is better' : paired.high < 0 ? ': Qari is worse' : ': no significant difference'}).\n\n` +
      `Pages: ${results.length}. Qari better on ${better.length}, worse on ${worse.length} (page F1 differing by more than 0.01)` +
      (worse.length ? `: ${worse.map((r) => `\`${r.id.slice(0, 12)}\``).join(', ')}.` : '.') +
      (results.some((r) => r.error) ? `\nErrors: ${results.filter((r) => r.error).map((r) => `\`${r.id.slice(0, 12)}\` (${r.error})`).join(', ')}.` : ''),
  );
  console.log(sections.at(-1) + '\n');
  if (!option('ids') && limit === Infinity) writeFileSync(sectionFile(set.name), sections.at(-1)!);
}
if (args.includes('--report')) {
  sections.length = 0;
  for (const name of ['aeb', 'readability']) {
    if (existsSync(sectionFile(name))) sections.push(readFileSync(sectionFile(name), 'utf8'));
  }
}

const report =
  `# Extraction quality: Qari vs plain Readability\n\n` +
  `Written by \`npm run eval\` (bench/eval.ts) on ${new Date().toISOString().slice(0, 10)}. Both systems run in jsdom in the same ` +
  `run on the same parse of each page. Scoring follows the Article Extraction Benchmark exactly: tokens are \`\\w+\` ` +
  `matches, word 4-gram shingles, per-page precision/recall averaged over pages, F1 of the averages, accuracy = ` +
  `share of pages with identical token lists; ± are bootstrap standard deviations over pages (1000 rounds). ` +
  `Readability's own test pages are scored the same way against the text of their \`expected.html\` ` +
  `(Readability's own output, not human ground truth: plain Readability is expected to be near 1 there; two pages, ` +
  `\`mathjax\` and \`title-en-dash\`, test behaviour newer than 0.6.0). Readability's harness extracts every test ` +
  `page, so Qari runs them as when the user insists (\`force\`): unforced, the five that hold under 100 characters ` +
  `of text are "no article". Qari's \`article.text\` is the plain text of the html the reader shows, figure ` +
  `captions included.\n\n` +
  sections.join('\n\n') +
  '\n';

if ((!only && limit === Infinity && !option('ids')) || reportOnly) {
  const out = resolve(import.meta.dirname, 'results/extraction.md');
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, report);
  console.log(`Wrote ${out}`);
}
writeFileSync('out/eval-pages.json', JSON.stringify(allResults.map(({ texts: _, ...r }) => r), null, 1));
writeFileSync('out/eval-texts.json', JSON.stringify(Object.fromEntries(allResults.map((r) => [`${r.corpus}/${r.id}`, r.texts]))));
