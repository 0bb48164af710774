import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsPage, type ForgetRange } from '@/components/options/OptionsPage';
import { sendRequest } from '@/lib/messages/transport';
import {
  addNeverKeepSite,
  cleanRetention,
  keepingEnabled,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  neverKeepSites,
  parseSite,
  readKeepingSettings,
  readRetentionDays,
  removeNeverKeepSite,
  retentionDays,
} from '@/lib/settings/keeping';

const send = (m: unknown) => browser.runtime.sendMessage(m);
const HOUR_MS = 3_600_000;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Settings = { enabled: boolean; sites: string[]; retentionDays: number };

/** The options page's state: the keeping settings (WXT storage items) and "forget what I read". */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = () =>
      Promise.all([readKeepingSettings(), retentionDays()]).then(
        ([keeping, days]) =>
          setSettings({ enabled: keeping.enabled, sites: keeping.neverSites, retentionDays: days }),
        (e: unknown) => setError(`Could not read your settings: ${message(e)}`),
      );
    void load();
    // A change made elsewhere (Pause in the popup, the welcome page) shows here at once.
    const unwatch = [keepingEnabled.watch(load), neverKeepSites.watch(load), readRetentionDays.watch(load)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const change = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await work());
    } catch (e) {
      setStatus(null);
      setError(`That change was not made: ${message(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <OptionsPage
      settings={settings}
      minDays={MIN_RETENTION_DAYS}
      maxDays={MAX_RETENTION_DAYS}
      busy={busy}
      status={status}
      error={error}
      onToggle={(enabled) =>
        void change(async () => {
          await keepingEnabled.setValue(enabled);
          setSettings((s) => s && { ...s, enabled });
          return enabled
            ? 'Parallax keeps the articles you read.'
            : 'Paused: Parallax keeps nothing you read.';
        })
      }
      onAddSite={(input) => {
        const parsed = parseSite(input);
        if ('error' in parsed) return parsed.error;
        void change(async () => {
          const sites = await addNeverKeepSite(parsed.site);
          setSettings((s) => s && { ...s, sites });
          return `${parsed.site} is never kept.`;
        });
        return null;
      }}
      onRemoveSite={(site) =>
        void change(async () => {
          const sites = await removeNeverKeepSite(site);
          setSettings((s) => s && { ...s, sites });
          return `${site} can be kept again.`;
        })
      }
      onRetention={(days) =>
        void change(async () => {
          const clean = cleanRetention(days);
          await readRetentionDays.setValue(clean);
          setSettings((s) => s && { ...s, retentionDays: clean });
          return `Read articles are kept for ${clean} ${clean === 1 ? 'day' : 'days'}.`;
        })
      }
      onForget={(range: ForgetRange) =>
        void change(async () => {
          const since = range === 'all' ? null : Date.now() - (range === 'hour' ? 1 : 24) * HOUR_MS;
          const { removed } = await sendRequest(send, 'forgetRead', { since });
          return `Forgot ${removed} ${removed === 1 ? 'article' : 'articles'} you read. Saved articles stay.`;
        })
      }
    />
  );
}
