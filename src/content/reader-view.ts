/**
 * The reader view: a dialog in an open shadow root on `#qari-root`, mounted inside <body>. The page stays in
 * the DOM, untouched but for `inert` on its top-level elements, so closing restores it exactly: scroll
 * position, form values, focus.
 */
import { t, uiLocale } from '../shared/i18n';
import type { Article } from './pipeline';
import { parseInert } from './pipeline';
import css from './reader.css?inline';

export const ROOT_ID = 'qari-root';

export interface ReaderViewHandlers {
  onClose(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: Partial<Record<string, string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Attach the stylesheet: constructable (works under a strict page CSP) with a <style> fallback. */
function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    shadow.append(el(doc, 'style', {}, css));
  }
}

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

export class ReaderView {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly dialog: HTMLElement;
  readonly toolbar: HTMLElement;
  /** Read-aloud hook: an empty toolbar section the tab controller fills with the speech controls. */
  readonly speechSlot: HTMLElement;
  readonly article: HTMLElement;
  readonly body: HTMLElement;
  private readonly inerted: Element[] = [];
  private readonly returnFocus: Element | null;
  private readonly scroll: { x: number; y: number };
  private closed = false;

  constructor(
    private readonly doc: Document,
    article: Article,
    private readonly handlers: ReaderViewHandlers,
  ) {
    const win = doc.defaultView!;
    this.returnFocus = doc.activeElement;
    this.scroll = { x: win.scrollX, y: win.scrollY };
    doc.getElementById(ROOT_ID)?.remove();

    this.host = el(doc, 'div', { id: ROOT_ID });
    this.shadow = this.host.attachShadow({ mode: 'open' });
    adoptStyles(this.shadow, doc);

    const ui = uiLocale();
    this.dialog = el(doc, 'div', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': t('readerView'), dir: ui.dir, lang: ui.lang, tabindex: '-1' });
    this.toolbar = el(doc, 'div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('readerToolbar') });
    const close = el(doc, 'button', { type: 'button', class: 'close' }, t('closeReader'));
    close.addEventListener('click', () => this.handlers.onClose());
    this.speechSlot = el(doc, 'div', { class: 'speech-slot' });
    this.toolbar.append(this.speechSlot, el(doc, 'span', { class: 'spacer' }), close);

    const scroller = el(doc, 'main', { class: 'scroller' });
    this.article = this.renderArticle(article);
    this.body = this.article.querySelector<HTMLElement>('.body')!;
    scroller.append(this.article);
    this.dialog.append(this.toolbar, scroller);
    this.shadow.append(this.dialog);

    this.dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.handlers.onClose();
      }
    });

    (doc.body ?? doc.documentElement).append(this.host);
    for (const child of [...(doc.body ?? doc.documentElement).children]) {
      if (child === this.host || child.hasAttribute('inert')) continue;
      child.setAttribute('inert', '');
      this.inerted.push(child);
    }
    this.dialog.focus({ preventScroll: true });
  }

  private renderArticle(article: Article): HTMLElement {
    const doc = this.doc;
    const root = el(doc, 'article', { class: 'qari-article', dir: article.dir, lang: article.lang ?? undefined });
    const header = el(doc, 'header');
    if (article.siteName) header.append(el(doc, 'p', { class: 'site' }, article.siteName));
    header.append(el(doc, 'h1', {}, article.title));
    if (article.byline) header.append(el(doc, 'p', { class: 'byline' }, article.byline));
    const facts = [formatDate(article.publishedTime, article.lang), t('readingMinutes', String(article.readingMinutes))];
    header.append(el(doc, 'p', { class: 'meta' }, facts.filter(Boolean).join(' · ')));
    const body = el(doc, 'div', { class: 'body' });
    // The html is sanitized by the pipeline; parse it inert, then adopt the nodes into the page.
    body.append(...[...parseInert(article.html, doc.defaultView!).childNodes].map((n) => doc.importNode(n, true)));
    root.append(header, body);
    if (article.source) root.append(el(doc, 'p', { class: 'source' }, t('articleSource', article.source)));
    return root;
  }

  get isOpen(): boolean {
    return !this.closed && this.host.isConnected;
  }

  /** Remove the view and give the page back exactly as it was. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const child of this.inerted) child.removeAttribute('inert');
    this.host.remove();
    const win = this.doc.defaultView!;
    if (this.returnFocus instanceof win.HTMLElement && this.returnFocus.isConnected) this.returnFocus.focus({ preventScroll: true });
    win.scrollTo(this.scroll.x, this.scroll.y);
  }
}
