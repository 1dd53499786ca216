/**
 * `npm run fuzz`: the pipeline fuzzer (test/dom/extract/fuzz.test.ts) at full size, FUZZ_PAGES pages (default
 * 3 000) from a fresh random seed each run (FUZZ_SEED to replay one); the seed is printed first and in every
 * failure. Not part of `npm test`, which runs a fixed seed with 300 pages. Extra arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const pages = process.env.FUZZ_PAGES ?? '3000';
console.log(`fuzz: ${pages} pages, seed ${seed} (replay: FUZZ_SEED=${seed} FUZZ_PAGES=${pages} npm run fuzz)`);
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'dom', 'test/dom/extract/fuzz.test.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_PAGES: pages },
  },
);
process.exit(run.status ?? 1);
