-- CreateEnum
CREATE TYPE "CyclePhase" AS ENUM ('planning', 'execution');

-- DropIndex
DROP INDEX "Cycle_jurisdiction_fiscalYear_key";

-- AlterTable
ALTER TABLE "Cycle" ADD COLUMN     "phase" "CyclePhase" NOT NULL DEFAULT 'planning';

-- CreateTable
CREATE TABLE "PhysicalExecution" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "quantity" DECIMAL(18,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PhysicalExecution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetExecution" (
    "id" TEXT NOT NULL,
    "budgetLineId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "vigente" DECIMAL(18,2) NOT NULL,
    "devengado" DECIMAL(18,2) NOT NULL,
    "pagado" DECIMAL(18,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetExecution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PhysicalExecution_productId_year_month_key" ON "PhysicalExecution"("productId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetExecution_budgetLineId_month_key" ON "BudgetExecution"("budgetLineId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_jurisdiction_fiscalYear_phase_key" ON "Cycle"("jurisdiction", "fiscalYear", "phase");

-- AddForeignKey
ALTER TABLE "PhysicalExecution" ADD CONSTRAINT "PhysicalExecution_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetExecution" ADD CONSTRAINT "BudgetExecution_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "BudgetLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

