/**
 * The content script's state for one tab: the extracted article, the reader view and — once speech is first
 * asked for — the speech room (a second script, see speech/api.ts). Every command returns the tab's status, and
 * every change is pushed to an open popup. Settings come from the content script's one feed: read in parallel with
 * extraction, known before the reader mounts (its first frame is its final look), and kept for every reopen.
 */
import { t } from '../shared/i18n';
import {
  IDLE_SPEECH,
  sendToBackground,
  sendToPages,
  type Problem,
  type SpeechCommand,
  type TabStatus,
} from '../shared/messages';
import type { SettingsFeed } from '../shared/settings-store';
import { detectLanguage } from '../platform/detect-language';
import { runPipelineDetecting } from '../extract/pipeline';
import { PageWatch } from './page-watch';
import { ReaderView, ROOT_ID } from './reader/reader-view';
import { loadSpeechRoom, type Readable, type SpeechRoom } from './speech/api';

function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

export class TabController {
  /** The extracted article and the sanitized body it was written from (the reader adopts it; speech reads it). */
  private readable: Readable | null = null;
  private view: ReaderView | null = null;
  private problem: Problem | null = null;
  private speech: SpeechRoom | null = null;
  private speechLoading: Promise<SpeechRoom | null> | null = null;
  /** Whether the page changed since the article was read (a reopen on an unchanged page reuses it). */
  private readonly watch: PageWatch;

  constructor(
    private readonly doc: Document,
    private readonly settings: SettingsFeed,
  ) {
    this.watch = new PageWatch(doc, ROOT_ID);
  }

  status(): TabStatus {
    const a = this.readable?.article ?? null;
    return {
      reader: this.view?.isOpen ? 'open' : 'closed',
      article: a && {
        title: a.title,
        lang: a.lang,
        dir: a.dir,
        siteName: a.siteName,
        wordCount: a.wordCount,
        readingMinutes: a.readingMinutes,
      },
      problem: this.problem,
      speech: this.speech?.state() ?? { ...IDLE_SPEECH },
      host: this.doc.location?.host ?? '',
    };
  }

  changed(): TabStatus {
    const status = this.status();
    void sendToPages('status.changed', status);
    return status;
  }

  /** Extract the article from the page as it is now; sets `problem` when there is none. */
  async extract(): Promise<Readable | null> {
    try {
      this.watch.reset(); // a change from here on means the article read now is out of date

      const result = await runPipelineDetecting(this.doc, this.doc.defaultView!, detectLanguage);
      this.readable = result.kind === 'article' ? { article: result.article, body: result.body } : null;
      this.problem = result.kind === 'article' ? null : { code: 'no-article', message: t('problemNoArticle') };
    } catch (error) {
      console.warn('Qari could not read this page:', error);
      this.readable = null;
      this.problem = { code: 'page-error', message: t('problemPageError') };
    }
    return this.readable;
  }

  async open(): Promise<TabStatus> {
    if (this.view?.isOpen) return this.status();
    // A view the page removed behind our back still holds the page inert: give the page back first.
    this.view?.close();
    await domReady(this.doc);
    // The settings (loading since the script started) and the article, together: the reader mounts in its final
    // look. A reopen on an unchanged page shows the article already read.
    const read = this.readable && !this.watch.dirty ? Promise.resolve(this.readable) : this.extract();
    const [readable] = await Promise.all([read, this.settings.ready]);
    if (readable && !this.view?.isOpen) {
      this.view = new ReaderView(
        this.doc,
        readable.article,
        readable.body,
        { onClose: () => void this.close(), onReadAloud: (block) => void this.readAloudFromReader(block) },
        { feed: this.settings },
      );
      // Speech already in the page (read before, or reading now) takes its place in the new reader at once.
      if (this.speech) this.speech.attach(this.view.lendToSpeech(), readable);
    }
    return this.changed();
  }

  close(): TabStatus {
    // Closing the reader stops speech.
    this.speech?.detach();
    this.speech?.command('stop');
    this.view?.close();
    this.view = null;
    return this.changed();
  }

  toggle(): Promise<TabStatus> | TabStatus {
    return this.view?.isOpen ? this.close() : this.open();
  }

  /* Read-aloud: the speech room is loaded on first use. */

  /** The speech room, injecting it the first time (null, with a problem set, when it cannot be loaded). */
  private room(): Promise<SpeechRoom | null> {
    if (this.speech) return Promise.resolve(this.speech);
    this.speechLoading ??= loadSpeechRoom(
      { doc: this.doc, settings: this.settings, onChange: () => void this.changed() },
      () => sendToBackground('speech.inject', undefined),
    ).then(
      (room) => {
        this.speech = room;
        if (this.view?.isOpen && this.readable) room.attach(this.view.lendToSpeech(), this.readable);
        return room;
      },
      (error: unknown) => {
        console.warn('Qari could not load read-aloud:', error);
        this.speechLoading = null;
        this.problem = { code: 'page-error', message: t('problemPageError') };
        return null;
      },
    );
    return this.speechLoading;
  }

  /** The article to read: the one extracted, else extract it now (speaking works without the reader). */
  private async article(): Promise<Readable | null> {
    if (this.readable) return this.readable;
    await domReady(this.doc);
    return this.extract();
  }

  async play(from?: number): Promise<TabStatus> {
    const readable = await this.article();
    const room = readable && (await this.room());
    if (readable && room) await room.play(readable, from);
    return this.changed();
  }

  /** Read aloud from the reader before speech was loaded: from the start, or from the clicked block. */
  private async readAloudFromReader(block?: number): Promise<void> {
    const room = await this.room();
    if (!room || !this.readable) return void this.changed();
    if (block === undefined) await room.play(this.readable);
    else await room.playFromBlock(this.readable, block);
  }

  async speakSelection(text: string): Promise<TabStatus> {
    const room = await this.room();
    await room?.speakSelection(text, this.readable?.article.lang ?? (this.doc.documentElement.lang || null));
    return this.status();
  }

  /** A speech command without arguments; `toggle` starts reading when nothing is being read. */
  async speechCommand(verb: SpeechCommand): Promise<TabStatus> {
    if (verb === 'toggle' && (this.speech?.state().status ?? 'idle') === 'idle') return this.play();
    if (this.speech) this.speech.command(verb);
    return this.status();
  }
}
