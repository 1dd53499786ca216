/** The popup's states, facts, shortcuts and actions, against a scripted fake browser (jsdom). */
import { afterEach, describe, expect, it } from 'vitest';
import { IDLE_SPEECH, type TabStatus } from '../../../src/shared/messages';
import { installBrowser } from '../../support/fake-browser';
import { loadPopup, popupBrowser, type PopupBrowser, type PopupScenario } from '../../support/popup-harness';

const ARTICLE_URL = 'http://127.0.0.1/pages/seed-ar/';
const TAB = { id: 7, url: ARTICLE_URL };

function status(partial: Partial<TabStatus>): TabStatus {
  return { reader: 'closed', article: null, problem: null, speech: { ...IDLE_SPEECH }, host: '127.0.0.1', ...partial };
}
const ARABIC_ARTICLE = {
  title: 'عنوان',
  lang: 'ar',
  dir: 'rtl' as const,
  siteName: null,
  wordCount: 600,
  readingMinutes: 3,
};

async function open(scenario: PopupScenario): Promise<PopupBrowser> {
  const fake = installBrowser(popupBrowser({ tab: TAB, ...scenario }));
  await loadPopup(scenario.tab === null ? null : (scenario.tab ?? TAB).id);
  return fake;
}

const $ = (id: string) => document.getElementById(id)!;
const visible = (id: string) => !$(id).hidden;
const live = () => $('status').textContent;
const toggle = () => $('reader-toggle') as HTMLButtonElement;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup states', () => {
  it('says why on a restricted page, and offers nothing that cannot work', async () => {
    await open({ tab: { id: 3, url: 'chrome://settings/' } });
    await expect.poll(() => visible('problem')).toBe(true);
    expect($('problem-text').textContent).toMatch(/don't let extensions read this page/);
    expect(visible('controls')).toBe(false);
    expect(visible('reading')).toBe(false);
    expect(visible('listening')).toBe(false);
    expect(live()).toMatch(/don't let extensions read this page/);
  });

  it('treats view-source:, PDF and the web stores as restricted', async () => {
    for (const url of [
      'view-source:https://example.com/',
      'https://example.com/a.pdf',
      'https://chromewebstore.google.com/detail/x',
      'about:reader?url=x',
    ]) {
      await open({ tab: { id: 3, url } });
      await expect.poll(() => `${url}: ${$('problem-text').textContent}`).toMatch(/don't let extensions/);
    }
  });

  it('waits for a loading page, then offers the reader and announces it', async () => {
    const fake = await open({ tab: { ...TAB, status: 'loading' } });
    await expect.poll(() => $('problem-text').textContent).toBe('This page is still loading. Try again in a moment.');
    expect(visible('controls')).toBe(false);
    fake.finishLoading(TAB.id);
    await expect.poll(() => visible('controls')).toBe(true);
    expect(visible('problem')).toBe(false);
    expect(live()).toBe('The page has loaded.');
  });

  it('shows the real state of an open reader with its facts, named in the UI language', async () => {
    await open({ present: true, answers: { 'tab.status': () => status({ reader: 'open', article: ARABIC_ARTICLE }) } });
    await expect.poll(() => toggle().getAttribute('aria-pressed')).toBe('true');
    expect($('facts').textContent).toBe('Language Arabic · right-to-left · 3 min read');
    expect(visible('reading')).toBe(true);
    expect(visible('listening')).toBe(true);
  });

  it('never injects just by opening', async () => {
    const fake = await open({});
    await expect.poll(() => visible('controls')).toBe(true);
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    expect(fake.injected).toEqual([]);
    expect(fake.tabMessages.map((m) => m.type)).toEqual(['tab.status']);
  });

  it('shows "no voice" and page errors as the sentence the tab sent', async () => {
    const problem = { code: 'no-voice' as const, message: 'No voice for Persian is installed.' };
    await open({ present: true, answers: { 'tab.status': () => status({ problem }) } });
    await expect.poll(() => $('problem-text').textContent).toBe(problem.message);
    expect(visible('controls')).toBe(true);
    expect(live()).toBe(problem.message);
  });
});

describe('popup: nothing that cannot help', () => {
  const noArticle = () => status({ problem: { code: 'no-article', message: 'Qari found no article on this page.' } });

  it('treats a tab whose address the browser hides from Qari as restricted, at once', async () => {
    const fake = await open({ tab: { id: 3, url: undefined as unknown as string } });
    await expect.poll(() => $('problem-text').textContent).toMatch(/don't let extensions/);
    expect(visible('controls')).toBe(false);
    expect(fake.tabMessages).toEqual([]);
  });

  it('without an article: keeps Reader view and the settings, hides the article read-aloud, shows it while the selection is read', async () => {
    await open({
      present: true,
      selection: 'some words',
      answers: {
        'tab.status': noArticle,
        'speech.selection': () => ({ ...noArticle(), speech: { ...IDLE_SPEECH, status: 'speaking', total: 1 } }),
      },
    });
    await expect.poll(() => visible('selection-offer')).toBe(true);
    expect(visible('controls')).toBe(true);
    expect(visible('reading')).toBe(true);
    expect(visible('listening')).toBe(false);
    ($('read-selection') as HTMLButtonElement).click();
    await expect.poll(() => visible('listening')).toBe(true);
  });

  it('says the same answer again when Reader view is pressed again', async () => {
    await open({ present: true, answers: { 'tab.status': noArticle, 'reader.toggle': noArticle } });
    await expect.poll(() => live()).toBe('Qari found no article on this page.');
    $('status').textContent = '';
    toggle().click();
    await expect.poll(() => live()).toBe('Qari found no article on this page.');
    expect(toggle().disabled).toBe(false);
  });
});

describe('popup reading settings', () => {
  afterEach(() => localStorage.clear());
  const summary = () => $('reading-summary');
  const size = () => document.querySelector('#reading output')?.textContent;

  it('are collapsed at first, and open or closed as the user left them', async () => {
    await open({});
    await expect.poll(() => visible('reading')).toBe(true);
    expect(($('reading') as HTMLDetailsElement).open).toBe(false);
    ($('reading') as HTMLDetailsElement).open = true;
    await expect.poll(() => localStorage.getItem('qari.popup.readingSettingsOpen')).toBe('true');
    document.body.innerHTML = '';
    await open({});
    await expect.poll(() => visible('reading')).toBe(true);
    expect(($('reading') as HTMLDetailsElement).open).toBe(true);
    expect(summary().textContent).toBe('Reading settings');
  });

  it("show the size in the page's script when the browser tells its language, else the step", async () => {
    await open({ pageLang: 'ar' });
    await expect.poll(size).toBe('22 px');
    document.body.innerHTML = '';
    await open({ pageLang: 'und' });
    await expect.poll(size).toBe('Default');
    document.body.innerHTML = '';
    await open({
      present: true,
      pageLang: 'und',
      answers: { 'tab.status': () => status({ article: ARABIC_ARTICLE }) },
    });
    await expect.poll(size).toBe('22 px');
  });
});

describe('popup actions', () => {
  it('opens reader view on click: injects, sends reader.toggle, announces', async () => {
    const fake = await open({
      answers: {
        'tab.status': () => status({}),
        'reader.toggle': () => status({ reader: 'open', article: ARABIC_ARTICLE }),
      },
    });
    await expect.poll(() => visible('controls')).toBe(true);
    toggle().click();
    await expect.poll(() => toggle().getAttribute('aria-pressed')).toBe('true');
    expect(fake.injected).toEqual([['/src/content/content-script.js']]);
    expect(fake.tabMessages.at(-1)).toMatchObject({ tabId: TAB.id, type: 'reader.toggle' });
    expect(live()).toBe('Reader view opened.');
    expect(toggle().disabled).toBe(false);
  });

  it('turns a failure into a sentence and keeps the button usable', async () => {
    await open({ answers: { 'tab.status': () => status({}) } });
    await expect.poll(() => visible('controls')).toBe(true);
    toggle().click();
    await expect
      .poll(() => $('problem-text').textContent)
      .toBe('Qari got no answer from this page. Reload it and try again.');
    expect(toggle().disabled).toBe(false);
  });

  it('offers to read the selection when there is no article, and asks for one when nothing is selected', async () => {
    const noArticle = status({ problem: { code: 'no-article', message: 'Qari found no article on this page.' } });
    const fake = await open({
      present: true,
      selection: '',
      answers: { 'tab.status': () => noArticle, 'speech.selection': () => noArticle },
    });
    await expect.poll(() => visible('selection-offer')).toBe(true);
    ($('read-selection') as HTMLButtonElement).click();
    await expect.poll(() => $('hint').textContent).toBe('Select some text on the page first.');
    expect(visible('hint')).toBe(true);
    expect(fake.tabMessages.some((m) => m.type === 'speech.selection')).toBe(false);
  });

  it('sends the page selection to be read aloud', async () => {
    const reading = status({ speech: { ...IDLE_SPEECH, status: 'speaking', total: 1 } });
    const noArticle = status({ problem: { code: 'no-article', message: 'Qari found no article on this page.' } });
    const fake = await open({
      present: true,
      selection: '  مرحبا\n بالعالم ',
      answers: { 'tab.status': () => noArticle, 'speech.selection': () => reading },
    });
    await expect.poll(() => visible('selection-offer')).toBe(true);
    ($('read-selection') as HTMLButtonElement).click();
    await expect
      .poll(() => fake.tabMessages.find((m) => m.type === 'speech.selection')?.args)
      .toEqual({ text: 'مرحبا بالعالم' });
    await expect.poll(() => live()).toBe('Reading the selected text aloud.');
  });
});

describe('popup shortcuts', () => {
  it("lists the user's actual bindings, and says when one is not set", async () => {
    await open({
      commands: [
        { name: '_execute_action', shortcut: '' },
        { name: 'toggle-reader', description: '__MSG_commandToggleReader__', shortcut: 'Ctrl+Shift+Y' },
        { name: 'toggle-speech', description: 'Read aloud or pause', shortcut: '' },
      ],
    });
    await expect.poll(() => $('shortcut-list').querySelectorAll('dt').length).toBe(2);
    const rows = [...$('shortcut-list').querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling!.textContent,
    ]);
    expect(rows).toEqual([
      ['Open or close reader view', 'Ctrl+Shift+Y'],
      ['Read aloud or pause', 'Not set'],
    ]);
    expect($('shortcut-list').querySelectorAll('dd kbd kbd').length).toBe(3);
  });
});

describe('popup in an RTL UI language', () => {
  it('mirrors the layout and speaks Arabic, independent of the article', async () => {
    await open({
      locale: 'ar',
      present: true,
      answers: { 'tab.status': () => status({ article: { ...ARABIC_ARTICLE, lang: 'en', dir: 'ltr' } }) },
    });
    await expect.poll(() => document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(toggle().textContent).toBe('عرض القراءة');
    expect($('reading-summary').textContent).toBe('إعدادات القراءة');
    await expect
      .poll(() => $('facts').textContent)
      .toBe('اللغة: الإنجليزية · من اليسار إلى اليمين · مدة القراءة: 3 دقيقة');
  });
});
