/**
 * Typed request/response over runtime messaging. The receiver checks that the sender is this
 * extension and validates the payload; a handler's error is rethrown at the sender.
 * The runtime is passed in (`browser.runtime` in the extension, the fake browser in tests).
 */
import * as v from 'valibot';
import { requestSchemas, type MessageName, type Replies, type RequestOf } from './protocol';

export interface MessageSender {
  id?: string;
  /** `incognito`: the tab is in a private window (nothing is kept from there). */
  tab?: { id?: number; incognito?: boolean };
  url?: string;
}

/** The part of `browser.runtime` / `browser.tabs` messaging we use. */
export interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: MessageSender,
        sendResponse: (r: unknown) => void,
      ) => boolean | void,
    ): void;
    removeListener(
      listener: (
        message: unknown,
        sender: MessageSender,
        sendResponse: (r: unknown) => void,
      ) => boolean | void,
    ): void;
  };
}

type Envelope = { parallax: 1; name: MessageName; data: unknown };
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export type Handlers = {
  [N in MessageName]?: (data: RequestOf<N>, sender: MessageSender) => Promise<Replies[N]> | Replies[N];
};

/** Sends `name` with `data` through `send` (runtime.sendMessage, or tabs.sendMessage bound to a tab). */
export async function sendRequest<N extends MessageName>(
  send: (message: unknown) => Promise<unknown>,
  name: N,
  data: RequestOf<N>,
): Promise<Replies[N]> {
  const envelope: Envelope = { parallax: 1, name, data };
  const reply = (await send(envelope)) as Reply | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`No reply to "${name}".`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Replies[N];
}

/** Registers `handlers`; returns a function that removes them. Messages from other extensions or pages are ignored. */
export function handleRequests(runtime: RuntimeLike, handlers: Handlers): () => void {
  const listener = (message: unknown, sender: MessageSender, sendResponse: (r: unknown) => void): boolean => {
    if (!isEnvelope(message) || sender.id !== runtime.id) return false;
    const handler = handlers[message.name] as ((data: unknown, sender: MessageSender) => unknown) | undefined;
    if (!handler) return false;
    const parsed = v.safeParse(requestSchemas[message.name], message.data);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      sendResponse({
        ok: false,
        error: `Invalid "${message.name}" message at ${v.getDotPath(issue) ?? 'data'}: ${issue.message}`,
      });
      return true;
    }
    // Replies go through sendResponse (with `return true`), which every browser and the fake browser support.
    Promise.resolve()
      .then(() => handler(parsed.output, sender))
      .then(
        (value) => sendResponse({ ok: true, value } satisfies Reply),
        (error: unknown) =>
          sendResponse({
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          } satisfies Reply),
      );
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Envelope).parallax === 1 &&
    typeof (message as Envelope).name === 'string' &&
    Object.hasOwn(requestSchemas, (message as Envelope).name)
  );
}
