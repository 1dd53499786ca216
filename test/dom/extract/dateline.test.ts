/** Datelines: a date-only line among the article's first lines becomes the header's date, and is never lost. */
import { describe, expect, it } from 'vitest';
import { readDateline, takeDateline } from '../../../src/extract/dateline';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

describe('readDateline', () => {
  it('reads a date-only line in many languages, digits and calendars', () => {
    for (const [line, iso] of [
      ['3 March 2024', '2024-03-03'],
      ['Published: March 3, 2024 at 10:30 a.m. EST', '2024-03-03'],
      ['Sunday, 3rd March 2024', '2024-03-03'],
      ['March 3, 2024 10:30 GMT+2', '2024-03-03'],
      ['03.03.2024, 10:30', '2024-03-03'],
      ['2024-03-03 10:30', '2024-03-03'],
      ['13/03/2024', '2024-03-13'],
      ['3. März 2024, 10.30 Uhr', '2024-03-03'],
      ['3 de marzo de 2024', '2024-03-03'],
      ['le 3 mars 2024 à 10h30', '2024-03-03'],
      ['الأحد 3 مارس 2024 - 10:30 ص', '2024-03-03'],
      ['نُشر في: ٣ آذار ٢٠٢٤', '2024-03-03'],
      ['الأحد 22 شعبان 1445 هـ الموافق 3 مارس 2024 م', '2024-03-03'],
      ['یکشنبه ۱۳ اسفند ۱۴۰۲ - ۱۰:۳۰', '2024-03-03'],
      ['تاریخ انتشار: ۱۴۰۲/۱۲/۱۳', '2024-03-03'],
      ['شائع 03 مارچ 2024 10:30 بجے', '2024-03-03'],
      ['יום ראשון, 3 במרץ 2024', '2024-03-03'],
      ['פורסם: 03.03.2024 10:30', '2024-03-03'],
    ])
      expect(readDateline(line!), line).toBe(iso);
  });

  it('reads nothing it cannot be sure of, and nothing but a date', () => {
    for (const line of [
      'Updated March 3, 2024', // an update, not the publication
      '04/03/2024', // day/month or month/day
      '22 شعبان 1445 هـ', // Hijri alone
      '1445/08/22', // Hijri in Latin digits
      'פורסם: 03.03.24', // two-digit year
      'On March 3, 2024 the president said',
      'Chapter 3 March 2024',
      '2024',
      '31 February 2024',
    ])
      expect(readDateline(line), line).toBeNull();
  });
});

describe('takeDateline', () => {
  it('takes the date line out of the body when structured data has no date', () => {
    const b = body('<h2>Title</h2><p>3 March 2024</p><p>The story begins here, and goes on.</p>');
    expect(takeDateline(b, null)).toBe('2024-03-03');
    expect(b.textContent).not.toContain('March');
  });

  it('drops a dateline that repeats the structured date, and keeps one that says another day', () => {
    const same = body('<div><p>3 March 2024</p></div><p>The story.</p>');
    expect(takeDateline(same, '2024-03-03T08:15:00+02:00')).toBeNull();
    expect(same.innerHTML).toBe('<p>The story.</p>');
    const other = body('<p>1 March 2024</p><p>The story.</p>');
    expect(takeDateline(other, '2024-03-03T08:15:00+02:00')).toBeNull();
    expect(other.textContent).toContain('1 March 2024');
  });

  it('leaves a date inside a sentence, and a date after the first lines', () => {
    const sentence = body('<p>On <time>3 March 2024</time> the council met.</p>');
    expect(takeDateline(sentence, null)).toBeNull();
    expect(sentence.textContent).toContain('3 March 2024');
    const late = body(`${'<p>A line of the story.</p>'.repeat(6)}<p>3 March 2024</p>`);
    expect(takeDateline(late, null)).toBeNull();
    expect(late.textContent).toContain('3 March 2024');
  });
});
