import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importDataset } from '../src/import/service.js';
import {
  areaId,
  bundledCsv,
  datasetWithThemes,
  expectedChanges,
  expectedDirection,
  expectedRanking,
  expectedRegions,
  expectedSimilar,
  gradeTable,
} from './testkit/analysis-expectations.js';
import { forcesCsv, gradeEnum } from './testkit/bundled-csv.js';
import { RESPONSE_CACHE_OFF, startTestServer, STATEMENTS_PER_REQUEST, type TestServer } from './testkit/server.js';

interface RankData {
  rankForces: {
    force: { id: string };
    rank: number | null;
    meanScore: number;
    knownAreas: number;
    missingAreas: { slug: string }[];
    complete: boolean;
  }[];
}
const RANK = `query($p: ID!, $a: [ID!], $asOf: Date) { rankForces(programme: $p, areas: $a, asOf: $asOf) {
  force { id } rank meanScore knownAreas missingAreas { slug } complete } }`;
const ranking = (data: RankData) =>
  data.rankForces.map((r) => ({ ...r, force: r.force.id, missingAreas: r.missingAreas.map((a) => a.slug) }));

interface ChangeData {
  gradeChanges: {
    force: { id: string };
    fromArea: { slug: string };
    toArea: { slug: string };
    fromGrade: string | null;
    toGrade: string | null;
    direction: string | null;
    comparable: boolean;
    reason: string | null;
  }[];
}
const CHANGES = `query($f: ID, $from: ID!, $to: ID!) { gradeChanges(force: $f, from: $from, to: $to) {
  force { id } fromArea { slug } toArea { slug } fromGrade toGrade direction comparable reason } }`;
const changes = (data: ChangeData) =>
  data.gradeChanges.map(({ reason: _, ...c }) => ({
    ...c,
    force: c.force.id,
    fromArea: c.fromArea.slug,
    toArea: c.toArea.slug,
  }));

interface SimilarData {
  similarForces: { force: { id: string }; distance: number; measure: string; sharedAreas: number }[];
}
const SIMILAR = `query($f: ID!, $p: ID!, $first: Int, $min: Int) {
  similarForces(force: $f, programme: $p, first: $first, minSharedAreas: $min) { force { id } distance measure sharedAreas } }`;

interface RegionData {
  regions: {
    name: string;
    country: string;
    forces: { name: string }[];
    counts: { grade: string; count: number }[];
    total: number;
  }[];
}
const REGIONS = `query($p: ID) { regions(programme: $p) { name country forces { name } counts { grade count } total } }`;

const csv = bundledCsv();

describe('comparison answers', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(() => server.close());

  describe('rankForces', () => {
    it('ranks PEEL 2023–25 forces by mean score over every area, ties sharing a rank (1, 2, 2, 4)', async () => {
      const expected = expectedRanking(csv, 'PEEL 2023–25');
      // The data has real ties among complete forces, and the rank after a tie skips.
      const ranks = expected.filter((r) => r.complete).map((r) => r.rank!);
      const tied = ranks.filter((rank, i) => ranks.indexOf(rank) !== i);
      expect(tied.length).toBeGreaterThan(0);
      const afterTie = ranks.find((rank) => rank > tied[0]! && !ranks.includes(rank - 1));
      expect(afterTie).toBeDefined();

      const data = await server.data<RankData>(RANK, { p: 'peel-2023-25' });
      expect(ranking(data)).toEqual(expected);
    });

    it('lists forces missing some areas after the complete ones, unranked, and leaves out forces with none', async () => {
      const data = await server.data<RankData>(RANK, { p: 'peel-2023-25' });
      const rows = ranking(data);
      const firstIncomplete = rows.findIndex((r) => !r.complete);
      expect(firstIncomplete).toBeGreaterThan(0);
      expect(rows.slice(firstIncomplete).every((r) => !r.complete && r.rank === null)).toBe(true);
      expect(rows.slice(0, firstIncomplete).every((r) => r.complete && r.rank !== null)).toBe(true);
      // Incomplete forces are ordered by the mean of the areas they have, best first.
      const means = rows.slice(firstIncomplete).map((r) => r.meanScore);
      expect(means).toEqual([...means].sort((a, b) => b - a));
      // Exactly the forces with a known PEEL 2023–25 grade are ranked: any with none are left out.
      const graded = gradeTable(csv, 'PEEL 2023–25');
      expect(rows.map((r) => r.force).sort()).toEqual([...graded.keys()].sort());
      for (const row of rows.slice(firstIncomplete)) {
        expect(row.knownAreas + row.missingAreas.length).toBe(9);
      }
    });

    it('ranks on the areas asked, in the programme order of missingAreas, as of a date', async () => {
      const areas = ['Recording data about crime', 'Responding to the public', 'Investigating crime'];
      for (const asOf of [undefined, '2024-08-07', '2024-06']) {
        const expected = expectedRanking(csv, 'PEEL 2023–25', areas, asOf);
        const data = await server.data<RankData>(RANK, {
          p: 'peel-2023-25',
          a: areas.map(areaId).reverse(),
          asOf: asOf ?? null,
        });
        expect(ranking(data)).toEqual(expected);
      }
      // The amended Northamptonshire grade (Adequate until 2024-08-08) counts at its old score before then.
      const before = expectedRanking(csv, 'PEEL 2023–25', ['Responding to the public'], '2024-08-07');
      const now = expectedRanking(csv, 'PEEL 2023–25', ['Responding to the public']);
      const mean = (rows: typeof now) => rows.find((r) => r.force === 'northamptonshire')?.meanScore;
      expect(mean(before)).toBe(2);
      expect(mean(now)).toBe(1);
    });

    it('ranks PEEL 2021/22, whose early reports graded an area the later ones did not, as the files say', async () => {
      const expected = expectedRanking(csv, 'PEEL 2021/22');
      const data = await server.data<RankData>(RANK, { p: 'peel-2021-22' });
      expect(ranking(data)).toEqual(expected);
    });

    it('names every unknown programme or area id in a NOT_FOUND error', async () => {
      const programme = await server.query(RANK, { p: 'peel-1999' });
      expect(programme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['peel-1999'] });
      const areas = await server.query(RANK, { p: 'peel-2023-25', a: ['bravery', 'investigating-crime', 'luck'] });
      expect(areas.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['bravery', 'luck'] });
      expect(areas.errors?.[0]?.message).toContain('"bravery", "luck"');
    });
  });

  describe('gradeChanges', () => {
    it("PEEL 2021/22 → 2023–25: every force and linked area, none comparable, with HMICFRS's caution and renamings", async () => {
      const expected = expectedChanges(csv, 'PEEL 2021/22', 'PEEL 2023–25');
      const data = await server.data<ChangeData>(CHANGES, { from: 'peel-2021-22', to: 'peel-2023-25' });
      expect(changes(data)).toEqual(expected);

      const renamed = data.gradeChanges.filter((c) => c.fromArea.slug === 'treatment-of-the-public');
      expect(renamed.length).toBeGreaterThan(0);
      for (const change of renamed) {
        expect(change.toArea.slug).toBe('police-powers-and-public-treatment');
        expect(change.comparable).toBe(false);
        expect(change.reason).toMatch(/renamed/);
        expect(change.reason).toMatch(/interpretation/);
      }
      const same = data.gradeChanges.filter((c) => c.fromArea.slug === 'investigating-crime');
      expect(same.length).toBeGreaterThan(0);
      expect(same.every((c) => !c.comparable && /not necessarily a decline/.test(c.reason ?? ''))).toBe(true);
      expect(same.some((c) => /renamed/.test(c.reason ?? ''))).toBe(false);
      // Areas of 2021/22 with no counterpart in 2023–25 have no rows.
      expect(data.gradeChanges.some((c) => c.fromArea.slug === 'providing-a-service-to-victims-of-crime')).toBe(false);
      // Same scale: real declines are DOWN, unknown grades give no direction.
      expect(data.gradeChanges.some((c) => c.direction === 'DOWN')).toBe(true);
      expect(data.gradeChanges.filter((c) => !c.fromGrade || !c.toGrade).every((c) => c.direction === null)).toBe(true);
    });

    it('PEEL 2018/19 → 2021/22 links no area (the pillars have no theme in common with the questions)', async () => {
      expect(expectedChanges(csv, 'PEEL 2018/19', 'PEEL 2021/22')).toEqual([]);
      const data = await server.data<ChangeData>(CHANGES, { from: 'peel-2018-19', to: 'peel-2021-22' });
      expect(data.gradeChanges).toEqual([]);
    });

    it('PEEL 2017 → 2018/19: same scale and names, comparable, directions by score', async () => {
      const expected = expectedChanges(csv, 'PEEL 2017', 'PEEL 2018/19');
      const data = await server.data<ChangeData>(CHANGES, { from: 'peel-2017', to: 'peel-2018-19' });
      expect(changes(data)).toEqual(expected);
      expect(data.gradeChanges.every((c) => c.comparable && c.reason === null)).toBe(true);
      expect(new Set(data.gradeChanges.map((c) => c.direction))).toEqual(new Set(['UP', 'DOWN', 'SAME', null]));
    });

    it('answers for one force only, and names an unknown force or programme', async () => {
      const data = await server.data<ChangeData>(CHANGES, {
        f: 'cambridgeshire',
        from: 'peel-2021-22',
        to: 'peel-2023-25',
      });
      expect(changes(data)).toEqual(expectedChanges(csv, 'PEEL 2021/22', 'PEEL 2023–25', 'cambridgeshire'));
      expect(data.gradeChanges.length).toBeGreaterThan(0);

      const force = await server.query(CHANGES, { f: 'gotham', from: 'peel-2021-22', to: 'peel-2023-25' });
      expect(force.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['gotham'] });
      const programmes = await server.query(CHANGES, { from: 'peel-1999', to: 'peel-2099' });
      expect(programmes.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['peel-1999', 'peel-2099'] });
    });

    it('the direction rule across the scale change, as the schema states it', () => {
      // The test's own rule, checked against the schema's examples before it is used below.
      expect(expectedDirection('four-tier', 'Good', 'five-tier', 'Adequate')).toBeNull();
      expect(expectedDirection('four-tier', 'Good', 'five-tier', 'Requires improvement')).toBe('DOWN');
      expect(expectedDirection('four-tier', 'Requires improvement', 'five-tier', 'Good')).toBe('UP');
      expect(expectedDirection('four-tier', 'Outstanding', 'five-tier', 'Outstanding')).toBeNull();
    });
  });

  describe('similarForces', () => {
    it('orders the other forces by distance, then name, leaving out the force itself and those sharing too few areas', async () => {
      for (const [force, min] of [
        ['cambridgeshire', 3],
        ['cambridgeshire', 9],
        ['norfolk', 1],
      ] as const) {
        const expected = expectedSimilar(csv, force, 'PEEL 2023–25', min);
        const data = await server.data<SimilarData>(SIMILAR, { f: force, p: 'peel-2023-25', first: 42, min });
        const got = data.similarForces.map(({ measure: _, ...s }) => ({ ...s, force: s.force.id }));
        expect(got).toEqual(expected);
        expect(got.some((s) => s.force === force)).toBe(false);
        expect(got.every((s) => s.sharedAreas >= min)).toBe(true);
      }
      // A stricter minimum leaves forces out that a looser one includes.
      expect(expectedSimilar(csv, 'cambridgeshire', 'PEEL 2023–25', 9).length).toBeLessThan(
        expectedSimilar(csv, 'cambridgeshire', 'PEEL 2023–25', 3).length,
      );
      // Ties in distance exist and are broken by name.
      const distances = expectedSimilar(csv, 'cambridgeshire', 'PEEL 2023–25', 3).map((s) => s.distance);
      expect(new Set(distances).size).toBeLessThan(distances.length);
    });

    it('returns the first five by default with the measure in words', async () => {
      const data = await server.data<SimilarData>(
        `{ similarForces(force: "cambridgeshire", programme: "peel-2023-25") { force { id } distance measure sharedAreas } }`,
      );
      const expected = expectedSimilar(csv, 'cambridgeshire', 'PEEL 2023–25', 3).slice(0, 5);
      expect(data.similarForces.map((s) => s.force.id)).toEqual(expected.map((s) => s.force));
      for (const s of data.similarForces) {
        expect(s.measure).toContain('mean absolute difference');
        expect(s.measure).toContain('Outstanding 4');
        expect(s.measure).toContain(`${s.sharedAreas} area`);
      }
    });

    it('rejects first outside 1..42 and minSharedAreas below 1; names an unknown force', async () => {
      for (const first of [0, 43, -1]) {
        const result = await server.query(SIMILAR, { f: 'kent', p: 'peel-2023-25', first });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      }
      const min = await server.query(SIMILAR, { f: 'kent', p: 'peel-2023-25', min: 0 });
      expect(min.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'minSharedAreas' });
      const force = await server.query(SIMILAR, { f: 'gotham', p: 'peel-2023-25' });
      expect(force.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['gotham'] });
      const programme = await server.query(SIMILAR, { f: 'kent', p: 'peel-1999' });
      expect(programme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['peel-1999'] });
      // A force with no known grade in the programme shares no area with anyone.
      const graded = gradeTable(csv, 'PEEL 2021/22');
      const ungraded = forcesCsv().find((f) => !graded.has(f.id));
      expect(ungraded, 'a force with no PEEL 2021/22 grade in the files').toBeDefined();
      const none = await server.data<SimilarData>(SIMILAR, { f: ungraded?.id, p: 'peel-2021-22', min: 1 });
      expect(none.similarForces).toEqual([]);
    });
  });

  describe('regions', () => {
    it('gives each region its country, forces and grade counts, best first, zeros included', async () => {
      for (const [name, id] of [
        ['PEEL 2023–25', 'peel-2023-25'],
        ['PEEL 2017', 'peel-2017'],
        [undefined, null],
      ] as const) {
        const expected = expectedRegions(csv, name);
        const data = await server.data<RegionData>(REGIONS, { p: id });
        expect(
          data.regions.map((r) => ({
            ...r,
            forces: r.forces.map((f) => f.name),
            counts: Object.fromEntries(r.counts.map((c) => [c.grade, c.count])),
          })),
        ).toEqual(expected);
        for (const region of data.regions) {
          expect(region.counts.map((c) => c.grade)).toEqual(Object.keys(expected[0]!.counts));
          expect(region.total).toBe(region.counts.reduce((sum, c) => sum + c.count, 0));
        }
        // The regions' counts add up to the grades of the programme (or of all), grade by grade.
        const rows = csv.grades.filter((g) => !name || g.programme === name);
        expect(data.regions.reduce((sum, r) => sum + r.total, 0)).toBe(rows.length);
        for (const grade of Object.keys(expected[0]!.counts)) {
          const count = data.regions.reduce((sum, r) => sum + (r.counts.find((c) => c.grade === grade)?.count ?? 0), 0);
          expect(count).toBe(rows.filter((g) => gradeEnum(g.grade) === grade).length);
        }
      }
      // 43 forces in 10 regions; Wales holds the four Welsh forces.
      const data = await server.data<RegionData>(REGIONS, { p: null });
      expect(data.regions.reduce((sum, r) => sum + r.forces.length, 0)).toBe(43);
      expect(data.regions.find((r) => r.name === 'Wales')).toMatchObject({ country: 'Wales' });
      expect(data.regions.find((r) => r.name === 'Wales')?.forces).toHaveLength(4);
      // A four-tier programme's counts have no Adequate; zeros are listed.
      const four = await server.data<RegionData>(REGIONS, { p: 'peel-2017' });
      expect(four.regions[0]?.counts.map((c) => c.grade)).toEqual([
        'OUTSTANDING',
        'GOOD',
        'REQUIRES_IMPROVEMENT',
        'INADEQUATE',
      ]);
      expect(four.regions.some((r) => r.counts.some((c) => c.count === 0))).toBe(true);
    });

    it('names an unknown programme', async () => {
      const result = await server.query(REGIONS, { p: 'peel-1999' });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['peel-1999'] });
    });
  });

  describe('SQL statements', () => {
    // Measured with the response cache off, so that every request runs: the analyses answer from the
    // model of the data, and cost the database nothing more than any request does.
    let uncached: TestServer;
    beforeAll(async () => (uncached = await startTestServer({ env: RESPONSE_CACHE_OFF })));
    afterAll(() => uncached.close());

    it('rankForces costs the same over one force as over every force: no statement of its own', async () => {
      const query = `query($asOf: Date) { rankForces(programme: "peel-2023-25", asOf: $asOf) {
        force { name inspections { id } } rank missingAreas { name programme { name } } } }`;
      // The earliest PEEL 2023–25 publication: one force's grades stood by then.
      const first = csv.grades
        .filter((g) => g.programme === 'PEEL 2023–25' && g.published.length === 10)
        .map((g) => g.published)
        .sort()[0]!;
      expect(expectedRanking(csv, 'PEEL 2023–25', undefined, first)).toHaveLength(1);
      const everyForce = await uncached.statementsFor(query);
      const oneForce = await uncached.statementsFor(query, { asOf: first });
      expect(everyForce).toBe(oneForce);
      expect(everyForce).toBe(STATEMENTS_PER_REQUEST);
    });

    it('gradeChanges costs the same over every force as over one: no statement of its own', async () => {
      const query = `query($f: ID) { gradeChanges(force: $f, from: "peel-2021-22", to: "peel-2023-25") {
        force { name inspections { id } } fromArea { name programme { name } } toArea { name } direction } }`;
      const everyForce = await uncached.statementsFor(query);
      const oneForce = await uncached.statementsFor(query, { f: 'cambridgeshire' });
      expect(everyForce).toBe(oneForce);
      expect(everyForce).toBe(STATEMENTS_PER_REQUEST);
    });

    it('similarForces and regions cost no statement of their own', async () => {
      const similar = (first: number) =>
        uncached.statementsFor(SIMILAR.replace('sharedAreas }', 'sharedAreas force { inspections { id } } }'), {
          f: 'cambridgeshire',
          p: 'peel-2023-25',
          first,
        });
      expect(await similar(42)).toBe(await similar(1));
      expect(await similar(42)).toBe(STATEMENTS_PER_REQUEST);
      expect(await uncached.statementsFor(REGIONS, { p: 'peel-2023-25' })).toBe(STATEMENTS_PER_REQUEST);
      expect(await uncached.statementsFor(REGIONS)).toBe(STATEMENTS_PER_REQUEST);
    });
  });
});

// The bundled data links no area across the four-to-five-tier change (see the 2018/19 → 2021/22
// test above), so the scale-change rules are checked on a copy whose areas.csv links PEEL 2018/19
// Effectiveness to PEEL 2021/22 Investigating crime by theme.
describe('gradeChanges across the four-to-five-tier scale change', () => {
  let server: TestServer;
  let copy: Awaited<ReturnType<typeof datasetWithThemes>>;
  beforeAll(async () => {
    copy = await datasetWithThemes([
      { programme: 'PEEL 2021/22', area: 'Investigating crime', theme: 'effectiveness' },
    ]);
    server = await startTestServer({ bundledData: false });
    const result = await importDataset(server.db.prisma, copy.dir);
    if (!result.ok) throw new Error(`The edited dataset failed to import: ${JSON.stringify(result.problems)}`);
  });
  afterAll(async () => {
    await server.close();
    await copy.remove();
  });

  it('never claims a decline the scales do not support: four-tier Good → Adequate has no direction', async () => {
    const expected = expectedChanges(copy.csv, 'PEEL 2018/19', 'PEEL 2021/22');
    expect(expected.length).toBeGreaterThan(0);
    const data = await server.data<ChangeData>(CHANGES, { from: 'peel-2018-19', to: 'peel-2021-22' });
    expect(changes(data)).toEqual(expected);

    for (const change of data.gradeChanges) {
      expect(change.fromArea.slug).toBe('effectiveness');
      expect(change.toArea.slug).toBe('investigating-crime');
      expect(change.comparable).toBe(false);
      expect(change.reason).toMatch(/four-tier scale and PEEL 2021\/22 on the five-tier scale/);
      expect(change.reason).toMatch(/renamed/);
      expect(change.direction).not.toBe('SAME');
    }
    const goodToAdequate = data.gradeChanges.filter((c) => c.fromGrade === 'GOOD' && c.toGrade === 'ADEQUATE');
    expect(goodToAdequate.length).toBeGreaterThan(0);
    expect(goodToAdequate.every((c) => c.direction === null)).toBe(true);
    const riToAdequate = data.gradeChanges.filter(
      (c) => c.fromGrade === 'REQUIRES_IMPROVEMENT' && c.toGrade === 'ADEQUATE',
    );
    expect(riToAdequate.every((c) => c.direction === null)).toBe(true);
    const goodToWorse = data.gradeChanges.filter(
      (c) => c.fromGrade === 'GOOD' && (c.toGrade === 'REQUIRES_IMPROVEMENT' || c.toGrade === 'INADEQUATE'),
    );
    expect(goodToWorse.length).toBeGreaterThan(0);
    expect(goodToWorse.every((c) => c.direction === 'DOWN')).toBe(true);
  });

  it('reads the five-tier → four-tier direction symmetrically', async () => {
    const expected = expectedChanges(copy.csv, 'PEEL 2021/22', 'PEEL 2018/19');
    const data = await server.data<ChangeData>(CHANGES, { from: 'peel-2021-22', to: 'peel-2018-19' });
    expect(changes(data)).toEqual(expected);
    const adequateToGood = data.gradeChanges.filter((c) => c.fromGrade === 'ADEQUATE' && c.toGrade === 'GOOD');
    expect(adequateToGood.every((c) => c.direction === null)).toBe(true);
    expect(data.gradeChanges.every((c) => !c.comparable)).toBe(true);
  });
});
