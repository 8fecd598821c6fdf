import { once } from 'node:events';
import { get, type IncomingMessage, type ServerResponse } from 'node:http';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { writeSyntheticDataset } from '../scripts/bench/synthetic.js';
import { importDataset } from '../src/import/service.js';
import { createLogger } from '../src/platform/logger.js';
import { editRow, TempFolders } from './testkit/dataset-copy.js';
import { expectedGrades } from './testkit/grade-rows.js';
import { startTestServer, type TestServer } from './testkit/server.js';

describe('GET /export/grades.csv', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const exportUrl = (params: Record<string, string>) =>
    `${server.url.replace(/\/graphql$/, '')}/export/grades.csv?${new URLSearchParams(params).toString()}`;

  async function exportRows(params: Record<string, string>): Promise<Record<string, string>[]> {
    const response = await fetch(exportUrl(params));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    return parse(await response.text(), { columns: true }) as Record<string, string>[];
  }

  it('exports every grade with its source URL, basis and programme scale', async () => {
    const started = performance.now();
    const rows = await exportRows({});
    const elapsed = performance.now() - started;
    const expected = expectedGrades();
    expect(rows).toHaveLength(expected.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const grade of expected) {
      const row = byId.get(grade.id);
      expect(row?.grade).toBe(grade.grade);
      expect(row?.source_url).toBe(grade.sourceUrl);
      expect(row?.basis).toBe(grade.basis);
      expect(row?.scale).toBe(grade.programmeId >= 'peel-2021' ? 'five-tier' : 'four-tier');
    }
    // Not a benchmark; a guard against an export that has become pathologically slow.
    expect(elapsed).toBeLessThan(5000);
  });

  it('has the same rows as the grades query for the same filter', async () => {
    const where = { OR: [{ grade: { eq: 'INADEQUATE' } }, { basis: { eq: 'INFERRED' } }], country: { eq: 'England' } };
    const rows = await exportRows({ where: JSON.stringify(where), asOf: '2024-06-01' });
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        grades: {
          nodes: { id: string; grade: string }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      } = await server.data(
        `query($where: GradeWhere, $after: String) { grades(where: $where, first: 100, after: $after, asOf: "2024-06-01") {
            nodes { id grade } pageInfo { endCursor hasNextPage } } }`,
        { where, after },
      );
      ids.push(...page.grades.nodes.map((n) => `${n.id} ${n.grade}`));
      after = page.grades.pageInfo.hasNextPage ? page.grades.pageInfo.endCursor : null;
    } while (after);
    expect(ids.length).toBeGreaterThan(0);
    expect(rows.map((r) => `${r.id} ${r.grade}`)).toEqual(ids);
  });

  it('accepts shorthand parameters', async () => {
    const rows = await exportRows({ programme: 'peel-2023-25', region: 'East of England,London', gradeGte: 'GOOD' });
    const expected = expectedGrades().filter(
      (g) =>
        g.programmeId === 'peel-2023-25' &&
        ['East of England', 'London'].includes(g.region) &&
        ['OUTSTANDING', 'GOOD'].includes(g.grade),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((g) => g.id).sort());
  });

  it('answers bad parameters with 400 and a message', async () => {
    for (const [params, message] of [
      [{ grade: 'SUPERB' }, /"grade".*SUPERB/],
      [{ asOf: '2024-02-30' }, /"asOf".*real calendar date/],
      [{ where: '{not json' }, /"where": not valid JSON/],
      [{ colour: 'blue' }, /Unknown parameter.*colour/],
    ] as const) {
      const response = await fetch(exportUrl(params));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(message);
    }
  });
});

describe('GET /export/grades.csv, hardened', () => {
  const folders = new TempFolders();
  const lines: string[] = [];
  const logged = (msg: string) =>
    lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === msg);
  let server: TestServer;
  beforeAll(async () => {
    // Twenty times the bundled data, so that an export is far larger than what the sockets buffer.
    const dir = await folders.make();
    writeSyntheticDataset(dir, 20);
    // Text a spreadsheet would run as a formula, as an editor or an import file could write it.
    await editRow(
      dir,
      'grades.csv',
      (r) => r.force_id === 'kent',
      (r) => ({ ...r, note: '=HYPERLINK("http://x","y")' }),
    );
    await editRow(
      dir,
      'grades.csv',
      (r) => r.force_id === 'dorset',
      (r) => ({ ...r, note: '+1-1' }),
    );
    await editRow(
      dir,
      'grades.csv',
      (r) => r.force_id === 'durham',
      (r) => ({ ...r, note: '@SUM(A1)' }),
    );
    await editRow(
      dir,
      'grades.csv',
      (r) => r.force_id === 'gwent',
      (r) => ({ ...r, note: '-2+3' }),
    );
    server = await startTestServer({
      bundledData: false,
      logger: createLogger('info', { write: (line: string) => void lines.push(line) }),
    });
    const imported = await importDataset(server.db.prisma, dir);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems.slice(0, 3)));
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await folders.removeAll();
  });

  it("writes text a spreadsheet would run as a formula with a leading ' so that it shows as text", async () => {
    const response = await fetch(`${server.origin}/export/grades.csv?force=kent,dorset,durham,gwent`);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const notes = new Set(rows.map((r) => r.note));
    for (const formula of ['=HYPERLINK("http://x","y")', '+1-1', '@SUM(A1)', '-2+3']) {
      expect(notes).toContain(`'${formula}`);
      expect(notes).not.toContain(formula);
    }
  });

  it('stops writing and lets go of everything when the client hangs up', async () => {
    const total = (await server.db.prisma.gradeRecord.count()) as number;
    // The server's side of the request below, the next this server takes.
    const serverSide = once(server.http, 'request').then(([, res]) => res as ServerResponse);
    const request = get(`${server.origin}/export/grades.csv`);
    const hungUp = new Promise<void>((resolve, reject) => {
      request.on('close', resolve);
      request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve() : reject(error)));
    });
    // Read nothing: the server fills the socket's buffers and waits for them to drain, then the client goes.
    const [response] = (await once(request, 'response')) as [IncomingMessage];
    response.pause();
    const res = await serverSide;
    await vi.waitFor(
      () => {
        if (!res.writableNeedDrain) throw new Error('the server is not yet waiting for the client to read');
      },
      { timeout: 10_000 },
    );
    request.destroy();
    await hungUp;
    const stopped = await waitFor(() => logged('grade export stopped: the client went away')[0]);
    expect(stopped).toMatchObject({ complete: false, of: total });
    expect(stopped.rows).toBeLessThan(total);
  });
});

/** Polls `find` until it returns something, for at most five seconds. */
async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('waited five seconds in vain');
}
