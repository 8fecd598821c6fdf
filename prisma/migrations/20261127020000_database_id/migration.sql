-- A random id for each database, read with its data version: two databases whose versions happen
-- to be equal (a test database and a fresh one, or staging and production) must never share
-- entries in one Redis response cache.

-- AlterTable
ALTER TABLE "data_version" ADD COLUMN "database_id" UUID NOT NULL DEFAULT gen_random_uuid();
