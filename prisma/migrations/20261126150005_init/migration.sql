-- CreateEnum
CREATE TYPE "GradeScale" AS ENUM ('FOUR_TIER', 'FIVE_TIER');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE');

-- CreateEnum
CREATE TYPE "GradeBasis" AS ENUM ('STATED', 'INFERRED');

-- CreateTable
CREATE TABLE "force" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "former_names" TEXT[],
    "country" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "website" TEXT,

    CONSTRAINT "force_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "scale" "GradeScale" NOT NULL,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "area" (
    "programme_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "theme" TEXT,

    CONSTRAINT "area_pkey" PRIMARY KEY ("programme_id","id")
);

-- CreateTable
CREATE TABLE "inspection" (
    "force_id" TEXT NOT NULL,
    "programme_id" TEXT NOT NULL,
    "report_url" TEXT,
    "published_on" TEXT,
    "published_counts_from" DATE,

    CONSTRAINT "inspection_pkey" PRIMARY KEY ("force_id","programme_id")
);

-- CreateTable
CREATE TABLE "grade" (
    "id" SERIAL NOT NULL,
    "force_id" TEXT NOT NULL,
    "programme_id" TEXT NOT NULL,
    "area_id" TEXT NOT NULL,
    "grade" "Grade" NOT NULL,
    "basis" "GradeBasis" NOT NULL,
    "source_url" TEXT NOT NULL,
    "note" TEXT,
    "published_on" TEXT,
    "published_counts_from" DATE,

    CONSTRAINT "grade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grade_amendment" (
    "id" SERIAL NOT NULL,
    "grade_id" INTEGER NOT NULL,
    "from_grade" "Grade" NOT NULL,
    "to_grade" "Grade" NOT NULL,
    "amended_on" TEXT NOT NULL,
    "amended_counts_from" DATE NOT NULL,
    "source_url" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "grade_amendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "force_region_idx" ON "force"("region");

-- CreateIndex
CREATE UNIQUE INDEX "programme_name_key" ON "programme"("name");

-- CreateIndex
CREATE INDEX "area_theme_idx" ON "area"("theme");

-- CreateIndex
CREATE UNIQUE INDEX "area_programme_id_name_key" ON "area"("programme_id", "name");

-- CreateIndex
CREATE INDEX "inspection_programme_id_idx" ON "inspection"("programme_id");

-- CreateIndex
CREATE INDEX "grade_programme_id_area_id_grade_idx" ON "grade"("programme_id", "area_id", "grade");

-- CreateIndex
CREATE UNIQUE INDEX "grade_force_id_programme_id_area_id_key" ON "grade"("force_id", "programme_id", "area_id");

-- CreateIndex
CREATE UNIQUE INDEX "grade_amendment_grade_id_amended_on_from_grade_to_grade_key" ON "grade_amendment"("grade_id", "amended_on", "from_grade", "to_grade");

-- AddForeignKey
ALTER TABLE "area" ADD CONSTRAINT "area_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_force_id_fkey" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grade" ADD CONSTRAINT "grade_force_id_programme_id_fkey" FOREIGN KEY ("force_id", "programme_id") REFERENCES "inspection"("force_id", "programme_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grade" ADD CONSTRAINT "grade_programme_id_area_id_fkey" FOREIGN KEY ("programme_id", "area_id") REFERENCES "area"("programme_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grade_amendment" ADD CONSTRAINT "grade_amendment_grade_id_fkey" FOREIGN KEY ("grade_id") REFERENCES "grade"("id") ON DELETE CASCADE ON UPDATE CASCADE;
