/**
 * Labels written for screen readers that the reader shows as text: "Image source, Getty Images", "Image caption,
 * Protesters in…" (BBC World Service style, with their translations: "صدر الصورة،", "التعليق على الصورة،",
 * "منبع تصویر،", "تصویر کا کیپشن،"…) lose the label while the credit and the caption stay. And the furniture of
 * wiki pages: "[edit]" links beside headings and the table of contents (a list of links to the page's own
 * sections) go.
 */
import { squash } from '../dom/dom';

/** Labels that introduce a caption, a credit or an author in the page's hidden text. */
const CAPTION_LABELS = [
  'image source',
  'image caption',
  'media caption',
  'video caption',
  'caption',
  'image copyright',
  'photo source',
  'صدر الصورة',
  'مصدر الصورة',
  'التعليق على الصورة',
  'تعليق على الصورة',
  'تعليق الصورة',
  'تعليق الفيديو',
  'מקור התמונה',
  'כיתוב התמונה',
  'כיתוב תמונה',
  'منبع تصویر',
  'توضیح تصویر',
  'توضیح ویدیو',
  'تصویر کا ذریعہ',
  'تصویر کا کیپشن',
  'ویڈیو کیپشن',
  'fuente de la imagen',
  'pie de foto',
  'légende',
  'source de l’image',
  'bildquelle',
  'bildunterschrift',
].join('|');
/** Labels of an author line written for screen readers ("Author, Jane Doe" / "Role, Reporter"). */
const PERSON_LABELS = ['author', 'role', 'الكاتب', 'المؤلف', 'نویسنده', 'مصنف', 'כותב', 'autor', 'auteur'].join('|');
/**
 * The whole label element: an image label with a comma or colon after it ("Image source," / "صدر الصورة،"),
 * a person label only with the comma of hidden labels ("Author," — a visible "Author:" introduces a book's author).
 */
const LABEL_ONLY = new RegExp(`^(?:(?:${CAPTION_LABELS})\\s*[,،:]|(?:${PERSON_LABELS})\\s*[,،])$`, 'iu');
/** The label leading a text ("Image caption, Protesters…"). */
const LABEL_LEAD = new RegExp(`^\\s*(?:${CAPTION_LABELS})\\s*[,،:]\\s*`, 'iu');

const INLINE = 'span, strong, b, em, i, small, label';

/** Drop caption/credit/author labels; the text they introduce stays. Returns how many went. */
export function dropCaptionLabels(body: Element): number {
  let removed = 0;
  for (const el of [...body.querySelectorAll(INLINE)]) {
    if (!el.isConnected || el.querySelector('img, a')) continue;
    if (!LABEL_ONLY.test(squash(el.textContent))) continue;
    // Only when the label introduces something: the block holding it has more text than the label.
    const block = el.parentElement?.closest('p, div, figcaption, li, span[role], figure') ?? el.parentElement;
    if (!block || squash(block.textContent).length <= squash(el.textContent).length) continue;
    el.remove();
    removed++;
  }
  for (const caption of body.querySelectorAll('figcaption')) {
    const walker = caption.ownerDocument.createTreeWalker(caption, 0x4);
    const first = walker.nextNode();
    if (
      first &&
      LABEL_LEAD.test(first.nodeValue ?? '') &&
      squash((first.nodeValue ?? '').replace(LABEL_LEAD, '')) !== ''
    ) {
      first.nodeValue = (first.nodeValue ?? '').replace(LABEL_LEAD, '');
      removed++;
    }
  }
  return removed;
}

/** The word of an "[edit]" link, in the languages wikis are written in. */
const EDIT =
  /^\[?\s*(?:edit|edit source|modifier|bearbeiten|editar|modifica|редактировать|править|تعديل|تحرير|עריכה|עריכת קוד מקור|ویرایش|ویرایش مبدأ|ترمیم|編集|编辑|편집)\s*\]?$/iu;

/** Words that head a table of contents. */
const CONTENTS =
  /^(?:contents|table of contents|inhalt|inhaltsverzeichnis|sommaire|contenido|índice|indice|المحتويات|محتويات|תוכן עניינים|תוכן|فهرست|فہرست|فہرست مضامین|目次|目录)$/iu;

/** Remove "[edit]" links (with their brackets) and tables of contents. Returns how many went. */
export function dropWikiFurniture(body: Element): number {
  let removed = 0;
  for (const link of [...body.querySelectorAll('h1 a, h2 a, h3 a, h4 a, h5 a, h6 a')]) {
    if (!link.isConnected || !EDIT.test(squash(link.textContent))) continue;
    // The bracketed group around the link: its smallest ancestor inside the heading whose text is "[edit]".
    let target: Element = link;
    const heading = link.closest('h1, h2, h3, h4, h5, h6')!;
    while (
      target.parentElement &&
      target.parentElement !== heading &&
      EDIT.test(squash(target.parentElement.textContent).replace(/\s*\|\s*/g, ' '))
    ) {
      target = target.parentElement;
    }
    target.remove();
    removed++;
  }
  // Brackets left beside the heading text ("History [ ]").
  for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const walker = heading.ownerDocument.createTreeWalker(heading, 0x4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      if (/\[\s*\]/.test(value)) node.nodeValue = value.replace(/\s*\[\s*\]\s*/g, ' ');
    }
  }
  for (const list of [...body.querySelectorAll('ul, ol, nav, div, table')]) {
    if (!list.isConnected) continue;
    const links = [...list.querySelectorAll('a')];
    if (
      links.length < 3 ||
      !links.every((a) => (a.getAttribute('href') ?? '').startsWith('#') && (a.getAttribute('href') ?? '').length > 1)
    )
      continue;
    const text = squash(list.textContent);
    const linked = links.reduce((n, a) => n + squash(a.textContent).length, 0);
    const heading = [...list.querySelectorAll('h2, h3, h4, strong, b, div, span, p')].find((el) =>
      CONTENTS.test(squash(el.textContent)),
    );
    const headingLength = heading ? squash(heading.textContent).length : 0;
    // Numbers ("1.2") and the heading beside the links are all a table of contents has.
    const rest = text.length - linked - headingLength;
    if (rest > Math.max(20, text.length * 0.15)) continue;
    // Footnote back-links are in-page links too, but a list of them is not headed "Contents" and its links are
    // not section names: ask for a heading, or for most links to name a heading of the page.
    const targets = links.filter((a) =>
      body.ownerDocument
        .getElementById(decodeURIComponent((a.getAttribute('href') ?? '').slice(1)))
        ?.matches('h1, h2, h3, h4, h5, h6, span, a'),
    );
    if (!heading && targets.length < links.length / 2) continue;
    list.remove();
    removed++;
  }
  // A "Contents" heading left on its own before where the list was.
  for (const el of [...body.querySelectorAll('h2, h3, h4, p, div')]) {
    if (CONTENTS.test(squash(el.textContent)) && !el.querySelector('img')) {
      const next = el.nextElementSibling;
      if (!next || /^h[1-6]$/.test(next.localName)) {
        el.remove();
        removed++;
      }
    }
  }
  return removed;
}
