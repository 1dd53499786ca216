/**
 * Read-aloud for one tab: the speech controller bound to the Web Speech API, the user's settings (kept
 * current from storage), the article or the selected text being read, and — while the reader is open —
 * its controls and highlights. Speech stops when the page goes away.
 */
import type { SpeechState } from '../../shared/messages';
import { DEFAULT_PREFS, type Settings } from '../../shared/settings';
import type { SettingsStore } from '../../shared/settings-store';
import { currentPlatform } from '../../shared/speech-help';
import { guessLanguageFromScript, resolveBlockLanguage } from '../../text/language';
import { toUtterances, type Utterance } from '../../text/sentences';
import type { Article } from '../../extract/pipeline';
import type { ReaderView } from '../reader/reader-view';
import { SpeechController } from './speech-controller';
import { webSpeechEngine, type SpeechEngine } from './speech-engine';
import { ReaderSpeech } from './reader-speech';

type Source = { kind: 'article'; article: Article } | { kind: 'selection' } | null;

export class SpeechSession {
  readonly controller: SpeechController;
  readonly ready: Promise<void>;
  private settings: Pick<Settings, 'rate' | 'voices'> = { rate: DEFAULT_PREFS.rate, voices: {} };
  private source: Source = null;
  private utterances: Utterance[] = [];
  private reader: ReaderSpeech | null = null;
  private readonly engine: SpeechEngine | null;

  constructor(
    private readonly doc: Document,
    private readonly store: SettingsStore,
    onChange: () => void,
    engine: SpeechEngine | null = webSpeechEngine(doc.defaultView!),
  ) {
    this.engine = engine;
    this.ready = store.load().then((s) => void (this.settings = s), () => undefined);
    store.subscribe((s) => (this.settings = s));
    this.controller = new SpeechController({
      engine,
      settings: () => this.settings,
      platform: currentPlatform(),
      onChange: (state) => {
        this.reader?.render(state);
        onChange();
      },
      onSentence: (u) => {
        if (this.source?.kind === 'article') this.reader?.highlighter.sentence(u);
      },
      onWord: (u, start, end) => {
        if (this.source?.kind === 'article') this.reader?.highlighter.word(u, start, end);
      },
    });
    doc.defaultView?.addEventListener('pagehide', () => this.controller.stop());
  }

  state(): SpeechState {
    return this.controller.state();
  }

  /** Read `article` (from sentence `from`, or where it stopped). */
  async play(article: Article, from?: number): Promise<void> {
    await this.ready;
    this.use(article);
    this.controller.play(from);
  }

  /** Read a selection in the voice of its own language. */
  async speakSelection(text: string, pageLang: string | null): Promise<void> {
    await this.ready;
    const clean = text.replace(/\s+/g, ' ').trim();
    const lang = resolveBlockLanguage(clean, pageLang) ?? guessLanguageFromScript(clean) ?? pageLang;
    this.source = { kind: 'selection' };
    this.utterances = toUtterances([{ text: clean, lang }]);
    this.reader?.highlighter.clear();
    this.controller.load(this.utterances, lang);
    this.controller.play(0);
  }

  /** Make `article` the text being read, keeping the position when it is the same text. */
  use(article: Article): void {
    const current = this.source?.kind === 'article' ? this.source.article : null;
    const same = current && current.text === article.text && current.utterances.length === article.utterances.length;
    this.source = { kind: 'article', article };
    if (same) return;
    this.utterances = article.utterances;
    this.controller.load(article.utterances, article.lang);
  }

  /** Put the controls in an open reader view of `article`, wired to this session. */
  attach(view: ReaderView, article: Article): void {
    this.detach();
    if (this.controller.state().status === 'idle' || this.source?.kind !== 'article') this.use(article);
    const c = this.controller;
    this.reader = new ReaderSpeech({
      slot: view.speechSlot,
      body: view.body,
      keyTarget: view.dialog,
      shadow: view.shadow,
      lang: article.lang,
      dir: article.dir,
      store: this.store,
      engine: this.engine,
      platform: currentPlatform(),
      utterances: () => this.utterances,
      actions: {
        play: (from) => void this.play(article, from),
        pause: () => c.pause(),
        resume: () => c.resume(),
        stop: () => c.stop(),
        next: () => c.next(),
        previous: () => c.previous(),
        toggle: () => (c.state().status === 'idle' ? void this.play(article) : c.toggle()),
      },
    });
    this.reader.render(c.state());
  }

  detach(): void {
    this.reader?.destroy();
    this.reader = null;
  }
}
