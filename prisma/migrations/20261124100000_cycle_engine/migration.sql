-- CreateEnum
CREATE TYPE "StageScope" AS ENUM ('institution', 'coordination');

-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('running', 'completed');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'director';

-- AlterEnum
ALTER TYPE "StageStatus" ADD VALUE 'in_review';

-- AlterTable
ALTER TABLE "Cycle" ADD COLUMN     "clockCalendarEpoch" TIMESTAMP(3),
ADD COLUMN     "clockRealEpoch" TIMESTAMP(3),
ADD COLUMN     "clockScale" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "status" "CycleStatus" NOT NULL DEFAULT 'running',
ADD COLUMN     "templateId" TEXT,
ADD COLUMN     "templateSnapshot" JSONB,
ADD COLUMN     "workflowId" TEXT;

-- AlterTable
ALTER TABLE "Stage" ADD COLUMN     "approvalChain" JSONB,
ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "openedAt" TIMESTAMP(3),
ADD COLUMN     "reviewLevel" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scope" "StageScope" NOT NULL DEFAULT 'institution';

-- CreateTable
CREATE TABLE "CalendarTemplate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstitutionCycle" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "workflowId" TEXT NOT NULL,
    "status" "CycleStatus" NOT NULL DEFAULT 'running',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstitutionCycle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarTemplate_code_key" ON "CalendarTemplate"("code");

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionCycle_workflowId_key" ON "InstitutionCycle"("workflowId");

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionCycle_cycleId_institutionId_key" ON "InstitutionCycle"("cycleId", "institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_workflowId_key" ON "Cycle"("workflowId");

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "CalendarTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionCycle" ADD CONSTRAINT "InstitutionCycle_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionCycle" ADD CONSTRAINT "InstitutionCycle_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

