/**
 * The speech room: read-aloud for one tab. The speech controller bound to the Web Speech API and the user's
 * settings (from the tab's settings feed), the article or the selected text being read, and — while the reader is
 * open — its controls and highlights on the surface the reader lends. Sentences are built here, the first time an
 * article is read, never before the reader's first paint. Speech stops when the page goes away.
 */
import { articleUtterances } from '../../extract/utterances';
import type { SpeechCommand, SpeechState } from '../../shared/messages';
import { DEFAULT_PREFS } from '../../shared/settings';
import { currentPlatform } from '../../shared/speech-help';
import { guessLanguageFromScript, resolveBlockLanguage } from '../../text/language';
import { toUtterances, type Utterance } from '../../text/sentences';
import type { Readable, SpeechHost, SpeechRoom, SpeechSurface } from './api';
import { ReaderSpeech } from './reader-speech';
import { SpeechController } from './speech-controller';
import { webSpeechEngine, type SpeechEngine } from './speech-engine';

type Source = { kind: 'article'; readable: Readable } | { kind: 'selection' } | null;

export class SpeechSession implements SpeechRoom {
  private readonly controller: SpeechController;
  private source: Source = null;
  private utterances: Utterance[] = [];
  private reader: ReaderSpeech | null = null;

  constructor(
    private readonly host: SpeechHost,
    private readonly engine: SpeechEngine | null = webSpeechEngine(host.doc.defaultView!),
  ) {
    const settings = host.settings;
    this.controller = new SpeechController({
      engine,
      settings: () => settings.current() ?? { rate: DEFAULT_PREFS.rate, voices: {} },
      platform: currentPlatform(),
      onChange: (state) => {
        this.reader?.render(state);
        host.onChange();
      },
      onSentence: (u) => {
        if (this.source?.kind === 'article') this.reader?.highlighter.sentence(u);
      },
      onWord: (u, start, end) => {
        if (this.source?.kind === 'article') this.reader?.highlighter.word(u, start, end);
      },
    });
    host.doc.defaultView?.addEventListener('pagehide', () => this.controller.stop());
  }

  state(): SpeechState {
    return this.controller.state();
  }

  async play(readable: Readable, from?: number): Promise<void> {
    await this.host.settings.ready;
    this.use(readable);
    this.controller.play(from);
  }

  async playFromBlock(readable: Readable, block: number): Promise<void> {
    await this.host.settings.ready;
    this.use(readable);
    const from = this.utterances.findIndex((u) => u.block >= block);
    this.controller.play(from >= 0 ? from : undefined);
  }

  command(verb: SpeechCommand): void {
    if (verb === 'toggle' && this.controller.state().status === 'idle') {
      if (this.source?.kind === 'article') void this.play(this.source.readable);
      return;
    }
    this.controller[verb]();
  }

  async speakSelection(text: string, pageLang: string | null): Promise<void> {
    await this.host.settings.ready;
    const clean = text.replace(/\s+/g, ' ').trim();
    const lang = resolveBlockLanguage(clean, pageLang) ?? guessLanguageFromScript(clean) ?? pageLang;
    this.source = { kind: 'selection' };
    this.utterances = toUtterances([{ text: clean, lang }]);
    this.reader?.highlighter.clear();
    this.controller.load(this.utterances, lang);
    this.controller.play(0);
  }

  /** Make `readable` the text being read, keeping the position when it is the same text. */
  private use(readable: Readable): void {
    const current = this.source?.kind === 'article' ? this.source.readable.article : null;
    const same = current !== null && current.text === readable.article.text;
    this.source = { kind: 'article', readable };
    if (same) return;
    this.utterances = articleUtterances(readable.body, readable.article.lang);
    this.controller.load(this.utterances, readable.article.lang);
  }

  attach(surface: SpeechSurface, readable: Readable): void {
    this.detach();
    if (this.controller.state().status === 'idle' || this.source?.kind !== 'article') this.use(readable);
    const { article } = readable;
    this.reader = new ReaderSpeech({
      ...surface,
      lang: article.lang,
      dir: article.dir,
      settings: this.host.settings,
      engine: this.engine,
      platform: currentPlatform(),
      utterances: () => this.utterances,
      actions: {
        play: (from) => void this.play(readable, from),
        pause: () => this.command('pause'),
        resume: () => this.command('resume'),
        stop: () => this.command('stop'),
        next: () => this.command('next'),
        previous: () => this.command('previous'),
        toggle: () => (this.controller.state().status === 'idle' ? void this.play(readable) : this.command('toggle')),
      },
    });
    this.reader.render(this.controller.state());
  }

  detach(): void {
    this.reader?.destroy();
    this.reader = null;
  }
}
