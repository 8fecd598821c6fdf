-- CreateTable
CREATE TABLE "data_change" (
    "version" BIGINT NOT NULL,
    "grade_ids" INTEGER[],

    CONSTRAINT "data_change_pkey" PRIMARY KEY ("version")
);


-- Every change to a data table moves the data version on (as before) and now also records, under
-- the new version, which grades it wrote. Servers read these rows to bring their model of the data
-- up to date by re-reading those grades alone (src/peel-data/store.ts); a version with no row here,
-- or a row whose grade_ids is null, makes them read everything again.
--
-- The version row's lock is held until the writer commits, so versions are taken in commit order:
-- a reader that sees version v also sees the data_change row of every version up to v.
CREATE OR REPLACE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved BIGINT;
  ids INTEGER[];
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = now() WHERE "id" = 1
    RETURNING "version" INTO moved;
  -- The transition tables (old_rows, new_rows) exist only on the triggers below that declare them.
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
  INSERT INTO "data_change" ("version", "grade_ids") VALUES (moved, ids);
  -- A server more than a thousand versions behind reads everything anyway.
  DELETE FROM "data_change" WHERE "version" <= moved - 1000;
  RETURN NULL;
END
$$;

-- A trigger with transition tables may name one event only, so grades and amendments get one each.
DROP TRIGGER "grade_bumps_data_version" ON "grade";
DROP TRIGGER "grade_amendment_bumps_data_version" ON "grade_amendment";

CREATE TRIGGER "grade_inserts_bump_data_version" AFTER INSERT ON "grade"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_updates_bump_data_version" AFTER UPDATE ON "grade"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_deletes_bump_data_version" AFTER DELETE ON "grade"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_truncates_bump_data_version" AFTER TRUNCATE ON "grade"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

CREATE TRIGGER "grade_amendment_inserts_bump_data_version" AFTER INSERT ON "grade_amendment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_amendment_updates_bump_data_version" AFTER UPDATE ON "grade_amendment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_amendment_deletes_bump_data_version" AFTER DELETE ON "grade_amendment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_amendment_truncates_bump_data_version" AFTER TRUNCATE ON "grade_amendment"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

-- What changed after a version, for a server whose model of the data is at that version: how
-- many versions the log lists since (and how many of them without their grades), the grades they
-- name, and those grades' rows and amendments now, as one JSON object (src/peel-data/store.ts).
-- STABLE, so that every statement in it reads the snapshot of the query that calls it: called
-- beside a read of the version, the version and the rows are of one committed state. A function,
-- so that its plans are kept per connection.
CREATE FUNCTION "grade_changes_since"("since" BIGINT) RETURNS json
LANGUAGE plpgsql STABLE AS $$
DECLARE
  ids INT[];
BEGIN
  SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') INTO ids
    FROM "data_change" d, unnest(d."grade_ids") x WHERE d."version" > "since";
  RETURN json_build_object(
    'changes', (SELECT count(*) FROM "data_change" c WHERE c."version" > "since"),
    'unlisted', (SELECT count(*) FROM "data_change" c WHERE c."version" > "since" AND c."grade_ids" IS NULL),
    'touched', ids,
    'grades', (SELECT coalesce(json_agg(g), '[]') FROM "grade" g WHERE g."id" = ANY (ids)),
    'amendments', (SELECT coalesce(json_agg(a ORDER BY a."id"), '[]') FROM "grade_amendment" a WHERE a."grade_id" = ANY (ids))
  );
END
$$;
