import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import type { TabState } from '@/lib/messages/protocol';
import { storyPagePath } from '@/lib/messages/story-url';
import { handleRequests, sendRequest } from '@/lib/messages/transport';
import { keepingEnabled, keepingNotice } from '@/lib/settings/keeping';
import './style.css';

const send = (m: unknown) => browser.runtime.sendMessage(m);
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
  const [notice, setNotice] = useState<{ paused: boolean } | null>(null);

  // The one-time notice after the first article kept: shown by this opening, then never again.
  useEffect(() => {
    void keepingNotice
      .getValue()
      .then(async (value) => {
        if (value !== 'due') return;
        setNotice({ paused: false });
        await keepingNotice.setValue('shown');
      })
      .catch((error: unknown) => console.warn('Parallax: the keeping notice could not be read.', error));
  }, []);

  // One read when the popup opens, then the background's pushes (tabStateChanged): the popup may
  // open before the page's analysis exists ("idle", "analysing"), and the push brings the answer.
  useEffect(() => {
    let stopped = false;
    let id: number | null = null;
    /** Only the newest read is shown: a push may overtake the first read. */
    let reads = 0;
    const read = async (): Promise<void> => {
      if (id === null) return;
      const mine = ++reads;
      try {
        const next = await sendRequest(send, 'getTabState', { tabId: id });
        if (stopped || mine !== reads) return;
        setState(next);
        // First render with an answer: measured by the end-to-end test (performance budget in README).
        if (next.status !== 'idle' && performance.getEntriesByName('parallax:first-answer').length === 0) {
          requestAnimationFrame(() => performance.mark('parallax:first-answer'));
        }
      } catch (error) {
        if (!stopped && mine === reads) setState({ status: 'error', message: (error as Error).message });
      }
    };
    // Listening before the first read, so a push that comes while it is under way is not lost.
    const stop = handleRequests(browser.runtime, {
      tabStateChanged: ({ tabId: changed }) => {
        if (changed !== undefined && changed === id) void read();
        return { accepted: true };
      },
    });
    void currentTabId().then((found) => {
      if (stopped || found === null) return;
      id = found;
      setTabId(found);
      void read();
    });
    return () => {
      stopped = true;
      stop();
    };
  }, []);

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
        onKeepAsSaved={(id) => void act(() => sendRequest(send, 'keepAsSaved', { id }))}
        notice={notice}
        onPauseKeeping={() =>
          void keepingEnabled.setValue(false).then(
            () => setNotice({ paused: true }),
            (error: unknown) => setActionError(`Keeping could not be paused: ${(error as Error).message}`),
          )
        }
        onOpenSettings={() => void browser.runtime.openOptionsPage()}
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
        onOpenStory={() => {
          if (tabId === null) return;
          const path = storyPagePath({ by: 'tab', tabId }) as Parameters<typeof browser.runtime.getURL>[0];
          void browser.tabs.create({ url: browser.runtime.getURL(path) });
        }}
      />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
