/** `npm run extract`: the JSON it prints, its exit codes and one-line messages, `--jsonl` over many files. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { main, parsePageList, USAGE } from '../../../cli/main';

// Each case runs the whole pipeline in jsdom: slow on a busy machine, never a timing assertion.
vi.setConfig({ testTimeout: 60_000 });

const ROOT = resolve(import.meta.dirname, '../../..');
const page = (name: string): string => join(ROOT, 'test/fixtures/pages', name, 'source.html');

async function run(...argv: string[]) {
  return runWithStdin('', ...argv);
}

async function runWithStdin(stdin: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), stdin: () => stdin });
  return { code, out, err };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qari-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract FILE', () => {
  it('prints one JSON object with the article fields', async () => {
    const { code, out, err } = await run(page('seed-ar'), '--url', 'https://www.radiosawa.com/a/1582043.html');
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0]!) as Record<string, unknown> & { utterances: object[] };
    for (const key of [
      'title',
      'byline',
      'siteName',
      'publishedTime',
      'lang',
      'dir',
      'excerpt',
      'text',
      'html',
      'wordCount',
      'readingMinutes',
      'utterances',
    ]) {
      expect(json).toHaveProperty(key);
    }
    expect(json.lang).toBe('ar');
    expect(json.dir).toBe('rtl');
    expect(json.source).toBe('راديو سوا/وكالات');
    expect(json.html).toContain('src="https://www.radiosawa.com/a/img/earnest.svg"');
    expect(Object.keys(json.utterances[0]!).sort()).toEqual(['lang', 'text']);
  });

  it('exits 2 with one line "No article found…" and prints nothing for a page without an article', async () => {
    const { code, out, err } = await run(page('no-article'));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^No article found/);
  });

  it('exits 1 with one line for an unreadable file, a directory, or bad arguments', async () => {
    for (const argv of [
      [join(dir, 'missing.html')],
      [dir],
      [],
      ['a.html', 'b.html'],
      [page('he'), '--url', 'not a url'],
    ]) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).not.toMatch(/\n|\bat .*:\d+:\d+/);
    }
    expect((await run()).err[0]).toBe(USAGE);
  });

  it('still extracts a page whose stylesheet jsdom cannot parse', async () => {
    const html = readFileSync(page('en-plain'), 'utf8').replace(
      '</head>',
      '<style>.x{min-height:calc(($a - $b - 16px) / 16 * 9)}</style></head>',
    );
    expect(() => new JSDOM(html)).toThrow();
    const file = join(dir, 'bad-css.html');
    writeFileSync(file, html);
    const { code, out } = await run(file);
    expect(code).toBe(0);
    expect((JSON.parse(out[0]!) as { title: string }).title).toContain('Bempton Point lighthouse');
  });
});

describe('extract --jsonl FILE...', () => {
  it('prints one line per file, reads .html.gz, reports errors in the line, and exits 0', async () => {
    const gz = join(dir, 'he.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(page('he'))));
    const files = [page('fa-nolang'), gz, page('no-article'), join(dir, 'missing.html')];
    const { code, out, err } = await run('--jsonl', ...files);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const lines = out.map((l) => JSON.parse(l) as { file: string; lang?: string; error?: string });
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0]!.lang).toBe('fa');
    expect(lines[1]!.lang).toBe('he');
    expect(lines[2]!.error).toMatch(/^No article found/);
    expect(lines[3]!.error).toMatch(/^No such file/);
  });

  it('lets the event loop turn after every page (jsdom frees a closed window only then)', async () => {
    let turned = false;
    const seen: boolean[] = [];
    await main(['--jsonl', page('fa-nolang'), page('he')], {
      out: () => {
        seen.push(turned);
        turned = false;
        setImmediate(() => (turned = true));
      },
      err: () => {},
    });
    expect(seen).toEqual([false, true]);
  });
});

describe('extract --jsonl --pages LIST', () => {
  const SAWA = 'https://www.radiosawa.com/a/1582043.html';

  it('parses FILE, FILE<TAB>URL and FILE URL lines, skipping blanks and comments', () => {
    const list = `# pages\n\na.html\nb c.html\t${SAWA}\nd.html   ${SAWA}\ne f.html\ng.html\tnot a url\r\n`;
    expect(parsePageList(list)).toEqual([
      { file: 'a.html' },
      { file: 'b c.html', url: SAWA },
      { file: 'd.html', url: SAWA },
      { file: 'e f.html' },
      { file: 'g.html', url: 'not a url' },
    ]);
  });

  it('loads each page at its listed URL (from a list file or stdin), at its file:// URL when none is listed', async () => {
    const listFile = join(dir, 'pages.txt');
    const list = `${page('seed-ar')}\t${SAWA}\n${page('seed-ar')}\n${page('he')}\tnot a url\n`;
    writeFileSync(listFile, list);
    for (const [stdin, argv] of [
      ['', ['--jsonl', '--pages', listFile]],
      [list, ['--jsonl', '--pages', '-']],
    ] as const) {
      const { code, out, err } = await runWithStdin(stdin, ...argv);
      expect(code).toBe(0);
      expect(err).toEqual([]);
      const lines = out.map((l) => JSON.parse(l) as { file: string; url?: string; html?: string; error?: string });
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatchObject({ file: page('seed-ar'), url: SAWA });
      expect(lines[0]!.html).toContain('src="https://www.radiosawa.com/a/img/earnest.svg"');
      expect(lines[1]).not.toHaveProperty('url');
      expect(lines[1]!.html).not.toContain('https://www.radiosawa.com/a/img/earnest.svg');
      expect(lines[2]).toEqual({ file: page('he'), url: 'not a url', error: 'Not a URL: not a url' });
    }
  });

  it('rejects a missing or unreadable list, and files given with a list', async () => {
    for (const argv of [
      ['--jsonl', '--pages'],
      ['--jsonl', '--pages', join(dir, 'none.txt')],
      ['--jsonl', '--pages', '-', page('he')],
    ]) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
    }
  });
});

describe('extract --encoding LABEL', () => {
  it('decodes with the given encoding instead of the page’s own declaration, and rejects an unknown label', async () => {
    const html = readFileSync(page('he'), 'utf8').replace(/<meta charset="utf-8">/i, '<meta charset="windows-1255">');
    const file = join(dir, 'he-mislabelled.html');
    writeFileSync(file, html);
    const sniffed = JSON.parse((await run(file)).out[0]!) as { text: string };
    const given = JSON.parse((await run('--encoding', 'utf-8', file)).out[0]!) as { text: string; lang: string };
    expect(sniffed.text).not.toMatch(/[\u05d0-\u05ea]/);
    expect(given.text).toMatch(/[\u05d0-\u05ea]/);
    expect(given.lang).toBe('he');
    const bad = await run('--encoding', 'klingon', file);
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/^Unknown encoding: klingon\./);
  });
});

describe('npm run --silent extract', () => {
  it('runs from the command line with exit codes and no stack traces', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const ok = cli(page('ur'));
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { lang: string }).lang).toBe('ur');
    const none = cli(page('no-article'));
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
