/**
 * Loads the real popup (index.html body + main.ts) in jsdom against a fake browser whose tabs, scripting and
 * commands behave as a test scripts them. Reusable by any test of the popup's sections.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

export interface PopupScenario {
  locale?: string;
  tab?: { id: number; url: string; status?: 'loading' | 'complete' } | null;
  /** Qari's content script is already in the page (else it answers only after an injection). */
  present?: boolean;
  /** The content script's answers by message type. */
  answers?: Record<string, (args: unknown) => unknown>;
  /** What `scripting.executeScript({ func })` returns in the page (the selection). */
  selection?: string;
  commands?: { name: string; description?: string; shortcut?: string }[];
  /** What `tabs.detectLanguage` answers for the tab (absent: the API is missing). */
  pageLang?: string;
}

export type PopupBrowser = ReturnType<typeof popupBrowser>;

/** A fake `browser` for a popup scenario; records messages sent to tabs and injections. */
export function popupBrowser(scenario: PopupScenario) {
  const base = fakeBrowser({ locale: scenario.locale ?? 'en' });
  const tabMessages: { tabId: number; type: string; args: unknown }[] = [];
  const injected: unknown[] = [];
  let injectedScript = scenario.present ?? false;
  const onUpdated = { listeners: new Set<(...a: unknown[]) => void>() };
  const answers = scenario.answers ?? {};
  return {
    ...base,
    tabMessages,
    injected,
    /** Fire `tabs.onUpdated` as the browser does when a tab finishes loading. */
    finishLoading(tabId: number) {
      for (const l of [...onUpdated.listeners]) l(tabId, { status: 'complete' });
    },
    tabs: {
      async get(id: number) {
        if (!scenario.tab || scenario.tab.id !== id) throw new Error('No tab with id');
        return { status: 'complete', ...scenario.tab };
      },
      async query() {
        return scenario.tab ? [{ status: 'complete', ...scenario.tab }] : [];
      },
      async sendMessage(tabId: number, envelope: { type: string; args: unknown }) {
        tabMessages.push({ tabId, type: envelope.type, args: envelope.args });
        const answer = answers[envelope.type];
        if (!injectedScript) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (!answer) return undefined;
        return { ok: true, result: answer(envelope.args) };
      },
      ...(scenario.pageLang === undefined ? {} : { detectLanguage: async () => scenario.pageLang }),
      async create(props: unknown) {
        injected.push({ created: props });
        return {};
      },
      onUpdated: {
        addListener: (l: (...a: unknown[]) => void) => void onUpdated.listeners.add(l),
        removeListener: (l: (...a: unknown[]) => void) => void onUpdated.listeners.delete(l),
      },
    },
    scripting: {
      async executeScript(options: { files?: string[]; func?: () => unknown }) {
        injected.push(options.files ?? 'func');
        if (options.files) {
          injectedScript = true;
          return [{ frameId: 0, result: undefined }];
        }
        return [{ frameId: 0, result: scenario.selection ?? '' }];
      },
    },
    commands: {
      async getAll() {
        return scenario.commands ?? [];
      },
    },
  };
}

const POPUP_HTML = readFileSync(resolve(import.meta.dirname, '../../src/popup/index.html'), 'utf8');

/** Reset the document to the popup's markup and run main.ts again (call `vi.resetModules()` first). */
export async function loadPopup(tabId: number | null): Promise<void> {
  const parsed = new DOMParser().parseFromString(POPUP_HTML, 'text/html');
  parsed.querySelectorAll('script').forEach((script) => script.remove());
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  window.history.replaceState({}, '', tabId === null ? '/' : `/?tabId=${tabId}`);
  vi.resetModules();
  await import('../../src/popup/main');
}
