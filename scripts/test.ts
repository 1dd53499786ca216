/**
 * `npm test`: typecheck, lint, dead code, formatting, unit + jsdom tests, builds, then the real-browser tests. Every step runs even
 * when an earlier one fails (except browser tests, which need the builds). Prints the per-step outcome and a
 * last line `N passed, N failed` (tests counted from vitest's JSON reports; other steps count one each), and
 * exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  cmd: string[];
  /** vitest JSON report written by this step, if any. */
  report?: string;
  needs?: string[];
  /** Environment for this step, over the inherited one. */
  env?: Record<string, string>;
}

const vitest = (project: string[], report: string): string[] => [
  'npx',
  'vitest',
  'run',
  ...project.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
];

const STEPS: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'dead code (knip)', cmd: ['npx', 'knip'] },
  { name: 'format (prettier --check)', cmd: ['npx', 'prettier', '--check', '--log-level=warn', '.'] },
  // The fuzzer at a fixed seed and 300 pages (its default is 20, for the inner loop; `npm run fuzz` runs thousands).
  {
    name: 'unit + dom tests',
    cmd: vitest(['unit', 'dom'], 'out/test-unit.json'),
    report: 'out/test-unit.json',
    env: { FUZZ_SEED: '20261129', FUZZ_PAGES: '300' },
  },
  { name: 'build', cmd: ['npx', 'tsx', 'scripts/build.ts', '--all'] },
  { name: 'web-ext lint', cmd: ['npx', 'tsx', 'scripts/lint-extension.ts'], needs: ['build'] },
  { name: 'browser tests', cmd: vitest(['e2e'], 'out/test-e2e.json'), report: 'out/test-e2e.json', needs: ['build'] },
  {
    name: 'firefox tests',
    cmd: vitest(['firefox'], 'out/test-firefox.json'),
    report: 'out/test-firefox.json',
    needs: ['build'],
  },
];

mkdirSync('out', { recursive: true });
let passed = 0;
let failed = 0;
const outcome = new Map<string, boolean>();
const lines: string[] = [];

for (const step of STEPS) {
  const blocked = (step.needs ?? []).find((need) => outcome.get(need) === false);
  if (blocked) {
    failed += 1;
    outcome.set(step.name, false);
    lines.push(`✗ ${step.name} (not run: ${blocked} failed)`);
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  if (step.report) rmSync(step.report, { force: true });
  const run = spawnSync(step.cmd[0]!, step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...step.env },
  });
  const ok = run.status === 0;
  outcome.set(step.name, ok);
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    passed += report.numPassedTests;
    // A suite that fails to load reports no failed test; count it so the total cannot look green.
    const failures = report.numFailedTests || (ok ? 0 : 1);
    failed += failures;
    lines.push(`${ok ? '✓' : '✗'} ${step.name}: ${report.numPassedTests} passed, ${failures} failed`);
  } else {
    if (ok) passed += 1;
    else failed += 1;
    lines.push(`${ok ? '✓' : '✗'} ${step.name}`);
  }
}

console.log('\n━━ summary ━━');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
