/**
 * Synthetic article pages of any size for the scaling curve: a news-like page (header, nav, sidebar, footer)
 * around an article of `paragraphs` paragraphs, every tenth one Arabic, with a subheading every 25. About 100
 * bytes of HTML per paragraph, so 20 000 paragraphs is a ~2 MB page.
 */
const EN = [
  'The committee met on Tuesday to discuss the budget.',
  'Residents asked for more buses, longer library hours and safer crossings.',
  'Officials said the plan would be reviewed next year.',
  'Dr. Lee noted that costs rose by 3.5 percent.',
];
const AR = [
  'قال المتحدث إن الخطة ستنفذ على مراحل خلال العام المقبل.',
  'وأضاف أن اللجنة ستجتمع مرة أخرى الأسبوع القادم.',
];

export function articlePage(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 25 === 24) body.push(`<h2>Section ${i / 25 + 1}</h2>`);
    const text = i % 10 === 9 ? AR[i % AR.length]! : `${EN[i % EN.length]!} ${EN[(i + 1) % EN.length]!}`;
    body.push(`<p>${text}</p>`);
  }
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
  const side = Array.from({ length: 8 }, (_, i) => `<li><a href="/story/${i}">Another story number ${i}</a></li>`).join(
    '',
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article of ${paragraphs} paragraphs</title></head>
<body><header><a href="/">The Daily Example</a><nav><ul>${nav}</ul></nav></header>
<main><article><h1>A long article of ${paragraphs} paragraphs</h1><p class="byline">By A. Writer</p>
${body.join('\n')}
</article><aside><h2>Most read</h2><ul>${side}</ul></aside></main>
<footer><p>© The Daily Example</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

export const SCALING_SIZES = [10, 100, 500, 1000, 2500, 5000, 10_000, 20_000] as const;
