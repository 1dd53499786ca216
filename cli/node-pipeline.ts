/**
 * How node (jsdom) runs Qari's pipeline: the browser's defaults replaced where jsdom needs it — a light style
 * cascade instead of its slow `getComputedStyle`, and a document clone that survives what jsdom refuses to clone.
 */
import { runPipeline, type PipelineOptions, type PipelineResult } from '../src/extract/pipeline';
import { SAFE_BASE } from '../src/extract/prepare';
import type { StyleOf } from '../src/extract/style-probe';
import { lightCascade } from './light-cascade';

/** The base URL links in the clone resolve against once unsafe `<base>`s are gone: the first safe one, else the page's URL. */
function safeBaseURL(doc: Document): string {
  const href = [...doc.querySelectorAll('base[href]')]
    .map((b) => b.getAttribute('href') ?? '')
    .find((h) => SAFE_BASE.test(h));
  try {
    return new URL(href?.trim() ?? doc.URL, doc.URL).href;
  } catch {
    return doc.URL;
  }
}

/**
 * A deep copy of `doc`. jsdom refuses to clone some documents a browser clones fine (a doctype whose name is
 * not a QName, as in `<!DOCTYPE: …>`, throws InvalidCharacterError): then copy the element tree alone into a
 * new document of `win` (which has the page's URL when `win` is the page's window) — the same elements in the
 * same order, so the lockstep walk still lines up. Links resolve as in a true clone; when the new document's
 * URL is not the page's, a `<base>` makes them. A tree too deep for jsdom's recursion (RangeError) is not
 * retried: Readability would overflow on it the same way.
 */
export function cloneDocument(doc: Document, win: Window): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch (error) {
    if (error instanceof RangeError) throw error;
    const copy = new (win as unknown as typeof globalThis).DOMParser().parseFromString('', 'text/html');
    copy.documentElement.remove();
    if (doc.documentElement) copy.append(copy.importNode(doc.documentElement, true));
    const url = safeBaseURL(doc);
    if (copy.URL !== doc.URL && copy.head && SAFE_BASE.test(url)) {
      const base = copy.createElement('base');
      base.setAttribute('href', url);
      copy.head.prepend(base);
    }
    return copy;
  }
}

/** The light cascade for `doc`, or no styles at all when its style sheets cannot be read. */
function styleOfNode(doc: Document): StyleOf {
  try {
    return lightCascade(doc);
  } catch {
    return () => null;
  }
}

/** The pipeline options that adapt it to jsdom's window `win` (add your own on top). */
export function nodeOptions(doc: Document, win: Window, options: PipelineOptions = {}): PipelineOptions {
  return { styleOf: styleOfNode(doc), cloneDocument: (page) => cloneDocument(page, win), ...options };
}

/** `runPipeline` on a jsdom document. */
export function runPipelineInNode(doc: Document, win: Window, options: PipelineOptions = {}): PipelineResult {
  return runPipeline(doc, win, nodeOptions(doc, win, options));
}
