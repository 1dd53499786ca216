/**
 * `web-ext lint` on both shipped builds. Fails on any error and on any warning that comes from our own code;
 * the known warnings below are explained and allowed, each matched narrowly (by code, file and the code
 * around it), so a new warning of the same kind from our code still fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Allowed {
  code: string;
  targets: string[];
  file?: string;
  /** The minified code around the finding must contain one of these (property names survive minifying). */
  around?: string[][];
  why: string;
}

const CONTENT_BUNDLE = 'src/content/content-script.js';
const ALLOWED: Allowed[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    targets: ['chrome', 'firefox'],
    file: CONTENT_BUNDLE,
    around: [
      // @mozilla/readability: restoring its own cached page between attempts, and unwrapping <noscript> images
      ['this._charThreshold', 'this._attempts'],
      ['this._isSingleImage'],
      // DOMPurify: parsing into an inert `template` document (its own sanitising path)
      ['createDocument(', 'documentElement.innerHTML'],
    ],
    why: "innerHTML inside @mozilla/readability and DOMPurify, bundled into the content script; both only write into detached documents, and Qari sanitises Readability's output with DOMPurify before showing it",
  },
  {
    code: 'BACKGROUND_SERVICE_WORKER_IGNORED',
    targets: ['chrome'],
    file: 'manifest.json',
    why: 'the Chrome build needs background.service_worker; it also carries background.scripts so Firefox could load it, and web-ext notes Firefox ignores the former',
  },
];

function around(target: string, finding: Finding): string {
  if (!finding.file || !finding.line) return '';
  const line = readFileSync(join('dist', target, finding.file), 'utf8').split('\n')[finding.line - 1] ?? '';
  const column = finding.column ?? 0;
  return line.slice(Math.max(0, column - 400), column + 200);
}

function allowedBy(target: string, finding: Finding): Allowed | undefined {
  return ALLOWED.find((rule) => {
    if (rule.code !== finding.code || !rule.targets.includes(target)) return false;
    if (rule.file && rule.file !== finding.file) return false;
    if (!rule.around) return true;
    const code = around(target, finding);
    return rule.around.some((needles) => needles.every((needle) => code.includes(needle)));
  });
}

let failed = false;
for (const target of ['chrome', 'firefox']) {
  const run = spawnSync(
    'npx',
    [
      'web-ext',
      'lint',
      '--source-dir',
      `dist/${target}`,
      '--output',
      'json',
      '--no-config-discovery',
      ...(target === 'chrome' ? ['--self-hosted'] : []),
    ],
    { encoding: 'utf8' },
  );
  let report: { errors: Finding[]; warnings: Finding[] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`web-ext lint gave no report for dist/${target}:\n${run.stdout}\n${run.stderr}`);
    failed = true;
    continue;
  }
  const ours = report.warnings.filter((w) => !allowedBy(target, w));
  console.log(
    `dist/${target}: ${report.errors.length} errors, ${report.warnings.length} warnings (${ours.length} ours)`,
  );
  for (const w of report.warnings) {
    const rule = allowedBy(target, w);
    console.log(
      `  ${rule ? 'allowed' : 'WARNING'} ${w.code} ${w.file ?? ''}${w.line ? `:${w.line}:${w.column}` : ''}: ${w.message}${rule ? ` — ${rule.why}` : ''}`,
    );
  }
  for (const e of report.errors) console.log(`  ERROR ${e.code} ${e.file ?? ''}: ${e.message}`);
  if (report.errors.length || ours.length) failed = true;
  // The shipped builds ask for no host access and declare no content scripts (see the README's permissions).
  const manifest = JSON.parse(readFileSync(join('dist', target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  for (const key of ['host_permissions', 'content_scripts', 'optional_host_permissions']) {
    if (key in manifest) {
      console.log(`  ERROR dist/${target}/manifest.json declares ${key}: shipped builds must not`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
