/**
 * SPA navigation with a stale <head>: after pushState and a new body, the title, byline, excerpt, published
 * time and lead image come from the page as it is now, not from the previous article's metadata; pages whose
 * canonical URL merely differs (AMP, slugs) keep theirs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDom } from '../../../cli/load';
import { runPipelineInNode } from '../../../cli/node-pipeline';
import { staleHead } from '../../../src/extract/stale-head';
import { PAGES } from '../fixture-pages';

const source = (name: string) => readFileSync(join(PAGES, name, 'source.html'), 'utf8');
const OG =
  '<meta property="og:url" content="http://127.0.0.1/pages/en-plain/"><meta property="og:image" content="http://127.0.0.1/pages/en-plain/lens.jpg">';

/** en-plain (with og:url and og:image added), then an SPA navigation to the Hebrew article that updates only the body and the title. */
function spaNavigated(): Window {
  const win = loadDom(
    source('en-plain').replace('<meta charset="utf-8">', `<meta charset="utf-8">${OG}`),
    'http://127.0.0.1/pages/en-plain/',
  ).window;
  const next = new win.DOMParser().parseFromString(source('he'), 'text/html');
  win.history.pushState({}, '', '/pages/en-plain/next-story');
  win.document.title = next.title;
  win.document.body.replaceWith(win.document.adoptNode(next.body));
  return win as unknown as Window;
}

const withEntry = (url: string | null) =>
  ({ performance: { getEntriesByType: () => (url ? [{ name: url }] : []) } }) as unknown as Window;

describe('stale head metadata after an SPA navigation', () => {
  it('takes the title, byline, excerpt, time and image from the page as it is now; keeps the site name', () => {
    const win = spaNavigated();
    const result = runPipelineInNode(win.document, win);
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    const a = result.article;
    expect(a.title).toBe('מפלס הכנרת עלה ביותר ממטר מאז תחילת החורף');
    expect(a.byline ?? '').not.toContain('Daniel Whitcombe');
    expect(a.excerpt ?? '').not.toContain('Bempton');
    // Not the previous article's time from the head: the Hebrew article's own <time datetime> in its body.
    expect(a.publishedTime).toBe('2026-02-18T09:15:00+02:00');
    expect(a.leadImage).toBeNull();
    expect(a.siteName).toBe('The Coastal Courier');
    expect(a.dir).toBe('rtl');
  });

  it('leaves an ordinary page alone: same path, or a canonical elsewhere for the same article', () => {
    const plain = loadDom(
      source('en-plain').replace('<meta charset="utf-8">', `<meta charset="utf-8">${OG}`),
      'http://127.0.0.1/pages/en-plain/',
    ).window;
    expect(staleHead(plain.document, withEntry(null))).toBe(false);
    const result = runPipelineInNode(plain.document, plain as unknown as Window);
    expect(result.kind === 'article' && result.article.byline).toContain('Daniel Whitcombe');
    const amp = loadDom(
      source('en-plain').replace('<meta charset="utf-8">', `<meta charset="utf-8">${OG}`),
      'http://127.0.0.1/amp/pages/en-plain/',
    ).window;
    expect(staleHead(amp.document, withEntry(null))).toBe(false);
  });

  it('without og:url or canonical, compares with the URL the document was loaded at', () => {
    const win = loadDom(source('en-plain'), 'http://127.0.0.1/pages/en-plain/').window;
    win.history.pushState({}, '', '/pages/en-plain/next-story');
    // Same article still shown: its title is in the body.
    expect(staleHead(win.document, withEntry('http://127.0.0.1/pages/en-plain/'))).toBe(false);
    win.document.body.innerHTML = '<h1>Another story</h1><p>Entirely different text.</p>';
    expect(staleHead(win.document, withEntry('http://127.0.0.1/pages/en-plain/'))).toBe(true);
    expect(staleHead(win.document, withEntry(null))).toBe(false);
  });
});
