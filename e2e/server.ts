/**
 * A local page server for fixtures: `/pages/<name>/...` serves test/fixtures/pages/<name>/..., with the extra
 * response headers of that fixture's `headers.json` (e.g. a strict CSP). Every request is recorded, so tests
 * can assert that nothing reached a tracking or `javascript:` URL. `/slow/<name>/` serves the same page in two
 * parts: everything up to the end of its first paragraph at once, the rest only when the test calls
 * `release()` (so a test can act while the page is still loading, without sleeping).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = resolve(import.meta.dirname, '../test/fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

export interface PageServer {
  origin: string;
  /** URL of a fixture page (its source.html). */
  page(name: string): string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** URL of a fixture page served slowly (see `release`). */
  slowPage(name: string): string;
  /** Send the rest of every slow page still held back. */
  release(): void;
  close(): Promise<void>;
}

function fixtureHeaders(name: string): Record<string, string> {
  const file = join(PAGES_DIR, name, 'headers.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

export async function startServer(port = 0): Promise<PageServer> {
  const requests: string[] = [];
  const held: (() => void)[] = [];
  const release = () => held.splice(0).forEach((send) => send());
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const slow = /^\/slow\/([\w-]+)\/$/.exec(url.pathname);
    if (slow && existsSync(join(PAGES_DIR, slow[1]!, 'source.html'))) {
      const html = readFileSync(join(PAGES_DIR, slow[1]!, 'source.html'), 'utf8');
      const cut = html.indexOf('</p>') + 4;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.write(html.slice(0, cut > 3 ? cut : html.length / 2));
      held.push(() => res.end(html.slice(cut > 3 ? cut : html.length / 2)));
      return;
    }
    const match = /^\/pages\/([\w-]+)\/(.*)$/.exec(url.pathname);
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/pages/seed-ar/' }).end();
      return;
    }
    if (!match) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const [, name, rest] = match as unknown as [string, string, string];
    const relative = normalize(decodeURIComponent(rest || 'source.html'));
    const file = join(PAGES_DIR, name, relative);
    if (!file.startsWith(join(PAGES_DIR, name)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    res.writeHead(200, extname(file) === '.html' ? { ...headers, ...fixtureHeaders(name) } : headers);
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    page: (name) => `${origin}/pages/${name}/`,
    slowPage: (name) => `${origin}/slow/${name}/`,
    release,
    requests,
    close: () => {
      release();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
