import { describe, expect, it } from 'vitest';
import {
  LATIN_FALLBACK_LANGUAGE,
  dominantScript,
  guessLanguageFromScript,
  normalizeLangTag,
  primaryLanguage,
  resolveBlockLanguage,
  scriptOfLanguage,
  type ScriptName,
} from '../../../src/text/language';

const AR = 'قالت وزارة الصحة إن عدد الحالات ارتفع خلال الأسبوع الماضي';
const FA = 'وزارت بهداشت اعلام کرد که تعداد بیماران در هفته گذشته افزایش یافته است';
const UR = 'وزیر اعظم نے کہا کہ حکومت عوام کی مدد کرے گی اور مہنگائی کم ہوگی۔';
const HE = 'משרד הבריאות הודיע היום על עלייה במספר החולים';
const EN = 'The ministry said the number of patients rose last week';

describe('primaryLanguage', () => {
  const cases: [string | null | undefined, string | null][] = [
    ['ar', 'ar'],
    ['ar-001', 'ar'],
    ['ar_EG', 'ar'],
    ['AR', 'ar'],
    [' ar-EG ', 'ar'],
    ['iw', 'he'],
    ['iw_IL', 'he'],
    ['he-IL', 'he'],
    ['ji', 'yi'],
    ['in-ID', 'id'],
    ['fa-IR', 'fa'],
    ['ur-PK', 'ur'],
    ['ckb-IQ', 'ckb'],
    ['zh-Hant-TW', 'zh'],
    ['en-US-x-private', 'en'],
    ['und', null],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['a', null],
    ['1234', null],
    ['e$', null],
    ['-ar', null],
  ];
  it.each(cases)('%j → %j', (tag, expected) => expect(primaryLanguage(tag)).toBe(expected));
});

describe('normalizeLangTag', () => {
  const cases: [string | null | undefined, string | null][] = [
    ['ar', 'ar'],
    ['ar_EG', 'ar-EG'],
    ['AR-eg', 'ar-EG'],
    ['ar-001', 'ar-001'],
    ['iw', 'he'],
    ['iw_IL', 'he-IL'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['az-arab', 'az-Arab'],
    [' fa-IR ', 'fa-IR'],
    ['', null],
    [null, null],
    [undefined, null],
    ['en-', null],
    ['not a tag', null],
    ['x-foo', null],
  ];
  it.each(cases)('%j → %j', (tag, expected) => expect(normalizeLangTag(tag)).toBe(expected));
});

describe('dominantScript', () => {
  const cases: [string, ScriptName | null][] = [
    [AR, 'arabic'],
    [FA, 'arabic'],
    [UR, 'arabic'],
    [HE, 'hebrew'],
    [EN, 'latin'],
    ['iPhone 15 يصل إلى الأسواق العربية اليوم', 'arabic'],
    ['הכנס של Google I/O התקיים', 'hebrew'],
    ['The word كتاب means book', 'latin'],
    ['Привет, мир', 'cyrillic'],
    ['Καλημέρα κόσμε', 'greek'],
    ['这是一个中文句子', 'han'],
    ['これはテストです', 'hiragana-katakana'],
    ['안녕하세요 세계', 'hangul'],
    ['नमस्ते दुनिया', 'devanagari'],
    ['สวัสดีครับ', 'thai'],
    ['გამარჯობა', 'other'],
    ['', null],
    ['2024 — 15% ١٢٣', null],
  ];
  it.each(cases)('%j → %s', (text, expected) => expect(dominantScript(text)).toBe(expected));
});

describe('guessLanguageFromScript', () => {
  const cases: [string, string, string | null][] = [
    ['Arabic news', AR, 'ar'],
    ['Arabic short', 'مرحبا', 'ar'],
    ['Arabic with ي and ك', 'في ذلك الكتاب', 'ar'],
    ['ambiguous short Arabic-script word defaults to Arabic', 'سلام', 'ar'],
    ['Persian news', FA, 'fa'],
    ['Persian short (Persian yeh and keheh)', 'این کتاب', 'fa'],
    ['Persian short with پ', 'پدر', 'fa'],
    ['Persian with ژ', 'ژاله', 'fa'],
    ['Persian typed with Arabic ي/ك', 'پزشكان گفتند كه بيماري در حال گسترش است', 'fa'],
    ['Urdu news', UR, 'ur'],
    ['Urdu short', 'ہے', 'ur'],
    ['Urdu with retroflex letters', 'ٹرین ڈبہ', 'ur'],
    ['Urdu shares پ چ گ with Persian, Urdu checked first', 'پاکستان میں گرمی بڑھ رہی ہے', 'ur'],
    [
      'one Urdu name in an Arabic article stays Arabic',
      'قال ٹرمپ إن الولايات المتحدة ستفرض رسوما جديدة على الواردات الصينية في الأسابيع المقبلة',
      'ar',
    ],
    ['a Persian name in an Arabic sentence stays Arabic', 'التقت الممثلة گلشیفته بالصحافة في القاهرة', 'ar'],
    ['Arabic quote with English around it', `He said: "${AR}" yesterday`, 'ar'],
    ['Hebrew', HE, 'he'],
    ['Yiddish (Hebrew script)', 'גוט מארגן', 'he'],
    ['Chinese', '这是一个中文句子', 'zh'],
    ['Japanese kana', 'これはテストです', 'ja'],
    ['Japanese mostly kanji', '東京都知事選挙の結果', 'ja'],
    ['Korean', '안녕하세요 세계', 'ko'],
    ['Russian', 'Привет, мир', 'ru'],
    ['Greek', 'Καλημέρα κόσμε', 'el'],
    ['Thai', 'สวัสดีครับ', 'th'],
    ['Hindi', 'नमस्ते दुनिया', 'hi'],
    ['Latin cannot be told apart', EN, null],
    ['French', 'Bonjour le monde', null],
    ['Georgian (unsupported)', 'გამარჯობა', null],
    ['no letters', '123 !!', null],
    ['empty', '', null],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(guessLanguageFromScript(text)).toBe(expected));
});

describe('scriptOfLanguage', () => {
  const cases: [string | null | undefined, ScriptName | null][] = [
    ['ar', 'arabic'],
    ['ar-EG', 'arabic'],
    ['ar_001', 'arabic'],
    ['fa', 'arabic'],
    ['ur', 'arabic'],
    ['ps', 'arabic'],
    ['az-Arab', 'arabic'],
    ['az', 'latin'],
    ['he', 'hebrew'],
    ['iw', 'hebrew'],
    ['yi', 'hebrew'],
    ['en', 'latin'],
    ['fr-CA', 'latin'],
    ['tr', 'latin'],
    ['sr', 'cyrillic'],
    ['sr-Latn', 'latin'],
    ['ru', 'cyrillic'],
    ['el', 'greek'],
    ['zh', 'han'],
    ['zh-TW', 'han'],
    ['ja', 'hiragana-katakana'],
    ['ko', 'hangul'],
    ['hi', 'devanagari'],
    ['th', 'thai'],
    ['ka', 'other'],
    ['', null],
    [null, null],
    ['und', null],
    ['!!', null],
  ];
  it.each(cases)('%j → %j', (tag, expected) => expect(scriptOfLanguage(tag)).toBe(expected));
});

describe('resolveBlockLanguage', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['Arabic block, Arabic page keeps the page tag', AR, 'ar-EG', 'ar-EG'],
    ['page tag is canonicalised', AR, 'ar_eg', 'ar-EG'],
    ['Arabic block, English page', AR, 'en', 'ar'],
    ['Arabic quote with a Latin brand name, English page', 'iPhone 15 يصل إلى الأسواق العربية اليوم', 'en-US', 'ar'],
    ['Persian block, English page', FA, 'en', 'fa'],
    ['Urdu block, English page', UR, 'en', 'ur'],
    ['Hebrew block, English page', HE, 'en', 'he'],
    ['Hebrew block, Hebrew page (legacy iw)', HE, 'iw', 'he'],
    ['Hebrew block, Arabic page', HE, 'ar', 'he'],
    ['English block, Arabic page → Latin fallback', EN, 'ar', LATIN_FALLBACK_LANGUAGE],
    ['English block, Hebrew page', EN, 'he-IL', 'en'],
    ['English block, Persian page', EN, 'fa', 'en'],
    ['English block, Japanese page', EN, 'ja', 'en'],
    ['English block, English page', EN, 'en-GB', 'en-GB'],
    ['French block, French page', 'Bonjour tout le monde', 'fr', 'fr'],
    ['Latin block without page language is unknown', EN, null, null],
    ['Arabic block without page language', AR, null, 'ar'],
    ['Persian block without page language', FA, null, 'fa'],
    ['Persian block in an Arabic page (overwhelming evidence)', FA, 'ar', 'fa'],
    ['Arabic verse in a Persian page', AR, 'fa-IR', 'ar'],
    ['Urdu block in an Arabic page', UR, 'ar', 'ur'],
    ['Persian block in a Persian page keeps the tag', FA, 'fa-IR', 'fa-IR'],
    ['Urdu block in an Urdu page keeps the tag', UR, 'ur-PK', 'ur-PK'],
    ['short ambiguous Arabic-script text trusts the page', 'سلام دوست', 'fa', 'fa'],
    ['Persian block in a Pashto page trusts the page', FA, 'ps', 'ps'],
    ['Russian block in an Arabic page', 'Привет, мир', 'ar', 'ru'],
    ['Kanji-only block in a Japanese page', '東京都知事', 'ja-JP', 'ja-JP'],
    ['Han block in a Korean page', '大韓民國', 'ko', 'ko'],
    ['Chinese block in a Chinese page', '这是一个中文句子', 'zh-TW', 'zh-TW'],
    ['numbers only keep the page language', '2024 — 15%', 'ar', 'ar'],
    ['empty block keeps the page language', '', 'he', 'he'],
    ['numbers only, no page language', '2024', null, null],
    ['invalid page language is ignored (Arabic)', AR, 'not a tag', 'ar'],
    ['invalid page language is ignored (Latin)', EN, '???', null],
  ];
  it.each(cases)('%s', (_name, text, page, expected) => {
    expect(resolveBlockLanguage(text, page)).toBe(expected);
  });
});
