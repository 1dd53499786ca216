/**
 * `npm run package`: store-ready packages in dist/packages/, named with the version from package.json:
 *   qari-chrome-<version>.zip    the Chrome Web Store upload (dist/chrome)
 *   qari-firefox-<version>.zip   the addons.mozilla.org upload (dist/firefox, zipped by `web-ext build`)
 *   qari-source-<version>.zip    the source archive AMO asks for (`git archive` of HEAD; BUILDING.md inside
 *                                says how to rebuild the Firefox package from it)
 * Builds first, and refuses to package a build that fails `web-ext lint`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const OUT = 'dist/packages';

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm run package: "${cmd} ${args.join(' ')}" failed.`);
    process.exit(1);
  }
}

function gitClean(): boolean {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' });
  if (status.status !== 0) {
    console.error('npm run package: the source archive is made with git; run it in a git checkout of Qari.');
    process.exit(1);
  }
  return status.stdout.trim() === '';
}

const version = pkg.version;
run('npx', ['tsx', 'scripts/build.ts']);
run('npx', ['tsx', 'scripts/lint-extension.ts']);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const files = {
  chrome: `qari-chrome-${version}.zip`,
  firefox: `qari-firefox-${version}.zip`,
  source: `qari-source-${version}.zip`,
};
for (const target of ['chrome', 'firefox'] as const) {
  run('npx', [
    'web-ext',
    'build',
    '--source-dir',
    `dist/${target}`,
    '--artifacts-dir',
    OUT,
    '--filename',
    files[target],
    '--overwrite-dest',
    '--no-config-discovery',
  ]);
}
if (!gitClean())
  console.warn('npm run package: uncommitted changes are NOT in the source archive (it is made from HEAD).');
run('git', ['archive', '--format=zip', `--prefix=qari-${version}/`, '-o', join(OUT, files.source), 'HEAD']);

console.log('\nPackages:');
for (const name of Object.values(files)) {
  const path = join(OUT, name);
  if (!existsSync(path)) {
    console.error(`missing ${path}`);
    process.exit(1);
  }
  console.log(`  ${path}  ${(statSync(path).size / 1024).toFixed(1)} KiB`);
}
