/**
 * Speech costs, in node (jsdom) and in the browser (the same code in the bench bundle): building the utterances of a ~100k-character article, and moving the
 * highlight. this measures the highlighter's building block: a Range over
 * utterance k (block element + UTF-16 offsets → text node positions) in a short and in a very long article.
 * The move must cost the same whatever the article's length.
 */
import { annotate } from '../src/extract/annotate';
import { Highlighter } from '../src/content/speech/highlighter';
import { toUtterances, type Utterance } from '../src/text/sentences';

const SENTENCES = [
  'The committee met on Tuesday to discuss the budget, and residents asked for more buses.',
  'قال المتحدث إن الخطة ستنفذ على مراحل خلال العام المقبل، وإن اللجنة ستجتمع مرة أخرى.',
  'Dr. Lee noted that costs rose by 3.5 percent; officials said the plan would be reviewed next year.',
];

/** An article body of about `chars` characters in paragraphs of three sentences. */
function articleBody(doc: Document, chars: number): HTMLElement {
  const body = doc.createElement('div');
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const p = doc.createElement('p');
    const em = doc.createElement('em');
    em.textContent = SENTENCES[(i + 1) % 3]!;
    p.append(`${SENTENCES[i % 3]} `, em, ` ${SENTENCES[(i + 2) % 3]}`);
    body.append(p);
    size += p.textContent!.length;
  }
  return body;
}

/** A Range over `u` inside its block: walk the block's text nodes to the offsets. */
export function rangeFor(doc: Document, block: Element, u: Utterance): Range {
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue!.length;
    if (!started && u.start <= offset + length) {
      range.setStart(node, u.start - offset);
      started = true;
    }
    if (started && u.end <= offset + length) {
      range.setEnd(node, u.end - offset);
      break;
    }
    offset += length;
  }
  return range;
}

export interface MoveCost {
  /** Characters of article text. */
  chars: number;
  utterances: number;
  /** ms to build all utterances (annotated blocks → toUtterances). */
  buildMs: number;
  /** µs per highlight move (a Range for the next utterance, in the middle of the article). */
  moveUs: number;
  /** µs per `Highlighter.sentence(u)` (src/content/speech/highlighter.ts), the real move, same utterances. */
  highlighterUs?: number;
}

/** Build an article of about `chars` characters in `doc`, its utterances, and time highlight moves over it. */
export function measureMoves(doc: Document, chars: number, clock: () => number): MoveCost {
  const body = articleBody(doc, chars);
  doc.body.append(body);
  const text = body.textContent!;
  const { blocks } = annotate(body, text, { declaredDir: 'ltr', declaredLang: 'en' });
  let start = clock();
  const utterances = toUtterances(blocks.map((b) => ({ text: b.text, lang: b.lang })));
  const buildMs = clock() - start;
  const moves = 2000;
  start = clock();
  for (let i = 0; i < moves; i++) {
    // Walk the middle of the article, where a move costs the most if anything scales with position.
    const u = utterances[(Math.floor(utterances.length / 2) + i) % utterances.length]!;
    rangeFor(doc, blocks[u.block]!.element, u);
  }
  const moveUs = ((clock() - start) / moves) * 1000;
  const highlighter = new Highlighter(body);
  const real = 200;
  start = clock();
  for (let i = 0; i < real; i++)
    highlighter.sentence(utterances[(Math.floor(utterances.length / 2) + i) % utterances.length]!);
  const highlighterUs = ((clock() - start) / real) * 1000;
  highlighter.clear();
  body.remove();
  return { chars: text.length, utterances: utterances.length, buildMs, moveUs, highlighterUs };
}

export const SPEECH_SIZES = { short: 2_000, long: 100_000 } as const;
