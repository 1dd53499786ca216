/**
 * Reading controls, shared by the reader toolbar and the popup: text size (− / current / +), line spacing,
 * line length, word and letter spacing, font, theme and the site's direction override. They read settings ONLY
 * from the context's SettingsFeed (made once at the context's entry) and write through its store, so every open
 * view stays in step. When the feed has already loaded, the controls show the stored settings from the start.
 * Text size is remembered per site (and can be made the default for all sites).
 */
import { canGrow, canShrink, clampStep, stepToPx } from '../../text/font-steps';
import { scriptOfLanguage } from '../../text/language';
import { t, uiLocale, type MessageKey } from '../i18n';
import {
  DIRECTIONS,
  FONTS,
  THEMES,
  WIDTHS,
  directionFor,
  normalize,
  sizeStepFor,
  type Prefs,
  type Settings,
} from '../settings';
import type { SettingsFeed } from '../settings-store';

export interface ReadingControlsOptions {
  /** The context's settings feed (read from; written through `feed.store`). */
  feed: SettingsFeed;
  /** The page's host (per-site size and direction); '' when there is no site (size is then the default). */
  host: string;
  /** The article's language, if known: shows the size in its script and disables letter spacing for Arabic script. */
  lang?: string | null;
  /** Prefix of element ids, unique within the document or shadow root. */
  idPrefix?: string;
  /** Show the size step this way instead of in pixels (the popup, while it does not know the page's script). */
  sizeLabel?: (step: number) => string;
}

export interface ReadingControls {
  /** Everything: the size group then the other settings. */
  element: HTMLElement;
  /** The text size group (−, current size, +). */
  size: HTMLElement;
  /** The other settings (first: "use this size on all sites" when there is a site). */
  more: HTMLElement;
  /** Resolves once the controls show the stored settings. */
  ready: Promise<void>;
  /** Make the text a step larger (+1) or smaller (−1); no-op at the bounds. */
  changeSize(delta: number): Promise<void>;
  destroy(): void;
}

const LINE_HEIGHTS = [1.2, 1.4, 1.6, 1.8, 2, 2.4];
const WORD_SPACINGS: [number, MessageKey][] = [
  [0, 'spacingNone'],
  [0.1, 'spacingSmall'],
  [0.2, 'spacingMedium'],
  [0.35, 'spacingLarge'],
];
const LETTER_SPACINGS: [number, MessageKey][] = [
  [0, 'spacingNone'],
  [0.02, 'spacingSmall'],
  [0.05, 'spacingMedium'],
  [0.1, 'spacingLarge'],
];
const KEY = {
  width: { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide', full: 'widthFull' },
  font: { auto: 'fontAuto', serif: 'fontSerif', sans: 'fontSans', legible: 'fontLegible' },
  theme: { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', contrast: 'themeContrast' },
  dir: { auto: 'directionAuto', rtl: 'directionRtl', ltr: 'directionLtr' },
} as const;

type Field = { select: HTMLSelectElement; read(settings: Settings): string };

export function buildReadingControls(doc: Document, options: ReadingControlsOptions): ReadingControls {
  const { feed, host } = options;
  const store = feed.store;
  const id = (name: string) => `${options.idPrefix ?? 'qari-'}${name}`;
  const script = scriptOfLanguage(options.lang ?? null);
  const numbers = new Intl.NumberFormat(uiLocale().lang);
  let settings: Settings = feed.current() ?? normalize({});
  let destroyed = false;

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Text size: − [20 px] +   (buttons named "Smaller text" / "Larger text", disabled at the bounds)
  const size = make('div', { class: 'qari-size', role: 'group', 'aria-labelledby': id('size-label') });
  const sizeLabel = make('span', { id: id('size-label'), class: 'qari-label' }, t('textSize'));
  const sizeButton = (cls: string, glyph: string, key: MessageKey, delta: number) => {
    const button = make('button', { type: 'button', class: `qari-size-button ${cls}`, title: t(key) });
    // The glyph is isolated left-to-right: in an RTL UI the bidi algorithm would otherwise show "A−" as "−A".
    button.append(
      make('span', { 'aria-hidden': 'true', dir: 'ltr' }, glyph),
      make('span', { class: 'qari-visually-hidden' }, t(key)),
    );
    button.addEventListener('click', () => void changeSize(delta));
    return button;
  };
  const smaller = sizeButton('qari-smaller', 'A−', 'smallerText', -1);
  const larger = sizeButton('qari-larger', 'A+', 'largerText', +1);
  const value = make('output', { class: 'qari-size-value', id: id('size-value'), 'aria-live': 'polite' });
  const everywhere = make('button', { type: 'button', class: 'qari-size-everywhere' }, t('sizeForAllSites'));
  everywhere.addEventListener('click', () => {
    const step = sizeStepFor(settings, host);
    void store.setPref('sizeStep', step).then(() => store.setSite(host, { sizeStep: undefined }));
  });
  size.append(sizeLabel, smaller, value, larger);

  async function changeSize(delta: number): Promise<void> {
    // A press before the stored settings arrived must start from them, not from the defaults.
    await ready;
    const current = sizeStepFor(settings, host);
    const next = clampStep(current + delta);
    if (next === current) return;
    // Optimistic: a quick second press starts from the new size, not the stored one, and while our writes are
    // pending a load that ran before them cannot take the size back (see `update`).
    settings = withSize(settings, next);
    render();
    writing += 1;
    try {
      if (host) await store.setSite(host, { sizeStep: next });
      else await store.setPref('sizeStep', next);
    } finally {
      writing -= 1;
    }
  }
  let writing = 0;
  const withSize = (base: Settings, step: number): Settings =>
    host
      ? { ...base, sites: { ...base.sites, [host]: { ...base.sites[host], sizeStep: step } } }
      : { ...base, sizeStep: step };

  // The other settings: one labelled <select> each.
  const more = make('div', { class: 'qari-settings' });
  if (host) more.append(make('div', { class: 'qari-everywhere' }));
  more.firstElementChild?.append(everywhere);
  const fields: Field[] = [];
  const field = (
    name: string,
    labelKey: MessageKey,
    choices: [string, string][],
    read: Field['read'],
    write: (value: string) => Promise<unknown>,
  ) => {
    const row = make('div', { class: 'qari-field' });
    const select = make('select', { id: id(name), name });
    for (const [optionValue, label] of choices) select.append(make('option', { value: optionValue }, label));
    select.addEventListener('change', () => void write(select.value));
    row.append(make('label', { for: id(name) }, t(labelKey)), select);
    more.append(row);
    fields.push({ select, read });
    return { row, select };
  };
  const pref =
    <K extends keyof Prefs>(key: K, parse: (v: string) => Prefs[K]) =>
    (v: string) =>
      store.setPref(key, parse(v));
  const numberChoices = (list: [number, MessageKey][]): [string, string][] =>
    list.map(([n, key]) => [String(n), t(key)]);

  field(
    'line-height',
    'lineSpacing',
    LINE_HEIGHTS.map((n) => [String(n), numbers.format(n)]),
    (s) => String(s.lineHeight),
    pref('lineHeight', Number),
  );
  field(
    'width',
    'lineLength',
    WIDTHS.map((w) => [w, t(KEY.width[w])]),
    (s) => s.width,
    pref('width', (v) => v as Prefs['width']),
  );
  field(
    'word-spacing',
    'wordSpacing',
    numberChoices(WORD_SPACINGS),
    (s) => String(s.wordSpacing),
    pref('wordSpacing', Number),
  );
  const letters = field(
    'letter-spacing',
    'letterSpacing',
    numberChoices(LETTER_SPACINGS),
    (s) => String(s.letterSpacing),
    pref('letterSpacing', Number),
  );
  if (script === 'arabic') {
    letters.select.disabled = true;
    letters.select.setAttribute('aria-describedby', id('letter-note'));
    letters.row.append(make('p', { id: id('letter-note'), class: 'qari-note' }, t('letterSpacingArabicNote')));
  }
  field(
    'font',
    'fontFamily',
    FONTS.map((f) => [f, t(KEY.font[f])]),
    (s) => s.font,
    pref('font', (v) => v as Prefs['font']),
  );
  field(
    'theme',
    'theme',
    THEMES.map((v) => [v, t(KEY.theme[v])]),
    (s) => s.theme,
    pref('theme', (v) => v as Prefs['theme']),
  );
  if (host) {
    field(
      'direction',
      'directionForSite',
      DIRECTIONS.map((d) => [d, t(KEY.dir[d])]),
      (s) => directionFor(s, host),
      (v) => store.setSite(host, { dir: v as (typeof DIRECTIONS)[number] }),
    );
  }

  function render(): void {
    const step = sizeStepFor(settings, host);
    value.textContent = options.sizeLabel?.(step) ?? t('textSizeValue', numbers.format(stepToPx(step, script)));
    smaller.disabled = !canShrink(step);
    larger.disabled = !canGrow(step);
    // Offered only when this site has its own size, different from the default.
    everywhere.hidden = !host || settings.sites[host]?.sizeStep === undefined || step === settings.sizeStep;
    for (const { select, read } of fields) {
      const current = read(settings);
      if (![...select.options].some((o) => o.value === current)) {
        select.append(make('option', { value: current }, numbers.format(Number(current))));
      }
      select.value = current;
    }
  }

  const element = make('div', { class: 'qari-reading-controls' });
  element.append(size, more);
  const update = (next: Settings) => {
    if (destroyed) return;
    settings = writing ? withSize(next, sizeStepFor(settings, host)) : next;
    render();
  };
  render();
  // The feed's listeners hear the first load too when it has not landed yet, then every change.
  const unsubscribe = feed.onChange(update);
  const ready = feed.ready.then(() => undefined);

  return {
    element,
    size,
    more,
    ready,
    changeSize,
    destroy() {
      destroyed = true;
      unsubscribe();
    },
  };
}
