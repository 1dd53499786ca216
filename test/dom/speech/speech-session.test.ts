/** A tab's read-aloud session: reading without the reader view, selected text in its own language's voice. */
import { describe, expect, it, vi } from 'vitest';

import { browser } from '../../../src/platform/browser';
import { SpeechSession } from '../../../src/content/speech/speech-session';
import type { Readable } from '../../../src/content/speech/api';
import { article as fixtureArticle } from '../article-fixture';
import { parseInert } from '../../../src/dom/dom';
import { SettingsStore, type ChangeEventLike, type StorageAreaLike } from '../../../src/shared/settings-store';
import { AR_ZAC, EN_SAMANTHA, FakeSpeechEngine, HE_CARMIT } from '../../support/fake-speech-engine';

const store = new SettingsStore(
  browser.storage.local as unknown as StorageAreaLike,
  browser.storage.onChanged as unknown as ChangeEventLike,
);

function session() {
  const engine = new FakeSpeechEngine([AR_ZAC, EN_SAMANTHA, HE_CARMIT]);
  const changes = vi.fn();
  return {
    engine,
    changes,
    session: new SpeechSession({ doc: document, settings: store.feed(), onChange: changes }, engine),
  };
}

/** An article of paragraphs, each in its language (the first one's is the article's), as the pipeline hands it over. */
function article(blocks: { text: string; lang: string }[]): Readable {
  const html = blocks
    .map((b, i) => (i > 0 && b.lang !== blocks[0]!.lang ? `<p lang="${b.lang}">${b.text}</p>` : `<p>${b.text}</p>`))
    .join('');
  const a = fixtureArticle({
    title: 't',
    lang: blocks[0]!.lang,
    dir: 'ltr',
    html,
    text: blocks.map((b) => b.text).join('\n'),
  });
  return { article: a, body: parseInert(html, window) };
}

describe('SpeechSession', () => {
  it('reads selected Arabic text on an English page with an Arabic voice', async () => {
    const { engine, session: s } = session();
    await s.speakSelection('  الشعر هو البيت\n الذي نعود إليه  ', 'en');
    expect(engine.current.request).toMatchObject({ text: 'الشعر هو البيت الذي نعود إليه', lang: 'ar', voice: AR_ZAC });
  });

  it('reads selected Hebrew with a Hebrew voice, and English with an English one', async () => {
    const { engine, session: s } = session();
    await s.speakSelection('שלום לכולם', 'ar');
    expect(engine.current.request.voice).toEqual(HE_CARMIT);
    await s.speakSelection('Hello there.', 'en');
    expect(engine.current.request.voice).toEqual(EN_SAMANTHA);
  });

  it('reads an article without a reader view, reporting each change, and keeps its place for the same article', async () => {
    const { engine, changes, session: s } = session();
    const a = article([
      { text: 'First. Second.', lang: 'en' },
      { text: 'مرحبا بكم جميعا في بيتكم الجديد.', lang: 'ar' },
    ]);
    await s.play(a);
    expect(changes).toHaveBeenCalled();
    engine.finish();
    s.command('pause');
    // The same article extracted again (a new object, the same text) continues where it paused.
    await s.play({ article: { ...a.article }, body: a.body });
    expect(engine.current.request.text).toBe('Second.');
    engine.finishAll();
    expect(engine.spoken.at(-1)?.request.voice).toEqual(AR_ZAC);
    expect(s.state()).toMatchObject({ status: 'idle', done: 3, total: 3 });
  });

  it('stops when the page goes away', async () => {
    const { session: s } = session();
    await s.play(article([{ text: 'One. Two.', lang: 'en' }]));
    expect(s.state().status).toBe('speaking');
    window.dispatchEvent(new Event('pagehide'));
    expect(s.state().status).toBe('idle');
  });
});
