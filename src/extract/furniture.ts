/**
 * Furniture left behind once `dropBoilerplate` (or Readability) removed its box, and the furniture that trails an
 * article: in-page skip links with everything they skip and their "End of …" markers, headings and labels with
 * nothing left under them ("Most read", "Read also"), and after the last paragraph of running text, the comment
 * policy, "follow us" and app lines, counters, bare numbers and tag lines. Judged by shape and by short
 * multilingual word lists (Arabic, Hebrew, Persian, Urdu and major European languages) — never by site.
 */
import { outermostWrapper, squash } from '../dom/dom';
import type { RemovalTrace } from './boilerplate';
import { isWholeLine } from './boilerplate';
import { textWeight } from './text-weight';

/** Compared lower-cased, without trailing punctuation or marks ("Most read:", "المزيد…", "More »"). */
const norm = (text: string | null | undefined): string =>
  squash(text)
    .toLowerCase()
    .replace(/[\s:：.,;!?؟،؛…»«›‹>|\-–—]+$/u, '')
    .replace(/^[\s»«›‹>|\-–—]+/u, '')
    .replace(/\u200c/g, ' ');

/** Headings and labels of boxes of other stories (most-read, related, read-also, newsletter), as whole lines. */
const BOX_HEADINGS = new Set(
  [
    'more',
    'more on this story',
    'more stories',
    'more news',
    'other stories',
    'related',
    'related topics',
    'related articles',
    'related stories',
    'related content',
    'related news',
    'read also',
    'also read',
    'read more',
    'see also',
    'more to read',
    'most read',
    'most popular',
    'most viewed',
    'most shared',
    'top stories',
    'you may also like',
    'you might also like',
    'recommended',
    'recommended stories',
    'suggested stories',
    'latest',
    'latest news',
    'latest stories',
    'trending',
    "editor's picks",
    'newsletter',
    'sign up for our newsletter',
    'subscribe to our newsletter',
    'get our newsletter',
    'الأكثر قراءة',
    'الأكثر مشاهدة',
    'الأكثر تداولا',
    'اقرأ أيضا',
    'اقرأ أيضاً',
    'إقرأ أيضا',
    'إقرأ أيضاً',
    'اقرأ ايضا',
    'اقرأ المزيد',
    'شاهد أيضا',
    'شاهد أيضاً',
    'قد يهمك',
    'قد يعجبك أيضا',
    'مواضيع ذات صلة',
    'موضوعات ذات صلة',
    'أخبار ذات صلة',
    'قصص ذات صلة',
    'قصص أخرى',
    'قصص مقترحة',
    'المزيد',
    'اخترنا لكم',
    'يستحق الانتباه',
    'النشرة البريدية',
    'اشترك في النشرة البريدية',
    'הנקראים ביותר',
    'הכי נקראים',
    'כתבות נוספות',
    'קראו גם',
    'קרא גם',
    'עוד בנושא',
    'כתבות קשורות',
    'אולי יעניין אותך',
    'מומלצים',
    'עוד כתבות',
    'הירשמו לניוזלטר',
    'ניוזלטר',
    'پربازدیدترین',
    'پربازدیدترین ها',
    'پربازدیدترین‌ها',
    'بیشتر بخوانید',
    'همچنین بخوانید',
    'بخوانید',
    'مطالب مرتبط',
    'اخبار مرتبط',
    'داستان های دیگر',
    'سایر اخبار',
    'خبرنامه',
    'عضویت در خبرنامه',
    'سب سے زیادہ پڑھی جانے والی',
    'سب سے زیادہ پڑھی جانے والی خبریں',
    'یہ بھی پڑھیں',
    'مزید پڑھیں',
    'متعلقہ خبریں',
    'متعلقہ موضوعات',
    'دیگر خبریں',
    'مزید خبریں',
    'نیوز لیٹر',
    'lesen sie auch',
    'auch interessant',
    'mehr zum thema',
    'meistgelesen',
    'meistgelesene artikel',
    'das könnte sie auch interessieren',
    'lire aussi',
    'à lire aussi',
    'a lire aussi',
    'les plus lus',
    'sur le même sujet',
    'leer también',
    'lee también',
    'lo más leído',
    'noticias relacionadas',
    'leia também',
    'mais lidas',
    'leggi anche',
    'i più letti',
    'czytaj także',
    'czytaj też',
    'zobacz też',
    'lees ook',
    'meest gelezen',
    'читайте также',
    'самое читаемое',
    'bunlar da ilginizi çekebilir',
  ].map(norm),
);

/** Words that begin a skip link: "Skip X and continue reading", "تخطى X وواصل القراءة", "דלג על", "پرش از". */
const SKIP_WORD =
  /^(?:skip|jump|تخط\S*|تجاوز|דלג|דילוג|پرش|رد شدن|عبور|چھوڑ|آگے بڑھیں|überspringen|passer|saltar|pular|salta)(?:\s|$)/iu;

/** "End of X" markers, in the word orders languages use ("X نهاية", "نهاية X", "סוף X", "پایان X", "X ختم"). */
const END_OF = /^(?:end of|نهاية|סוף|پایان|ende|fin de|fine)\s+(.{1,60})$|^(.{1,60})\s+(?:نهاية|ends|پایان|ختم)$/iu;

/** Whole lines that are comment-policy, follow-us, app or disclaimer furniture, anywhere in the article. */
const FURNITURE_PHRASES = [
  /commenters?'? own|comments? (?:are|do) not (?:necessarily )?(?:reflect|represent)|no comments yet|be the first to comment|(?:add|leave|post|write) a comment|join the (?:conversation|discussion)|show comments|view comments/iu,
  /follow us on|download (?:our|the) app|get the app|available on the app store|get it on google play/iu,
  /(?:does|do) not necessarily (?:reflect|represent|share)|are (?:those|solely those) of the (?:author|writer)/iu,
  /continue reading the main story|story continues below|article continues below/iu,
  /لا (?:يعبر|تعبر) بالضرورة|(?:تعبر|يعبر) عن (?:رأي )?(?:أصحابها|كاتبها|كاتبه)|أضف تعليق|اضف تعليق|لا توجد تعليقات|كن أول من يعلق|تابعونا على|تابعوا .{1,30} على|حمّ?ل تطبيق/iu,
  /אינ(?:ה|ו|ן|ם) משקפ(?:ת|ים|ות)? בהכרח|הוסיפו תגובה|הוסף תגובה|הוספת תגובה|אין תגובות|היו הראשונים להגיב|עקבו אחרינו|הורידו את האפליקציה/iu,
  /لزوماً? (?:بیانگر|منعکس)|ارسال نظر|نظر خود را بنویسید|هنوز نظری|ما را در .{1,30} دنبال کنید|دانلود اپلیکیشن/iu,
  /ضروری نہیں|اپنی رائے (?:دیں|کا اظہار)|تبصرہ کریں|ہمیں .{1,30} پر فالو کریں|ایپ ڈاؤن لوڈ/iu,
  /gibt nicht (?:unbedingt|notwendigerweise) die meinung|kommentar schreiben|folgen sie uns|ne reflètent pas nécessairement|ajouter un commentaire|suivez-nous|no refleja(?:n)? necesariamente|deja un comentario|síguenos|seguici su|scrivi un commento/iu,
];

/** A counter or bare number on a line of its own: "1,234", "12K views", "5 comments", "Views: 300", "45%". */
const COUNTER =
  /^(?:[\d\s.,٬٫]+[kKmMкКkK]?\s*%?|[\d٠-٩۰-۹][\d٠-٩۰-۹\s.,٬٫]*[kKmM]?\s*(?:views?|comments?|shares?|likes?|reads?|votes?|مشاهدة|مشاهدات|تعليق|تعليقات|قراءة|צפיות|תגובות|בازدید|بازدید|نظر|دیدگاه|ویوز|تبصرے|aufrufe|kommentare|vues|commentaires|visitas|comentarios|visualizações)|(?:views?|comments?|shares?|likes?|مشاهدات|تعليقات|צפיות|תגובות|بازدید|نظرات)\s*:?\s*[\d٠-٩۰-۹][\d٠-٩۰-۹.,٬٫]*[kKmM]?)$/iu;

const LINES = 'p, div, span, li, h2, h3, h4, h5, h6, figcaption, small, em, strong, b, a, dt, dd, section, aside';
const HEADING = /^h[1-6]$/;

function remove(el: Element, body: Element, rule: string, trace?: RemovalTrace): void {
  const target = outermostWrapper(el, body);
  trace?.(rule, target);
  target.remove();
}

/** The innermost elements that hold text as lines of their own (no block inside), in document order. */
function lines(body: Element): Element[] {
  return [...body.querySelectorAll(LINES)].filter(
    (el) =>
      !el.querySelector('p, div, li, h2, h3, h4, h5, h6, section, aside, ul, ol, table, figure, img') &&
      squash(el.textContent) !== '' &&
      isWholeLine(el),
  );
}

/** The outermost line elements (a `<p><strong>Most read</strong></p>` is one line, the `<p>`). */
function outerLines(body: Element): Element[] {
  return [...new Set(lines(body).map((el) => outermostWrapper(el, body)))];
}

const isSkipLink = (a: Element): boolean => {
  const href = a.getAttribute('href') ?? '';
  const text = squash(a.textContent);
  return href.length > 1 && href.startsWith('#') && text.length <= 100 && SKIP_WORD.test(text);
};

/**
 * In-page skip links ("Skip Most read and continue reading"), the box they skip (everything up to their target)
 * and the target when it is a short "End of …" line. A skip link whose target is gone is dropped alone.
 */
function dropSkipRanges(body: Element, trace?: RemovalTrace): string[] {
  const skipped: string[] = [];
  // The body's weight before any removal, read at the first skip link (nothing is removed before one): most
  // pages have none, and then the whole body's text is never read.
  let bodyWeight: number | null = null;
  for (const link of [...body.querySelectorAll('a[href^="#"]')]) {
    if (!link.isConnected || !isSkipLink(link)) continue;
    bodyWeight ??= textWeight(squash(body.textContent));
    const text = squash(link.textContent);
    skipped.push(text);
    const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
    const target = [...body.querySelectorAll('[id], a[name]')].find(
      (el) => el.id === id || el.getAttribute('name') === id,
    );
    const start = outermostWrapper(link, body);
    const follows = target && !target.contains(start) && !!(start.compareDocumentPosition(target) & 4 /* FOLLOWING */);
    if (target && follows) {
      const range = body.ownerDocument.createRange();
      range.setStartBefore(start);
      const endText = squash(target.textContent);
      if (endText.length <= 80 && !target.querySelector('p, li, img')) range.setEndAfter(target);
      else range.setEndBefore(target);
      const weight = textWeight(squash(range.toString()));
      if (weight < bodyWeight / 2) {
        trace?.('skip-range', start);
        range.deleteContents();
        continue;
      }
    }
    trace?.('skip-link', start);
    start.remove();
  }
  return skipped;
}

/** "X" of an "End of X" line, or null. */
function endOf(text: string): string | null {
  const m = END_OF.exec(text);
  return m ? norm(m[1] ?? m[2]) : null;
}

/** Whether nothing but headings, end markers or nothing at all follows `el` up to the next heading of its rank or higher. */
function nothingUnder(el: Element, all: Element[], i: number): boolean {
  const rank = HEADING.test(el.localName) ? Number(el.localName[1]) : 7;
  for (let j = i + 1; j < all.length; j++) {
    const next = all[j]!;
    if (!next.isConnected || el.contains(next)) continue;
    const nextRank = HEADING.test(next.localName) ? Number(next.localName[1]) : null;
    if (nextRank !== null) return nextRank <= rank || BOX_HEADINGS.has(norm(next.textContent));
    if (BOX_HEADINGS.has(norm(next.textContent))) return true;
    return false;
  }
  return true;
}

/** The line after `all[i]` holds links: the box under a heading is still there (a "See also" list of references). */
function linksFollow(all: Element[], i: number): boolean {
  const next = all.slice(i + 1).find((el) => el.isConnected && !all[i]!.contains(el));
  return !!next && (next.localName === 'a' || !!next.querySelector('a[href]') || !!next.closest('li'));
}

/** The last block of running text: a paragraph of 120+ (weighted) characters that ends a sentence. */
function lastProse(all: Element[]): number {
  for (let i = all.length - 1; i >= 0; i--) {
    const text = squash(all[i]!.textContent);
    if (textWeight(text) >= 120 && /[.!?؟。！？۔"”»)]$/u.test(text)) return i;
  }
  return -1;
}

/** Short link-only line (tags, a tag cloud): all its text inside links, each link short. */
function isTagLine(el: Element): boolean {
  const links = [...el.querySelectorAll('a[href]')];
  if (links.length === 0 && el.localName !== 'a') return false;
  const all = el.localName === 'a' ? [el, ...links] : links;
  const text = squash(el.textContent).replace(/[\s,،;؛|·•#/]+/gu, '');
  const linked = all.reduce((n, a) => n + squash(a.textContent).replace(/[\s,،;؛|·•#/]+/gu, '').length, 0);
  return linked >= text.length && all.every((a) => squash(a.textContent).length <= 40);
}

export function dropFurniture(body: Element, trace?: RemovalTrace): number {
  let removed = 0;
  const skipped = dropSkipRanges(body, trace);
  // Box headings seen so far, and the "X" of skip links: an "End of X" line closes one of them.
  const named = new Set<string>(skipped.map((t) => norm(t.replace(SKIP_WORD, ''))));
  let all = outerLines(body);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (!el.isConnected) continue;
    const text = squash(el.textContent);
    const key = norm(text);
    if (text.length > 200) continue;
    let rule: string | null = null;
    const end = endOf(text);
    if (end && ([...named].some((n) => n.includes(end) || end.includes(n)) || BOX_HEADINGS.has(end)))
      rule = 'end-marker';
    // A box's heading or label with its box gone: nothing under it, or a bare label line ("Read also:") whose links went.
    else if (
      BOX_HEADINGS.has(key) &&
      !el.querySelector('a[href]') &&
      (nothingUnder(el, all, i) || !linksFollow(all, i))
    )
      rule = 'box-heading';
    else if (FURNITURE_PHRASES.some((re) => re.test(text))) rule = 'furniture-phrase';
    if (BOX_HEADINGS.has(key) || HEADING.test(el.localName)) named.add(key);
    if (!rule) continue;
    remove(el, body, rule, trace);
    removed++;
  }
  // After the last paragraph of running text: counters, bare numbers, tag lines, and headings left with nothing.
  all = outerLines(body);
  const last = lastProse(all);
  if (last >= 0) {
    let afterCounter = false;
    let keptAfter = false;
    for (let i = all.length - 1; i > last; i--) {
      const el = all[i]!;
      if (!el.isConnected) continue;
      const text = squash(el.textContent);
      let rule: string | null = null;
      if (COUNTER.test(text)) rule = 'counter';
      else if (text.length <= 300 && isTagLine(el)) rule = 'tag-line';
      // A poll's question above its results; a heading with only furniture below it.
      else if (afterCounter && text.length <= 200 && /[?؟？]$/u.test(text)) rule = 'poll';
      else if (!keptAfter && (HEADING.test(el.localName) || BOX_HEADINGS.has(norm(text))) && text.length <= 80)
        rule = 'trailing-heading';
      afterCounter = rule === 'counter';
      if (!rule) {
        keptAfter = true;
        continue;
      }
      remove(el, body, rule, trace);
      all.splice(i, 1);
      removed++;
    }
  }
  return removed;
}
