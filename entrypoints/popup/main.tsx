import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import type { TabState } from '@/lib/messages/protocol';
import { sendRequest } from '@/lib/messages/transport';
import './style.css';

const send = (m: unknown) => browser.runtime.sendMessage(m);
const POLL_MS = 250;
// The corpus manager page (entrypoints/corpus/); typed loosely so the popup builds on its own.
const CORPUS_PAGE = '/corpus.html' as Parameters<typeof browser.runtime.getURL>[0];

/** The tab this popup describes: `?tabId=` (tests, or opened as a page) or the active tab. */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState>({ status: 'idle' });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (): Promise<void> => {
      const id = tabId ?? (await currentTabId());
      if (id === null || stopped) return;
      if (tabId === null) setTabId(id);
      try {
        const next = await sendRequest(send, 'getTabState', { tabId: id });
        if (stopped) return;
        setState(next);
        // First render with an answer: measured by the end-to-end test (performance budget in README).
        if (next.status !== 'idle' && performance.getEntriesByName('parallax:first-answer').length === 0) {
          requestAnimationFrame(() => performance.mark('parallax:first-answer'));
        }
        // Keep asking while the background is still working on this tab.
        if (next.status === 'idle' || next.status === 'analysing') timer = setTimeout(poll, POLL_MS);
      } catch (error) {
        if (!stopped) setState({ status: 'error', message: (error as Error).message });
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId]);

  const act = async (action: () => Promise<unknown>): Promise<void> => {
    if (tabId === null) return;
    setBusy(true);
    setActionError(null);
    try {
      await action();
      setState(await sendRequest(send, 'getTabState', { tabId }));
    } catch (error) {
      setActionError((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <Popup
        state={state}
        busy={busy}
        actionError={actionError}
        onSave={(tags) => void act(() => sendRequest(send, 'saveTab', { tabId: tabId!, tags }))}
        onRemove={(id) => void act(() => sendRequest(send, 'removeArticle', { id }))}
        onShowPassage={(d) => {
          if (tabId === null) return;
          const toTab = (m: unknown) => browser.tabs.sendMessage(tabId, m);
          sendRequest(toTab, 'showPassage', { start: d.a.start, end: d.a.end, text: d.a.text })
            .then(({ found }) =>
              setActionError(found ? null : 'That sentence could not be found on the page any more.'),
            )
            .catch(() => setActionError('The page is not reachable: reload it and try again.'));
        }}
        onOpenCorpus={() => void browser.tabs.create({ url: browser.runtime.getURL(CORPUS_PAGE) })}
      />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
