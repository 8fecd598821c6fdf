import { once } from 'node:events';
import { get, type IncomingMessage, type ServerResponse } from 'node:http';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { writeSyntheticDataset } from '../scripts/bench/synthetic.js';
import { importDataset } from '../src/import/service.js';
import { createLogger } from '../src/platform/logger.js';
import { editRow, TempFolders } from './testkit/dataset-copy.js';
import { asOfDay, compareIn, referenceGrades, referenceList, type Where } from './testkit/reference.js';
import { startTestServer, type TestServer } from './testkit/server.js';

const grades = referenceGrades();
/** README: text a spreadsheet would run as a formula is written with a leading `'`. */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The export's rows for `where` at `asOf`, from the bundled files, in the default order. */
function expectedRows(where: Where | undefined, asOf: string | null): Record<string, string>[] {
  return referenceList(grades, where, asOfDay(asOf))
    .sort((a, b) => compareIn([], a, b))
    .map(({ grade: g, then }) => ({
      id: g.id,
      force_id: g.forceId,
      force: g.forceName,
      region: g.region,
      country: g.country,
      programme_id: g.programmeId,
      programme: g.programme,
      scale: g.scale === 'FIVE_TIER' ? 'five-tier' : 'four-tier',
      area_id: g.areaSlug,
      area: g.areaName,
      grade: then,
      basis: g.basis,
      published_on: g.published ?? '',
      source_url: asText(g.sourceUrl),
      note: asText(g.note ?? ''),
    }));
}

const INADEQUATE_OR_INFERRED_IN_ENGLAND: Where = {
  OR: [{ grade: { eq: 'INADEQUATE' } }, { basis: { eq: 'INFERRED' } }],
  country: { eq: 'England' },
};
const NOT_INVESTIGATING_2021: Where = { NOT: { area: { eq: 'peel-2021-22/investigating-crime' } } };

// Each export's parameters, and the same filter for the reference (README, "CSV export"); `asOf` is
// the reference's as it is the export's.
const FILTERED: { name: string; params: Record<string, string>; where: Where }[] = [
  {
    name: 'a `where` filter as of a day',
    params: { where: JSON.stringify(INADEQUATE_OR_INFERRED_IN_ENGLAND), asOf: '2024-06-01' },
    where: INADEQUATE_OR_INFERRED_IN_ENGLAND,
  },
  {
    name: 'shorthand parameters',
    params: { programme: 'peel-2023-25', region: 'East of England,London', gradeGte: 'GOOD' },
    where: {
      programme: { in: ['peel-2023-25'] },
      region: { in: ['East of England', 'London'] },
      grade: { gte: 'GOOD' },
    },
  },
  {
    name: 'the day before an amendment',
    params: { force: 'northamptonshire', programme: 'peel-2023-25', asOf: '2024-08-07' },
    where: { force: { in: ['northamptonshire'] }, programme: { in: ['peel-2023-25'] } },
  },
  {
    name: 'a month, meaning its last day, after an amendment',
    params: { force: 'northamptonshire', programme: 'peel-2023-25', asOf: '2024-08' },
    where: { force: { in: ['northamptonshire'] }, programme: { in: ['peel-2023-25'] } },
  },
  {
    name: 'a date far ahead, which leaves out grades of unknown date',
    params: { programme: 'peel-2021-22', asOf: '2030-01-01' },
    where: { programme: { in: ['peel-2021-22'] } },
  },
  {
    name: 'publication dates and basis',
    params: { publishedFrom: '2022-01', publishedTo: '2022-06-30', basis: 'INFERRED' },
    where: { publishedOn: { gte: '2022-01', lte: '2022-06-30' }, basis: { eq: 'INFERRED' } },
  },
  {
    name: 'an area, grades and a country as of a day',
    params: { area: 'investigating-crime', grade: 'GOOD,ADEQUATE', country: 'England', asOf: '2023-12-31' },
    where: {
      area: { in: ['investigating-crime'] },
      grade: { in: ['GOOD', 'ADEQUATE'] },
      country: { in: ['England'] },
    },
  },
  {
    name: 'a theme and a worst grade',
    params: { areaTheme: 'public-treatment', gradeLte: 'REQUIRES_IMPROVEMENT' },
    where: { areaTheme: { in: ['public-treatment'] }, grade: { lte: 'REQUIRES_IMPROVEMENT' } },
  },
  {
    name: '`where` with NOT and an Area id, ANDed with a shorthand',
    params: { where: JSON.stringify(NOT_INVESTIGATING_2021), force: 'kent,essex' },
    where: { ...NOT_INVESTIGATING_2021, force: { in: ['kent', 'essex'] } },
  },
];

describe('GET /export/grades.csv', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  const exportUrl = (params: Record<string, string>) =>
    `${server.origin}/export/grades.csv?${new URLSearchParams(params).toString()}`;

  async function exportRows(params: Record<string, string>): Promise<Record<string, string>[]> {
    const response = await fetch(exportUrl(params));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    return parse(await response.text(), { columns: true }) as Record<string, string>[];
  }

  it('exports every grade, each row and column as the bundled files say', async () => {
    const started = performance.now();
    const rows = await exportRows({});
    const elapsed = performance.now() - started;
    expect(rows).toEqual(expectedRows(undefined, null));
    // Not a benchmark; a guard against an export that has become pathologically slow.
    expect(elapsed).toBeLessThan(5000);
  });

  it.each(FILTERED)('exports what the files say for $name', async ({ params, where }) => {
    const expected = expectedRows(where, params.asOf ?? null);
    expect(expected.length).toBeGreaterThan(0);
    expect(await exportRows(params)).toEqual(expected);
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
