/**
 * Highlight the sentence (and, when boundary events are plausible, the word) being read, with the CSS Custom
 * Highlight API: ranges over the reader's text nodes, no DOM mutation. Where `CSS.highlights` is missing it
 * only scrolls. It keeps the sentence in view, unless the user has scrolled the previous one out of sight.
 */
import type { Utterance } from '../../text/sentences';
import { readingBlocks } from '../../extract/annotate';

export const SENTENCE_HIGHLIGHT = 'qari-sentence';
export const WORD_HIGHLIGHT = 'qari-word';

export const HIGHLIGHT_CSS = `
::highlight(${SENTENCE_HIGHLIGHT}) { background-color: color-mix(in srgb, var(--qari-accent, #0b57d0) 22%, transparent); color: inherit; }
::highlight(${WORD_HIGHLIGHT}) { background-color: color-mix(in srgb, var(--qari-accent, #0b57d0) 45%, transparent); color: inherit; text-decoration: underline; }
@media (forced-colors: active) {
  ::highlight(${SENTENCE_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
  ::highlight(${WORD_HIGHLIGHT}) { background-color: Mark; color: MarkText; }
}`;

/** A DOM range over `block`'s text nodes for the offsets [start, end) of its textContent; null if out of range. */
export function rangeInBlock(block: Element, start: number, end: number): Range | null {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

export class Highlighter {
  private current: Range | null = null;
  private readonly registry: HighlightRegistry | null;
  private readonly Highlight: HighlightCtor | null;
  /** The body's reading blocks, found once and kept until the body changes (a move is then an array lookup). */
  private blocks: Element[] | null = null;
  /** Watches the body for re-renders; its pending records are checked synchronously on each lookup. */
  private readonly observer: MutationObserver | null;

  constructor(
    private readonly body: HTMLElement,
    private readonly scroller: HTMLElement | null = null,
  ) {
    const win = body.ownerDocument.defaultView as
      (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor }) | null;
    this.registry = win?.CSS?.highlights ?? null;
    this.Highlight = win?.Highlight ?? null;
    const Observer = (win as (Window & typeof globalThis) | null)?.MutationObserver;
    this.observer = Observer ? new Observer(() => this.refresh()) : null;
    this.observer?.observe(body, { childList: true, subtree: true, characterData: true });
  }

  get supported(): boolean {
    return this.registry !== null && this.Highlight !== null;
  }

  /** Forget the reading blocks found so far (the body was re-rendered); the next lookup finds them afresh. */
  refresh(): void {
    this.blocks = null;
  }

  /** The reading blocks, numbered as the pipeline numbered them: cached while the body stays the same. */
  private readingBlocks(): Element[] {
    if (!this.observer) return readingBlocks(this.body);
    if (this.observer.takeRecords().length > 0) this.refresh();
    return (this.blocks ??= readingBlocks(this.body));
  }

  /** The reading block `index`. */
  block(index: number): Element | null {
    return this.readingBlocks()[index] ?? null;
  }

  /** Index of the reading block containing `node`, or -1. */
  blockOf(node: Node): number {
    return this.readingBlocks().findIndex((b) => b === node || b.contains(node));
  }

  sentence(u: Utterance | null): void {
    this.set(WORD_HIGHLIGHT, null);
    const block = u && this.block(u.block);
    const range = block ? rangeInBlock(block, u.start, u.end) : null;
    const follow = this.current === null || this.visible(this.current);
    this.current = range;
    this.set(SENTENCE_HIGHLIGHT, range);
    if (range && block && follow && !this.visible(range)) this.scrollTo(block);
  }

  /** Highlight the word at block offsets [start, end) of the current sentence's block. */
  word(u: Utterance, start: number, end: number): void {
    const block = this.block(u.block);
    this.set(WORD_HIGHLIGHT, block ? rangeInBlock(block, start, end) : null);
  }

  clear(): void {
    this.current = null;
    this.set(SENTENCE_HIGHLIGHT, null);
    this.set(WORD_HIGHLIGHT, null);
  }

  /** Clear the highlights and stop watching the body. */
  destroy(): void {
    this.clear();
    this.observer?.disconnect();
    this.blocks = null;
  }

  private set(name: string, range: Range | null): void {
    if (!this.registry || !this.Highlight) return;
    if (range) this.registry.set(name, new this.Highlight(range));
    else this.registry.delete(name);
  }

  /** Is the range (at least partly) inside the scroller's visible box? Unknown layout counts as visible. */
  private visible(range: Range): boolean {
    if (typeof range.getBoundingClientRect !== 'function') return true;
    const rect = range.getBoundingClientRect();
    const view = this.scroller?.getBoundingClientRect() ?? {
      top: 0,
      bottom: this.body.ownerDocument.defaultView?.innerHeight ?? 0,
    };
    if (rect.height === 0 && rect.top === 0 && rect.bottom === 0) return true;
    return rect.bottom > view.top && rect.top < view.bottom;
  }

  private scrollTo(block: Element): void {
    const reduce = block.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }
}
