import { useQuery } from '@urql/preact';
import { useRef } from 'preact/hooks';

import { Controls } from './controls.js';
import { Distribution } from './distribution.js';
import type { HeatMapQuery as HeatMapData } from './gql/graphql.js';
import { HeadToHead } from './head-to-head.js';
import { CellDetails } from './heat-map/cell-details.js';
import { HeatMapTable, Legend } from './heat-map/heat-map-table.js';
import { cellKey, type MeanScore } from './heat-map/rows.js';
import { OperationPanel } from './operation-panel.js';
import { HeatMapQuery } from './operations.js';
import { DEFAULT_PROGRAMME } from './programmes.js';
import { useViewState } from './url-state.js';

/** The last answer, kept on screen while the next one loads (marked busy) instead of a blank page. */
function useLatest(data: HeatMapData | undefined): HeatMapData | undefined {
  const latest = useRef(data);
  if (data) latest.current = data;
  return latest.current;
}

function OpenCell({
  data,
  cell,
  asOf,
  onClose,
}: {
  data: HeatMapData;
  cell: string;
  asOf: string | null;
  onClose: () => void;
}) {
  const comparison = data.compareForces;
  for (const row of comparison.rows) {
    for (const [index, candidate] of row.cells.entries()) {
      if (cellKey(row.force.id, candidate.area.id) !== cell) continue;
      const programme = data.programmes.find((p) => p.areas.some((a) => a.id === candidate.area.id));
      return (
        <CellDetails
          row={row}
          cell={candidate}
          areaName={comparison.areas[index]?.name ?? ''}
          programmeName={programme?.name ?? ''}
          asOf={asOf}
          onClose={onClose}
        />
      );
    }
  }
  return null;
}

export function App() {
  const [state, update] = useViewState();
  const programmeId = state.programme ?? DEFAULT_PROGRAMME;
  const variables = { programme: programmeId, asOf: state.asOf };
  const [result] = useQuery({ query: HeatMapQuery, variables });
  const data = useLatest(result.data);
  // The programme of the answer on screen, which is the previous one while the next loads.
  const programme = data?.programmes.find((p) => p.id === data.compareForces.programme.id);
  const meanScores = new Map<string, MeanScore>(
    data?.rankForces.map(({ force, ...rank }, place) => [force.id, { ...rank, place }]) ?? [],
  );
  const busy = result.fetching;

  return (
    <>
      <a class="skip-link" href="#distribution">
        Skip the heat map
      </a>
      <header class="page-header">
        <h1>PEEL grades, force by force</h1>
        <p>
          HMICFRS's PEEL inspection grades for the 43 police forces of England and Wales, from the peelgraph API. Every
          grade links to the page it was read from.
        </p>
        <nav aria-label="For developers">
          <a href="/graphql">Explore the API in Apollo Sandbox</a>
          {' · '}
          <a href="/export/grades.csv">All grades as CSV</a>
        </nav>
      </header>
      <main>
        <section aria-labelledby="heat-map-title" aria-busy={busy}>
          <h2 id="heat-map-title">Heat map</h2>
          <Controls programmes={data?.programmes ?? []} programmeId={programmeId} state={state} onChange={update} />
          {result.error && (
            <p role="alert" class="error">
              The grades could not be loaded: {result.error.message}
            </p>
          )}
          {!data && !result.error && <p aria-live="polite">Loading the grades…</p>}
          {data && programme && (
            <>
              <Legend grades={programme.grades} />
              <HeatMapTable
                comparison={data.compareForces}
                programmeName={programme.name}
                state={state}
                meanScores={meanScores}
                onOpen={(cell) => update({ cell })}
              />
              <p class="hint">
                Choose a grade for its basis, note, source, report and amendments. Mean scores are the API's
                (Outstanding {programme.scale === 'FIVE_TIER' ? 4 : 3} … Inadequate 0), over the areas known; “(8 of 9)”
                marks a mean over fewer areas than all, ranked after the forces with every area known.
              </p>
            </>
          )}
          <OperationPanel
            operations={[{ document: HeatMapQuery, variables }]}
            csv={{ programme: programmeId, asOf: state.asOf }}
            note="The whole first view is this one request."
          />
        </section>
        {data && state.cell && (
          <OpenCell
            data={data}
            cell={state.cell}
            asOf={data.compareForces.asOf ?? null}
            onClose={() => update({ cell: null })}
          />
        )}
        <section id="distribution" aria-labelledby="distribution-title" tabIndex={-1}>
          <h2 id="distribution-title">Distribution</h2>
          {data && programme && <Distribution comparison={data.compareForces} grades={programme.grades} />}
          <OperationPanel
            operations={[{ document: HeatMapQuery, variables }]}
            csv={{ programme: programmeId, asOf: state.asOf }}
            note="Counted from the heat map's own answer, so the two always agree; the API's gradeDistribution(programme, area, asOf) gives the same counts for one area."
          />
        </section>
        <section id="head-to-head" aria-labelledby="head-to-head-title">
          <h2 id="head-to-head-title">Head-to-head</h2>
          {data && (
            <HeadToHead
              programmes={data.programmes}
              programmeId={programmeId}
              forces={data.compareForces.rows.map((row) => row.force)}
              state={state}
              onChange={(forces) => update({ forces })}
            />
          )}
        </section>
      </main>
      <footer class="page-footer">
        <p>
          Grades compiled from HMICFRS pages and other public sources; “Not known” means this dataset holds no grade,
          never that the force was not graded. Grades of different PEEL cycles are not directly comparable (HMICFRS).
        </p>
      </footer>
    </>
  );
}
