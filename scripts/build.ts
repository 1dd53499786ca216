/**
 * Build the shipped Chrome and Firefox extensions, or the test builds (`--test`: Chrome and Firefox test
 * builds), or all four (`--all`), with vite + crxjs.
 */
import { build } from 'vite';
import { TARGETS } from '../manifest.config.ts';

const targets = process.argv.includes('--test') ? ['test', 'firefox-test'] : process.argv.includes('--all') ? [...TARGETS] : ['chrome', 'firefox'];
for (const mode of targets) {
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode}/`);
}
