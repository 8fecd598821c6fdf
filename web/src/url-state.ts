import { useEffect, useState } from 'preact/hooks';

/** What the reader chose: all of it lives in the address, so a link reproduces the view. */
export interface ViewState {
  /** A programme id; null until the reader picks one (the newest programme is shown). */
  readonly programme: string | null;
  /** `YYYY-MM-DD`, or null for the current state. */
  readonly asOf: string | null;
  readonly sort: SortKey;
  /** Forces of the head-to-head, by id, at most four. */
  readonly forces: readonly string[];
  /** The cell whose details are open: `<force id>/<area id>`. */
  readonly cell: string | null;
}

export const SORT_KEYS = ['region', 'name', 'mean'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const MAX_FORCES = 4;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const asOf = params.get('asOf');
  const forces = (params.get('forces') ?? '').split(',').filter(Boolean);
  return {
    programme: params.get('programme') || null,
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    sort: SORT_KEYS.find((key) => key === sort) ?? 'region',
    forces: [...new Set(forces)].slice(0, MAX_FORCES),
    cell: params.get('cell') || null,
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.programme) params.set('programme', state.programme);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.sort !== 'region') params.set('sort', state.sort);
  if (state.forces.length > 0) params.set('forces', state.forces.join(','));
  if (state.cell) params.set('cell', state.cell);
  const query = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return query ? `?${query}` : location.pathname;
}

/**
 * The view state, read from the address and written back to it: every change is a history entry,
 * so the back button undoes it.
 */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => readState(location.search));
  useEffect(() => {
    const onPop = () => setState(readState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = (change: Partial<ViewState>) => {
    const next = { ...readState(location.search), ...change };
    history.pushState(null, '', writeState(next));
    setState(readState(location.search));
  };
  return [state, update];
}
