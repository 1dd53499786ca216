/**
 * What read-aloud speaks: the reading blocks of the annotated article body, each cut into sentences in its own
 * language. Built when speech is first used (in the speech room), never before the reader's first paint; the CLI
 * builds the same list for its output. A block's language is decided exactly as `annotate` decided it.
 */
import { squash } from '../dom/dom';
import { resolveBlockLanguage } from '../text/language';
import { toUtterances, type Utterance } from '../text/sentences';
import { readingBlocks } from './annotate';

/** The utterances of `body` (the pipeline's annotated body, or the reader's copy of it) for an article in `lang`. */
export function articleUtterances(body: ParentNode, lang: string | null): Utterance[] {
  return toUtterances(
    readingBlocks(body).map((element) => {
      const text = element.textContent ?? '';
      return { text, lang: resolveBlockLanguage(squash(text), lang) ?? lang };
    }),
  );
}
