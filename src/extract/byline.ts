/**
 * The byline, or none rather than a wrong one. Readability takes it from JSON-LD, meta author, `rel=author` or an
 * element that looks like a byline; what it finds there is sometimes not a name: a profile URL, a handle, the
 * or a sentence whose subject sat in an element named like a byline. (An outlet credited as author stays.)
 * Such a candidate gives way to another the page offers (JSON-LD person, meta author, `rel=author`), else to none.
 */
import { squash } from '../dom/dom';
import { jsonLdObjects, typesOf } from './title';

/** Could this be the name of people or of an outlet credited for the story? */
export function plausibleByline(text: string | null | undefined): boolean {
  const value = squash(text);
  if (value.length < 2 || value.length > 120) return false;
  if (/^(?:https?:|www\.)|\/\/|^@|\S+@\S+\.\S+/iu.test(value)) return false;
  if (!/\p{L}/u.test(value)) return false;
  // A sentence, not a name: sentence punctuation inside or at the end, or a long run of words between separators.
  if (/[!?؟]|[.۔。](?:\s|$)/u.test(value.replace(/\b\p{Lu}\.\s?/gu, ''))) return false;
  return value
    .split(/\s*(?:[,،;|&/·•]|\s(?:and|und|et|y|e|و|ו)\s)\s*/u)
    .every((name) => name.split(/\s+/u).length <= 6);
}

/** The other names the page gives for its author(s), best first. */
export function bylineCandidates(doc: Document): string[] {
  const out: string[] = [];
  for (const obj of jsonLdObjects(doc)) {
    const authors = obj['author'];
    for (const author of Array.isArray(authors) ? authors : [authors]) {
      if (typeof author === 'string') out.push(author);
      else if (
        author &&
        typeof author === 'object' &&
        typesOf(author as Record<string, unknown>).some((t) => /person/i.test(t))
      ) {
        const name = (author as Record<string, unknown>)['name'];
        if (typeof name === 'string') out.push(name);
      }
    }
  }
  for (const meta of doc.querySelectorAll(
    'meta[name="author" i], meta[property="author" i], meta[name="dc.creator" i]',
  )) {
    out.push(meta.getAttribute('content') ?? '');
  }
  for (const link of doc.querySelectorAll('a[rel~="author" i]')) out.push(link.textContent ?? '');
  return [...new Set(out.map(squash).filter(Boolean))];
}

/** Readability's byline when it is a name, else the first of the page's other candidates that is, else null. */
export function chooseByline(found: string | null, candidates: readonly string[]): string | null {
  // "By Dana Levi · 11.03.2025" read from the page's byline line, and "Dana Levi" from rel=author or JSON-LD: the
  // name alone (the reader's header shows the date once, on its own).
  const inside = found
    ? candidates.find((c) => c !== squash(found) && squash(found).includes(c) && plausibleByline(c))
    : undefined;
  if (inside) return inside;
  if (found && plausibleByline(found)) return squash(found);
  return candidates.find((c) => plausibleByline(c)) ?? null;
}
