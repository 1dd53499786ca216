/**
 * The popup's DOM: renders a TabStatus (each state a sentence, never a dead button) and announces changes
 * through one polite live region. What cannot help in a state is not shown: nothing but the sentence on a
 * restricted or loading page; on a page without an article, no article read-aloud (the selection offer
 * instead), while Reader view and the reading settings stay.
 */
import { t } from '../shared/i18n';
import type { ProblemCode, TabStatus } from '../shared/messages';
import { factsLine } from './facts';

/** States in which nothing on the page can be acted on yet: only the sentence is shown. */
const BLOCKING: ReadonlySet<ProblemCode> = new Set(['restricted', 'loading']);

export class PopupView {
  readonly toggle: HTMLButtonElement;
  readonly readSelection: HTMLButtonElement;
  readonly changeShortcuts: HTMLButtonElement;
  readonly shortcutList: HTMLElement;
  private readonly problem: HTMLElement;
  private readonly problemText: HTMLElement;
  private readonly offer: HTMLElement;
  private readonly hintText: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly facts: HTMLElement;
  private readonly reading: HTMLElement;
  private readonly listening: HTMLElement;
  private readonly live: HTMLElement;
  private shownProblem = '';
  private readonly renderers: ((status: TabStatus) => void)[] = [];
  private last: TabStatus | null = null;

  constructor(
    doc: Document,
    private readonly uiLang: string,
  ) {
    const get = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
    this.toggle = get('reader-toggle');
    this.readSelection = get('read-selection');
    this.changeShortcuts = get('change-shortcuts');
    this.shortcutList = get('shortcut-list');
    this.problem = get('problem');
    this.problemText = get('problem-text');
    this.offer = get('selection-offer');
    this.hintText = get('hint');
    this.controls = get('controls');
    this.facts = get('facts');
    this.reading = get('reading');
    this.listening = get('listening');
    this.live = get('status');
  }

  /** A section that renders the tab's status too (e.g. the listening controls); called now if a status is known. */
  onRender(renderer: (status: TabStatus) => void): void {
    this.renderers.push(renderer);
    if (this.last) renderer(this.last);
  }

  render(status: TabStatus): void {
    this.last = status;
    const code = status.problem?.code;
    const blocked = code !== undefined && BLOCKING.has(code);
    this.problem.hidden = !status.problem;
    this.problemText.textContent = status.problem?.message ?? '';
    this.offer.hidden = code !== 'no-article';
    this.hintText.hidden = true;
    this.controls.hidden = blocked;
    this.toggle.setAttribute('aria-pressed', String(status.reader === 'open'));
    const article = status.article;
    this.facts.hidden = !article;
    this.facts.textContent = article ? factsLine(article, this.uiLang) : '';
    // A new problem is announced once, whatever caused the render.
    const message = status.problem?.message ?? '';
    if (message && message !== this.shownProblem) this.announce(message);
    this.shownProblem = message;
    for (const renderer of this.renderers) renderer(status);
    // After the sections' own renderers: nothing in them can act on a blocked page, and without an article
    // there is nothing to read aloud (but reading the selection shows its Pause, progress and status here).
    this.reading.hidden = blocked;
    this.listening.hidden =
      blocked || (code === 'no-article' && status.speech.status === 'idle' && !status.speech.message);
  }

  /** The sentence shown for the tab's state now ('' when none). */
  get problemMessage(): string {
    return this.shownProblem;
  }

  /** Show a sentence under the current state (e.g. "select some text first") and announce it. */
  hint(message: string): void {
    this.hintText.textContent = message;
    this.hintText.hidden = false;
    this.problem.hidden = false;
    this.announce(message);
  }

  announce(message: string): void {
    // Re-setting the same text is not announced; clear first so a repeated state is spoken again.
    if (this.live.textContent === message) this.live.textContent = '';
    this.live.textContent = message;
  }

  /** Run a user action with its button busy (not dead: it comes back whatever happens). */
  async busy(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await action();
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  static error(error: unknown): string {
    return error instanceof Error && error.message ? error.message : t('problemPageError');
  }
}
