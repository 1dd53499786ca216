/** The article's title without the site's name, in many languages and title shapes. */
import { describe, expect, it } from 'vitest';
import {
  chooseTitle,
  decodeEntities,
  isSiteName,
  stripSiteName,
  titleInputs,
  type TitleInputs,
} from '../../../src/extract/title';

const page = (over: Partial<TitleInputs>): TitleInputs => ({
  documentTitle: '',
  metaTitles: [],
  headings: [],
  siteNames: [],
  host: 'www.example.com',
  lang: null,
  fallback: '',
  ...over,
});

describe('chooseTitle', () => {
  const cases: [string, Partial<TitleInputs>, string][] = [
    [
      'Headline - Site (og:site_name)',
      { fallback: 'Gold price hits a record high - The Daily Post', siteNames: ['The Daily Post'] },
      'Gold price hits a record high',
    ],
    [
      'Site | Headline',
      { fallback: 'The Daily Post | Gold price hits a record high', siteNames: ['The Daily Post'] },
      'Gold price hits a record high',
    ],
    [
      'Headline | Section | Site',
      { fallback: 'Gold price hits a record high | Business | The Daily Post', siteNames: ['The Daily Post'] },
      'Gold price hits a record high',
    ],
    [
      'Headline – Site – tagline',
      {
        fallback: 'Gold price hits a record high – The Daily Post – News you can trust',
        siteNames: ['The Daily Post'],
      },
      'Gold price hits a record high',
    ],
    [
      'Article - Wikipedia (hostname words)',
      { fallback: 'Mozilla - Wikipedia', host: 'en.wikipedia.org', headings: ['Mozilla'] },
      'Mozilla',
    ],
    [
      'hostname with a transliterated umlaut',
      { fallback: 'Steuern steigen im Herbst - Süddeutsche Zeitung', host: 'www.sueddeutsche.de' },
      'Steuern steigen im Herbst',
    ],
    [
      '"The" + hostname',
      { fallback: 'Rail strike called off | The Guardian', host: 'www.theguardian.com' },
      'Rail strike called off',
    ],
    [
      'Arabic, site from application-name',
      {
        fallback: 'آرون بوشنيل: أصدقاء الطيار الأمريكي يكافحون لاستيعاب ما حدث - بي بي سي عربي',
        siteNames: ['بي بي سي عربي'],
        lang: 'ar',
      },
      'آرون بوشنيل: أصدقاء الطيار الأمريكي يكافحون لاستيعاب ما حدث',
    ],
    [
      'Arabic, site first, h1 repeats the headline',
      {
        fallback: 'الجزيرة نت | ارتفاع أسعار الذهب إلى مستوى قياسي',
        headings: ['ارتفاع أسعار الذهب إلى مستوى قياسي'],
        lang: 'ar',
      },
      'ارتفاع أسعار الذهب إلى مستوى قياسي',
    ],
    [
      'Hebrew, site from JSON-LD publisher',
      { fallback: 'הכנסת אישרה את התקציב בקריאה שנייה - חדשות היום', siteNames: ['חדשות היום'], lang: 'he' },
      'הכנסת אישרה את התקציב בקריאה שנייה',
    ],
    [
      'Persian, section and site',
      {
        fallback: 'افزایش قیمت طلا در بازار تهران | اقتصاد | خبرگزاری نمونه',
        siteNames: ['خبرگزاری نمونه'],
        lang: 'fa',
      },
      'افزایش قیمت طلا در بازار تهران',
    ],
    [
      'Urdu, site from hostname words',
      { fallback: 'ملک میں شدید گرمی کی لہر جاری - Urdu Akhbar', host: 'www.urduakhbar.pk', lang: 'ur' },
      'ملک میں شدید گرمی کی لہر جاری',
    ],
    [
      'Urdu headline under an English title: the h1',
      {
        fallback: 'Heatwave grips the country, Met Office issues alert',
        headings: ['ملک کے بیشتر علاقوں میں شدید گرمی کی لہر، محکمہ موسمیات نے الرٹ جاری کر دیا'],
        lang: 'ur',
      },
      'ملک کے بیشتر علاقوں میں شدید گرمی کی لہر، محکمہ موسمیات نے الرٹ جاری کر دیا',
    ],
    [
      'transliterated title over an Urdu h1, page without lang',
      {
        fallback: 'Mulk mein shadeed garmi ki lehar - Daily Khabar',
        siteNames: ['Daily Khabar'],
        headings: ['ملک میں شدید گرمی کی لہر'],
      },
      'ملک میں شدید گرمی کی لہر',
    ],
    [
      'Japanese, full-width bar',
      { fallback: '日銀が追加利上げを決定｜経済ニュース', siteNames: ['経済ニュース'] },
      '日銀が追加利上げを決定',
    ],
    [
      'German, h1 repeats the first part',
      {
        fallback: 'Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung',
        headings: ['Steigende US-Zinsen setzen Dax zu'],
      },
      'Steigende US-Zinsen setzen Dax zu',
    ],
    [
      'double-escaped entities',
      { fallback: 'Samsung soll Smartphones zerst&ouml;ren - Golem.de', host: 'www.golem.de' },
      'Samsung soll Smartphones zerstören',
    ],
    // Left alone:
    [
      'no separator: unchanged',
      { fallback: 'Gold price hits a record high', siteNames: ['The Daily Post'] },
      'Gold price hits a record high',
    ],
    [
      'a dash inside the headline, no site part',
      { fallback: 'Lorem ipsum - a study in filler text', siteNames: ['Daily Post'] },
      'Lorem ipsum - a study in filler text',
    ],
    [
      'a headline that mentions the site stays whole',
      {
        fallback: 'Wikipedia editors vote on a new logo - Tech Times',
        host: 'en.wikipedia.org',
        siteNames: ['Tech Times'],
      },
      'Wikipedia editors vote on a new logo',
    ],
    [
      'a colon kicker is part of the headline',
      { fallback: 'آرون بوشنيل: أصدقاء الطيار يكافحون', lang: 'ar' },
      'آرون بوشنيل: أصدقاء الطيار يكافحون',
    ],
    [
      'the logo h1 is not the headline',
      {
        fallback: 'Outside the web: standalone binaries · V8',
        headings: ['V8', 'Outside the web: standalone binaries'],
      },
      'Outside the web: standalone binaries',
    ],
    [
      'a site name that is the h1 is the headline',
      {
        fallback: 'Nintendo ships its first phone game',
        siteNames: ['Nintendo ships its first phone game', 'MSN'],
        headings: ['msn back to msn home', 'Nintendo ships its first phone game'],
      },
      'Nintendo ships its first phone game',
    ],
    [
      'og:title that is only the site: the h1',
      {
        fallback: 'Yahoo News - Latest News & Headlines',
        siteNames: ['Yahoo News - Latest News & Headlines'],
        headings: ['Russia: cargo ship breaks up over Siberia'],
      },
      'Russia: cargo ship breaks up over Siberia',
    ],
    [
      'a blog name (og:site_name) inside the longest part stays',
      {
        fallback: '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::',
        siteNames: ['史蒂文的家_藍天'],
        headings: ['痞客邦 PIXNET', '史蒂文的家_藍天'],
      },
      '新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::',
    ],
    [
      "og:title and h1 disagree: Readability's pick stays",
      {
        fallback: 'Vision Pro hands-on: the Retina moment for headsets',
        metaTitles: [
          'Vision Pro hands-on: the Retina moment for headsets',
          'Vision Pro is the Retina moment for headsets',
        ],
        headings: ['Vision Pro is the Retina moment for headsets'],
      },
      'Vision Pro hands-on: the Retina moment for headsets',
    ],
    [
      'English h1 over an English title: no script switch',
      {
        fallback: 'Gold price hits a record high',
        headings: ['Markets today'],
        lang: 'en',
      },
      'Gold price hits a record high',
    ],
  ];
  for (const [name, over, want] of cases) it(name, () => expect(chooseTitle(page(over))).toBe(want));
});

describe('stripSiteName and isSiteName', () => {
  it('keeps a title whose only parts are the site', () =>
    expect(stripSiteName('Wikipedia', [], 'en.wikipedia.org')).toBe('Wikipedia'));
  it('takes "BBC News" for "BBC News عربي"', () => expect(isSiteName('BBC News', ['BBC News عربي'], '')).toBe(true));
  it('takes the hostname written out for the site, however short its name', () => {
    expect(stripSiteName('Iran odmawia udziału w rozmowach z USA - rp.pl', [], 'www.rp.pl')).toBe(
      'Iran odmawia udziału w rozmowach z USA',
    );
    expect(stripSiteName('Zwei Tote bei Unfall auf der A3 | FAZ.NET', [], 'm.faz.net')).toBe(
      'Zwei Tote bei Unfall auf der A3',
    );
    expect(isSiteName('BBC.co.uk', [], 'news.bbc.co.uk')).toBe(true);
    expect(isSiteName('rp.pl', [], 'www.example.com')).toBe(false);
  });
  it('does not take a long headline for the site', () =>
    expect(isSiteName('Zeit für einen neuen Anfang in der Politik', [], 'www.zeit.de')).toBe(false));
  it('decodes numeric and named references', () =>
    expect(decodeEntities('Swift&#8217;s &quot;best&quot; &eacute;t&eacute;')).toBe('Swift’s "best" été'));
});

describe('titleInputs', () => {
  it('reads og, JSON-LD, h1 and the host', () => {
    document.documentElement.setAttribute('lang', 'he');
    document.head.innerHTML = `<title>כותרת - אתר</title><meta property="og:site_name" content="אתר">
      <meta property="og:title" content="כותרת &amp; עוד">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"כותרת","publisher":{"@type":"Organization","name":"אתר החדשות"}}]}</script>`;
    document.body.innerHTML = '<h1> כותרת </h1>';
    const inputs = titleInputs(document, 'x');
    expect(inputs.metaTitles).toEqual(['כותרת', 'כותרת & עוד']);
    expect(inputs.siteNames).toEqual(['אתר', 'אתר החדשות']);
    expect(inputs.headings).toEqual(['כותרת']);
    expect(inputs.lang).toBe('he');
    expect(inputs.documentTitle).toBe('כותרת - אתר');
  });
});
