import { beforeEach, describe, expect, it } from 'vitest';

const { buildReadingControls } = await import('../../../src/shared/ui/reading-controls');
const { settingsStore } = await import('../../../src/shared/storage');
const { browser } = await import('../../../src/platform/browser');
const { DEFAULT_STEP, MAX_STEP, MIN_STEP, stepToPx } = await import('../../../src/text/font-steps');

const HOST = 'news.test';
const local = browser.storage.local as unknown as {
  get(k: null): Promise<Record<string, unknown>>;
  remove(k: string[]): Promise<void>;
};

function mount(host = HOST, lang: string | null = 'en') {
  const controls = buildReadingControls(document, { feed: settingsStore.feed(), host, lang });
  document.body.replaceChildren(controls.element);
  return controls;
}
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === name || b.title === name)!;
const select = (id: string) => document.getElementById(`qari-${id}`) as HTMLSelectElement;
const stored = async () => local.get(null);

beforeEach(async () => {
  await local.remove(Object.keys(await stored()));
});

describe('reading controls', () => {
  it('has named size buttons and shows the current size', async () => {
    const controls = mount();
    await controls.ready;
    expect(button('Smaller text').querySelector('.qari-visually-hidden')!.textContent).toBe('Smaller text');
    expect(button('Larger text')).toBeDefined();
    expect(document.querySelector('output')!.textContent).toBe(`${stepToPx(DEFAULT_STEP, 'latin')} px`);
    const group = document.querySelector('[role="group"]')!;
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toBe('Text size');
  });

  it('remembers the size for the site, not globally, and disables the buttons at the bounds', async () => {
    const controls = mount();
    await controls.ready;
    button('Larger text').click();
    await expect.poll(async () => (await stored())[`site:sizeStep:${HOST}`]).toBe(DEFAULT_STEP + 1);
    expect((await stored())['pref:sizeStep']).toBeUndefined();
    await settingsStore.setSite(HOST, { sizeStep: MAX_STEP });
    await expect.poll(() => button('Larger text').disabled).toBe(true);
    expect(button('Smaller text').disabled).toBe(false);
    await settingsStore.setSite(HOST, { sizeStep: MIN_STEP });
    await expect.poll(() => button('Smaller text').disabled).toBe(true);
    expect(button('Larger text').disabled).toBe(false);
    expect(document.querySelector('output')!.textContent).toBe(`${stepToPx(MIN_STEP, 'latin')} px`);
  });

  it('two quick presses make two steps', async () => {
    const controls = mount();
    await controls.ready;
    button('Larger text').click();
    button('Larger text').click();
    await expect.poll(async () => (await stored())[`site:sizeStep:${HOST}`]).toBe(DEFAULT_STEP + 2);
  });

  it('makes the site size the default for all sites on request', async () => {
    const controls = mount();
    await controls.ready;
    const everywhere = button('Use this size on all sites');
    expect(everywhere.hidden).toBe(true);
    await settingsStore.setSite(HOST, { sizeStep: 3 });
    await expect.poll(() => everywhere.hidden).toBe(false);
    everywhere.click();
    await expect.poll(async () => (await stored())['pref:sizeStep']).toBe(3);
    await expect.poll(async () => `site:sizeStep:${HOST}` in (await stored())).toBe(false);
  });

  it('without a site, the size buttons change the global default', async () => {
    const controls = mount('');
    await controls.ready;
    button('Smaller text').click();
    await expect.poll(async () => (await stored())['pref:sizeStep']).toBe(DEFAULT_STEP - 1);
    expect(select('direction')).toBeNull();
    expect(button('Use this size on all sites')).toBeUndefined();
  });

  it('writes each setting through the store and follows changes made elsewhere', async () => {
    const controls = mount();
    await controls.ready;
    const theme = select('theme');
    expect(document.querySelector(`label[for="${theme.id}"]`)!.textContent).toBe('Theme');
    theme.value = 'contrast';
    theme.dispatchEvent(new Event('change'));
    await expect.poll(async () => (await stored())['pref:theme']).toBe('contrast');
    const direction = select('direction');
    direction.value = 'rtl';
    direction.dispatchEvent(new Event('change'));
    await expect.poll(async () => (await stored())[`site:dir:${HOST}`]).toBe('rtl');
    await settingsStore.setPref('lineHeight', 2);
    await expect.poll(() => select('line-height').value).toBe('2');
    await settingsStore.setPref('font', 'legible');
    await expect.poll(() => select('font').value).toBe('legible');
    controls.destroy();
    await settingsStore.setPref('font', 'serif');
    expect(select('font').value).toBe('legible');
  });

  it('labels every select, and disables letter spacing for an Arabic-script article with a reason', async () => {
    mount(HOST, 'ur');
    for (const s of document.querySelectorAll('select')) {
      expect(document.querySelector(`label[for="${s.id}"]`)?.textContent, s.id).toBeTruthy();
    }
    const letters = select('letter-spacing');
    expect(letters.disabled).toBe(true);
    expect(document.getElementById(letters.getAttribute('aria-describedby')!)!.textContent).toMatch(/Arabic script/);
    mount(HOST, 'en');
    expect(select('letter-spacing').disabled).toBe(false);
  });
});
