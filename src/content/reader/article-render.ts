/**
 * The reader's article element: header (site, title, byline, date in the article's locale, reading time),
 * the sanitized body, and the source line. The `article` carries the article's `dir` and `lang`; blocks keep
 * their own from the pipeline. Qari's own words inside it (reading time, "Source:") are in the UI's language
 * and direction, isolated in their own span, so an English label never scrambles an Arabic line.
 * The body is exactly the pipeline's html (what `npm run extract` prints); presentation stays in reader.css.
 */
import { t, uiLocale } from '../../shared/i18n';
import type { Article } from '../../extract/pipeline';
import { element, squash } from '../../dom/dom';

/** A date in the article's own locale (falling back to the browser's), or null when there is none. */
export function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(lang ?? undefined, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

/** The article's source line, if the pipeline found one ("Source: Reuters"), as text and an optional link. */
export function sourceOf(article: Article): { text: string; url: string | null } | null {
  const raw = (article as Article & { source?: unknown }).source;
  if (typeof raw === 'string') return raw.trim() ? { text: raw.trim(), url: null } : null;
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const text = [r.text, r.name, r.label].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const url = typeof r.url === 'string' && /^https?:\/\//i.test(r.url) ? r.url : null;
  return text ? { text: text.trim(), url } : url ? { text: url, url } : null;
}

/** A span of Qari's own words, in the UI's language and direction. */
function uiText(doc: Document, text: string): HTMLSpanElement {
  const ui = uiLocale();
  return element(doc, 'span', { dir: ui.dir, lang: ui.lang, class: 'ui-text' }, text);
}

/** The reader's article: Qari's header, a copy of the pipeline's sanitized `body` nodes, and the source line. */
export function renderArticle(doc: Document, article: Article, body: ParentNode): HTMLElement {
  const root = element(doc, 'article', { class: 'qari-article', dir: article.dir, lang: article.lang ?? undefined });
  const header = element(doc, 'header', { class: 'qari-header' });
  if (article.siteName) header.append(element(doc, 'p', { class: 'site' }, article.siteName));
  header.append(element(doc, 'h1', {}, article.title));
  if (article.byline && article.byline.trim() !== article.siteName?.trim())
    header.append(element(doc, 'p', { class: 'byline' }, article.byline));
  const meta = element(doc, 'p', { class: 'meta' });
  const date = formatDate(article.publishedTime, article.lang);
  if (date) meta.append(element(doc, 'time', { datetime: article.publishedTime ?? undefined }, date), ' · ');
  meta.append(uiText(doc, t('readingMinutes', String(article.readingMinutes))));
  header.append(meta);

  const content = element(doc, 'div', { class: 'body' });
  // The pipeline's sanitized nodes, copied into the page (the originals stay for a reopen).
  content.append(...[...body.childNodes].map((n) => doc.importNode(n, true)));
  watchImages(content);
  root.append(header, content);

  const source = sourceOf(article);
  if (source) {
    const footer = element(doc, 'footer', { class: 'source' });
    const value = source.url
      ? element(doc, 'a', { href: source.url, rel: 'noreferrer noopener' }, source.text)
      : element(doc, 'span', {}, source.text);
    footer.append(uiText(doc, t('sourceLabel')), ' ', value);
    root.append(footer);
  }
  return root;
}

/** Alt texts that say nothing: a generic word, a file name or an address. */
const EMPTY_ALT =
  /^(image|img|photo|picture|graphic|icon|logo|thumbnail|placeholder|صورة|תמונה|عکس|تصویر)$|\.(jpe?g|png|gif|webp|avif|svg)$|^https?:/i;

/** The alt text worth showing in place of a failed image: one that says something the caption does not. */
export function altToShow(img: HTMLImageElement): string | null {
  const alt = squash(img.getAttribute('alt'));
  if (alt.length < 3 || EMPTY_ALT.test(alt)) return null;
  const caption = squash(img.closest('figure')?.querySelector('figcaption')?.textContent);
  return caption.toLowerCase().includes(alt.toLowerCase()) ? null : alt;
}

/**
 * An image failed to load: hide it (no broken-image icon, no empty box over its caption) and show its alt text
 * instead when it says something. The alt goes in generated content, so the body's text is unchanged.
 */
export function imageFailed(img: HTMLImageElement): void {
  if (img.classList.contains('qari-broken')) return;
  img.classList.add('qari-broken');
  const alt = altToShow(img);
  if (alt)
    img.after(
      element(img.ownerDocument, 'span', { class: 'qari-alt', role: 'img', 'aria-label': alt, 'data-alt': alt }),
    );
}

/**
 * Hide the body's images that fail to load, now or later. Error events do not bubble, so the body listens while
 * capturing; every image of the body was just created, so its failure is still to come (never already past).
 */
export function watchImages(body: HTMLElement): void {
  body.addEventListener(
    'error',
    (event) => {
      const target = event.target as Element | null;
      if (target?.tagName === 'IMG') imageFailed(target as HTMLImageElement);
    },
    true,
  );
}
