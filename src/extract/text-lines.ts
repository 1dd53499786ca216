/**
 * The lines of the text, as the page draws them. A subhead or an agency tag set off by `<br>` ("Cairo (AFP)<br>
 * The ministry said…") is a line of its own: read aloud, it is its own utterance, never run into the next
 * sentence. And markup the page's HTML left as text (a stray `-->` of a broken conditional comment) is not text.
 */

/** Elements whose text is shown as written: code and preformatted text keep every character. */
const VERBATIM = 'pre, code, kbd, samp, textarea, script, style';

/** Comment delimiters and conditional-comment markers left as text. */
const STRAY = /<!--|--!?>|<!\[(?:end)?if[^\]]{0,40}\]>|<!\[endif\]/giu;

/** Remove stray comment markup from the text of `body` (not inside code); returns how many texts changed. */
export function dropStrayMarkup(body: Element): number {
  let changed = 0;
  const walker = body.ownerDocument.createTreeWalker(body, 0x4); // text
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!value.includes('<!') && !value.includes('-->') && !value.includes('--!>')) continue;
    if (node.parentElement?.closest(VERBATIM)) continue;
    const cleaned = value.replace(STRAY, ' ');
    if (cleaned !== value) {
      node.nodeValue = cleaned;
      changed++;
    }
  }
  return changed;
}

/**
 * After each `<br>` inside `root` that is followed by more text, a line feed in the text itself, so the text of
 * the block (what sentences are cut from) breaks where the page breaks the line. Rendering does not change: a
 * line feed next to a `<br>` is collapsed white space.
 */
export function markLineBreaks(root: Element): void {
  for (const br of [...root.querySelectorAll('br')]) {
    if (br.closest(VERBATIM)) continue;
    const next = br.nextSibling;
    if (next?.nodeType === 3 && /^[^\S\n]*\n/u.test(next.nodeValue ?? '')) continue;
    br.after(br.ownerDocument.createTextNode('\n'));
  }
}
