import { useEffect, useRef } from 'preact/hooks';

import { BASIS_WORDS, cellWord, dateInWords, GRADE_WORDS, gradeClass, STATUS_EXPLANATIONS } from '../grades.js';
import type { Cell, Row } from './rows.js';

interface Props {
  readonly row: Row;
  readonly cell: Cell;
  readonly areaName: string;
  readonly programmeName: string;
  readonly asOf: string | null;
  readonly onClose: () => void;
}

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** A cell's grade with everything known of it, in a modal dialog (Escape closes it). */
export function CellDetails({ row, cell, areaName, programmeName, asOf, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const record = cell.status === 'GRADED' ? cell.record : null;
  const reportUrl = row.force.inspection?.reportUrl;
  return (
    <dialog ref={dialog} class="cell-details" aria-labelledby="cell-details-title" onClose={onClose}>
      <h2 id="cell-details-title" tabIndex={-1} autoFocus>
        {row.force.name}: {areaName}
      </h2>
      <p class="subtitle">
        {programmeName}
        {asOf ? `, as the grades stood on ${dateInWords(asOf)}` : ''}
      </p>
      <dl>
        <dt>Grade</dt>
        <dd>
          <span class={`chip ${gradeClass(record?.grade)}`}>{cellWord(cell.grade, cell.status)}</span>
          {cell.status !== 'GRADED' && <p>{STATUS_EXPLANATIONS[cell.status]}</p>}
        </dd>
        {record && (
          <>
            <dt>Basis</dt>
            <dd>{BASIS_WORDS[record.basis]}</dd>
            {record.note && (
              <>
                <dt>Note</dt>
                <dd>{record.note}</dd>
              </>
            )}
            <dt>Published</dt>
            <dd>{dateInWords(record.publishedOn)}</dd>
            <dt>Source</dt>
            <dd>
              <ExternalLink href={record.sourceUrl}>{record.sourceUrl}</ExternalLink>
            </dd>
            <dt>Amendments</dt>
            <dd>
              {record.amendments.length === 0 ? (
                'None'
              ) : (
                <ul>
                  {record.amendments.map((amendment) => (
                    <li key={amendment.amendedOn}>
                      On {dateInWords(amendment.amendedOn)}, from {GRADE_WORDS[amendment.from]} to{' '}
                      {GRADE_WORDS[amendment.to]}
                      {amendment.note ? `: ${amendment.note}` : ''} (
                      <ExternalLink href={amendment.sourceUrl}>source</ExternalLink>)
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        <dt>Report</dt>
        <dd>{reportUrl ? <ExternalLink href={reportUrl}>{reportUrl}</ExternalLink> : 'No report link known'}</dd>
      </dl>
      <button type="button" class="close-button" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
