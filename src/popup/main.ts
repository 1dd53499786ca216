/**
 * The popup: shows the active tab's real state (asked from the content script when present; opening the
 * popup never injects anything) and sends the user's commands. Loadable as a tab with `?tabId=N` for tests.
 */
import { browser } from '../platform/browser';
import { localize, t, uiLocale } from '../shared/i18n';
import { listen, type PageProtocol, type TabStatus } from '../shared/messages';
import { closedStatus, command, isRestrictedUrl, peekStatus, restrictedStatus } from '../shared/tab-client';
import { mountListening } from './listening';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const problem = $<HTMLParagraphElement>('problem');
const controls = $<HTMLElement>('controls');
const toggle = $<HTMLButtonElement>('reader-toggle');
const facts = $<HTMLParagraphElement>('facts');
const live = $<HTMLParagraphElement>('status');
let listening: ((status: TabStatus) => void) | null = null;

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

function render(status: TabStatus): void {
  const restricted = status.problem?.code === 'restricted';
  problem.hidden = !status.problem;
  problem.textContent = status.problem?.message ?? '';
  controls.hidden = restricted;
  const open = status.reader === 'open';
  toggle.setAttribute('aria-pressed', String(open));
  const a = status.article;
  facts.textContent = a ? t('articleFacts', [a.lang ?? '—', t(a.dir === 'rtl' ? 'dirRtl' : 'dirLtr'), String(a.readingMinutes)]) : '';
  facts.hidden = !a;
  listening?.(status);
}

function announce(message: string): void {
  live.textContent = message;
}

async function main(): Promise<void> {
  const ui = uiLocale();
  document.documentElement.lang = ui.lang;
  document.documentElement.dir = ui.dir;
  localize(document);

  const tab = await targetTab();
  if (!tab) {
    render(restrictedStatus());
    return;
  }
  if (isRestrictedUrl(tab.url)) {
    render(restrictedStatus(tab.url));
    return;
  }
  listening = mountListening($('listening'), tab.id);
  render((await peekStatus(tab.id)) ?? closedStatus(tab.url));

  listen<PageProtocol>({
    'status.changed': (status, sender) => {
      if (sender.tab?.id === tab.id) render(status);
    },
  });

  toggle.addEventListener('click', () => {
    toggle.disabled = true;
    command(tab.id, 'reader.toggle')
      .then((status) => {
        render(status);
        announce(status.problem?.message ?? t(status.reader === 'open' ? 'readerOpened' : 'readerClosed'));
      })
      .catch((error: unknown) => {
        const status = restrictedStatus(tab.url);
        if (error instanceof Error && error.message) status.problem = { code: 'page-error', message: error.message };
        render(status);
        announce(status.problem!.message);
      })
      .finally(() => {
        toggle.disabled = false;
      });
  });
}

void main();
