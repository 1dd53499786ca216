import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installBrowser } from '../../support/fake-browser';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => true | undefined;
const listeners: Listener[] = [];

installBrowser({
  runtime: {
    id: 'qari-id',
    onMessage: {
      addListener: (l: Listener) => listeners.push(l),
      removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
    },
    sendMessage: vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }),
  },
  tabs: { sendMessage: vi.fn(async (_tab: number, message: unknown) => dispatch(message, { id: 'qari-id' })) },
});

const { listen, sendToTab, sendToPages, MessageError } = await import('../../../src/shared/messages');

/** As the browser does: the first listener that returns `true` answers through its `sendResponse`. */
function dispatch(message: unknown, sender: { id?: string }): Promise<unknown> | undefined {
  for (const l of listeners) {
    let respond!: (reply: unknown) => void;
    const reply = new Promise((resolve) => (respond = resolve));
    if (l(message, sender, respond) === true) return reply;
  }
  return undefined;
}

beforeEach(() => listeners.splice(0));

describe('message dispatch', () => {
  it('routes a typed message to its handler and returns the result', async () => {
    listen({ 'tab.status': () => ({ reader: 'open' }) as never });
    await expect(sendToTab(1, 'tab.status')).resolves.toEqual({ reader: 'open' });
  });

  it('ignores foreign senders, unknown names and non-Qari messages (returns undefined, not a promise)', () => {
    listen({ 'tab.status': () => ({}) as never });
    expect(dispatch({ qari: 1, type: 'tab.status' }, { id: 'evil' })).toBeUndefined();
    expect(dispatch({ qari: 1, type: 'nope' }, { id: 'qari-id' })).toBeUndefined();
    expect(dispatch({ type: 'tab.status' }, { id: 'qari-id' })).toBeUndefined();
    expect(dispatch('tab.status', { id: 'qari-id' })).toBeUndefined();
  });

  it('turns a handler error into a MessageError with a plain message', async () => {
    listen({
      'reader.open': () => {
        throw new Error('boom');
      },
    });
    const failure = sendToTab(1, 'reader.open');
    await expect(failure).rejects.toBeInstanceOf(MessageError);
    await expect(failure).rejects.toThrow('boom');
  });

  it('rejects when no content script answers', async () => {
    await expect(sendToTab(1, 'tab.status')).rejects.toThrow(MessageError);
  });

  it('broadcasting to pages with no popup open is not an error', async () => {
    await expect(sendToPages('status.changed', {} as never)).resolves.toBeUndefined();
  });

  it('unsubscribes', async () => {
    const stop = listen({ 'tab.status': () => ({}) as never });
    stop();
    expect(listeners).toHaveLength(0);
  });
});
