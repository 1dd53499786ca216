/**
 * A dateline among the first lines of the article: a line that is a date and nothing else — a day, a month (as a
 * number or a name from short lists: English, French, German, Spanish, Italian, Portuguese, Arabic in its three
 * naming traditions, Persian, Urdu, Hebrew), a four-digit year, and at most a weekday, a time, a time zone and a
 * label such as "Published" / "نُشر في" / "تاریخ انتشار" / "פורסם". Latin, Arabic-Indic and Persian digits are read;
 * a Persian solar (Jalali) date is converted; a Hijri date beside a Gregorian one is skipped over.
 *
 * One date, in the header: when the page's structured data gives none, the dateline's date becomes the article's
 * date and the line leaves the body; when it gives the same day, the line goes as a repeat. A line whose date cannot
 * be read for sure (a day/month order that could be either, a Hijri date alone, an "updated" line) or that names
 * another day stays where it is: a dateline is never lost.
 */
import { removeWithWrappers, squash } from '../dom/dom';

/** Month names, January to December, each line `|`-separated (Arabic has Egyptian/Gulf, Levantine and Maghrebi names). */
const MONTHS: readonly (readonly string[])[] = [
  'january|jan|janvier|januar|jänner|enero|gennaio|janeiro|يناير|كانون الثاني|جانفي|ژانویه|جنوری|ינואר',
  'february|feb|février|fevrier|februar|febrero|febbraio|fevereiro|فبراير|شباط|فيفري|فوریه|فروری|פברואר',
  'march|mar|mars|märz|marzo|março|مارس|آذار|مارچ|מרץ|מרס',
  'april|apr|avril|abril|aprile|أبريل|ابريل|إبريل|نيسان|أفريل|افريل|آوریل|اپریل|אפריל',
  'may|mai|mayo|maggio|maio|مايو|أيار|ايار|ماي|مه|می|مئی|مئ|מאי',
  'june|jun|juin|juni|junio|giugno|junho|يونيو|يونيه|حزيران|جوان|ژوئن|جون|יוני',
  'july|jul|juillet|juli|julio|luglio|julho|يوليو|يوليه|تموز|جويلية|ژوئیه|جولای|جولائی|יולי',
  'august|aug|août|aout|agosto|أغسطس|اغسطس|آب|أوت|اوت|آگوست|اگست|אוגוסט',
  'september|sep|sept|septembre|septiembre|setiembre|settembre|setembro|سبتمبر|أيلول|ايلول|سپتامبر|ستمبر|ספטמבר',
  'october|oct|octobre|oktober|octubre|ottobre|outubro|أكتوبر|اكتوبر|تشرين الأول|تشرين الاول|اکتبر|اکتوبر|אוקטובר',
  'november|nov|novembre|noviembre|novembro|نوفمبر|تشرين الثاني|نوامبر|نومبر|נובמבר',
  'december|dec|décembre|decembre|dezember|diciembre|dicembre|dezembro|ديسمبر|كانون الأول|كانون الاول|دسامبر|دسمبر|דצמבר',
].map((names) => names.split('|'));

/** The Persian solar months, Farvardin to Esfand. */
const JALALI = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];

/** The Hijri months, so that a Hijri date written beside the Gregorian one can be skipped over. */
const HIJRI =
  'محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة';

/** What a date-only line may hold besides the date: labels, weekdays, era and time words, time zones. */
const FILLER = new Set(
  [
    // labels
    'published posted on at date the of publié publie le publicado el de del veröffentlicht am um den pubblicato il em à a às alle ore las في بتاريخ تاريخ النشر نشر نُشر منشور الساعة الموافق م هـ ه تاریخ انتشار منتشر شده ساعت در ش شائع اشاعت شدہ بتاریخ بجے פורסם פורסמה תאריך בשעה יום',
    // weekdays
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta feira الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت شنبه یکشنبه یک‌شنبه دوشنبه سه‌شنبه سه چهارشنبه پنجشنبه پنج‌شنبه پنج جمعه پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار ראשון שני שלישי רביעי חמישי שישי שבת',
    // time zones
    'gmt utc et est edt ct cst cdt pt pst pdt bst cet cest ist mez mesz',
  ]
    .join(' ')
    .split(' ')
    .map((w) => w.normalize('NFC')),
);

const LETTER = '[\\p{L}\\p{M}]';
const alternation = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).join('|');
/** A month name as a whole word; Hebrew writes it with the preposition ב ("3 במרץ 2024"). */
const MONTH_NAME = new RegExp(
  `(?<!${LETTER})(?:ב-?)?(${alternation([...MONTHS.flat(), ...JALALI])})\\.?(?!${LETTER})`,
  'u',
);
const HIJRI_DATE = new RegExp(`(?:\\d{1,2}\\s+)?(?:${HIJRI})(?:\\s+\\d{4})?(?:\\s*(?:هـ|ه)(?!${LETTER}))?`, 'gu');
/** A clock time ("10:30", "10:30 pm", "۱۰:۳۰ ق.ظ", "10.30 Uhr", "10h30"), never part of a numeric date. */
const TIME =
  /(?<![\d./-])\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2}|\.\d{2}(?=\s*uhr))(?:\s*(?:a\.?m\.?|p\.?m\.?|صباحًا|صباحا|مساءً|مساء|ص|م|ق\.?\s?ظ|ب\.?\s?ظ|uhr|h))?(?![\p{L}\d])/giu;
/** A time zone offset, read only once the date is out of the line ("+03:00", "GMT+2"). */
const OFFSET = /(?:gmt|utc)?\s*[+-]\d{1,2}(?::?\d{2})?(?!\d)/giu;

/** Arabic-Indic and Persian digits as ASCII digits; whether any were Persian. */
function asciiDigits(text: string): { text: string; persian: boolean } {
  let persian = false;
  const out = text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => {
    const code = d.codePointAt(0)!;
    if (code >= 0x6f0) persian = true;
    return String(code - (code >= 0x6f0 ? 0x6f0 : 0x660));
  });
  return { text: out, persian };
}

const pad = (n: number): string => String(n).padStart(2, '0');

function gregorian(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const PERSIAN_CALENDAR = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** A Persian solar date as a Gregorian ISO date (searched near its approximate day with the Persian calendar). */
function jalali(year: number, month: number, day: number): string | null {
  if (year < 1300 || year > 1500 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const approx = Date.UTC(year + 621, 2, 21) + ((month - 1) * 30.5 + day - 1) * 86_400_000;
  for (let shift = -4; shift <= 4; shift++) {
    const date = new Date(approx + shift * 86_400_000);
    const parts = Object.fromEntries(PERSIAN_CALENDAR.formatToParts(date).map((p) => [p.type, p.value]));
    if (Number(parts['year']) === year && Number(parts['month']) === month && Number(parts['day']) === day)
      return date.toISOString().slice(0, 10);
  }
  return null;
}

/** Whether what is left of the line, once the date is taken out, is only labels, weekdays and punctuation. */
function onlyFiller(rest: string): boolean {
  return rest
    .split(/[\s,،؛;|:\-–—/()[\]•·.]+/u)
    .filter(Boolean)
    .every((word) => FILLER.has(word) || /^(?:st|nd|rd|th|er)$/u.test(word));
}

/** Year, month and day from a numeric date in `text`, and the text it was read from. */
function numericDate(text: string): { y: number; m: number; d: number; match: string } | null {
  const ymd = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u.exec(text);
  if (ymd) return { y: Number(ymd[1]), m: Number(ymd[2]), d: Number(ymd[3]), match: ymd[0] };
  const dmy = /(?<![\d.])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/u.exec(text);
  if (!dmy) return null;
  const [a, b] = [Number(dmy[1]), Number(dmy[2])];
  // Day first unless that is impossible; both ≤ 12 and different: day/month or month/day, so not for sure.
  const [d, m] = a > 12 ? [a, b] : b > 12 ? [b, a] : a === b ? [a, b] : [0, 0];
  return { y: Number(dmy[3]), m, d, match: dmy[0] };
}

/** Year, month (1–12) and day from a date with a month name in `text`, and whether the month is Persian solar. */
function namedDate(text: string): { y: number; m: number; d: number; solar: boolean; rest: string } | null {
  const month = MONTH_NAME.exec(text);
  if (!month) return null;
  let rest = text.replace(month[0], ' ');
  if (MONTH_NAME.test(rest)) return null;
  const years = [...rest.matchAll(/(?<!\d)\d{4}(?!\d)/gu)];
  const days = [...rest.matchAll(/(?<!\d)\d{1,2}(?!\d)/gu)];
  if (years.length !== 1 || days.length !== 1) return null;
  rest = rest.replace(years[0]![0], ' ').replace(new RegExp(`(?<!\\d)${days[0]![0]}(?!\\d)`, 'u'), ' ');
  const name = month[1]!;
  const solar = JALALI.indexOf(name);
  return {
    y: Number(years[0]![0]),
    m: solar >= 0 ? solar + 1 : MONTHS.findIndex((names) => names.includes(name)) + 1,
    d: Number(days[0]![0]),
    solar: solar >= 0,
    rest,
  };
}

const UPDATED =
  /update|aktualisiert|mis à jour|actualizad|aggiornat|atualizad|تحديث|بروزرسانی|به‌روز|ویرایش|עודכן|اپ ڈیٹ/u;

/** The ISO date (YYYY-MM-DD) of a line that is a date and nothing else; null when it is not, or not for sure. */
export function readDateline(line: string): string | null {
  const squashed = squash(line);
  if (!squashed || squashed.length > 90) return null;
  const { text, persian } = asciiDigits(squashed.normalize('NFC').toLowerCase());
  if (!/\d/u.test(text) || UPDATED.test(text)) return null;
  let rest = text.replace(TIME, ' ');
  const withoutHijri = rest.replace(HIJRI_DATE, ' ');
  // A Hijri date is skipped only beside a Gregorian one; alone it stays unread.
  if (withoutHijri !== rest && /\d{4}/u.test(withoutHijri)) rest = withoutHijri;
  const numeric = numericDate(rest);
  const named = numeric ? null : namedDate(rest.replace(OFFSET, ' '));
  const date = numeric ?? named;
  if (!date) return null;
  const left = (numeric ? rest.replace(numeric.match, ' ') : named!.rest).replace(OFFSET, ' ');
  if (!onlyFiller(left)) return null;
  // Years before 1500 are Persian solar when the month says so or the digits are Persian; else (Hijri) unread.
  if (named?.solar || date.y < 1500) return named?.solar || persian ? jalali(date.y, date.m, date.d) : null;
  return gregorian(date.y, date.m, date.d);
}

/** Elements that hold lines; a line is one of them with no other inside. */
const BLOCKS = 'p, div, li, dd, address, header, section, h2, h3, h4, h5, h6, blockquote, figure, ul, ol, table';
const LINE = 'p, div, li, dd, address, header, h2, h3, h4, h5, h6';

/** How many of the article's first lines may hold the dateline. */
const FIRST_LINES = 6;

/**
 * Find the dateline among the first lines of `body`. `known` is the date the page's structured data gives (or
 * null). Returns the dateline's ISO date when it left the body to be the article's date; the line also leaves when
 * it repeats `known`'s day (then null is returned: the known date stands).
 */
export function takeDateline(body: Element, known: string | null): string | null {
  let seen = 0;
  for (const el of body.querySelectorAll(LINE)) {
    if (el.querySelector(BLOCKS) || !squash(el.textContent)) continue;
    if (++seen > FIRST_LINES) break;
    // The whole line must be the date (readDateline), never a date inside a sentence.
    const iso = readDateline(el.textContent ?? '');
    if (!iso) continue;
    if (known && !known.startsWith(iso)) return null;
    removeWithWrappers(el, body);
    return known ? null : iso;
  }
  return null;
}
