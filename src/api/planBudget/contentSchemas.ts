// The zod schemas of the plan and budget content the API reads: one body schema per resource.
// POST parses the whole body; PUT parses the same schema (react-admin sends the whole record back,
// extra fields such as id and updatedAt are dropped by zod).
import { z } from 'zod';

const id = z.uuid('debe ser un identificador válido');
const optionalId = id.nullish().transform((v) => v ?? null);
const code = z.string().max(40, 'admite hasta 40 caracteres').trim().min(1, 'es obligatorio');
const name = z.string().max(500, 'admite hasta 500 caracteres').trim().min(2, 'es obligatorio');
const text = (max: number) => z.string().max(max, `admite hasta ${max} caracteres`).trim().default('');
const year = z.number('debe ser un año').int('debe ser un año').min(2000, 'debe ser un año entre 2000 y 2100').max(2100, 'debe ser un año entre 2000 y 2100');
/** Quetzales with centavos; stored as DECIMAL(18,2). */
const money = z
  .number('debe ser un número')
  .min(0, 'no puede ser negativo')
  .max(1e15, 'es demasiado grande')
  .transform((v) => Math.round(v * 100) / 100);
const quantity = money;
const optionalQuantity = quantity.nullish().transform((v) => v ?? null);
/** An indicator's figure, stored as DECIMAL(18,4): signed, up to 14 whole digits. */
const indicatorValue = z.number('debe ser un número').min(-1e13, 'admite hasta 13 cifras enteras').max(1e13, 'admite hasta 13 cifras enteras');
/** A classifier code as digits, in text or as a number (a spreadsheet drops the zeros); stored zero-padded. The input's schema says so, for the API's clients. */
const classifierCode = (digits: number, what: string) => {
  const error = `${what} de hasta ${digits} dígitos`;
  return z
    .union([z.string().regex(new RegExp(`^\\s*\\d{1,${digits}}\\s*$`), error), z.number().int(error).min(0, error).max(10 ** digits - 1, error)], { error })
    .transform((v) => String(v).trim().padStart(digits, '0'));
};
const categoryPart = (max: number) => z.number('debe ser un número').int('debe ser entero').min(0, 'no puede ser negativo').max(max, `admite hasta ${max}`);

export const classifierBody = z.object({
  catalogue: z.enum(['objetoGasto', 'fuenteFinanciamiento', 'unidadMedida', 'geografia', 'finalidadFuncion', 'tipoPresupuesto', 'organismo', 'clasificacionInstitucional'], 'catálogo desconocido'),
  code,
  name,
  parentCode: code.nullish().transform((v) => v ?? null),
});

export const strategicPlanBody = z
  .object({ institutionId: id, code, name, startYear: year, endYear: year, mission: text(4000), vision: text(4000) })
  .refine((p) => p.endYear >= p.startYear, { path: ['endYear'], message: 'no puede ser anterior al año de inicio' });

export const strategicResultBody = z.object({
  strategicPlanId: id,
  code,
  name,
  level: z.enum(['final', 'intermediate', 'immediate'], 'debe ser final, intermediate o immediate'),
  kind: z.enum(['strategic', 'institutional'], 'debe ser strategic o institutional').default('institutional'),
  contributesToId: optionalId,
});

export const productBody = z.object({
  institutionId: id,
  code,
  name,
  unitOfMeasure: code.nullish().transform((v) => v ?? null),
  beneficiaries: text(1000),
  resultId: optionalId,
  parentId: optionalId,
  programmaticCategoryId: optionalId,
});

export const physicalTargetBody = z.object({
  productId: id,
  plan: z.enum(['POA', 'POM'], 'debe ser POA o POM'),
  year,
  month: z.number().int().min(0, 'de 0 (todo el año) a 12').max(12, 'de 0 (todo el año) a 12').default(0),
  quantity,
});

/** What a product delivered in one month of the execution year. */
export const physicalExecutionBody = z.object({
  productId: id,
  year,
  month: z.number('debe ser un mes de 1 a 12').int('debe ser un mes de 1 a 12').min(1, 'debe ser un mes de 1 a 12').max(12, 'debe ser un mes de 1 a 12'),
  quantity,
});

export const programmaticCategoryBody = z.object({
  institutionId: id,
  fiscalYear: year,
  programa: categoryPart(99).min(1, 'el programa empieza en 1'),
  subPrograma: categoryPart(99).default(0),
  proyecto: categoryPart(999).default(0),
  actividad: categoryPart(999).default(0),
  obra: categoryPart(999).default(0),
  name,
});

export const budgetLineBody = z
  .object({
    institutionId: id,
    fiscalYear: year,
    categoryId: id,
    objectCode: classifierCode(3, 'renglón'),
    sourceCode: classifierCode(2, 'fuente'),
    geographyCode: classifierCode(2, 'departamento').default('00'),
    productId: optionalId,
    centralActivities: z.boolean().default(false),
    inputQuantity: optionalQuantity,
    unitPrice: optionalQuantity,
    amount: money,
    asignado: optionalQuantity,
    modificado: optionalQuantity,
    vigente: optionalQuantity,
    devengado: optionalQuantity,
    pagado: optionalQuantity,
  })
  .refine((l) => !(l.productId && l.centralActivities), { path: ['centralActivities'], message: 'una línea de actividades centrales no se vincula a un producto' });

export const budgetCeilingBody = z.object({ institutionId: id, sourceCode: classifierCode(2, 'fuente'), fiscalYear: year, amount: money, note: text(2000) });

export const budgetProjectionBody = z.object({ institutionId: id, fiscalYear: year, year, sourceCode: classifierCode(2, 'fuente'), amount: money });

export const productionScenarioBody = z.object({ institutionId: id, fiscalYear: year, name, description: text(2000) });

export const scenarioItemBody = z.object({ scenarioId: id, productId: id, year, sourceCode: classifierCode(2, 'fuente'), quantity, unitCost: money });

export const indicatorBody = z.object({
  institutionId: id,
  code,
  name,
  level: z.enum(['impact', 'result', 'product', 'process', 'input'], 'nivel desconocido'),
  formula: text(1000),
  numerator: text(1000),
  denominator: text(1000),
  unitOfMeasure: code.nullish().transform((v) => v ?? null),
  baselineValue: indicatorValue.nullish().transform((v) => v ?? null),
  baselineYear: year.nullish().transform((v) => v ?? null),
  frequency: z.enum(['mensual', 'cuatrimestral', 'semestral', 'anual'], 'debe ser mensual, cuatrimestral, semestral o anual').default('anual'),
  source: text(1000),
  meansOfVerification: text(1000),
  direction: z.enum(['higher', 'lower'], 'debe ser higher (más es mejor) o lower (menos es mejor)').default('higher'),
  owner: text(200),
  resultId: optionalId,
  productId: optionalId,
});

/** "2028" (year), "2028-S1".."2028-S2" (half-yearly), "2028-C1".."2028-C3" (four-monthly) or "2028-01".."2028-12" (monthly). */
export const indicatorPeriod = z.string().regex(/^\d{4}(-S[12]|-C[1-3]|-(0[1-9]|1[0-2]))?$/, 'debe ser 2028, 2028-S1 a 2028-S2, 2028-C1 a 2028-C3 o 2028-01 a 2028-12');

export const indicatorTargetBody = z.object({ indicatorId: id, period: indicatorPeriod, value: indicatorValue });
export const indicatorMeasurementBody = z.object({ indicatorId: id, period: indicatorPeriod, value: indicatorValue, note: text(2000) });
