import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { StoryPage } from '@/components/story/StoryPage';
import type { Story } from '@/lib/analysis/story';
import { storyQueryOf } from '@/lib/messages/story-url';
import { handleRequests, sendRequest } from '@/lib/messages/transport';

const send = (m: unknown) => browser.runtime.sendMessage(m);

/** Reads which story from the address (`?tab=`, `?article=` or `?ids=`) and asks the background for it. */
export function App() {
  const [story, setStory] = useState<Story | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  const loaded = useRef(false);

  // A tab's story needs its analysis: when the background had to read the tab again (its worker
  // was stopped), the analysis arrives with a tabStateChanged push, and the story is asked again.
  useEffect(() => {
    const query = storyQueryOf(location.search);
    if (query?.by !== 'tab') return;
    return handleRequests(browser.runtime, {
      tabStateChanged: ({ tabId }) => {
        if (tabId === query.tabId && !loaded.current) setAttempt((a) => a + 1);
        return { accepted: true };
      },
    });
  }, []);

  useEffect(() => {
    const query = storyQueryOf(location.search);
    if (!query) {
      setError('This address names no story. Open one from the popup, the overlay or the corpus page.');
      setLoading(false);
      return;
    }
    let stopped = false;
    setLoading(true);
    sendRequest(send, 'getStory', query).then(
      (next) => {
        if (stopped) return;
        loaded.current = true;
        setStory(next);
        setError(null);
        setLoading(false);
        document.title = `Parallax: ${next.title}`;
        requestAnimationFrame(() => performance.mark('parallax:story-rendered'));
      },
      (e: unknown) => {
        if (stopped) return;
        setError(`The story could not be shown: ${e instanceof Error ? e.message : String(e)}`);
        setLoading(false);
      },
    );
    return () => {
      stopped = true;
    };
  }, [attempt]);

  return <StoryPage story={story} loading={loading} error={error} onRetry={() => setAttempt((a) => a + 1)} />;
}
