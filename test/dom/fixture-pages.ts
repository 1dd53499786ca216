/** The fixture pages (test/fixtures/pages/<name>/{source.html,expected.json}) and what each must give. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dir } from '../../src/text/direction';

export const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export interface Expected {
  article: boolean;
  title: string | null;
  lang: string;
  dir: Dir;
  /** A substring of the extracted byline. */
  byline: string | null;
  mustContain: string[];
  mustNotContain: string[];
  /** A caption that must appear exactly once. */
  captionOnce: string | null;
  source: string | null;
  blocks: { contains: string; dir: Dir; lang: string }[];
  /** Texts an utterance must end with (at the same place in the same block). */
  sentenceEnds: string[];
  /** The exact language tag of the article (e.g. "ar", never a region the page did not claim). */
  langTag?: string;
  /** `article.publishedTime`, exactly. */
  publishedTime?: string;
  /** Whole utterances (trimmed) that read-aloud must speak on their own. */
  utterances?: string[];
  /** `byline: null` in expected.json with this set to true: the article must have no byline at all. */
  noByline?: boolean;
}

export interface Fixture {
  name: string;
  file: string;
  url: string;
  html: string;
  expected: Expected;
}

export function fixtures(): Fixture[] {
  return readdirSync(PAGES)
    .filter((name) => existsSync(join(PAGES, name, 'expected.json')))
    .sort()
    .map((name) => ({
      name,
      file: join(PAGES, name, 'source.html'),
      url: `http://127.0.0.1/pages/${name}/`,
      html: readFileSync(join(PAGES, name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(PAGES, name, 'expected.json'), 'utf8')) as Expected,
    }));
}
