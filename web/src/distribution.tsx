import { GRADE_WORDS, gradeClass } from './grades.js';
import type { Grade } from './gql/graphql.js';
import type { Comparison } from './heat-map/rows.js';

interface AreaCounts {
  readonly id: string;
  readonly name: string;
  readonly counts: readonly { grade: Grade; count: number }[];
  readonly notKnown: number;
}

/** Counts of the heat map's own cells, so the chart and the table above can never disagree. */
function countGrades(comparison: Comparison, grades: readonly Grade[]): AreaCounts[] {
  return comparison.areas.map((area, column) => {
    const cells = comparison.rows.map((row) => row.cells[column]);
    const graded = cells.filter((cell) => cell?.status === 'GRADED');
    return {
      id: area.id,
      name: area.name,
      counts: grades.map((grade) => ({ grade, count: graded.filter((cell) => cell?.grade === grade).length })),
      notKnown: cells.length - graded.length,
    };
  });
}

/**
 * How many forces got each grade in each area: a stacked bar per area (for the eye) in a table
 * whose cells hold the numbers (for everyone); "not known" is counted apart, after the grades.
 */
export function Distribution({ comparison, grades }: { comparison: Comparison; grades: readonly Grade[] }) {
  const areas = countGrades(comparison, grades);
  const title = `Forces by grade in each area${comparison.asOf ? `, as of ${comparison.asOf}` : ''}`;
  return (
    <>
      <p class="table-title" aria-hidden="true">
        {title}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="distribution-caption">
        <table class="distribution">
          <caption id="distribution-caption" class="visually-hidden">
            {title}
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col" class="bar-column">
                <span class="visually-hidden">Chart</span>
              </th>
              {grades.map((grade) => (
                <th scope="col" key={grade}>
                  {GRADE_WORDS[grade]}
                </th>
              ))}
              <th scope="col">Not known</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id} data-area={area.id}>
                <th scope="row">{area.name}</th>
                <td class="bar-column" aria-hidden="true">
                  <div class="bar">
                    {area.counts
                      .filter(({ count }) => count > 0)
                      .map(({ grade, count }) => (
                        <span key={grade} class={gradeClass(grade)} style={{ flexGrow: count }} />
                      ))}
                    {area.notKnown > 0 && (
                      <span class="grade grade-none not-known-segment" style={{ flexGrow: area.notKnown }} />
                    )}
                  </div>
                </td>
                {area.counts.map(({ grade, count }) => (
                  <td key={grade} class="count" data-grade={grade}>
                    {count}
                  </td>
                ))}
                <td class="count" data-grade="NOT_KNOWN">
                  {area.notKnown}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
