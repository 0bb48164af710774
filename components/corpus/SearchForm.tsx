import { useState } from 'preact/hooks';

/** The search as typed: empty strings for "any". */
export interface SearchFields {
  words: string;
  outlet: string;
  from: string;
  to: string;
}

export const EMPTY_SEARCH: SearchFields = { words: '', outlet: '', from: '', to: '' };

export interface SearchFormProps {
  outlets: string[];
  busy: boolean;
  onSearch: (fields: SearchFields) => void;
}

/** Words, outlet and published-date range; Enter or the button searches, Clear shows everything. */
export function SearchForm({ outlets, busy, onSearch }: SearchFormProps) {
  const [fields, setFields] = useState<SearchFields>(EMPTY_SEARCH);
  const set = (key: keyof SearchFields) => (event: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [key]: event.currentTarget.value });
  return (
    <form
      class="search"
      role="search"
      aria-label="Search your corpus"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(fields);
      }}
    >
      <div class="field field-words">
        <label for="search-words">Words</label>
        <input
          id="search-words"
          type="search"
          value={fields.words}
          placeholder='e.g. Witkoff "Article 5"'
          aria-describedby="search-words-hint"
          onInput={set('words')}
        />
        <span id="search-words-hint" class="hint">
          In title, byline and text; quotes for a phrase.
        </span>
      </div>
      <div class="field">
        <label for="search-outlet">Outlet</label>
        <select id="search-outlet" value={fields.outlet} onChange={set('outlet')}>
          <option value="">All outlets</option>
          {outlets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="search-from">Published from</label>
        <input
          id="search-from"
          type="date"
          value={fields.from}
          max={fields.to || undefined}
          onInput={set('from')}
        />
      </div>
      <div class="field">
        <label for="search-to">to</label>
        <input
          id="search-to"
          type="date"
          value={fields.to}
          min={fields.from || undefined}
          onInput={set('to')}
        />
      </div>
      <div class="search-buttons">
        <button type="submit" disabled={busy}>
          Search
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setFields(EMPTY_SEARCH);
            onSearch(EMPTY_SEARCH);
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
