import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importDataset } from '../src/import/service.js';
import { createTestKey } from './testkit/keys.js';
import { startTestServer, type TestServer } from './testkit/server.js';

const GRADE = `query($id: ID!) { force(id: $id) { inspection(programme: "peel-2021-22") {
  grades { id grade amendments { to amendedOn } } } } }`;

describe('importing files that lack a correction made through the API', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  it('is refused, naming the correction, and leaves the corrected grade as it is', async () => {
    type Data = { force: { inspection: { grades: { id: string; grade: string; amendments: { to: string }[] }[] } } };
    const [grade] = (await server.data<Data>(GRADE, { id: 'kent' })).force.inspection.grades;
    if (!grade) throw new Error('Kent has no PEEL 2021/22 grade in the bundled data');
    const to = grade.grade === 'INADEQUATE' ? 'GOOD' : 'INADEQUATE';
    const editor = await createTestKey(server, 'EDITOR');
    await editor.data(`mutation($input: CorrectGradeInput!) { correctGrade(input: $input) { grade { grade } } }`, {
      input: { id: grade.id, grade: to, amendedOn: '2025-01-01', sourceUrl: 'https://example.org/correction' },
    });

    const result = await importDataset(server.db.prisma);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toContain(`correction of ${grade.id} to ${to} on 2025-01-01`);

    const after = (await server.data<Data>(GRADE, { id: 'kent' })).force.inspection.grades.find(
      (g) => g.id === grade.id,
    );
    expect(after?.grade).toBe(to);
    expect(after?.amendments.map((a) => a.to)).toEqual([to]);
  });
});
