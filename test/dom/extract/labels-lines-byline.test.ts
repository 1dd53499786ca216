/** Caption labels, wiki furniture, text lines and bylines: the small clean-up steps, on hand-made bodies. */
import { describe, expect, it } from 'vitest';
import { chooseByline, plausibleByline } from '../../../src/extract/byline';
import { dropCaptionLabels, dropWikiFurniture } from '../../../src/extract/labels';
import { dropStrayMarkup, markLineBreaks } from '../../../src/extract/text-lines';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}
const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('dropCaptionLabels', () => {
  const cases: [string, string, string][] = [
    ['English source', '<p><span>Image source,</span> <span>Getty Images</span></p>', 'Getty Images'],
    [
      'English caption in figcaption text',
      '<figure><figcaption>Image caption, Protesters outside parliament</figcaption></figure>',
      'Protesters outside parliament',
    ],
    ['Arabic source', '<p><span>صدر الصورة،</span> <span>رويترز</span></p>', 'رويترز'],
    [
      'Arabic caption',
      '<figcaption><span>التعليق على الصورة،</span><p>متظاهرون أمام البرلمان</p></figcaption>',
      'متظاهرون أمام البرلمان',
    ],
    ['Persian', '<p><span>منبع تصویر،</span> <span>ایسنا</span></p>', 'ایسنا'],
    ['Urdu', '<figcaption><span>تصویر کا کیپشن،</span> لاہور میں بارش</figcaption>', 'لاہور میں بارش'],
    ['Hebrew', '<p><span>מקור התמונה:</span> <span>רויטרס</span></p>', 'רויטרס'],
    ['hidden author label', '<li><span>Author,</span> <span>Jane Doe</span></li>', 'Jane Doe'],
    ['a visible "Author:" stays', '<p><b>Author:</b> Toni Morrison</p>', 'Author: Toni Morrison'],
    ['a label alone stays (nothing to introduce)', '<p><span>Image caption,</span></p>', 'Image caption,'],
    [
      'words in running text stay',
      '<p>The image caption, he said, was wrong.</p>',
      'The image caption, he said, was wrong.',
    ],
  ];
  for (const [name, html, want] of cases) {
    it(name, () => {
      const b = body(html);
      dropCaptionLabels(b);
      expect(text(b)).toBe(want);
    });
  }
});

describe('dropWikiFurniture', () => {
  it('drops [edit] links in many languages, with their brackets', () => {
    for (const word of ['edit', 'ویرایش', 'تعديل', 'עריכה', 'ترمیم', 'Bearbeiten']) {
      const b = body(
        `<h2><span id="h">History</span><span><span>[</span><a href="/w?action=edit">${word}</a><span>]</span></span></h2><p>Text.</p>`,
      );
      dropWikiFurniture(b);
      expect(text(b.querySelector('h2')!)).toBe('History');
    }
  });
  it('drops a table of contents, keeps footnotes and ordinary link lists', () => {
    const b =
      body(`<div><h2>المحتويات</h2><ul><li><a href="#a">1 أ</a></li><li><a href="#b">2 ب</a></li><li><a href="#c">3 ج</a></li></ul></div>
      <h2 id="a">أ</h2><p>نص.</p><h2 id="b">ب</h2><p>نص.</p><h2 id="c">ج</h2>
      <ol><li>Smith, J. (2020). A long reference with enough text to be content. <a href="#r1">^</a></li><li>Another reference, also long enough to count. <a href="#r2">^</a></li><li>A third. <a href="#r3">^</a></li></ol>
      <ul><li><a href="https://example.org/1">One</a></li><li><a href="https://example.org/2">Two</a></li><li><a href="https://example.org/3">Three</a></li></ul>`);
    dropWikiFurniture(b);
    expect(text(b)).not.toContain('المحتويات');
    expect(text(b)).not.toContain('1 أ');
    expect(text(b)).toContain('A long reference');
    expect(text(b)).toContain('Three');
  });
});

describe('text lines', () => {
  it('puts a line feed after each <br> inside a block, not in code', () => {
    const b = body('<p>القاهرة (أ ف ب)<br>قال الوزير.</p><pre>a<br>b</pre>');
    markLineBreaks(b);
    expect(b.querySelector('p')!.textContent).toBe('القاهرة (أ ف ب)\nقال الوزير.');
    expect(b.querySelector('pre')!.textContent).toBe('ab');
  });
  it('drops stray comment markup, not in code', () => {
    const b = body('<p>Text --&gt;</p><p>&lt;![endif]--&gt;More</p><code>&lt;!-- kept --&gt;</code>');
    dropStrayMarkup(b);
    expect(text(b.querySelectorAll('p')[0]!)).toBe('Text');
    expect(text(b.querySelectorAll('p')[1]!)).toBe('More');
    expect(b.querySelector('code')!.textContent).toBe('<!-- kept -->');
  });
});

describe('byline', () => {
  const cases: [string | null, string[], string | null][] = [
    ['Jane Doe', [], 'Jane Doe'],
    ['Reuters', [], 'Reuters'],
    ['سارا محمدی و علی رضایی', [], 'سارا محمدی و علی رضایی'],
    ['https://www.facebook.com/worldradio', [], null],
    ['@BBCArabic', ['ليلى حسن'], 'ليلى حسن'],
    ['يقول خبراء الأرصاد إن الأمطار ستستمر حتى الخميس.', [], null],
    ['The minister said on Tuesday that talks would resume next week in Geneva', [], null],
    ['מאת דנה לוי · 11.03.2025', ['דנה לוי'], 'דנה לוי'],
    [null, ['https://example.org/author/x', 'عائشہ خان'], 'عائشہ خان'],
    ['J. R. R. Tolkien', [], 'J. R. R. Tolkien'],
  ];
  for (const [found, candidates, want] of cases) {
    it(`${found ?? '(none)'} → ${want ?? 'no byline'}`, () => expect(chooseByline(found, candidates)).toBe(want));
  }
  it('names are short runs of words', () => expect(plausibleByline('Ahmed Ali, Sara Cohen and Li Wei')).toBe(true));
});

describe('dropHeaderBlock', () => {
  it('drops the byline, outlet and date lines the header shows, and the rule left empty', async () => {
    const { dropHeaderBlock } = await import('../../../src/extract/header-block');
    const b = body(
      '<hr><ul><li><span>Author,</span> <span>كايلا إبستين</span></li><li>بي بي سي نيوز</li></ul><time>3 مارس/ آذار 2024</time><hr><p>صباح يوم الأحد توجه إلى السفارة.</p>',
    );
    b.querySelector('ul')!.append(b.querySelector('time')!);
    b.querySelector('li span')!.remove();
    expect(dropHeaderBlock(b, 'كايلا إبستين')).toBe(true);
    expect(text(b)).toBe('صباح يوم الأحد توجه إلى السفارة.');
    expect(b.querySelectorAll('hr').length).toBe(0);
  });
  it('keeps a block with prose beside the name', async () => {
    const { dropHeaderBlock } = await import('../../../src/extract/header-block');
    const b = body(
      '<div><p>Jane Doe</p><p>Jane Doe has covered the region for ten years. She lives in Cairo.</p></div><p>Body.</p>',
    );
    expect(dropHeaderBlock(b, 'Jane Doe')).toBe(false);
    expect(text(b)).toContain('has covered the region');
  });
});
