-- The version of the PEEL data: every statement that changes a data table moves it on, whoever
-- runs it (any server instance, the import, manual SQL). Servers read it to know when what they
-- cached is stale (src/platform/db/data-version.ts).

-- CreateTable
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_one_row" CHECK ("id" = 1)
);

INSERT INTO "data_version" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1, "changed_at" = now() WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "force_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "force"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "programme_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programme"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "area_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "area"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "inspection_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "inspection"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "grade"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "grade_amendment_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "grade_amendment"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
