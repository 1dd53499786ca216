/** Extraction cost in node (jsdom, as `npm run extract` sees pages): Qari's pipeline vs plain Readability, per page. */
import { nodeOptions } from '../cli/node-pipeline';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { BenchPage } from './corpus';
import { timePair, type Clock, type PairTiming } from './measure';

/** CPU time of this process in ms: what the work cost, whatever else the machine is doing. */
export const cpuClock: Clock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export interface PageTiming extends PairTiming {
  name: string;
  bytes: number;
}

export function jsdomFor(html: string, url: string): JSDOM {
  // Pages' own console noise (CSS parse errors…) is not ours to report.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

export function measureNode(pages: readonly BenchPage[], rounds: number, log: (line: string) => void): PageTiming[] {
  const rows: PageTiming[] = [];
  pages.forEach((page, i) => {
    const dom = jsdomFor(page.html, page.url);
    const timing = timePair(
      dom.window.document,
      dom.window as unknown as Window,
      rounds,
      cpuClock,
      nodeOptions(dom.window.document, dom.window as unknown as Window),
    );
    dom.window.close();
    rows.push({ name: page.name, bytes: page.bytes, ...timing });
    if ((i + 1) % 20 === 0 || i + 1 === pages.length) log(`  node: ${i + 1}/${pages.length} pages`);
  });
  return rows;
}
