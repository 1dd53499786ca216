/**
 * What `bench/profile.ts` runs under `node --cpu-prof`: Qari's pipeline only (no plain Readability), on the
 * corpus (`corpus [every]`) or on one synthetic page (`long <paragraphs>`).
 */
import { runPipelineInNode } from '../cli/node-pipeline';
import { loadPages } from './corpus';
import { articlePage } from './generate';
import { jsdomFor } from './node-extraction';

const [what = 'corpus', arg = '4'] = process.argv.slice(2);
const pages =
  what === 'long'
    ? [{ name: 'long', url: 'https://example.com/long', html: articlePage(Number(arg)) }]
    : loadPages({ every: Number(arg) });
for (const page of pages) {
  const dom = jsdomFor(page.html, page.url);
  try {
    runPipelineInNode(dom.window.document, dom.window as unknown as Window);
  } catch {
    // Failures are the fuzz suite's business; here only time matters.
  }
  dom.window.close();
}
