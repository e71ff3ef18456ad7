-- AlterEnum


ALTER TYPE "InstitutionKind" ADD VALUE 'secretariat';
ALTER TYPE "InstitutionKind" ADD VALUE 'decentralised';
ALTER TYPE "InstitutionKind" ADD VALUE 'autonomous';
ALTER TYPE "InstitutionKind" ADD VALUE 'municipality';
ALTER TYPE "InstitutionKind" ADD VALUE 'other';

-- AlterEnum
ALTER TYPE "CyclePhase" ADD VALUE 'municipal';

-- AlterEnum


ALTER TYPE "ClassifierCatalogue" ADD VALUE 'finalidadFuncion';
ALTER TYPE "ClassifierCatalogue" ADD VALUE 'tipoPresupuesto';
ALTER TYPE "ClassifierCatalogue" ADD VALUE 'organismo';
ALTER TYPE "ClassifierCatalogue" ADD VALUE 'clasificacionInstitucional';

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "departmentCode" TEXT,
ADD COLUMN     "municipalityCode" TEXT,
ADD COLUMN     "shortName" TEXT;

-- AlterTable
ALTER TABLE "BudgetLine" ADD COLUMN     "budgetTypeCode" TEXT,
ADD COLUMN     "divisionCode" TEXT,
ADD COLUMN     "finalidadCode" TEXT,
ADD COLUMN     "funcionCode" TEXT,
ADD COLUMN     "organismoCode" TEXT;

