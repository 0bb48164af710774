import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequests, sendRequest, type RuntimeLike } from '@/lib/messages/transport';

/**
 * The fake browser passes an empty sender; real browsers set `sender.id` to the extension's id for
 * messages from its own contexts. This adapter adds it, as the browser would.
 */
const runtime: RuntimeLike = {
  get id() {
    return browser.runtime.id;
  },
  sendMessage: (m) => browser.runtime.sendMessage(m),
  onMessage: {
    addListener: (listener) => {
      const wrapped = (m: unknown, s: object, r: (x: unknown) => void) =>
        listener(m, { ...s, id: browser.runtime.id }, r);
      wrappers.set(listener, wrapped);
      browser.runtime.onMessage.addListener(wrapped as never);
    },
    removeListener: (listener) => browser.runtime.onMessage.removeListener(wrappers.get(listener) as never),
  },
};
const wrappers = new Map<unknown, unknown>();
const send = (m: unknown) => browser.runtime.sendMessage(m);

describe('message transport (through the fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a validated request and returns the handler reply', async () => {
    handleRequests(runtime, {
      getTabState: ({ tabId }) => ({ status: 'not-article', reason: `tab ${tabId}` }),
    });
    await expect(sendRequest(send, 'getTabState', { tabId: 7 })).resolves.toEqual({
      status: 'not-article',
      reason: 'tab 7',
    });
  });

  it('rethrows a handler error at the sender', async () => {
    handleRequests(runtime, {
      saveTab: () => {
        throw new Error('There is no article in this tab to save.');
      },
    });
    await expect(sendRequest(send, 'saveTab', { tabId: 1, tags: [] })).rejects.toThrow(
      'There is no article in this tab to save.',
    );
  });

  it('rejects a payload that does not match the schema, naming the field', async () => {
    let called = false;
    handleRequests(runtime, {
      getTabState: () => {
        called = true;
        return { status: 'idle' };
      },
    });
    await expect(sendRequest(send, 'getTabState', { tabId: -3 })).rejects.toThrow(
      /Invalid "getTabState" message at tabId/,
    );
    await expect(send({ parallax: 1, name: 'getTabState', data: { tabId: 'x' } })).resolves.toMatchObject({
      ok: false,
    });
    expect(called).toBe(false);
  });

  it('ignores messages that are not ours and unknown message names', async () => {
    handleRequests(runtime, { getTabState: () => ({ status: 'idle' }) });
    await expect(send({ name: 'getTabState', data: { tabId: 1 } })).resolves.toBeUndefined();
    await expect(send({ parallax: 1, name: 'constructor', data: {} })).resolves.toBeUndefined();
    await expect(send({ parallax: 1, name: '__proto__', data: {} })).resolves.toBeUndefined();
  });

  it('ignores senders from other extensions', async () => {
    let called = false;
    const listeners: ((m: unknown, s: { id?: string }, r: (x: unknown) => void) => boolean | void)[] = [];
    const spy: RuntimeLike = {
      id: 'parallax-id',
      sendMessage: async () => undefined,
      onMessage: { addListener: (l) => void listeners.push(l), removeListener: () => undefined },
    };
    handleRequests(spy, {
      getTabState: () => {
        called = true;
        return { status: 'idle' };
      },
    });
    const handled = listeners[0]!(
      { parallax: 1, name: 'getTabState', data: { tabId: 1 } },
      { id: 'someone-else' },
      () => undefined,
    );
    expect(handled).toBe(false);
    expect(called).toBe(false);
  });

  it('stops handling after the returned function is called', async () => {
    const stop = handleRequests(runtime, { getTabState: () => ({ status: 'idle' }) });
    stop();
    await expect(sendRequest(send, 'getTabState', { tabId: 1 })).rejects.toThrow();
  });
});
