import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { ReaderView, ROOT_ID } = await import('../../../src/content/reader/reader-view');
const { settingsStore } = await import('../../../src/shared/storage');
const { stepToPx, MAX_STEP, DEFAULT_STEP } = await import('../../../src/text/font-steps');
const { article } = await import('../article-fixture');

const HOST = 'news.test';
let onClose: ReturnType<typeof vi.fn<() => void>>;

function open(a = article()) {
  return new ReaderView(document, a, { onClose }, { host: HOST });
}

beforeEach(async () => {
  window.scrollTo = () => undefined;
  document.body.innerHTML = '<header><button id="before">page button</button></header><main><p>Page</p><input id="q" value="kept"></main>';
  onClose = vi.fn<() => void>();
  // Clean storage between tests.
  await settingsStore.setSite(HOST, { sizeStep: undefined, dir: undefined });
  for (const [key, value] of Object.entries({ theme: 'auto', letterSpacing: 0, sizeStep: DEFAULT_STEP } as const)) {
    await settingsStore.setPref(key as 'theme', value as 'auto');
  }
});

afterEach(() => document.getElementById(ROOT_ID)?.remove());

describe('reader view rendering', () => {
  it('is a modal dialog named "Reader view", in the UI direction, with the article in its own', async () => {
    const view = open();
    await view.ready;
    const dialog = view.shadow.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('Reader view');
    expect(dialog.getAttribute('dir')).toBe('ltr');
    const articleEl = view.shadow.querySelector('article')!;
    expect(articleEl.getAttribute('dir')).toBe('rtl');
    expect(articleEl.getAttribute('lang')).toBe('ar');
    expect(articleEl.dataset.script).toBe('arabic');
    expect(view.shadow.querySelector('h1')!.textContent).toBe('واشنطن تقول إنها لن تتعاون');
    const english = [...articleEl.querySelectorAll('p')].find((p) => p.textContent === 'An English line.')!;
    expect(english.getAttribute('dir')).toBe('ltr');
    expect(english.getAttribute('lang')).toBe('en');
    expect(articleEl.querySelectorAll('figcaption')).toHaveLength(1);
  });

  it('does not repeat the site name as the byline, and renders the body exactly as the pipeline made it', () => {
    const html = '<p>Body.</p><blockquote><p dir="rtl" lang="ar">الشعر هو البيت</p></blockquote>';
    const view = open(article({ byline: 'راديو سوا', html }));
    expect(view.shadow.querySelector('.byline')).toBeNull();
    expect(view.body.innerHTML).toBe(html);
  });

  it('puts Qari\'s own words in the header in the UI language, and the date in the article\'s', async () => {
    const view = open();
    const meta = view.shadow.querySelector('.meta')!;
    const ui = meta.querySelector('.ui-text')!;
    expect(ui.getAttribute('dir')).toBe('ltr');
    expect(ui.getAttribute('lang')).toBe('en');
    expect(ui.textContent).toBe('1 min read');
    const time = meta.querySelector('time')!;
    expect(time.textContent).toBe(new Intl.DateTimeFormat('ar', { dateStyle: 'long' }).format(new Date('2024-03-05T10:00:00Z')));
  });

  it('renders the source line when the article has one, and none otherwise', () => {
    expect(open().shadow.querySelector('.source')).toBeNull();
    document.getElementById(ROOT_ID)?.remove();
    const view = open(article({ source: 'رويترز' }));
    const source = view.shadow.querySelector('.source')!;
    expect(source.textContent).toContain('رويترز');
    expect(source.querySelector('.ui-text')!.textContent).toBe('Source:');
  });

  it('sets the typography as CSS variables: Arabic gets no letter spacing whatever the setting', async () => {
    await settingsStore.setPref('letterSpacing', 0.1);
    const view = open();
    await view.ready;
    expect(view.dialog.style.getPropertyValue('--qari-letter-spacing')).toBe('0');
    expect(view.dialog.style.getPropertyValue('--qari-font-size')).toBe(`${stepToPx(DEFAULT_STEP, 'arabic')}px`);
    expect(view.dialog.style.getPropertyValue('--qari-font')).toMatch(/^"Noto Naskh Arabic"/);
    document.getElementById(ROOT_ID)?.remove();
    const en = open(article({ lang: 'en', dir: 'ltr', title: 'Hello', html: '<p>Hello world.</p>', text: 'Hello world.' }));
    await en.ready;
    expect(en.dialog.style.getPropertyValue('--qari-letter-spacing')).toBe('0.1em');
  });

  it('follows storage changes live: theme, per-site size and direction override', async () => {
    const view = open();
    await view.ready;
    expect(view.dialog.dataset.theme).toBe('auto');
    await settingsStore.setPref('theme', 'dark');
    await expect.poll(() => view.dialog.dataset.theme).toBe('dark');
    await settingsStore.setSite(HOST, { sizeStep: MAX_STEP });
    await expect.poll(() => view.dialog.style.getPropertyValue('--qari-font-size')).toBe(`${stepToPx(MAX_STEP, 'arabic')}px`);
    await settingsStore.setSite(HOST, { dir: 'ltr' });
    await expect.poll(() => view.article.getAttribute('dir')).toBe('ltr');
    view.close();
    await settingsStore.setPref('theme', 'sepia');
    expect(view.dialog.dataset.theme).toBe('dark');
  });
});

describe('reader view keyboard and focus', () => {
  it('moves focus into the dialog on open and back on close, and restores the page', async () => {
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    const view = open();
    expect(view.shadow.activeElement).toBe(view.scroller);
    expect(view.dialog.contains(view.scroller)).toBe(true);
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    view.close();
    expect(document.activeElement).toBe(before);
    expect(document.querySelectorAll('[inert]')).toHaveLength(0);
    expect((document.getElementById('q') as HTMLInputElement).value).toBe('kept');
  });

  it('closes on Escape', () => {
    const view = open();
    view.dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('changes the site text size with Ctrl + and Ctrl −, and stops at the bounds', async () => {
    const view = open();
    await view.ready;
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });
      view.dialog.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press('=')).toBe(true);
    await expect.poll(async () => (await settingsStore.load()).sites[HOST]?.sizeStep).toBe(DEFAULT_STEP + 1);
    press('+');
    await expect.poll(async () => (await settingsStore.load()).sites[HOST]?.sizeStep).toBe(DEFAULT_STEP + 2);
    press('-');
    await expect.poll(async () => (await settingsStore.load()).sites[HOST]?.sizeStep).toBe(DEFAULT_STEP + 1);
    await settingsStore.setSite(HOST, { sizeStep: MAX_STEP });
    await expect.poll(() => view.controls.size.querySelector<HTMLButtonElement>('.qari-larger')!.disabled).toBe(true);
    press('+');
    expect((await settingsStore.load()).sites[HOST]?.sizeStep).toBe(MAX_STEP);
    expect(press('s')).toBe(false);
  });

  it('keeps Tab inside the dialog: past the last control back to the first, and back', () => {
    const view = open(article({ html: '<p><a href="https://example.test/">link</a></p>' }));
    const tab = (shift = false) => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: shift, bubbles: true, cancelable: true });
      (view.shadow.activeElement ?? view.dialog).dispatchEvent(event);
      return event.defaultPrevented;
    };
    const link = view.shadow.querySelector<HTMLAnchorElement>('article a')!;
    link.focus();
    expect(tab()).toBe(true);
    expect(view.shadow.activeElement).toBe(view.shadow.querySelector('.qari-smaller'));
    expect(tab(true)).toBe(true);
    expect(view.shadow.activeElement).toBe(link);
    view.scroller.focus();
    expect(tab()).toBe(false);
  });

  it('never stacks two views', () => {
    open();
    open();
    expect(document.querySelectorAll(`#${ROOT_ID}`)).toHaveLength(1);
  });

  it('shows the reading settings on demand, with the size controls always in the toolbar', () => {
    const view = open();
    const toggle = view.shadow.querySelector<HTMLButtonElement>('.settings-toggle')!;
    const panel = view.shadow.getElementById('qari-settings-panel')!;
    expect(view.toolbar.contains(view.controls.size)).toBe(true);
    expect(panel.hidden).toBe(true);
    toggle.click();
    expect(panel.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.querySelector('select#qari-theme')).not.toBeNull();
  });
});
