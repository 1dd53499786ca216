/**
 * Sizes of the shipped scripts (dist/chrome and dist/firefox, as built by `npm run build`), raw and gzip,
 * against bench/budget.json: the content script, the popup's and the background's script graphs (entry plus
 * the chunks it imports), and all scripts together; plus our own code's share of the content script (the
 * same entry built again with Readability and DOMPurify left out).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { REPO_ROOT } from './corpus';

export const BUDGET_FILE = join(REPO_ROOT, 'bench/budget.json');
export const BUDGET_KEYS = ['contentScript', 'contentScriptOwnCode', 'popup', 'background', 'allScripts'] as const;
export type BudgetKey = (typeof BUDGET_KEYS)[number];
export interface Size {
  raw: number;
  gzip: number;
}
export type Budget = Record<BudgetKey, Size>;

export function readBudget(): Budget {
  return JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as Budget;
}

const sizeOf = (code: Buffer | string): Size => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
});

function sum(sizes: Size[]): Size {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A script and every local chunk it imports, transitively. */
function graph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
    graph(join(dirname(file), match[1]!), seen);
  return seen;
}

export interface TargetSizes {
  target: string;
  files: { file: string; raw: number; gzip: number }[];
  /** Budgeted groups, plus the speech script (injected on first use; not part of the content script's budget). */
  groups: Omit<Record<BudgetKey, Size>, 'contentScriptOwnCode'> & { speechScript: Size };
}

export function measureTarget(target: 'chrome' | 'firefox'): TargetSizes | null {
  const root = join(REPO_ROOT, 'dist', target);
  if (!existsSync(join(root, 'manifest.json'))) return null;
  const scripts = walk(root).filter((f) => f.endsWith('.js'));
  const size = new Map(scripts.map((f) => [f, sizeOf(readFileSync(f))]));
  const group = (files: Iterable<string>) => sum([...files].map((f) => size.get(f) ?? { raw: 0, gzip: 0 }));
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    background: { service_worker?: string; scripts?: string[] };
    action: { default_popup: string };
  };
  const popupHtml = readFileSync(join(root, manifest.action.default_popup), 'utf8');
  const popupEntries = [...popupHtml.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((m) => join(root, m[1]!));
  const background = manifest.background.service_worker ?? manifest.background.scripts?.[0] ?? '';
  const content = scripts.filter((f) => /content-script[^/]*\.js$/.test(f));
  const speech = scripts.filter((f) => /speech-script[^/]*\.js$/.test(f));
  return {
    target,
    files: scripts.map((f) => ({ file: relative(root, f), ...size.get(f)! })).sort((a, b) => b.raw - a.raw),
    groups: {
      contentScript: group(content),
      speechScript: group(speech),
      popup: group(popupEntries.flatMap((e) => [...graph(e)])),
      background: group(graph(join(root, background))),
      allScripts: group(scripts),
    },
  };
}

/** The content script without its three libraries: what our own code weighs. */
export async function ownContentCode(): Promise<Size> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(REPO_ROOT, 'src/content/content-script.ts'), formats: ['es'] },
      rollupOptions: { external: ['@mozilla/readability', 'dompurify'] },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const chunks = (Array.isArray(out) ? out[0]! : out).output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  return sum(chunks.map((c) => sizeOf(c.code)));
}

export interface BudgetCheck {
  key: BudgetKey;
  target: string;
  actual: Size;
  budget: Size;
  ok: boolean;
}

export function checkBudget(budget: Budget, targets: TargetSizes[], own: Size): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const add = (key: BudgetKey, target: string, actual: Size) =>
    checks.push({
      key,
      target,
      actual,
      budget: budget[key],
      ok: actual.raw <= budget[key].raw && actual.gzip <= budget[key].gzip,
    });
  const budgeted = BUDGET_KEYS.filter(
    (key): key is Exclude<BudgetKey, 'contentScriptOwnCode'> => key !== 'contentScriptOwnCode',
  );
  for (const t of targets) for (const key of budgeted) add(key, t.target, t.groups[key]);
  add('contentScriptOwnCode', 'any', own);
  return checks;
}
