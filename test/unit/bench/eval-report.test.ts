/** `npm run eval`'s title matching, GUARD list, per-language rows and corpus names (no corpus needed). */
import { describe, expect, it } from 'vitest';
import { corpusName, type PageResult } from '../../../bench/eval-corpus';
import { guardList, guardSection, languageRows, titleScores } from '../../../bench/eval-report';
import { exactTitle, looseTitle, scorePage, titleExactMatch, titleLooseMatch } from '../../../bench/score';

const TRUTH = 'one two three four five six seven eight nine ten';

function result(id: string, plain: string, qari: string, extra: Partial<PageResult> = {}): PageResult {
  return {
    corpus: 'fundus',
    id,
    url: `https://example.org/${id}`,
    plain: scorePage(TRUTH, plain),
    qari: scorePage(TRUTH, qari),
    found: { plain: plain !== '', qari: qari !== '' },
    titles: { plain: '', qari: '' },
    texts: { plain, qari },
    ...extra,
  };
}

describe('titles', () => {
  it('match exactly after NFC, whitespace collapsed and trimmed', () => {
    expect(exactTitle('  Caf\u0065\u0301\n  au   lait ')).toBe('Café au lait');
    expect(titleExactMatch('Café au lait', ' Cafe\u0301  au lait')).toBe(true);
    expect(titleExactMatch('Café au lait', 'café au lait')).toBe(false);
  });

  it('match loosely after NFKC, case folding, quotes, soft hyphens and bidi marks dropped, dashes unified', () => {
    expect(looseTitle('„Straße“ – ein\u00adTest\u200f')).toBe('strasse - eintest');
    expect(titleLooseMatch('"Ｆｕｌｌ" width — test', '“full” WIDTH - test')).toBe(true);
    expect(titleLooseMatch('« Le monde »', 'Le Monde')).toBe(true);
    expect(titleLooseMatch('Title', 'Title | Site')).toBe(false);
  });

  it('are scored over the pages whose truth has a title only', () => {
    const rs = [
      result('a', TRUTH, TRUTH, { titles: { truth: 'A Title', plain: 'A Title', qari: 'a title' } }),
      result('b', TRUTH, TRUTH, { titles: { truth: 'B – x', plain: 'B — x | Site', qari: 'B - x' } }),
      result('c', TRUTH, TRUTH),
    ];
    expect(titleScores(rs, 'plain')).toEqual({ n: 2, exact: 0.5, loose: 0.5 });
    expect(titleScores(rs, 'qari')).toEqual({ n: 2, exact: 0, loose: 1 });
    expect(titleScores([rs[2]!], 'qari')).toBeNull();
  });
});

describe('guard', () => {
  const rs = [
    result('same', TRUTH, TRUTH),
    result('slightly-less', TRUTH, 'one two three four five six seven eight nine'), // recall 6/7 = 0.857
    result('much-less', TRUTH, 'one two three four five'),
    result('no-article', TRUTH, ''),
    result('both-none', '', ''),
    result('qari-better', 'one two three four five', TRUTH),
  ];

  it('lists pages where Qari loses more than 0.05 recall, or the article plain Readability finds', () => {
    const entries = guardList(rs);
    expect(entries.map((e) => e.id)).toEqual(['slightly-less', 'much-less', 'no-article']);
    expect(entries[2]).toMatchObject({
      noArticle: true,
      plainRecall: 1,
      qariRecall: 0,
      url: 'https://example.org/no-article',
    });
    expect(guardList(rs, 0.2).map((e) => e.id)).toEqual(['much-less', 'no-article']);
  });

  it('prints them per corpus, worst first, with recall and URL', () => {
    const section = guardSection(rs, ['aeb', 'fundus']);
    expect(section).toContain('### aeb: none');
    expect(section).toContain('### fundus: 3');
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows[0]).toMatch(
      /^\| `no-article` \*\*no article\*\* \| 1\.000 \| 0\.000 \| −1\.000 \| https:\/\/example\.org\/no-article \|$/,
    );
    expect(rows.map((r) => r.split('`')[1])).toEqual(['no-article', 'much-less', 'slightly-less']);
  });
});

describe('languages and corpus names', () => {
  it('gives F1 per language, most pages first', () => {
    const rows = languageRows([
      result('a', TRUTH, TRUTH, { lang: 'de' }),
      result('b', TRUTH, '', { lang: 'de' }),
      result('c', TRUTH, TRUTH, { lang: 'zh' }),
    ]);
    expect(rows.map((r) => [r.lang, r.n])).toEqual([
      ['de', 2],
      ['zh', 1],
    ]);
    expect(rows[0]!.plain).toBe(1);
    expect(rows[0]!.qari).toBeLessThan(1);
  });

  it('knows every corpus with ground truth, by name or folder', () => {
    expect(
      ['aeb', 'readability', 'readability-test-pages', 'magic-html', 'fundus', 'newspaper4k'].map(corpusName),
    ).toEqual(['aeb', 'readability', 'readability', 'magic-html', 'fundus', 'newspaper4k']);
    expect(corpusName('rtl-pages')).toBeNull();
  });
});
