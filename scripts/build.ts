/**
 * Build the shipped Chrome and Firefox extensions, or the test builds (`--test`: Chrome and Firefox test
 * builds), or all four (`--all`), or the targets named (`chrome test`), with vite + crxjs.
 *
 * Quiet: one line per target. crxjs builds the content script in a vite build of its own, which prints its
 * progress and, under vite 8, a warning about an option crxjs sets and rolldown ignores (`inlineDynamicImports`
 * with `codeSplitting: false`); neither says anything a reader of the build can act on, so those lines are
 * dropped. Every other line, and every error, is printed as it comes.
 */
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { build } from 'vite';
import { TARGETS, type Target } from '../manifest.config.ts';

/** crxjs's own progress lines and the warning above (matched without their colour codes). */
const NOISE = [
  /\[crx:content-scripts-iife\]/,
  /^\s*✓ content-script\.ts → /,
  /inlineDynamicImports option is ignored because codeSplitting: false is set/,
];

const isNoise = (text: string) => NOISE.some((pattern) => pattern.test(stripVTControlCharacters(text)));

/** Run `work` with the known noise filtered out of console.log/warn and of stdout/stderr writes. */
async function withoutNoise<T>(work: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((stream) => stream.write);
  const quiet =
    (print: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (!isNoise(args.map(String).join(' '))) print(...args);
    };
  console.log = quiet(log);
  console.warn = quiet(warn);
  streams.forEach((stream, i) => {
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      typeof chunk === 'string' && isNoise(chunk)
        ? true
        : (writes[i] as (...a: unknown[]) => boolean).call(stream, chunk, ...rest)) as typeof stream.write;
  });
  try {
    return await work();
  } finally {
    console.log = log;
    console.warn = warn;
    streams.forEach((stream, i) => (stream.write = writes[i]!));
  }
}

export async function buildTargets(targets: readonly Target[]): Promise<void> {
  for (const mode of targets) {
    await withoutNoise(() => build({ mode, logLevel: 'warn' }));
    console.log(`built dist/${mode}/`);
  }
}

export function targetsFromArgs(args: readonly string[]): Target[] {
  const named = args.filter((arg): arg is Target => (TARGETS as readonly string[]).includes(arg));
  if (named.length) return named;
  if (args.includes('--all')) return [...TARGETS];
  if (args.includes('--test')) return ['test', 'firefox-test'];
  return ['chrome', 'firefox'];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildTargets(targetsFromArgs(process.argv.slice(2)));
}
