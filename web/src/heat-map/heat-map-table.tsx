import { cellWord, gradeClass, GRADE_WORDS } from '../grades.js';
import { InferredMark } from '../inferred-mark.js';
import type { ViewState } from '../url-state.js';
import { type Cell, cellKey, type Comparison, type MeanScore, orderRows, type Row } from './rows.js';

interface Props {
  readonly comparison: Comparison;
  readonly programmeName: string;
  readonly state: ViewState;
  readonly meanScores: ReadonlyMap<string, MeanScore>;
  readonly onOpen: (key: string) => void;
}

function GradeCell({ row, cell, onOpen }: { row: Row; cell: Cell; onOpen: (key: string) => void }) {
  const key = cellKey(row.force.id, cell.area.id);
  const inferred = cell.record?.basis === 'INFERRED';
  return (
    <td class={gradeClass(cell.status === 'GRADED' ? cell.grade : null)} data-cell={key}>
      <button type="button" class="cell-button" aria-haspopup="dialog" onClick={() => onOpen(key)}>
        {cellWord(cell.grade, cell.status)}
        {inferred && <InferredMark />}
      </button>
    </td>
  );
}

function ForceRow({
  row,
  meanScore,
  onOpen,
}: {
  row: Row;
  meanScore: MeanScore | undefined;
  onOpen: (key: string) => void;
}) {
  return (
    <tr data-force={row.force.id}>
      <th scope="row" class="force-name">
        {row.force.shortName}
      </th>
      {row.cells.map((cell) => (
        <GradeCell key={cell.area.id} row={row} cell={cell} onOpen={onOpen} />
      ))}
      <td class="mean-score">
        {meanScore === undefined ? (
          '–'
        ) : (
          <>
            {meanScore.meanScore.toFixed(2)}
            {!meanScore.complete && (
              <span class="mean-partial" title={`The mean of ${meanScore.knownAreas} of ${row.cells.length} areas`}>
                {' '}
                ({meanScore.knownAreas} of {row.cells.length})
              </span>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

/** The heat map: a real table, one row per force and one column per area of the programme. */
export function HeatMapTable({ comparison, programmeName, state, meanScores, onOpen }: Props) {
  const groups = orderRows(comparison.rows, state.sort, meanScores);
  const columns = comparison.areas.length + 2;
  const asOf = comparison.asOf;
  const title = `${programmeName}: each force's grade in each area, ${asOf ? `as of ${asOf}` : 'as they stand now'}`;
  return (
    <>
      {/* The caption, visible above the scrolling box rather than scrolling away inside it. */}
      <p class="table-title" aria-hidden="true">
        {title}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="heat-map-caption">
        <table class="heat-map">
          <caption id="heat-map-caption" class="visually-hidden">
            {title}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="force-name">
                Force
              </th>
              {comparison.areas.map((area) => (
                <th scope="col" key={area.id} data-area={area.id}>
                  {area.name}
                </th>
              ))}
              <th scope="col" class="mean-score">
                Mean score
              </th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.region ?? 'all'}>
              {group.region && (
                <tr class="region-row">
                  <th scope="rowgroup" colSpan={columns}>
                    {group.region}
                  </th>
                </tr>
              )}
              {group.rows.map((row) => (
                <ForceRow key={row.force.id} row={row} meanScore={meanScores.get(row.force.id)} onOpen={onOpen} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

/** What the colours and marks mean. */
export function Legend({ grades }: { grades: readonly (keyof typeof GRADE_WORDS)[] }) {
  return (
    <ul class="legend" aria-label="Legend">
      {grades.map((grade) => (
        <li key={grade}>
          <span class={`swatch ${gradeClass(grade)}`} aria-hidden="true" />
          {GRADE_WORDS[grade]}
        </li>
      ))}
      <li>
        <span class="swatch grade grade-none" aria-hidden="true" />
        Not known (no grade in this dataset: never “not graded”)
      </li>
      <li>
        <span class="inferred-mark" aria-hidden="true">
          *
        </span>{' '}
        Inferred from published counts, not stated by the source
      </li>
    </ul>
  );
}
