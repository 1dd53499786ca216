/** `web-ext lint` on both shipped builds; fails on any error, and on warnings that come from our own files. */
import { spawnSync } from 'node:child_process';

let failed = false;
for (const target of ['chrome', 'firefox']) {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', `dist/${target}`, '--output', 'json', '--no-config-discovery', ...(target === 'chrome' ? ['--self-hosted'] : [])], { encoding: 'utf8' });
  let report: { errors: { code: string; message: string; file?: string }[]; warnings: { code: string; message: string; file?: string }[] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`web-ext lint gave no report for dist/${target}:\n${run.stdout}\n${run.stderr}`);
    failed = true;
    continue;
  }
  const errors = report.errors;
  console.log(`dist/${target}: ${errors.length} errors, ${report.warnings.length} warnings`);
  for (const w of report.warnings) console.log(`  warning ${w.code} ${w.file ?? ''}: ${w.message}`);
  for (const e of errors) console.log(`  ERROR ${e.code} ${e.file ?? ''}: ${e.message}`);
  if (errors.length) failed = true;
}
process.exit(failed ? 1 : 0);
