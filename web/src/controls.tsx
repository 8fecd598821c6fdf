import type { Programme } from './programmes.js';
import { SORT_KEYS, type SortKey, type ViewState } from './url-state.js';

const SORT_WORDS: Readonly<Record<SortKey, string>> = {
  region: 'Region',
  name: 'Force name',
  mean: 'Mean score (best first)',
};

interface Props {
  readonly programmes: readonly Programme[];
  readonly programmeId: string;
  readonly state: ViewState;
  readonly onChange: (change: Partial<ViewState>) => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The programme, the "as of" date and the order of the heat map's rows. */
export function Controls({ programmes, programmeId, state, onChange }: Props) {
  return (
    <form class="controls" onSubmit={(event) => event.preventDefault()}>
      <div class="field">
        <label for="programme">Programme</label>
        <select
          id="programme"
          value={programmeId}
          onChange={(event) => onChange({ programme: event.currentTarget.value, cell: null })}
        >
          {programmes.length === 0 && <option value={programmeId}>{programmeId}</option>}
          {[...programmes].reverse().map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="as-of">As of</label>
        <input
          id="as-of"
          type="date"
          name="asOf"
          min="2014-01-01"
          max={today()}
          value={state.asOf ?? ''}
          onChange={(event) => onChange({ asOf: event.currentTarget.value || null })}
        />
      </div>
      <button type="button" disabled={!state.asOf} onClick={() => onChange({ asOf: null })}>
        Show grades as they stand now
      </button>
      <div class="field">
        <label for="sort">Sort by</label>
        <select
          id="sort"
          value={state.sort}
          onChange={(event) => onChange({ sort: event.currentTarget.value as SortKey })}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_WORDS[key]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
