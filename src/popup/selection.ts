/** The text the user selected in the tab's page (top frame), read on demand through `scripting`. */
import { browser } from '../platform/browser';

/** Runs in the page: must be self-contained. */
function pageSelection(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

export async function selectedText(tabId: number): Promise<string> {
  const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: pageSelection });
  const text = typeof result?.result === 'string' ? result.result : '';
  return text.replace(/\s+/g, ' ').trim();
}
