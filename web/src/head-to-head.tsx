import { useQuery } from '@urql/preact';

import { GRADE_WORDS, gradeClass } from './grades.js';
import type { ForceHistoryQuery, ForceHistoryQueryVariables, GradeDirection } from './gql/graphql.js';
import type { Row } from './heat-map/rows.js';
import { InferredMark } from './inferred-mark.js';
import { OperationPanel } from './operation-panel.js';
import { ForceHistoryQuery as ForceHistoryDocument } from './operations.js';
import { previousProgramme, type Programme } from './programmes.js';
import { MAX_FORCES, type ViewState } from './url-state.js';

type Force = NonNullable<ForceHistoryQuery['force']>;
type Change = NonNullable<ForceHistoryQuery['gradeChanges']>[number];

interface Props {
  readonly programmes: readonly Programme[];
  readonly programmeId: string;
  readonly forces: readonly Row['force'][];
  readonly state: ViewState;
  readonly onChange: (forces: string[]) => void;
}

const DIRECTION_WORDS: Readonly<Record<GradeDirection, string>> = { UP: 'better', DOWN: 'worse', SAME: 'same' };

/** One request per chosen force (a fixed four hooks, paused where no force is chosen). */
function useForceHistories(forces: readonly string[], variables: Omit<ForceHistoryQueryVariables, 'force'>) {
  const slot = (index: number) => {
    const force = forces[index] ?? '';
    return { query: ForceHistoryDocument, variables: { ...variables, force }, pause: force === '' };
  };
  const results = [useQuery(slot(0)), useQuery(slot(1)), useQuery(slot(2)), useQuery(slot(3))];
  return results.slice(0, forces.length).map(([result]) => result);
}

function ForcePickers({
  forces,
  chosen,
  onChange,
}: Pick<Props, 'forces' | 'onChange'> & { chosen: readonly string[] }) {
  const pick = (index: number, id: string) => {
    const next = [...chosen];
    next[index] = id;
    onChange([...new Set(next.filter(Boolean))]);
  };
  const sorted = [...forces].sort((a, b) => a.shortName.localeCompare(b.shortName, 'en'));
  return (
    <fieldset class="force-pickers">
      <legend>Pick two to four forces</legend>
      {Array.from({ length: MAX_FORCES }, (_, index) => (
        <div class="field" key={index}>
          <label for={`force-${index + 1}`}>
            Force {index + 1}
            {index >= 2 ? ' (optional)' : ''}
          </label>
          <select
            id={`force-${index + 1}`}
            value={chosen[index] ?? ''}
            disabled={index > chosen.length}
            onChange={(event) => pick(index, event.currentTarget.value)}
          >
            <option value="">—</option>
            {sorted.map((force) => (
              <option key={force.id} value={force.id}>
                {force.shortName}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}

/** The head row of a head-to-head table: the areas' column, then one column per force. */
function ForceColumnHeads({ forces }: { forces: readonly Force[] }) {
  return (
    <tr>
      <th scope="col">Area</th>
      {forces.map((force) => (
        <th scope="col" key={force.id}>
          {force.shortName}
        </th>
      ))}
    </tr>
  );
}

function ProgrammeTable({ programme, forces }: { programme: Programme; forces: readonly Force[] }) {
  const inspections = forces.map((force) => force.inspections.find((i) => i.programme.id === programme.id));
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`${programme.name}, head-to-head`}>
      <table class="head-to-head">
        <caption>{programme.name}</caption>
        <thead>
          <ForceColumnHeads forces={forces} />
        </thead>
        <tbody>
          {programme.areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.name}</th>
              {inspections.map((inspection, index) => {
                const grade = inspection?.grades.find((g) => g.area.id === area.id);
                return (
                  <td key={forces[index]?.id} class={gradeClass(grade?.grade)}>
                    {grade ? GRADE_WORDS[grade.grade] : 'Not known'}
                    {grade?.basis === 'INFERRED' && <InferredMark />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** HMICFRS's caution, as `gradeChanges` states it, for each linked pair of areas. */
function Cautions({ from, to, changes }: { from: Programme; to: Programme; changes: readonly Change[] }) {
  const byReason = new Map<string, Set<string>>();
  for (const change of changes) {
    const reason = change.reason ?? 'The grades can be compared.';
    const pair =
      change.fromArea.name === change.toArea.name
        ? change.toArea.name
        : `${change.fromArea.name} → ${change.toArea.name}`;
    byReason.set(reason, (byReason.get(reason) ?? new Set()).add(pair));
  }
  if (byReason.size === 0) return null;
  return (
    <div class="caution" role="note">
      <h3>
        From {from.name} to {to.name}: what can be compared
      </h3>
      <ul>
        {[...byReason].map(([reason, pairs]) => (
          <li key={reason}>
            <strong>{[...pairs].join('; ')}:</strong> {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Moves({ forces, changes }: { forces: readonly Force[]; changes: readonly (readonly Change[])[] }) {
  const pairs = [...new Map(changes.flat().map((c) => [`${c.fromArea.id}>${c.toArea.id}`, c])).values()];
  if (pairs.length === 0) return null;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Moves between the two programmes">
      <table class="head-to-head">
        <caption>Moves between the two programmes (current grades)</caption>
        <thead>
          <ForceColumnHeads forces={forces} />
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.fromArea.id}>${pair.toArea.id}`}>
              <th scope="row">{pair.toArea.name}</th>
              {forces.map((force, index) => {
                const change = changes[index]?.find(
                  (c) => c.fromArea.id === pair.fromArea.id && c.toArea.id === pair.toArea.id,
                );
                const word = (grade: Change['fromGrade']) => (grade ? GRADE_WORDS[grade] : 'Not known');
                return (
                  <td key={force.id}>
                    {change ? `${word(change.fromGrade)} → ${word(change.toGrade)}` : 'Neither known'}
                    {change && (
                      <span class="direction">
                        {' '}
                        ({change.direction ? DIRECTION_WORDS[change.direction] : 'cannot be said'}
                        {change.direction && !change.comparable ? ', with the caution above' : ''})
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Two to four forces side by side across programmes. */
export function HeadToHead({ programmes, programmeId, forces, state, onChange }: Props) {
  const chosen = state.forces;
  const previous = previousProgramme(programmes, programmeId);
  const current = programmes.find((p) => p.id === programmeId);
  const variables = { asOf: state.asOf, from: previous?.id ?? programmeId, to: programmeId, withChanges: !!previous };
  const results = useForceHistories(chosen, variables);
  const loaded = results.map((r) => r.data?.force).filter((f): f is Force => !!f);
  const error = results.find((r) => r.error)?.error;
  const ready = chosen.length >= 2 && loaded.length === chosen.length;
  const newestFirst = [...programmes].reverse();
  const shown = newestFirst.filter((p) => p.id === programmeId || loaded.some((f) => hasGrades(f, p.id)));
  return (
    <>
      <ForcePickers forces={forces} chosen={chosen} onChange={onChange} />
      {chosen.length < 2 && <p>Pick at least two forces to see their grades side by side.</p>}
      {error && <p role="alert">The head-to-head could not be loaded: {error.message}</p>}
      {chosen.length >= 2 && !ready && !error && <p aria-live="polite">Loading…</p>}
      {ready && (
        <>
          {current && <ProgrammeTable programme={current} forces={loaded} />}
          {current && previous && (
            <>
              <Cautions from={previous} to={current} changes={results.flatMap((r) => r.data?.gradeChanges ?? [])} />
              <Moves forces={loaded} changes={results.map((r) => r.data?.gradeChanges ?? [])} />
            </>
          )}
          <h3>Other programmes</h3>
          {shown
            .filter((p) => p.id !== programmeId)
            .map((programme) => (
              <ProgrammeTable key={programme.id} programme={programme} forces={loaded} />
            ))}
        </>
      )}
      {chosen.length > 0 && (
        <OperationPanel
          operations={chosen.map((force) => ({ document: ForceHistoryDocument, variables: { ...variables, force } }))}
          csv={{ force: chosen.join(','), asOf: state.asOf }}
          note="One request per force, so that adding a force asks only for that force."
        />
      )}
    </>
  );
}

function hasGrades(force: Force, programmeId: string): boolean {
  return force.inspections.some((i) => i.programme.id === programmeId && i.grades.length > 0);
}
