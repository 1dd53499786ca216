/** Build the shipped Chrome and Firefox extensions, or the test build (`--test`), with vite + crxjs. */
import { build } from 'vite';

const targets = process.argv.includes('--test') ? ['test'] : process.argv.includes('--all') ? ['chrome', 'firefox', 'test'] : ['chrome', 'firefox'];
for (const mode of targets) {
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode}/`);
}
