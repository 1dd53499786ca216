/**
 * `npm run bench`: what Qari costs, as ratios to plain Readability, written to bench/results/bench.md and
 * bench/results/bench.json. Never part of `npm test`'s pass/fail; exits non-zero only when it could not
 * measure (a missed target or budget is marked ❌ in the report). Needs `npm run build` first for the sizes (it builds if dist/ is missing).
 *
 *   --every N      keep every N-th corpus page (default 1: all 311 + fixtures)
 *   --node-every N the same for the (slow) node/jsdom pass (default 4)
 *   --rounds N     interleaved rounds per page and side (default 2 in node, 4 in the browser)
 *   --no-node / --no-browser / --no-profile / --no-scaling   skip a section
 *   --final-look-every N  corpus sample for the time to final look and the Firefox comparison (default 9: 35 + fixtures)
 *   --firefox-rounds N    interleaved rounds per page, Qari vs Firefox's Reader View (default 3)
 *   --no-final-look / --no-firefox   skip the time to final look (Chromium) / the Firefox comparison
 *   --final-look-only     re-measure only those two into the existing bench.json, and rewrite the report
 *   --long-tasks-only     re-measure only the long tasks of a cold open on the 20 000-paragraph page, likewise
 *   --speech-only  re-measure only the speech costs into the existing bench.json, and rewrite the report
 *   --report-only  rewrite bench.md from bench.json (e.g. after editing bench/findings.md)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { loadPages, REPO_ROOT } from './corpus';
import { measureChromiumFinalLook, measureFirefoxVsReader, measureLongTasks } from './final-look';
import { buildBenchBundle, launchBenchBrowser, measureBrowser, measureBrowserScaling } from './browser';
import { articlePage, SCALING_SIZES } from './generate';
import { cpuClock, measureNode } from './node-extraction';
import { profilePipeline } from './profile';
import { articleFixtures, measureReader } from './reader-timing';
import { writeReport, type BenchResults } from './report';
import { measureScaling } from './scaling';
import { checkBudget, measureTarget, ownContentCode, readBudget } from './sizes';
import { measureMoves, SPEECH_SIZES } from './speech';

/** Speech costs in node (jsdom) and in Chromium (the bench bundle in a blank page). */
async function measureSpeechCosts(bundle: string): Promise<Pick<BenchResults, 'speechNode' | 'speechBrowser'>> {
  log('speech…');
  const jsdomDoc = () => new JSDOM('<!doctype html><body></body>', { pretendToBeVisual: true }).window.document;
  const speechNode = {
    short: measureMoves(jsdomDoc(), SPEECH_SIZES.short, cpuClock),
    long: measureMoves(jsdomDoc(), SPEECH_SIZES.long, cpuClock),
  };
  const browser = await launchBenchBrowser();
  const page = await browser.newPage();
  await page.setContent('<!doctype html><body></body>');
  await page.evaluate(bundle);
  type Moves = { __qariBench: { moves(chars: number): ReturnType<typeof measureMoves> } };
  const moves = (chars: number) => page.evaluate((c) => (globalThis as unknown as Moves).__qariBench.moves(c), chars);
  const speechBrowser = { short: await moves(SPEECH_SIZES.short), long: await moves(SPEECH_SIZES.long) };
  await browser.close();
  return { speechNode, speechBrowser };
}

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const log = (line: string) => console.log(line);
const every = option('every', 1);

if (
  !existsSync(join(REPO_ROOT, 'dist/chrome/manifest.json')) ||
  !existsSync(join(REPO_ROOT, 'dist/test/manifest.json'))
) {
  log('building Qari (dist/ is missing)…');
  spawnSync('npx', ['tsx', 'scripts/build.ts', '--all'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** Time to the final look (Chromium) and Qari vs Firefox's Reader View, on the corpus sample and the article fixtures. */
async function measureFinalLook(): Promise<Pick<BenchResults, 'finalLook' | 'firefoxVsReader'>> {
  const articles = new Set(articleFixtures().map((name) => `fixture/${name}`));
  const sample = loadPages({ every: option('final-look-every', 9) }).filter(
    (p) => !p.name.startsWith('fixture/') || articles.has(p.name),
  );
  const out: Pick<BenchResults, 'finalLook' | 'firefoxVsReader'> = {};
  if (!flag('no-final-look')) {
    log(`time to final look, Chromium: ${sample.length} pages…`);
    out.finalLook = await measureChromiumFinalLook(sample, log);
  }
  if (!flag('no-firefox')) {
    const rounds = option('firefox-rounds', 3);
    log(`Qari vs Firefox's Reader View: ${sample.length} pages × ${rounds} rounds…`);
    out.firefoxVsReader = { rounds, rows: await measureFirefoxVsReader(sample, rounds, log) };
  }
  return out;
}

/** Whether the final-look sections measured anything at all (else the bench could not measure: exit non-zero). */
function finalLookMeasured(r: BenchResults): boolean {
  const chromium = !r.finalLook || r.finalLook.some((row) => row.cold);
  const firefox =
    !r.firefoxVsReader ||
    r.firefoxVsReader.rows.some((row) => row.qari.some(Boolean) && row.firefox.some((v) => v !== null));
  return chromium && firefox;
}

const dir = join(REPO_ROOT, 'bench/results');
if (flag('final-look-only')) {
  const previous = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as BenchResults;
  const now = new Date().toISOString();
  Object.assign(
    previous,
    await measureFinalLook(),
    flag('no-final-look') ? {} : { finalLookDate: now },
    flag('no-firefox') ? {} : { firefoxDate: now },
  );
  writeFileSync(join(dir, 'bench.json'), JSON.stringify(previous, null, 2) + '\n');
  writeReport(join(dir, 'bench.md'), previous);
  log('rewrote bench/results/bench.md');
  process.exit(finalLookMeasured(previous) ? 0 : 1);
}
if (flag('long-tasks-only')) {
  const previous = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as BenchResults;
  previous.longTasks =
    (await measureLongTasks(articlePage(20_000), 20_000, await buildBenchBundle(), log)) ?? undefined;
  previous.longTasksDate = new Date().toISOString();
  writeFileSync(join(dir, 'bench.json'), JSON.stringify(previous, null, 2) + '\n');
  writeReport(join(dir, 'bench.md'), previous);
  log('rewrote bench/results/bench.md');
  process.exit(previous.longTasks ? 0 : 1);
}
if (flag('speech-only') || flag('report-only')) {
  const previous = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as BenchResults;
  if (flag('speech-only')) Object.assign(previous, await measureSpeechCosts(await buildBenchBundle()));
  writeFileSync(join(dir, 'bench.json'), JSON.stringify(previous, null, 2) + '\n');
  writeReport(join(dir, 'bench.md'), previous);
  log('rewrote bench/results/bench.md');
  process.exit(0);
}

const results: BenchResults = { date: new Date().toISOString(), every, node: process.version };
// A final-look section skipped this run is carried over from the last bench.json, dated as measured then.
if ((flag('no-final-look') || flag('no-firefox')) && existsSync(join(dir, 'bench.json'))) {
  const previous = JSON.parse(readFileSync(join(dir, 'bench.json'), 'utf8')) as BenchResults;
  if (flag('no-final-look') && previous.finalLook)
    Object.assign(results, { finalLook: previous.finalLook, finalLookDate: previous.finalLookDate ?? previous.date });
  if (flag('no-firefox') && previous.firefoxVsReader)
    Object.assign(results, {
      firefoxVsReader: previous.firefoxVsReader,
      firefoxDate: previous.firefoxDate ?? previous.date,
    });
}

log('sizes…');
const targets = (['chrome', 'firefox'] as const).map(measureTarget).filter((t) => t !== null);
const own = await ownContentCode();
results.sizes = { targets, own, budget: checkBudget(readBudget(), targets, own) };

const pages = loadPages({ every });
if (!flag('no-browser')) {
  const bundle = await buildBenchBundle();
  log(`browser: ${pages.length} pages…`);
  results.browser = await measureBrowser(pages, bundle, option('rounds', 4), log);
  Object.assign(results, await measureSpeechCosts(bundle));
  if (!flag('no-scaling')) results.scalingBrowser = await measureBrowserScaling(SCALING_SIZES, bundle, log);
  if (!flag('no-scaling'))
    results.longTasks = (await measureLongTasks(articlePage(20_000), 20_000, bundle, log)) ?? undefined;
  if (!flag('no-final-look') || !flag('no-firefox')) Object.assign(results, await measureFinalLook());
  log('reader view timing…');
  results.reader = await measureReader(articleFixtures(), bundle, log);
}
if (!flag('no-scaling')) {
  log('scaling (node)…');
  // jsdom moves nodes in O(n²) in one pipeline step (see findings), so node stops at 5k paragraphs by default.
  results.scaling = measureScaling(
    SCALING_SIZES.filter((n) => n <= option('node-max-paragraphs', 5_000)),
    log,
  );
}
if (!flag('no-node')) {
  const nodePages = loadPages({ every: every * option('node-every', 4) });
  log(`node: ${nodePages.length} pages…`);
  results.nodeRows = measureNode(nodePages, option('rounds', 2), log);
}
if (!flag('no-profile')) {
  log('profiling (node --cpu-prof)…');
  results.profiles = [profilePipeline(['corpus', String(every * 8)]), profilePipeline(['long', '5000'])];
}

mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
writeReport(join(dir, 'bench.md'), results);
const over = results.sizes.budget.filter((c) => !c.ok);
log(
  `wrote bench/results/bench.md and bench.json${over.length ? `; OVER BUDGET: ${over.map((c) => `${c.key} (${c.target})`).join(', ')}` : ''}`,
);
if (!finalLookMeasured(results)) log('could not measure the time to the final look');
// Over budget or a target missed is a finding (marked ❌ in the report), not a failure of the bench.
process.exit(finalLookMeasured(results) ? 0 : 1);
