/**
 * The popup's read-aloud section: the shared speech controls, sending commands to the tab (injecting Qari
 * when needed, so reading works without reader view) and rendering the tab's speech state. The voice list
 * comes from the popup's own `speechSynthesis` (same browser, same voices).
 */
import { t } from '../shared/i18n';
import { speechMessage, type SpeechCommand, type TabStatus } from '../shared/messages';
import type { SettingsFeed } from '../shared/settings-store';
import { currentPlatform } from '../shared/speech-help';
import { command } from '../shared/tab-client';
import { adoptSpeechStyles, speechControls } from '../shared/ui/speech-controls';

/** Fill `section` with the controls for tab `tabId`; returns the function that renders a tab status. */
export function mountListening(
  section: HTMLElement,
  tabId: number,
  settings: SettingsFeed,
): (status: TabStatus) => void {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  let last: TabStatus | null = null;
  const render = (status: TabStatus) => {
    last = status;
    section.hidden = status.problem?.code === 'restricted';
    controls.render(status.speech, status.article?.lang ?? null, status.article?.dir ?? 'ltr');
  };
  const send = (promise: Promise<TabStatus>) =>
    void promise.then(render, (error: unknown) => {
      const message = error instanceof Error && error.message ? error.message : t('problemPageError');
      if (last) render({ ...last, speech: { ...last.speech, status: 'idle', message } });
    });
  const simple = (verb: SpeechCommand) => () => send(command(tabId, speechMessage(verb)));
  const controls = speechControls(document, {
    actions: {
      play: (from) => send(command(tabId, 'speech.play', from === undefined ? {} : { from })),
      pause: simple('pause'),
      resume: simple('resume'),
      stop: simple('stop'),
      next: simple('next'),
      previous: simple('previous'),
    },
    settings,
    voices: () => synth?.getVoices() ?? [],
    onVoicesChanged: synth
      ? (fn) => {
          synth.addEventListener('voiceschanged', fn);
          return () => synth.removeEventListener('voiceschanged', fn);
        }
      : undefined,
    platform: currentPlatform(),
  });
  adoptSpeechStyles(document);
  section.append(controls.element);
  return render;
}
