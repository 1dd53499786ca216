/** Write bench/results/bench.md from the measured results, then the hand-written findings (bench/findings.md). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Presence } from '../e2e/reliability-probe';
import type { BrowserPageTiming } from './browser';
import type { ChromiumFinalLookRow, FinalLookTiming, FirefoxVsReaderRow, LongTasks } from './final-look';
import { REPO_ROOT } from './corpus';
import type { PageTiming } from './node-extraction';
import type { ProfileSummary } from './profile';
import type { ReaderTiming } from './reader-timing';
import type { ScalePoint } from './scaling';
import type { BudgetCheck, Size, TargetSizes } from './sizes';
import type { MoveCost } from './speech';
import { STAGES, zeroStages, addStages } from './stages';
import { kb, linearFit, median, ms, p95, summarize, x } from './stats';

export interface BenchResults {
  date: string;
  /** When the Chromium final-look section was measured, if not with the rest (`--final-look-only`, carried over). */
  finalLookDate?: string;
  /** The same for the Firefox comparison. */
  firefoxDate?: string;
  /** Long tasks of a real cold open on the largest synthetic page (bench/final-look.ts). */
  longTasks?: LongTasks;
  longTasksDate?: string;
  every: number;
  node: string;
  sizes?: { targets: TargetSizes[]; own: Size; budget: BudgetCheck[] };
  speechNode?: { short: MoveCost; long: MoveCost };
  speechBrowser?: { short: MoveCost; long: MoveCost };
  browser?: BrowserPageTiming[];
  reader?: ReaderTiming[];
  /** Time to the final look in Chromium, cold and warm (bench/final-look.ts). */
  finalLook?: ChromiumFinalLookRow[];
  /** Qari vs Firefox's Reader View in one firefox-esr (bench/final-look.ts). */
  firefoxVsReader?: { rounds: number; rows: FirefoxVsReaderRow[] };
  scaling?: ScalePoint[];
  scalingBrowser?: ScalePoint[];
  nodeRows?: PageTiming[];
  profiles?: ProfileSummary[];
}

const TARGET = { median: 1.25, p95: 1.6 };
const mark = (ok: boolean) => (ok ? '✅' : '❌');

function ratioSection(title: string, rows: readonly PageTiming[], clock: string): string[] {
  const articles = rows.filter((r) => r.kind === 'article');
  const all = summarize(rows);
  const art = summarize(articles);
  const errors = rows.filter((r) => r.kind === 'error');
  const slowest = [...articles].sort((a, b) => b.qari / b.plain - a.qari / a.plain).slice(0, 8);
  const out = [
    `## ${title}`,
    '',
    `${rows.length} pages (${articles.length} read as articles, ${rows.length - articles.length - errors.length} "no article", ${errors.length} errors); ${clock}.`,
    '',
    '| pages | median Qari/plain | p95 | max | Σ Qari / Σ plain |',
    '|---|---|---|---|---|',
    `| articles | **${x(art.median)}** ${mark(art.median <= TARGET.median)} (target ≤ ${TARGET.median}×) | **${x(art.p95)}** ${mark(art.p95 <= TARGET.p95)} (target ≤ ${TARGET.p95}×) | ${x(art.max)} | ${x(art.total)} |`,
    `| all | ${x(all.median)} | ${x(all.p95)} | ${x(all.max)} | ${x(all.total)} |`,
    '',
    `Median time per article page: Qari ${ms(median(articles.map((r) => r.qari)))} ms, plain Readability ${ms(median(articles.map((r) => r.plain)))} ms.`,
    '',
    'Slowest pages (by ratio):',
    '',
    '| page | KB | Qari ms | plain ms | ratio |',
    '|---|---|---|---|---|',
    ...slowest.map(
      (r) => `| ${r.name} | ${(r.bytes / 1024).toFixed(0)} | ${ms(r.qari)} | ${ms(r.plain)} | ${x(r.qari / r.plain)} |`,
    ),
  ];
  if (errors.length) out.push('', `Errors: ${errors.map((r) => `${r.name} (${r.error})`).join('; ')}`);
  return out;
}

function stagesSection(rows: readonly BrowserPageTiming[]): string[] {
  const total = zeroStages();
  let plain = 0;
  for (const r of rows) {
    if (!r.stages) continue;
    addStages(total, r.stages);
    plain += r.plain;
  }
  const sum = STAGES.reduce((s, k) => s + total[k], 0);
  return [
    "### Where Qari's time goes (browser, summed over the article pages, one run each)",
    '',
    '| step | ms | share |',
    '|---|---|---|',
    ...STAGES.map((k) => `| ${k} | ${ms(total[k])} | ${((total[k] / sum) * 100).toFixed(1)}% |`),
    `| **all steps** | ${ms(sum)} | (plain Readability, clone included: ${ms(plain)} ms) |`,
  ];
}

function sizesSection(s: NonNullable<BenchResults['sizes']>): string[] {
  const content = s.targets[0]?.groups.contentScript;
  return [
    '## Bundle sizes (bench/budget.json)',
    '',
    '| script | build | raw | gzip | budget raw / gzip | |',
    '|---|---|---|---|---|---|',
    ...s.budget.map(
      (c) =>
        `| ${c.key} | ${c.target} | ${kb(c.actual.raw)} | ${kb(c.actual.gzip)} | ${kb(c.budget.raw)} / ${kb(c.budget.gzip)} | ${mark(c.ok)} |`,
    ),
    '',
    content
      ? `Our own code is ${kb(s.own.raw)} (${kb(s.own.gzip)} gzip) of the ${kb(content.raw)} content script: ${((s.own.raw / content.raw) * 100).toFixed(0)}% raw; the rest is Readability and DOMPurify.`
      : '',
    '',
    s.targets[0]?.groups.speechScript
      ? `The speech script, injected the first time speech is asked for (not loaded with the reader): ${kb(s.targets[0].groups.speechScript.raw)} (${kb(s.targets[0].groups.speechScript.gzip)} gzip).`
      : '',
    '',
    'Every shipped script (chrome):',
    '',
    '| file | raw | gzip |',
    '|---|---|---|',
    ...(s.targets[0]?.files ?? []).map((f) => `| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} |`),
  ];
}

function scalingSection(title: string, points: readonly ScalePoint[]): string[] {
  const fit = (key: 'qari' | 'plain') => linearFit(points.map((p) => ({ x: p.bytes / 1e6, y: p[key] })));
  const q = fit('qari');
  const p = fit('plain');
  return [
    `## Cost vs page size (${title}; synthetic article pages, bench/generate.ts)`,
    '',
    '| paragraphs | HTML | Qari ms | plain ms | ratio | Qari ms per MB |',
    '|---|---|---|---|---|---|',
    ...points.map(
      (pt) =>
        `| ${pt.paragraphs} | ${kb(pt.bytes)} | ${ms(pt.qari)} | ${ms(pt.plain)} | ${x(pt.qari / pt.plain)} | ${ms(pt.qari / (pt.bytes / 1e6))} |`,
    ),
    '',
    `Least-squares line: Qari ${ms(q.b)} ms/MB (R² ${q.r2.toFixed(3)}), plain ${ms(p.b)} ms/MB (R² ${p.r2.toFixed(3)}). A flat "ms per MB" column means linear growth.`,
  ];
}

function readerSection(rows: readonly ReaderTiming[]): string[] {
  const untouched = (p: Presence) => !p.root && p.inert === 0 && !p.answered && p.registered === 0;
  return [
    '## Time to reader view (headless Chromium, test build; click in the popup → frame after mount)',
    '',
    '| fixture | cold ms (inject + extract + mount) | warm ms (reopen) | plain parse ms | cold / plain | warm / plain | untouched before the click |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.fixture} | ${ms(r.cold)} | ${ms(r.warm)} | ${ms(r.plain)} | ${x(r.cold / r.plain)} | ${x(r.warm / r.plain)} | ${mark(untouched(r.before))} |`,
    ),
    '',
    'Untouched = no `#qari-root`, nothing `inert`, a `tab.status` message finds no receiver ("Receiving end does not exist"), and no registered content script (also asserted by e2e/reliability-zero-cost.test.ts).',
  ];
}

/** Issue #13's targets (2-core machine). Never moved to pass. */
export const FINAL_LOOK_TARGETS = { coldP95: 150, warmP95: 40, firefoxMedian: 0.5, firefoxP95: 1 };
export const PRE_PAINT_TARGETS = { median: 1.6, p95: 3, tinyPlainMs: 3, tinyExtraMs: 3, longTaskMs: 50 };

function prePaintSection(rows: readonly BrowserPageTiming[]): string[] {
  const t = PRE_PAINT_TARGETS;
  const articles = rows.filter((r) => r.kind === 'article' && r.prePaint !== undefined && Number.isFinite(r.prePaint));
  if (!articles.length) return [];
  const big = articles.filter((r) => r.plain >= t.tinyPlainMs);
  const tiny = articles.filter((r) => r.plain < t.tinyPlainMs);
  const ratios = big.map((r) => r.prePaint! / r.plain);
  const extra = tiny.map((r) => r.prePaint! - r.plain);
  const rMedian = median(ratios);
  const rP95 = p95(ratios);
  const worstExtra = Math.max(...extra);
  const slowest = [...big].sort((a, b) => b.prePaint! / b.plain - a.prePaint! / a.plain).slice(0, 8);
  return [
    "## Pre-paint pipeline vs plain Readability (Chromium, same document, interleaved, each side's fastest round)",
    '',
    "Pre-paint = Qari's pipeline up to what the first paint needs: prepare, extract, clean, sanitize, direction and language per block, reading time — the whole `runPipeline`, which no longer builds sentences for speech (the speech script builds them on first use).",
    '',
    '| pages | median | p95 | target |',
    '|---|---|---|---|',
    `| ${big.length} articles, plain ≥ ${t.tinyPlainMs} ms: Qari pre-paint / plain | **${x(rMedian)}** | **${x(rP95)}** | median ≤ ${t.median}× ${mark(rMedian <= t.median)}, p95 ≤ ${t.p95}× ${mark(rP95 <= t.p95)} |`,
    `| ${tiny.length} articles, plain < ${t.tinyPlainMs} ms: Qari pre-paint − plain | ${ms(median(extra))} ms | ${ms(p95(extra))} ms (max ${ms(worstExtra)} ms) | ≤ ${t.tinyExtraMs} ms more ${mark(worstExtra <= t.tinyExtraMs)} |`,
    '',
    'Highest pre-paint ratios:',
    '',
    '| page | KB | pre-paint ms | whole pipeline ms | plain ms | pre-paint / plain |',
    '|---|---|---|---|---|---|',
    ...slowest.map(
      (r) =>
        `| ${r.name} | ${(r.bytes / 1024).toFixed(0)} | ${ms(r.prePaint!)} | ${ms(r.qari)} | ${ms(r.plain)} | ${x(r.prePaint! / r.plain)} |`,
    ),
  ];
}

/** Long tasks of a real cold open: the longest less Readability's parse (it runs inside it), and the total. */
function openLongTasks(l: LongTasks): { longest: number; added: number; total: number } {
  const longest = Math.max(0, ...l.tasks);
  const total = l.tasks.reduce((a, b) => a + b, 0);
  return { longest, added: longest - l.plain, total: total - l.plain };
}

function measuredLongTaskSection(l: LongTasks, date?: string): string[] {
  const { longest, added, total } = openLongTasks(l);
  return [
    `## Long tasks of a cold open on the ${l.paragraphs}-paragraph page (${kb(l.bytes)}; Chromium, test build, PerformanceObserver 'longtask')`,
    '',
    "Every task of 50 ms or more on the page's main thread from the click in the popup to the final look: injection, extraction, mount, style and layout of the article. Readability's own parse runs inside the longest (the extraction task), so it is subtracted from it.",
    '',
    '| long tasks, ms | plain Readability parse, ms | longest task Qari adds, ms | total Qari adds, ms | target |',
    '|---|---|---|---|---|',
    `| ${l.tasks.map((t) => ms(t)).join(', ')} | ${ms(l.plain)} | **${ms(added)}** (longest ${ms(longest)} − plain) | ${ms(total)} | no added task > ${PRE_PAINT_TARGETS.longTaskMs} ms ${mark(added <= PRE_PAINT_TARGETS.longTaskMs)} |`,
    '',
    date ? `(Measured on ${date}, apart from the rest: \`--long-tasks-only\`.)` : '',
  ];
}

function longTaskSection(points: readonly ScalePoint[]): string[] {
  const largest = [...points].sort((a, b) => b.paragraphs - a.paragraphs)[0];
  if (!largest) return [];
  const pre = largest.prePaint ?? largest.qari;
  const added = pre - largest.plain;
  return [
    `## Long tasks on the largest page (${largest.paragraphs} paragraphs, ${kb(largest.bytes)}; Chromium)`,
    '',
    "Qari's extraction is synchronous: prepare → … → annotate run in one task, without yielding. So the longest task Qari adds beyond Readability's own parse is that task less Readability's parse (plain Readability with its clone, measured on the same page), and it is also the total Qari adds before the paint (rendering and layout of the article come on top, for both readers).",
    '',
    '| pre-paint pipeline ms (one task) | plain Readability ms | longest task Qari adds, ms | total Qari adds, ms | target |',
    '|---|---|---|---|---|',
    `| ${ms(pre)} | ${ms(largest.plain)} | **${ms(added)}** | ${ms(added)} | no added task > ${PRE_PAINT_TARGETS.longTaskMs} ms ${mark(added <= PRE_PAINT_TARGETS.longTaskMs)} |`,
    '',
    largest.prePaint === undefined
      ? '(This point was measured before pre-paint times were recorded: the whole pipeline, speech sentences included.)'
      : '',
  ];
}

/** Issue #13's targets in one table, each ✅/❌ (details in the sections below). */
function targetSummary(r: BenchResults): string[] {
  const rows: string[] = [];
  const add = (target: string, value: string, ok: boolean) => rows.push(`| ${target} | ${value} | ${mark(ok)} |`);
  if (r.firefoxVsReader) {
    const ratios = r.firefoxVsReader.rows.flatMap((row) => {
      const ff = row.firefox.filter((v): v is number => v !== null);
      const q = row.qari.flatMap((v) => (v ? [v.ms] : []));
      return ff.length && q.length ? [median(q) / median(ff)] : [];
    });
    add(
      `Time to final look vs Firefox Reader View, median ≤ ${FINAL_LOOK_TARGETS.firefoxMedian}×`,
      x(median(ratios)),
      median(ratios) <= FINAL_LOOK_TARGETS.firefoxMedian,
    );
    add(`… p95 ≤ ${FINAL_LOOK_TARGETS.firefoxP95}×`, x(p95(ratios)), p95(ratios) <= FINAL_LOOK_TARGETS.firefoxP95);
  }
  if (r.finalLook) {
    const cold = r.finalLook.flatMap((row) => (row.cold ? [row.cold] : []));
    const warm = r.finalLook.flatMap((row) => (row.warm ? [row.warm] : []));
    add(
      `Chromium cold p95 ≤ ${FINAL_LOOK_TARGETS.coldP95} ms`,
      `${ms(p95(cold.map((v) => v.ms)))} ms`,
      p95(cold.map((v) => v.ms)) <= FINAL_LOOK_TARGETS.coldP95,
    );
    add(
      `Chromium warm (reopen) p95 ≤ ${FINAL_LOOK_TARGETS.warmP95} ms`,
      `${ms(p95(warm.map((v) => v.ms)))} ms`,
      p95(warm.map((v) => v.ms)) <= FINAL_LOOK_TARGETS.warmP95,
    );
    const all = [...cold, ...warm];
    add(
      'First frame = final look (Chromium, cold and warm)',
      `${all.filter((v) => v.firstIsFinal).length}/${all.length}`,
      all.every((v) => v.firstIsFinal),
    );
  }
  const articles = (r.browser ?? []).filter((row) => row.kind === 'article' && row.prePaint !== undefined);
  if (articles.length) {
    const t = PRE_PAINT_TARGETS;
    const ratios = articles.filter((row) => row.plain >= t.tinyPlainMs).map((row) => row.prePaint! / row.plain);
    const extra = articles.filter((row) => row.plain < t.tinyPlainMs).map((row) => row.prePaint! - row.plain);
    add(`Pre-paint pipeline / plain Readability, median ≤ ${t.median}×`, x(median(ratios)), median(ratios) <= t.median);
    add(`… p95 ≤ ${t.p95}×`, x(p95(ratios)), p95(ratios) <= t.p95);
    if (extra.length)
      add(
        `Tiny pages (plain < ${t.tinyPlainMs} ms): ≤ ${t.tinyExtraMs} ms more than plain`,
        `max ${ms(Math.max(...extra))} ms`,
        Math.max(...extra) <= t.tinyExtraMs,
      );
  }
  const largest = [...(r.scalingBrowser ?? [])].sort((a, b) => b.paragraphs - a.paragraphs)[0];
  if (r.longTasks) {
    const { added, total } = openLongTasks(r.longTasks);
    add(
      `No task Qari adds on the ${r.longTasks.paragraphs}-paragraph page > ${PRE_PAINT_TARGETS.longTaskMs} ms (real cold open)`,
      `longest added ${ms(added)} ms, total ${ms(total)} ms`,
      added <= PRE_PAINT_TARGETS.longTaskMs,
    );
  } else if (largest) {
    const added = (largest.prePaint ?? largest.qari) - largest.plain;
    add(
      `No task Qari adds on the ${largest.paragraphs}-paragraph page > ${PRE_PAINT_TARGETS.longTaskMs} ms`,
      `${ms(added)} ms (one task)`,
      added <= PRE_PAINT_TARGETS.longTaskMs,
    );
  }
  // The pipeline's own list of steps says whether sentences for speech are built before the paint.
  const speechBeforePaint = (STAGES as readonly string[]).includes('utterances');
  rows.push(
    speechBeforePaint
      ? "| Speech data never delays the paint | sentences still built before the paint in this build ('utterances' step) | ❌ |"
      : '| Speech data never delays the paint | no sentence work before the paint: `runPipeline` has no utterances step; the speech script builds them on first use (e2e/speech-lazy.test.ts) | ✅ |',
  );
  return ['## Issue #13 targets (2-core machine)', '', '| target | measured | |', '|---|---|---|', ...rows];
}

function finalLookSection(rows: readonly ChromiumFinalLookRow[]): string[] {
  const cold = rows.flatMap((r) => (r.cold ? [r.cold] : []));
  const warm = rows.flatMap((r) => (r.warm ? [r.warm] : []));
  const t = FINAL_LOOK_TARGETS;
  const notFinal = (list: FinalLookTiming[]) => list.filter((v) => !v.firstIsFinal).length;
  const cell = (v: FinalLookTiming | null) =>
    v ? `${ms(v.ms)}${v.firstIsFinal ? '' : ` (first frame ${ms(v.firstFrameMs)}: not final)`}` : '—';
  const skipped = rows.filter((r) => !r.cold);
  return [
    '## Time to the final look in Chromium (test build; click in the popup → end of the first frame showing the final look)',
    '',
    `${rows.length} pages (corpus sample and article fixtures), ${cold.length} opened; served from memory, page scripts and network off. The look (font family, size, line height, background of title and body) is read every frame for 700 ms after the mount; the final look is the last one read.`,
    '',
    '| | pages | median ms | p95 ms | target | first frame = final look |',
    '|---|---|---|---|---|---|',
    `| cold (inject + extract + mount) | ${cold.length} | ${ms(median(cold.map((v) => v.ms)))} | **${ms(p95(cold.map((v) => v.ms)))}** | p95 ≤ ${t.coldP95} ms ${mark(p95(cold.map((v) => v.ms)) <= t.coldP95)} | ${cold.length - notFinal(cold)}/${cold.length} ${mark(notFinal(cold) === 0)} |`,
    `| warm (reopen) | ${warm.length} | ${ms(median(warm.map((v) => v.ms)))} | **${ms(p95(warm.map((v) => v.ms)))}** | p95 ≤ ${t.warmP95} ms ${mark(p95(warm.map((v) => v.ms)) <= t.warmP95)} | ${warm.length - notFinal(warm)}/${warm.length} ${mark(notFinal(warm) === 0)} |`,
    '',
    skipped.length ? `Not opened: ${skipped.map((r) => `${r.name} (${r.error ?? 'no article'})`).join(', ')}.` : '',
    '',
    '<details><summary>Per page</summary>',
    '',
    '| page | KB | cold ms | warm ms |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${(r.bytes / 1024).toFixed(0)} | ${cell(r.cold)} | ${cell(r.warm)} |`),
    '',
    '</details>',
  ];
}

function firefoxSection(data: NonNullable<BenchResults['firefoxVsReader']>): string[] {
  const t = FINAL_LOOK_TARGETS;
  const per = data.rows.map((r) => {
    const ff = r.firefox.filter((v): v is number => v !== null);
    const q = r.qari.flatMap((v) => (v ? [v.ms] : []));
    return { row: r, ff: ff.length ? median(ff) : Number.NaN, q: q.length ? median(q) : Number.NaN };
  });
  const both = per.filter((p) => Number.isFinite(p.ff) && Number.isFinite(p.q));
  const ratios = both.map((p) => p.q / p.ff);
  const rMedian = median(ratios);
  const rP95 = p95(ratios);
  return [
    `## Qari vs Firefox's Reader View (one headless firefox-esr, ${data.rounds} interleaved rounds per page)`,
    '',
    "Firefox: navigation to `about:reader?url=<page>` → its `AboutReaderContentReady` event. Qari: the click in its popup → the end of the first frame showing its final look, on a freshly loaded page (cold: injection and extraction included). Per page, each side's median over the rounds; the ratio is Qari / Firefox.",
    '',
    '| pages with both | median ratio | p95 ratio | median ms Firefox / Qari |',
    '|---|---|---|---|',
    `| ${both.length} of ${per.length} | **${x(rMedian)}** ${mark(rMedian <= t.firefoxMedian)} (target ≤ ${t.firefoxMedian}×) | **${x(rP95)}** ${mark(rP95 <= t.firefoxP95)} (target ≤ ${t.firefoxP95}×) | ${ms(median(both.map((p) => p.ff)))} / ${ms(median(both.map((p) => p.q)))} |`,
    '',
    '| page | KB | Firefox Reader View ms (rounds) | Qari ms (rounds) | Qari / Firefox |',
    '|---|---|---|---|---|',
    ...per.map(({ row, ff, q }) => {
      const show = (v: (number | null)[]) => v.map((n) => (n === null ? '—' : n.toFixed(0))).join(', ');
      return `| ${row.name} | ${(row.bytes / 1024).toFixed(0)} | ${show(row.firefox)} | ${show(row.qari.map((v) => v?.ms ?? null))} | ${Number.isFinite(ff) && Number.isFinite(q) ? x(q / ff) : '—'} |`;
    }),
    '',
    '— = that side showed no article (Firefox: not readerable or failed; Qari: "no article") or timed out.',
  ];
}

function speechSection(r: BenchResults): string[] {
  const row = (where: string, s: { short: MoveCost; long: MoveCost }) =>
    `| ${where} | ${s.long.chars} | ${s.long.utterances} | ${ms(s.long.buildMs)} | ${s.short.moveUs.toFixed(1)} (${s.short.chars} chars) | ${s.long.moveUs.toFixed(1)} | ${x(s.long.moveUs / s.short.moveUs)} | ${s.short.highlighterUs?.toFixed(1) ?? '—'} | ${s.long.highlighterUs?.toFixed(1) ?? '—'} | ${s.long.highlighterUs && s.short.highlighterUs ? x(s.long.highlighterUs / s.short.highlighterUs) : '—'} |`;
  return [
    '## Speech',
    '',
    '| where | article chars | utterances | build utterances ms | Range for utterance k µs, short | long | long / short | `Highlighter.sentence` µs, short | long | long / short |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...(r.speechNode ? [row('node (jsdom)', r.speechNode)] : []),
    ...(r.speechBrowser ? [row('Chromium', r.speechBrowser)] : []),
    '',
    'Two moves are timed in the middle of the article: the building block (a Range for utterance k from its block element and UTF-16 offsets, bench/speech.ts `rangeFor`) and the real `Highlighter.sentence(u)` of src/content/speech/highlighter.ts.',
  ];
}

function profileSection(profiles: readonly ProfileSummary[]): string[] {
  return profiles.flatMap((p) => [
    `### Profile: \`${p.target}\` (${ms(p.totalMs)} ms of samples)`,
    '',
    "Time charged to the innermost Readability / DOMPurify / Qari frame (jsdom's work goes to whoever asked for it):",
    '',
    '| owner | ms | share |',
    '|---|---|---|',
    ...p.byOwner.slice(0, 12).map((o) => `| ${o.name} | ${ms(o.ms)} | ${(o.share * 100).toFixed(1)}% |`),
    '',
    'Hottest functions (self time):',
    '',
    '| function | where | ms | share |',
    '|---|---|---|---|',
    ...p.byFunction
      .slice(0, 10)
      .map((f) => `| ${f.name || '(anonymous)'} | ${f.where} | ${ms(f.ms)} | ${(f.share * 100).toFixed(1)}% |`),
    '',
  ]);
}

export function writeReport(file: string, r: BenchResults): void {
  const lines = [
    '# Qari bench',
    '',
    `Generated by \`npm run bench\` on ${r.date} (node ${r.node}${r.every > 1 ? `, 1 in ${r.every} corpus pages` : ''}). Ratios are Qari's whole pipeline (\`runPipeline\`: prepare → extract → clean → sanitize → annotate → reading time) over plain \`new Readability(document.cloneNode(true)).parse()\` on the same document, interleaved (the order alternates each round), each side's fastest round. Raw data: bench.json.`,
    '',
  ];
  lines.push(...targetSummary(r), '');
  const apart = (what: string, date?: string) =>
    date
      ? [
          `(${what} measured on ${date}, apart from the rest: \`--final-look-only\`, or carried over by \`--no-final-look\` / \`--no-firefox\`.)`,
          '',
        ]
      : [];
  if (r.finalLook)
    lines.push(...finalLookSection(r.finalLook), '', ...apart('Time to the final look', r.finalLookDate));
  if (r.firefoxVsReader)
    lines.push(...firefoxSection(r.firefoxVsReader), '', ...apart('Firefox comparison', r.firefoxDate));
  if (r.browser) lines.push(...prePaintSection(r.browser), '');
  if (r.longTasks) lines.push(...measuredLongTaskSection(r.longTasks, r.longTasksDate), '');
  if (r.scalingBrowser) lines.push(...longTaskSection(r.scalingBrowser), '');
  if (r.browser)
    lines.push(
      ...ratioSection(
        'Extraction cost in Chromium (performance.now, page scripts off)',
        r.browser,
        'wall-clock ms in the page',
      ),
      '',
      ...stagesSection(r.browser.filter((b) => b.kind === 'article')),
      '',
    );
  if (r.nodeRows)
    lines.push(
      ...ratioSection(
        `Extraction cost in node (jsdom, as \`npm run extract\`; 1 in ${r.every * 4} corpus pages)`,
        r.nodeRows,
        'CPU ms of the node process',
      ),
      '',
    );
  if (r.scalingBrowser) lines.push(...scalingSection('Chromium, wall-clock ms', r.scalingBrowser), '');
  if (r.scaling) lines.push(...scalingSection('node, jsdom, CPU ms', r.scaling), '');
  if (r.reader) lines.push(...readerSection(r.reader), '');
  if (r.speechNode || r.speechBrowser) lines.push(...speechSection(r), '');
  if (r.sizes) lines.push(...sizesSection(r.sizes), '');
  if (r.profiles) lines.push("## Profiles (node --cpu-prof, Qari's pipeline only)", '', ...profileSection(r.profiles));
  const findings = join(REPO_ROOT, 'bench/findings.md');
  if (existsSync(findings)) lines.push(readFileSync(findings, 'utf8'));
  writeFileSync(file, lines.join('\n') + '\n');
}
