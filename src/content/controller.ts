/**
 * The content script's state for one tab: the extracted article and the reader view. Every command returns
 * the tab's status, and every change is pushed to an open popup.
 */
import { t } from '../shared/i18n';
import { IDLE_SPEECH, sendToPages, type Problem, type TabStatus } from '../shared/messages';
import { detectLanguage } from './detect-language';
import { runPipelineDetecting, type Article } from './pipeline';
import { ReaderView } from './reader-view';

function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

export class TabController {
  private article: Article | null = null;
  private view: ReaderView | null = null;
  private problem: Problem | null = null;

  constructor(private readonly doc: Document) {}

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
      speech: { ...IDLE_SPEECH },
      host: this.doc.location?.host ?? '',
    };
  }

  private changed(): TabStatus {
    const status = this.status();
    void sendToPages('status.changed', status);
    return status;
  }

  /** Extract the article from the page as it is now; sets `problem` when there is none. */
  async extract(): Promise<Article | null> {
    try {
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
    await domReady(this.doc);
    const article = await this.extract();
    if (article) this.view = new ReaderView(this.doc, article, { onClose: () => void this.close() });
    return this.changed();
  }

  close(): TabStatus {
    this.view?.close();
    this.view = null;
    return this.changed();
  }

  toggle(): Promise<TabStatus> | TabStatus {
    return this.view?.isOpen ? this.close() : this.open();
  }
}
