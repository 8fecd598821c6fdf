-- AlterTable
ALTER TABLE "data_change" ADD COLUMN     "place_table" TEXT;


-- A change to forces, programmes, areas or inspections is now recorded with the table it wrote
-- (place_table) rather than as a change the log cannot list: a server re-reads that small table,
-- with any grades listed beside it, instead of the whole data (src/peel-data/store.ts). grade_ids
-- stays null on those rows, so that a server still on grade_changes_since (the data_change
-- migration) reads everything, as it did.
CREATE OR REPLACE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved BIGINT;
  ids INTEGER[];
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = now() WHERE "id" = 1
    RETURNING "version" INTO moved;
  -- The transition tables (old_rows, new_rows) exist only on the triggers that declare them.
  IF TG_TABLE_NAME = 'grade' AND TG_OP = 'INSERT' THEN
    SELECT array_agg("id") INTO ids FROM new_rows;
  ELSIF TG_TABLE_NAME = 'grade' AND TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT "id") INTO ids FROM (SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows) AS touched;
  ELSIF TG_TABLE_NAME = 'grade' AND TG_OP = 'DELETE' THEN
    SELECT array_agg("id") INTO ids FROM old_rows;
  ELSIF TG_TABLE_NAME = 'grade_amendment' AND TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "grade_id") INTO ids FROM new_rows;
  ELSIF TG_TABLE_NAME = 'grade_amendment' AND TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT "grade_id") INTO ids
      FROM (SELECT "grade_id" FROM old_rows UNION SELECT "grade_id" FROM new_rows) AS touched;
  ELSIF TG_TABLE_NAME = 'grade_amendment' AND TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "grade_id") INTO ids FROM old_rows;
  END IF;
  IF TG_TABLE_NAME IN ('grade', 'grade_amendment') AND TG_OP <> 'TRUNCATE' THEN
    ids := coalesce(ids, '{}');
    -- A bulk write (an import) is cheaper to read whole than as a list.
    IF cardinality(ids) > 1000 THEN ids := NULL; END IF;
  END IF;
  INSERT INTO "data_change" ("version", "grade_ids", "place_table")
    VALUES (moved, ids, CASE WHEN TG_TABLE_NAME IN ('force', 'programme', 'area', 'inspection') THEN TG_TABLE_NAME END);
  -- A server more than a thousand versions behind reads everything anyway.
  DELETE FROM "data_change" WHERE "version" <= moved - 1000;
  RETURN NULL;
END
$$;

-- What changed after a version, for a server whose model of the data is at that version: how many
-- versions the log lists since, how many of them it cannot list (a bulk write, an emptied table),
-- the grades they name with those grades' rows and amendments now, and each of the tables of
-- forces, programmes with their areas, and inspections that any of them wrote, whole (43 forces, a
-- few hundred inspections), as one JSON object (src/peel-data/store.ts). STABLE, so that every
-- statement in it reads the snapshot of the query that calls it: called beside a read of the
-- version, the version and the rows are of one committed state.
CREATE FUNCTION "data_changes_since"("since" BIGINT) RETURNS json
LANGUAGE plpgsql STABLE AS $$
DECLARE
  ids INT[];
  tables TEXT[];
BEGIN
  SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') INTO ids
    FROM "data_change" d, unnest(d."grade_ids") x WHERE d."version" > "since";
  SELECT coalesce(array_agg(DISTINCT c."place_table"), '{}') INTO tables
    FROM "data_change" c WHERE c."version" > "since" AND c."place_table" IS NOT NULL;
  RETURN json_build_object(
    'changes', (SELECT count(*) FROM "data_change" c WHERE c."version" > "since"),
    'unlisted', (SELECT count(*) FROM "data_change" c
      WHERE c."version" > "since" AND c."grade_ids" IS NULL AND c."place_table" IS NULL),
    'touched', ids,
    'grades', (SELECT coalesce(json_agg(g), '[]') FROM "grade" g WHERE g."id" = ANY (ids)),
    'amendments', (SELECT coalesce(json_agg(a ORDER BY a."id"), '[]') FROM "grade_amendment" a WHERE a."grade_id" = ANY (ids)),
    'forces', CASE WHEN 'force' = ANY (tables) THEN (SELECT coalesce(json_agg(f), '[]') FROM "force" f) END,
    -- Programmes hold their areas: a change to either reads both, in the order the whole read gives
    -- them (store.ts), sorted here with the database's collation.
    'programmes', CASE WHEN tables && '{programme,area}' THEN
      (SELECT coalesce(json_agg(p ORDER BY p."start_year", p."end_year", p."id"), '[]') FROM "programme" p) END,
    'areas', CASE WHEN tables && '{programme,area}' THEN
      (SELECT coalesce(json_agg(a ORDER BY a."position", a."id"), '[]') FROM "area" a) END,
    'inspections', CASE WHEN 'inspection' = ANY (tables) THEN (SELECT coalesce(json_agg(i), '[]') FROM "inspection" i) END
  );
END
$$;
