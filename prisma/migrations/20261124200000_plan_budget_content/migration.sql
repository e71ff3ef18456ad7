-- CreateEnum
CREATE TYPE "ClassifierCatalogue" AS ENUM ('objetoGasto', 'fuenteFinanciamiento', 'unidadMedida', 'geografia');

-- CreateEnum
CREATE TYPE "ResultLevel" AS ENUM ('final', 'intermediate', 'immediate');

-- CreateEnum
CREATE TYPE "ResultKind" AS ENUM ('strategic', 'institutional');

-- CreateEnum
CREATE TYPE "OperationalPlan" AS ENUM ('POA', 'POM');

-- CreateEnum
CREATE TYPE "IndicatorLevel" AS ENUM ('impact', 'result', 'product', 'process', 'input');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('higher', 'lower');

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "budgetEntityCode" TEXT;

-- CreateTable
CREATE TABLE "ClassifierEntry" (
    "id" TEXT NOT NULL,
    "catalogue" "ClassifierCatalogue" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT,

    CONSTRAINT "ClassifierEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategicPlan" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "mission" TEXT NOT NULL DEFAULT '',
    "vision" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StrategicPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategicResult" (
    "id" TEXT NOT NULL,
    "strategicPlanId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "ResultLevel" NOT NULL,
    "kind" "ResultKind" NOT NULL DEFAULT 'institutional',
    "contributesToId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StrategicResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitOfMeasure" TEXT,
    "beneficiaries" TEXT NOT NULL DEFAULT '',
    "resultId" TEXT,
    "parentId" TEXT,
    "programmaticCategoryId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhysicalTarget" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "plan" "OperationalPlan" NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL DEFAULT 0,
    "quantity" DECIMAL(18,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PhysicalTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammaticCategory" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "programa" INTEGER NOT NULL,
    "subPrograma" INTEGER NOT NULL DEFAULT 0,
    "proyecto" INTEGER NOT NULL DEFAULT 0,
    "actividad" INTEGER NOT NULL DEFAULT 0,
    "obra" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammaticCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "categoryId" TEXT NOT NULL,
    "objectCode" TEXT NOT NULL,
    "sourceCode" TEXT NOT NULL,
    "geographyCode" TEXT NOT NULL DEFAULT '00',
    "productId" TEXT,
    "centralActivities" BOOLEAN NOT NULL DEFAULT false,
    "inputQuantity" DECIMAL(18,2),
    "unitPrice" DECIMAL(18,2),
    "amount" DECIMAL(18,2) NOT NULL,
    "asignado" DECIMAL(18,2),
    "modificado" DECIMAL(18,2),
    "vigente" DECIMAL(18,2),
    "devengado" DECIMAL(18,2),
    "pagado" DECIMAL(18,2),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetCeiling" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "sourceCode" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetCeiling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetProjection" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "sourceCode" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetProjection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductionScenario" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductionScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScenarioItem" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sourceCode" TEXT NOT NULL,
    "quantity" DECIMAL(18,2) NOT NULL,
    "unitCost" DECIMAL(18,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScenarioItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "IndicatorLevel" NOT NULL,
    "formula" TEXT NOT NULL DEFAULT '',
    "numerator" TEXT NOT NULL DEFAULT '',
    "denominator" TEXT NOT NULL DEFAULT '',
    "unitOfMeasure" TEXT,
    "baselineValue" DECIMAL(18,4),
    "baselineYear" INTEGER,
    "frequency" TEXT NOT NULL DEFAULT 'anual',
    "source" TEXT NOT NULL DEFAULT '',
    "meansOfVerification" TEXT NOT NULL DEFAULT '',
    "direction" "IndicatorDirection" NOT NULL DEFAULT 'higher',
    "owner" TEXT NOT NULL DEFAULT '',
    "resultId" TEXT,
    "productId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorMeasurement" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageSnapshot" (
    "id" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "deliverable" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "linkage" JSONB,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClassifierEntry_catalogue_code_key" ON "ClassifierEntry"("catalogue", "code");

-- CreateIndex
CREATE UNIQUE INDEX "StrategicPlan_institutionId_code_key" ON "StrategicPlan"("institutionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "StrategicResult_strategicPlanId_code_key" ON "StrategicResult"("strategicPlanId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Product_institutionId_code_key" ON "Product"("institutionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "PhysicalTarget_productId_plan_year_month_key" ON "PhysicalTarget"("productId", "plan", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammaticCategory_institutionId_fiscalYear_code_key" ON "ProgrammaticCategory"("institutionId", "fiscalYear", "code");

-- CreateIndex
CREATE INDEX "BudgetLine_institutionId_fiscalYear_idx" ON "BudgetLine"("institutionId", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetLine_institutionId_fiscalYear_categoryId_objectCode_s_key" ON "BudgetLine"("institutionId", "fiscalYear", "categoryId", "objectCode", "sourceCode", "geographyCode");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetCeiling_institutionId_sourceCode_fiscalYear_version_key" ON "BudgetCeiling"("institutionId", "sourceCode", "fiscalYear", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetProjection_institutionId_fiscalYear_year_sourceCode_key" ON "BudgetProjection"("institutionId", "fiscalYear", "year", "sourceCode");

-- CreateIndex
CREATE UNIQUE INDEX "ProductionScenario_institutionId_fiscalYear_name_key" ON "ProductionScenario"("institutionId", "fiscalYear", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioItem_scenarioId_productId_year_sourceCode_key" ON "ScenarioItem"("scenarioId", "productId", "year", "sourceCode");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_institutionId_code_key" ON "Indicator"("institutionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_period_key" ON "IndicatorTarget"("indicatorId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorMeasurement_indicatorId_period_key" ON "IndicatorMeasurement"("indicatorId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "StageSnapshot_stageId_version_key" ON "StageSnapshot"("stageId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_budgetEntityCode_key" ON "Institution"("budgetEntityCode");

-- AddForeignKey
ALTER TABLE "StrategicPlan" ADD CONSTRAINT "StrategicPlan_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategicResult" ADD CONSTRAINT "StrategicResult_strategicPlanId_fkey" FOREIGN KEY ("strategicPlanId") REFERENCES "StrategicPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategicResult" ADD CONSTRAINT "StrategicResult_contributesToId_fkey" FOREIGN KEY ("contributesToId") REFERENCES "StrategicResult"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "StrategicResult"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_programmaticCategoryId_fkey" FOREIGN KEY ("programmaticCategoryId") REFERENCES "ProgrammaticCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhysicalTarget" ADD CONSTRAINT "PhysicalTarget_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammaticCategory" ADD CONSTRAINT "ProgrammaticCategory_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammaticCategory" ADD CONSTRAINT "ProgrammaticCategory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ProgrammaticCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ProgrammaticCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetCeiling" ADD CONSTRAINT "BudgetCeiling_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetProjection" ADD CONSTRAINT "BudgetProjection_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductionScenario" ADD CONSTRAINT "ProductionScenario_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioItem" ADD CONSTRAINT "ScenarioItem_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "ProductionScenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioItem" ADD CONSTRAINT "ScenarioItem_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "StrategicResult"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorMeasurement" ADD CONSTRAINT "IndicatorMeasurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageSnapshot" ADD CONSTRAINT "StageSnapshot_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

