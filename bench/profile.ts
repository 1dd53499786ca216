/**
 * Profile Qari's pipeline in node: run bench/profile-target.ts under `node --cpu-prof`, then sum the profile's
 * self time by package (Readability, DOMPurify, jsdom and its parsers, Qari's own code) and by function.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './corpus';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  target: string;
  totalMs: number;
  byPackage: { name: string; ms: number; share: number }[];
  byFunction: { name: string; where: string; ms: number; share: number }[];
  /**
   * Time charged to the innermost caller that is Readability, DOMPurify or a Qari module (jsdom's own work
   * goes to whoever asked for it), by file and function.
   */
  byOwner: { name: string; ms: number; share: number }[];
}

const OWNERS = /(@mozilla\/readability|dompurify|\/src\/[^/]+\/[^/]+\.ts)/;

function ownerOf(frame: ProfileNode['callFrame']): string | null {
  const match = OWNERS.exec(frame.url);
  if (!match) return null;
  const file = match[1]!.replace(/^\//, '');
  return file.startsWith('src/') ? `${file} ${frame.functionName || '(anonymous)'}` : file;
}

/** Which package a script URL belongs to. */
export function packageOf(url: string): string {
  if (!url) return '(native / GC / idle)';
  if (url.startsWith('node:')) return 'node';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  const own = /\/(src\/[^/]+)\//.exec(url);
  if (own) return own[1]!;
  return /\/bench\//.test(url) ? 'bench' : 'other';
}

function shortWhere(url: string, line: number): string {
  const rel = url
    .replace(/^file:\/\//, '')
    .replace(REPO_ROOT + '/', '')
    .replace(/^node_modules\//, '');
  return `${rel}:${line + 1}`;
}

export function summarizeProfile(profile: CpuProfile, target: string, top = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const ownerCache = new Map<number, string>();
  const owner = (id: number): string => {
    const cached = ownerCache.get(id);
    if (cached) return cached;
    const own = ownerOf(byId.get(id)!.callFrame);
    const up = parent.get(id);
    const found = own ?? (up === undefined ? '(outside the pipeline)' : owner(up));
    ownerCache.set(id, found);
    return found;
  };
  const owners = new Map<string, number>();
  const packages = new Map<string, number>();
  const functions = new Map<string, { where: string; ms: number }>();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    total += ms;
    const pkg = packageOf(frame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    const who = owner(id);
    owners.set(who, (owners.get(who) ?? 0) + ms);
    const key = `${frame.functionName || '(anonymous)'}@${frame.url}:${frame.lineNumber}`;
    const entry = functions.get(key) ?? { where: `${pkg}: ${shortWhere(frame.url, frame.lineNumber)}`, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  return {
    target,
    totalMs: total,
    byPackage: [...packages].map(([name, ms]) => ({ name, ms, share: ms / total })).sort((a, b) => b.ms - a.ms),
    byFunction: [...functions]
      .map(([key, { where, ms }]) => ({ name: key.split('@')[0]!, where, ms, share: ms / total }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
    byOwner: [...owners]
      .map(([name, ms]) => ({ name, ms, share: ms / total }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}

/** Run the pipeline under the profiler (`args` as for profile-target.ts) and summarize the profile. */
export function profilePipeline(args: string[]): ProfileSummary {
  const dir = join(REPO_ROOT, 'out/profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', join(REPO_ROOT, 'bench/profile-target.ts'), ...args],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  if (run.status !== 0) throw new Error(`profiling ${args.join(' ')} failed`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  // tsx runs its loader in a worker thread, which writes its own profile: take the one that ran the pipeline.
  const profiles = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
  const main = profiles.find((p) => p.nodes.some((n) => /\/src\/(content|extract)\//.test(n.callFrame.url)));
  if (!main) throw new Error('no profile of the pipeline was written');
  return summarizeProfile(main, args.join(' '));
}
