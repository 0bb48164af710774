import { useState } from 'preact/hooks';

export type ForgetRange = 'hour' | 'day' | 'all';

export interface OptionsPageProps {
  /** Null while the settings load. */
  settings: { enabled: boolean; sites: string[]; retentionDays: number } | null;
  minDays: number;
  maxDays: number;
  busy: boolean;
  /** The last change's outcome ("Saved.", "Forgot 3 articles…"), announced politely. */
  status: string | null;
  /** Why the last change failed. */
  error: string | null;
  onToggle: (enabled: boolean) => void;
  /** Returns why the entry is not a site, or null when it was added. */
  onAddSite: (input: string) => string | null;
  onRemoveSite: (site: string) => void;
  onRetention: (days: number) => void;
  onForget: (range: ForgetRange) => void;
}

const FORGET_LABEL: Record<ForgetRange, string> = {
  hour: 'The last hour',
  day: 'The last day',
  all: 'Everything I read',
};

/** Settings for keeping what the reader reads: on or off, never-keep sites, how long, forget. */
export function OptionsPage(props: OptionsPageProps) {
  const { settings } = props;
  return (
    <>
      <header class="page-header">
        <h1>Parallax settings</h1>
        <p class="meta">
          Parallax keeps the articles you read, in this browser only, so it can compare later coverage with
          them. Nothing is sent anywhere.
        </p>
      </header>
      {props.error ? (
        <p class="page-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <p class="options-status" role="status" aria-live="polite">
        {props.status ?? ''}
      </p>
      {settings ? (
        <>
          <KeepingSection enabled={settings.enabled} busy={props.busy} onToggle={props.onToggle} />
          <SitesSection
            sites={settings.sites}
            busy={props.busy}
            onAddSite={props.onAddSite}
            onRemoveSite={props.onRemoveSite}
          />
          <RetentionSection
            days={settings.retentionDays}
            min={props.minDays}
            max={props.maxDays}
            busy={props.busy}
            onRetention={props.onRetention}
          />
        </>
      ) : (
        <p class="meta">Loading…</p>
      )}
      <ForgetSection busy={props.busy} onForget={props.onForget} />
    </>
  );
}

function KeepingSection({
  enabled,
  busy,
  onToggle,
}: {
  enabled: boolean;
  busy: boolean;
  onToggle: (enabled: boolean) => void;
}) {
  return (
    <section class="options-section" aria-labelledby="keeping-heading">
      <h2 id="keeping-heading">Keep what I read</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={enabled}
          disabled={busy}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        Keep the articles I read in my corpus
      </label>
      <p class="hint">
        An article counts as read after about ten seconds in view, or a scroll into it. Pages in private
        windows are never kept. Articles you save are kept whether this is on or off.
      </p>
    </section>
  );
}

function SitesSection({
  sites,
  busy,
  onAddSite,
  onRemoveSite,
}: {
  sites: string[];
  busy: boolean;
  onAddSite: (input: string) => string | null;
  onRemoveSite: (site: string) => void;
}) {
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section class="options-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites never to keep</h2>
      <form
        class="site-form"
        onSubmit={(event) => {
          event.preventDefault();
          const why = onAddSite(input);
          setProblem(why);
          if (!why) setInput('');
        }}
      >
        <div class="field">
          <label for="never-site">Site</label>
          <input
            id="never-site"
            type="text"
            value={input}
            placeholder="news.example"
            aria-describedby="never-site-hint"
            aria-invalid={problem ? 'true' : 'false'}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <span id="never-site-hint" class="hint">
            A site name or address; the pages under it are left out too.
          </span>
        </div>
        <button type="submit" disabled={busy}>
          Add
        </button>
      </form>
      {problem ? (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {sites.length ? (
        <ul class="site-list" aria-label="Sites never kept">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="secondary"
                disabled={busy}
                aria-label={`Remove ${site}`}
                onClick={() => onRemoveSite(site)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">No site yet: every site can be kept.</p>
      )}
    </section>
  );
}

function RetentionSection({
  days,
  min,
  max,
  busy,
  onRetention,
}: {
  days: number;
  min: number;
  max: number;
  busy: boolean;
  onRetention: (days: number) => void;
}) {
  const [value, setValue] = useState(String(days));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section class="options-section" aria-labelledby="retention-heading">
      <h2 id="retention-heading">How long to keep what I read</h2>
      <form
        class="retention-form"
        onSubmit={(event) => {
          event.preventDefault();
          const n = Number(value);
          if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) {
            setProblem(`Type a whole number of days from ${min} to ${max}.`);
            return;
          }
          setProblem(null);
          onRetention(n);
        }}
      >
        <div class="field">
          <label for="retention-days">Days to keep read articles</label>
          <input
            id="retention-days"
            type="number"
            min={min}
            max={max}
            step={1}
            value={value}
            aria-describedby="retention-hint"
            aria-invalid={problem ? 'true' : 'false'}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
          <span id="retention-hint" class="hint">
            Counted from the last reading. Saved articles never expire.
          </span>
        </div>
        <button type="submit" disabled={busy}>
          Set
        </button>
      </form>
      {problem ? (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

function ForgetSection({ busy, onForget }: { busy: boolean; onForget: (range: ForgetRange) => void }) {
  return (
    <section class="options-section" aria-labelledby="forget-heading">
      <h2 id="forget-heading">Forget what I read</h2>
      <p class="hint">Removes the articles kept because you read them. Articles you saved stay.</p>
      <div class="forget-buttons" role="group" aria-labelledby="forget-heading">
        {(Object.keys(FORGET_LABEL) as ForgetRange[]).map((range) => (
          <button
            key={range}
            type="button"
            class="secondary danger"
            disabled={busy}
            onClick={() => onForget(range)}
          >
            {FORGET_LABEL[range]}
          </button>
        ))}
      </div>
    </section>
  );
}
