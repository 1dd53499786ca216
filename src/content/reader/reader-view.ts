/**
 * The reader view: a dialog in an open shadow root on `#qari-root`, mounted inside <body>. The page stays in
 * the DOM, untouched but for `inert` on its top-level elements, so closing restores it exactly: scroll
 * position, form values, focus. The toolbar follows the UI locale; the article its own direction.
 *
 * The first frame is the final look: settings come from the context's SettingsFeed, and the view is put into
 * the page only with them applied (at once when the feed has loaded, as the tab controller ensures; else when it
 * lands). After that only the user restyles it: changes (from this toolbar, the popup or another tab) apply live.
 */
import { t, uiLocale } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { SettingsFeed } from '../../shared/settings-store';
import { buildReadingControls, type ReadingControls } from '../../shared/ui/reading-controls';
import { element as el } from '../../dom/dom';
import { renderArticle } from './article-render';
import type { Article } from '../../extract/pipeline';
import css from './reader.css?inline';
import speechCss from '../../shared/ui/speech-controls.css?inline';
import type { SpeechSurface } from '../speech/api';
import { readingBlocks } from '../../extract/annotate';
import { attachStyles, type StyleMode } from '../../shared/ui/shadow-styles';
import { typography, type Typography } from './typography';

export const ROOT_ID = 'qari-root';

export interface ReaderViewHandlers {
  onClose(): void;
  /**
   * Read aloud was asked for before speech is in the page (the placeholder button, Space/K, a click on a
   * paragraph, which gives the block index to start from): the tab loads the speech room and lends it the surface.
   */
  onReadAloud(fromBlock?: number): void;
}

export interface ReaderViewOptions {
  /** The context's one settings feed (content-script.ts makes it when the script is injected). */
  feed: SettingsFeed;
  /** The site whose per-site settings apply; defaults to the page's host. */
  host?: string;
}

const FOCUSABLE =
  'button:not([disabled]), select:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

export class ReaderView {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly dialog: HTMLElement;
  readonly toolbar: HTMLElement;
  /** Read-aloud's place in the toolbar: a plain Read aloud button until the speech room is lent the surface. */
  private readonly speechSlot: HTMLElement;
  private speechLent = false;
  readonly article: HTMLElement;
  readonly body: HTMLElement;
  readonly scroller: HTMLElement;
  readonly controls: ReadingControls;
  readonly styleMode: StyleMode;
  /** Resolves once the view is in the page with the stored settings applied (at once when the feed had loaded). */
  readonly ready: Promise<void>;
  private readonly panel: HTMLElement;
  private readonly settingsToggle: HTMLButtonElement;
  private readonly inerted: Element[] = [];
  private readonly returnFocus: Element | null;
  private readonly scroll: { x: number; y: number };
  private readonly unsubscribe: () => void;
  private closed = false;
  private current: Typography | null = null;

  constructor(
    private readonly doc: Document,
    private readonly source: Article,
    body: ParentNode,
    private readonly handlers: ReaderViewHandlers,
    options: ReaderViewOptions,
  ) {
    const win = doc.defaultView!;
    const feed = options.feed;
    const site = options.host ?? doc.location?.host ?? '';
    this.returnFocus = doc.activeElement;
    this.scroll = { x: win.scrollX, y: win.scrollY };

    this.host = el(doc, 'div', { id: ROOT_ID });
    this.shadow = this.host.attachShadow({ mode: 'open' });
    this.styleMode = attachStyles(this.shadow, css + speechCss, win);

    const ui = uiLocale();
    this.dialog = el(doc, 'div', {
      class: 'dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': t('readerView'),
      dir: ui.dir,
      lang: ui.lang,
      tabindex: '-1',
      'data-theme': 'auto',
    });
    this.controls = buildReadingControls(doc, { feed, host: site, lang: source.lang, idPrefix: 'qari-' });
    this.toolbar = el(doc, 'div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('readerToolbar') });
    this.panel = el(doc, 'div', {
      class: 'panel',
      id: 'qari-settings-panel',
      role: 'group',
      'aria-label': t('readingSettings'),
    });
    this.panel.hidden = true;
    this.panel.append(this.controls.more);
    this.settingsToggle = el(
      doc,
      'button',
      { type: 'button', class: 'settings-toggle', 'aria-expanded': 'false', 'aria-controls': 'qari-settings-panel' },
      t('readingSettings'),
    );
    this.settingsToggle.addEventListener('click', () => this.toggleSettings());
    const close = el(doc, 'button', { type: 'button', class: 'close' }, t('closeReader'));
    close.addEventListener('click', () => this.handlers.onClose());
    this.speechSlot = el(doc, 'div', { class: 'speech-slot' });
    this.toolbar.append(this.controls.size, this.settingsToggle, this.speechSlot, close);

    // Focusable, so the keyboard scrolls the article (Space, Page Down, arrows) from the moment it opens.
    this.scroller = el(doc, 'main', { class: 'scroller', tabindex: '0' });
    const scroller = this.scroller;
    this.article = renderArticle(doc, source, body);
    this.body = this.article.querySelector<HTMLElement>('.body')!;
    this.speechSlot.append(this.speechPlaceholder());
    scroller.append(this.article);
    this.dialog.append(this.toolbar, this.panel, scroller);
    this.dialog.dataset.styles = this.styleMode;
    this.shadow.append(this.dialog);
    this.dialog.addEventListener('keydown', (event) => this.onKeyDown(event));

    const scheme = win.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => (this.dialog.dataset.scheme = scheme?.matches ? 'dark' : 'light');
    onScheme();
    scheme?.addEventListener?.('change', onScheme);
    const unfollow = feed.onChange((next) => this.apply(next, site));
    this.unsubscribe = () => {
      unfollow();
      scheme?.removeEventListener?.('change', onScheme);
    };

    const now = feed.current();
    if (now) {
      this.apply(now, site);
      this.mount();
      this.ready = Promise.resolve();
    } else {
      // Not loaded yet (the tab controller waits for the feed; a direct caller may not): mount at the final look.
      this.ready = feed.ready.then(() => {
        if (!this.closed) this.mount();
      });
    }
  }

  /** Put the styled view into the page and make the page behind it inert. */
  private mount(): void {
    const doc = this.doc;
    doc.getElementById(ROOT_ID)?.remove();
    (doc.body ?? doc.documentElement).append(this.host);
    for (const child of [...(doc.body ?? doc.documentElement).children]) {
      if (child === this.host || child.hasAttribute('inert')) continue;
      child.setAttribute('inert', '');
      this.inerted.push(child);
    }
    this.scroller.focus({ preventScroll: true });
  }

  /**
   * Until speech is loaded, its controls are this markup: the Read aloud button, and the rest of the controls'
   * layout unseen and inert (not focusable, not announced), so the toolbar keeps its height when they arrive.
   */
  private speechPlaceholder(): HTMLElement {
    const doc = this.doc;
    const group = el(doc, 'div', { class: 'qari-speech', role: 'group', 'aria-label': t('speechControls') });
    const buttons = el(doc, 'div', { class: 'buttons' });
    const play = el(doc, 'button', { type: 'button', class: 'play' }, t('speechPlay'));
    play.addEventListener('click', () => this.handlers.onReadAloud());
    const unseen = <T extends HTMLElement>(node: T): T => {
      node.classList.add('stand-in');
      node.setAttribute('aria-hidden', 'true');
      node.inert = true;
      return node;
    };
    const arrow = (cls: string) => unseen(el(doc, 'button', { type: 'button', class: cls }, '→'));
    buttons.append(
      play,
      arrow('previous'),
      arrow('next'),
      unseen(el(doc, 'button', { type: 'button' }, t('speechStop'))),
    );
    const speed = unseen(el(doc, 'label', {}, t('speechSpeed')));
    speed.append(el(doc, 'input', { type: 'range' }), el(doc, 'span', {}, '1×'));
    const voice = unseen(el(doc, 'label', {}, t('speechVoice')));
    voice.append(el(doc, 'select'));
    group.append(
      buttons,
      speed,
      voice,
      unseen(el(doc, 'div', { class: 'progress' })),
      el(doc, 'p', { class: 'left' }),
      // Where the status line will be: how to start without the mouse, and from any paragraph.
      el(doc, 'p', { class: 'line hint', title: t('speechHint') }, t('speechHint')),
    );
    this.body.addEventListener('click', (event) => this.clickedBeforeSpeech(event));
    return group;
  }

  /** A click on a paragraph before speech is loaded reads from there (as the speech room does once it is). */
  private clickedBeforeSpeech(event: MouseEvent): void {
    const target = event.target as Element | null;
    if (this.speechLent || !target || event.button !== 0 || target.closest('a, button, input, select')) return;
    const selection = this.doc.getSelection?.();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const block = readingBlocks(this.body).findIndex((b) => b.contains(target));
    if (block >= 0) this.handlers.onReadAloud(block);
  }

  /** Hand the speech room its surface: the placeholder goes, the room's controls and keys take over. */
  lendToSpeech(): SpeechSurface {
    if (!this.speechLent) this.speechSlot.replaceChildren();
    this.speechLent = true;
    return { slot: this.speechSlot, body: this.body, keyTarget: this.dialog, shadow: this.shadow };
  }

  /** The typography in force (null until the settings are loaded). */
  get typography(): Typography | null {
    return this.current;
  }

  /** Apply settings: CSS custom properties (through the CSSOM, which a page's CSP does not block), theme, direction. */
  apply(settings: Settings, site: string): void {
    if (this.closed) return;
    const type = typography(settings, site, this.source);
    this.current = type;
    for (const [name, value] of Object.entries(type.vars)) this.dialog.style.setProperty(name, value);
    this.dialog.dataset.theme = type.theme;
    this.article.setAttribute('dir', type.dir);
    this.article.dataset.script = type.script ?? 'unknown';
    this.article.dataset.family = type.family;
  }

  private toggleSettings(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.settingsToggle.setAttribute('aria-expanded', String(open));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      if (!this.panel.hidden && this.panel.contains(this.shadow.activeElement)) {
        this.toggleSettings(false);
        this.settingsToggle.focus();
      } else this.handlers.onClose();
      return;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey) {
      const delta = event.key === '+' || event.key === '=' ? 1 : event.key === '-' || event.key === '_' ? -1 : 0;
      if (delta) {
        event.preventDefault();
        event.stopPropagation();
        void this.controls.changeSize(delta);
      }
      return;
    }
    if (event.key === 'Tab') this.cycleFocus(event);
    else if (!this.speechLent && !event.altKey && (event.key === ' ' || event.key === 'k' || event.key === 'K')) {
      const target = event.composedPath()[0] as Element | undefined;
      if (target instanceof Element && target.closest('input, select, textarea, button, a, [contenteditable]')) return;
      event.preventDefault();
      this.handlers.onReadAloud();
    }
  }

  /**
   * The dialog's Tab order, one cycle: the article's scroll area (where focus starts, so Page Down and ↓
   * scroll at once), the toolbar (and the settings panel when open), then the links inside the article. So the
   * toolbar is one Tab away however many links the article has, and the article one Shift+Tab away from it.
   */
  private tabOrder(): HTMLElement[] {
    const visible = (node: HTMLElement) => !node.closest('[hidden]');
    const inside = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(visible);
    return [this.scroller, ...inside(this.toolbar), ...inside(this.panel), ...inside(this.scroller)];
  }

  private cycleFocus(event: KeyboardEvent): void {
    const order = this.tabOrder();
    const active = this.shadow.activeElement as HTMLElement | null;
    let at = active ? order.indexOf(active) : -1;
    if (at < 0) {
      // Focus on the dialog itself (or nowhere): Tab starts at the toolbar, Shift+Tab at the end.
      if (active && active !== this.dialog) return;
      at = 0;
    }
    event.preventDefault();
    const next = order[(at + (event.shiftKey ? -1 : 1) + order.length) % order.length]!;
    next.focus();
  }

  get isOpen(): boolean {
    return !this.closed && this.host.isConnected;
  }

  /** Remove the view and give the page back exactly as it was. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    this.controls.destroy();
    for (const child of this.inerted) child.removeAttribute('inert');
    this.host.remove();
    const win = this.doc.defaultView!;
    if (this.returnFocus instanceof win.HTMLElement && this.returnFocus.isConnected)
      this.returnFocus.focus({ preventScroll: true });
    win.scrollTo(this.scroll.x, this.scroll.y);
  }
}
