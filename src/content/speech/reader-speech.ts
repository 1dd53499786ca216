/**
 * Read-aloud inside the reader view: the shared controls in the toolbar's speech slot (calling the
 * controller directly), sentence and word highlights, a click on a paragraph to start reading there, and
 * keys — Space or K to play/pause, arrows for previous/next sentence, mirrored for right-to-left articles.
 */
import type { SpeechState } from '../../shared/messages';
import type { Dir } from '../../text/direction';
import type { SettingsFeed } from '../../shared/settings-store';
import type { Platform } from '../../shared/speech-help';
import {
  adoptSpeechStyles,
  speechControls,
  type SpeechActions,
  type SpeechControls,
} from '../../shared/ui/speech-controls';
import type { Utterance } from '../../text/sentences';
import { HIGHLIGHT_CSS, Highlighter } from './highlighter';
import type { SpeechEngine } from './speech-engine';

export interface ReaderSpeechOptions {
  /** Where the controls go (the reader toolbar's speech slot). */
  slot: HTMLElement;
  /** The reader's article body (reading blocks are numbered inside it) and the element listening for keys. */
  body: HTMLElement;
  keyTarget: HTMLElement;
  shadow: ShadowRoot;
  lang: string | null;
  dir: Dir;
  actions: SpeechActions & { toggle(): void };
  settings: SettingsFeed;
  engine: SpeechEngine | null;
  platform: Platform;
  /** The utterances being read, to turn a clicked paragraph into a sentence index. */
  utterances(): Utterance[];
}

const EDITABLE = 'input, select, textarea, button, a, [contenteditable]';

export class ReaderSpeech {
  readonly highlighter: Highlighter;
  private readonly controls: SpeechControls;
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly options: ReaderSpeechOptions) {
    adoptSpeechStyles(options.shadow, HIGHLIGHT_CSS);
    this.highlighter = new Highlighter(options.body, options.body.closest<HTMLElement>('main'));
    const engine = options.engine;
    this.controls = speechControls(options.slot.ownerDocument, {
      actions: options.actions,
      settings: options.settings,
      voices: () => engine?.voices() ?? [],
      onVoicesChanged: engine ? (fn) => engine.onVoicesChanged(fn) : undefined,
      platform: options.platform,
      compactStatus: true,
    });
    options.slot.append(this.controls.element);
    this.listen(options.body, 'click', (event) => this.clicked(event as MouseEvent));
    this.listen(options.keyTarget, 'keydown', (event) => this.key(event as KeyboardEvent));
  }

  render(state: SpeechState): void {
    this.controls.render(state, this.options.lang, this.options.dir);
  }

  destroy(): void {
    this.highlighter.destroy();
    this.controls.destroy();
    for (const fn of this.cleanup) fn();
  }

  private listen(target: EventTarget, type: string, fn: (event: Event) => void): void {
    target.addEventListener(type, fn);
    this.cleanup.push(() => target.removeEventListener(type, fn));
  }

  /** A click on a paragraph (not on a link, not ending a text selection) starts reading there. */
  private clicked(event: MouseEvent): void {
    const target = event.target as Element | null;
    if (!target || event.button !== 0 || target.closest('a, button, input, select')) return;
    const selection = this.options.body.ownerDocument.getSelection?.();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const block = this.highlighter.blockOf(target);
    if (block < 0) return;
    const from = this.options.utterances().findIndex((u) => u.block >= block);
    if (from >= 0) this.options.actions.play(from);
  }

  private key(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.composedPath()[0] as Element | undefined;
    const editable = target instanceof Element && target.closest(EDITABLE);
    const rtl = this.options.dir === 'rtl';
    let action: (() => void) | null = null;
    if ((event.key === ' ' || event.key === 'k' || event.key === 'K') && !editable)
      action = () => this.options.actions.toggle();
    else if (event.key === 'ArrowRight' && !editable)
      action = rtl ? this.options.actions.previous : this.options.actions.next;
    else if (event.key === 'ArrowLeft' && !editable)
      action = rtl ? this.options.actions.next : this.options.actions.previous;
    if (!action) return;
    event.preventDefault();
    action.call(this.options.actions);
  }
}
