/**
 * The content script's state for one tab: the extracted article and the reader view. Every command returns
 * the tab's status, and every change is pushed to an open popup. Settings come from the content script's one
 * feed: read in parallel with extraction, known before the reader mounts, and kept for every reopen.
 */
import { t } from '../shared/i18n';
import { sendToPages, type Problem, type TabStatus } from '../shared/messages';
import type { SettingsFeed } from '../shared/settings-store';
import { detectLanguage } from '../platform/detect-language';
import { runPipelineDetecting, type Article } from '../extract/pipeline';
import { PageWatch } from './page-watch';
import { ReaderView, ROOT_ID } from './reader/reader-view';
import { SpeechSession } from './speech/speech-session';

function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

export class TabController {
  private article: Article | null = null;
  private view: ReaderView | null = null;
  private problem: Problem | null = null;
  /** Whether the page changed since the article was read (a reopen on an unchanged page reuses it). */
  private readonly watch: PageWatch;
  readonly speech: SpeechSession;

  constructor(
    private readonly doc: Document,
    private readonly feed: SettingsFeed,
  ) {
    this.watch = new PageWatch(doc, ROOT_ID);
    this.speech = new SpeechSession(doc, feed.store, () => void this.changed());
  }

  status(): TabStatus {
    const a = this.article;
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
      speech: this.speech.state(),
      host: this.doc.location?.host ?? '',
    };
  }

  changed(): TabStatus {
    const status = this.status();
    void sendToPages('status.changed', status);
    return status;
  }

  /** Extract the article from the page as it is now; sets `problem` when there is none. */
  async extract(): Promise<Article | null> {
    try {
      this.watch.reset();
      const result = await runPipelineDetecting(this.doc, this.doc.defaultView!, detectLanguage);
      if (result.kind === 'no-article') {
        this.article = null;
        this.problem = { code: 'no-article', message: t('problemNoArticle') };
      } else {
        this.article = result.article;
        this.problem = null;
      }
    } catch (error) {
      console.warn('Qari could not read this page:', error);
      this.article = null;
      this.problem = { code: 'page-error', message: t('problemPageError') };
    }
    return this.article;
  }

  async open(): Promise<TabStatus> {
    if (this.view?.isOpen) return this.status();
    // A view the page removed behind our back still holds the page inert: give the page back first.
    this.view?.close();
    await domReady(this.doc);
    // The settings (loading since the script started) and the article, together: the reader mounts in its final look.
    // A reopen on an unchanged page shows the article already read.
    const read = this.article && !this.watch.dirty ? Promise.resolve(this.article) : this.extract();
    const [article] = await Promise.all([read, this.feed.ready]);
    if (article && !this.view?.isOpen) {
      this.view = new ReaderView(this.doc, article, { onClose: () => void this.close() }, { feed: this.feed });
      this.speech.attach(this.view, article);
    }
    return this.changed();
  }

  close(): TabStatus {
    // Closing the reader stops speech.
    this.speech.detach();
    this.speech.controller.stop();
    this.view?.close();
    this.view = null;
    return this.changed();
  }

  toggle(): Promise<TabStatus> | TabStatus {
    return this.view?.isOpen ? this.close() : this.open();
  }

  /* Read-aloud (the reader's own controls call the speech session directly). */

  /** The article to read: the one extracted, else extract it now (speaking works without the reader). */
  private async readable(): Promise<Article | null> {
    if (this.article) return this.article;
    await domReady(this.doc);
    return this.extract();
  }

  async play(from?: number): Promise<TabStatus> {
    const article = await this.readable();
    if (article) await this.speech.play(article, from);
    return this.changed();
  }

  async toggleSpeech(): Promise<TabStatus> {
    if (this.speech.state().status === 'idle') return this.play();
    this.speech.controller.toggle();
    return this.status();
  }

  async speakSelection(text: string): Promise<TabStatus> {
    await this.speech.speakSelection(text, this.article?.lang ?? (this.doc.documentElement.lang || null));
    return this.status();
  }

  /** Run a speech command; the controller pushes its own change. */
  speechCommand(command: 'pause' | 'resume' | 'stop' | 'next' | 'previous'): TabStatus {
    this.speech.controller[command]();
    return this.status();
  }
}
