/**
 * A local page server for fixtures: `/pages/<name>/...` serves test/fixtures/pages/<name>/..., with the extra
 * response headers of that fixture's `headers.json` (e.g. a strict CSP). Every request is recorded, so tests
 * can assert that nothing reached a tracking or `javascript:` URL.
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
  close(): Promise<void>;
}

function fixtureHeaders(name: string): Record<string, string> {
  const file = join(PAGES_DIR, name, 'headers.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

export async function startServer(port = 0): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
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
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
