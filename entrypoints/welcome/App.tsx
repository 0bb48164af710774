import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { keepingEnabled } from '@/lib/settings/keeping';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The welcome page's one setting: keeping what the reader reads, on or off. */
export function App() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      keepingEnabled.getValue().then(
        (value) => setEnabled(value !== false),
        (e: unknown) => setError(`Could not read the setting: ${message(e)}`),
      );
    void load();
    return keepingEnabled.watch(() => void load());
  }, []);
  return (
    <WelcomePage
      enabled={enabled}
      busy={busy}
      error={error}
      onToggle={(next) => {
        setBusy(true);
        setError(null);
        keepingEnabled
          .setValue(next)
          .then(
            () => setEnabled(next),
            (e: unknown) => setError(`The setting was not changed: ${message(e)}`),
          )
          .finally(() => setBusy(false));
      }}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}
