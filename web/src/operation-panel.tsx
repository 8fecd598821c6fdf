import { formatDocument, stringifyDocument } from '@urql/preact';
import type { DocumentNode } from 'graphql';

interface Operation {
  readonly document: DocumentNode;
  readonly variables: Record<string, unknown>;
}

interface Props {
  readonly operations: readonly Operation[];
  /** Query parameters of `GET /export/grades.csv` for the same data. */
  readonly csv: Record<string, string | null | undefined>;
  readonly note?: string;
}

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The operation exactly as urql sends it (its formatter adds `__typename`), and the curl line. */
function OperationText({ document, variables }: Operation) {
  const query = stringifyDocument(formatDocument(document));
  const body = JSON.stringify({ query, variables });
  const curl = `curl -s --compressed ${shellQuote(`${location.origin}/graphql`)} -H 'content-type: application/json' -d ${shellQuote(body)}`;
  return (
    <>
      <pre class="code">
        <code>{query}</code>
      </pre>
      <p>Variables:</p>
      <pre class="code">
        <code>{JSON.stringify(variables, null, 2)}</code>
      </pre>
      <p>With curl:</p>
      <pre class="code">
        <code>{curl}</code>
      </pre>
    </>
  );
}

/** For developers and analysts: what this view asked the API, and the same data as CSV. */
export function OperationPanel({ operations, csv, note }: Props) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(csv)) if (value) params.set(name, value);
  const csvHref = `/export/grades.csv?${params.toString().replace(/%2C/g, ',')}`;
  return (
    <details class="developer-panel">
      <summary>The GraphQL behind this view, and its data as CSV</summary>
      <p>
        <a href={csvHref}>Download these grades as CSV</a> (<code>GET {csvHref}</code>)
      </p>
      {note && <p>{note}</p>}
      {operations.map((operation, index) => (
        <OperationText key={index} {...operation} />
      ))}
    </details>
  );
}
