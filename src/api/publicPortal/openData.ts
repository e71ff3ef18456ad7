// The open datasets of the public portal, across every institution and year, approved content
// only: each dataset is declared once with its columns (name, type, meaning in Spanish), so the
// CSV, the JSON and the data dictionary cannot disagree. The English open-data page translates the
// titles and meanings (wording.ts); the files stay Spanish.
import type { DeliverableContent } from '../../domain/planBudget/deliverable';
import { annualTarget } from '../../domain/planBudget/linkage';
import { programmeOf } from '../../domain/monitoring/executionProgress';
import { lastMonth, periodLabel } from '../../domain/monitoring/reportingPeriods';
import type { ApprovedDeliverable, ApprovedEdition } from './approvedContent';
import { amount, dimension, type FiscalConcept } from './fiscalConcepts';
import { programmeNames, reportFinancialExecution, reportIndicators, reportPeriod, reportPhysicalProgress, resultKindNames, resultLevelNames, indicatorLevelNames, directionNames } from './publicFigures';

export type ColumnType = 'texto' | 'entero' | 'decimal' | 'fecha' | 'booleano';

/** The datasets' names, so the English wording must describe each (wording.ts). */
export type DatasetName = 'resultados' | 'productos' | 'metas' | 'presupuesto' | 'ejecucion_financiera' | 'avance_fisico' | 'indicadores';

export interface DatasetColumn {
  name: string;
  type: ColumnType;
  description: string;
  /** Its meaning as a Fiscal Data Package concept, for datapackage.json; absent where it has none. */
  fiscal?: FiscalConcept;
}

type Row = Record<string, string | number | boolean | null>;

export interface Dataset {
  name: DatasetName;
  title: string;
  description: string;
  columns: DatasetColumn[];
  rows(editions: ApprovedEdition[]): Row[];
}

const commonColumns: DatasetColumn[] = [
  { name: 'ejercicio', type: 'entero', description: 'Ejercicio fiscal (año) al que corresponde el dato', fiscal: dimension('period', 'date:fiscal-year') },
  { name: 'codigoInstitucion', type: 'texto', description: 'Código de la institución en Ciclo', fiscal: dimension('administrative', 'administrative-classification:generic:level1:code') },
  { name: 'institucion', type: 'texto', description: 'Nombre de la institución', fiscal: dimension('administrative', 'administrative-classification:generic:level1:label') },
];
const provenanceColumns: DatasetColumn[] = [
  { name: 'versionAprobada', type: 'entero', description: 'Versión de la entrega que la autoridad aprobó y de la que sale el dato' },
  { name: 'fechaAprobacion', type: 'fecha', description: 'Fecha de aprobación de esa versión (AAAA-MM-DD, UTC)' },
];
const periodColumns: DatasetColumn[] = [
  { name: 'periodo', type: 'texto', description: 'Período del informe de seguimiento: 2028 (año), 2028-C1 a 2028-C3 (cuatrimestre) o 2028-01 a 2028-12 (mes)', fiscal: dimension('period', 'date:fiscal-period:code') },
  { name: 'nombrePeriodo', type: 'texto', description: 'El período en palabras, p. ej. "Primer cuatrimestre 2028"', fiscal: dimension('period', 'date:fiscal-period:label') },
];

const common = (d: ApprovedDeliverable) => ({ ejercicio: d.fiscalYear, codigoInstitucion: d.institution.code, institucion: d.institution.name });
const provenance = (d: ApprovedDeliverable) => ({ versionAprobada: d.version, fechaAprobacion: d.approvedAt.toISOString().slice(0, 10) });
const percent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 10_000) / 100);

/** Rows of one deliverable kind of every edition that has it. */
function fromEach(editions: ApprovedEdition[], pick: (e: ApprovedEdition) => ApprovedDeliverable | null, rows: (d: ApprovedDeliverable, c: DeliverableContent) => Row[]): Row[] {
  return editions.flatMap((edition) => {
    const deliverable = pick(edition);
    return deliverable ? rows(deliverable, deliverable.content).map((row) => ({ ...common(deliverable), ...row, ...provenance(deliverable) })) : [];
  });
}

/** Rows of every approved monitoring report (one per period) of every edition. */
function fromReports(editions: ApprovedEdition[], rows: (c: DeliverableContent, period: string) => Row[]): Row[] {
  return editions.flatMap((edition) =>
    edition.monitoringReports.flatMap((report) => {
      const period = reportPeriod(report.content);
      if (!period) return [];
      return rows(report.content, period).map((row) => ({ ...common(report), periodo: period, nombrePeriodo: periodLabel(period), ...row, ...provenance(report) }));
    }),
  );
}

const withCommon = (own: DatasetColumn[], extra: DatasetColumn[] = []) => [...commonColumns, ...extra, ...own, ...provenanceColumns];

export const datasets: Dataset[] = [
  {
    name: 'resultados',
    title: 'Resultados estratégicos',
    description: 'Los resultados del plan estratégico institucional (PEI) aprobado de cada institución y ejercicio.',
    columns: withCommon([
      { name: 'codigoResultado', type: 'texto', description: 'Código del resultado' },
      { name: 'resultado', type: 'texto', description: 'Enunciado del resultado' },
      { name: 'nivel', type: 'texto', description: 'Nivel del resultado: Final, Intermedio o Inmediato' },
      { name: 'tipo', type: 'texto', description: 'Estratégico (de país) o Institucional' },
      { name: 'contribuyeA', type: 'texto', description: 'Código del resultado al que contribuye según el modelo lógico (vacío si ninguno)' },
    ]),
    rows: (editions) =>
      fromEach(editions, (e) => e.strategicPlan, (_d, c) =>
        c.results.map((r) => ({ codigoResultado: r.code, resultado: r.name, nivel: resultLevelNames[r.level] ?? r.level, tipo: resultKindNames[r.kind] ?? r.kind, contribuyeA: r.contributesTo })),
      ),
  },
  {
    name: 'productos',
    title: 'Productos del POA',
    description: 'Los productos y subproductos (bienes y servicios) del plan operativo anual aprobado, con su meta anual.',
    columns: withCommon([
      { name: 'codigoProducto', type: 'texto', description: 'Código del producto o subproducto' },
      { name: 'producto', type: 'texto', description: 'Nombre del producto' },
      { name: 'unidadMedida', type: 'texto', description: 'Unidad de medida de la meta física' },
      { name: 'codigoResultado', type: 'texto', description: 'Código del resultado al que sirve' },
      { name: 'codigoProductoPadre', type: 'texto', description: 'Para un subproducto, el código de su producto (vacío en los productos)' },
      { name: 'categoriaProgramatica', type: 'texto', description: 'Categoría programática (programa-subprograma-proyecto-actividad-obra) a la que se vincula', fiscal: dimension('programmatic', 'activity:generic:category:code') },
      { name: 'codigoPrograma', type: 'texto', description: 'Programa presupuestario: primer segmento de la categoría programática', fiscal: dimension('programmatic', 'activity:generic:program:code') },
      { name: 'metaAnualPOA', type: 'decimal', description: 'Meta física del POA para el ejercicio (la anual, o la suma de las mensuales)' },
    ]),
    rows: (editions) =>
      fromEach(editions, (e) => e.operationalPlan, (_d, c) =>
        c.products.map((p) => ({
          codigoProducto: p.code,
          producto: p.name,
          unidadMedida: p.unitOfMeasure,
          codigoResultado: p.resultCode,
          codigoProductoPadre: p.parentCode,
          categoriaProgramatica: p.categoryCode,
          codigoPrograma: p.categoryCode ? programmeOf(p.categoryCode) : null,
          metaAnualPOA: annualTarget(c, p.code, 'POA'),
        })),
      ),
  },
  {
    name: 'metas',
    title: 'Metas físicas',
    description: 'Cada meta física aprobada de cada producto: la del POA (anual o mensual) y las del plan multianual (POM).',
    columns: withCommon([
      { name: 'codigoProducto', type: 'texto', description: 'Código del producto' },
      { name: 'plan', type: 'texto', description: 'POA (plan operativo anual) o POM (plan operativo multianual)' },
      { name: 'anio', type: 'entero', description: 'Año de la meta' },
      { name: 'mes', type: 'entero', description: 'Mes de la meta (1 a 12), o 0 para la meta del año completo' },
      { name: 'cantidad', type: 'decimal', description: 'Cantidad de producto a entregar, en su unidad de medida' },
    ]),
    rows: (editions) =>
      fromEach(editions, (e) => e.operationalPlan, (_d, c) => c.targets.map((t) => ({ codigoProducto: t.productCode, plan: t.plan, anio: t.year, mes: t.month, cantidad: t.quantity }))),
  },
  {
    name: 'presupuesto',
    title: 'Presupuesto por programa (líneas del anteproyecto)',
    description: 'Las líneas del anteproyecto de presupuesto aprobado por la autoridad de la institución, con su programa; sumadas por programa dan el presupuesto de la página de cada institución.',
    columns: withCommon([
      { name: 'codigoPrograma', type: 'texto', description: 'Programa presupuestario (primer segmento de la categoría programática)', fiscal: dimension('programmatic', 'activity:generic:program:code') },
      { name: 'programa', type: 'texto', description: 'Nombre del programa', fiscal: dimension('programmatic', 'activity:generic:program:label') },
      { name: 'categoriaProgramatica', type: 'texto', description: 'Categoría programática completa (programa-subprograma-proyecto-actividad-obra)', fiscal: dimension('programmatic', 'activity:generic:category:code') },
      { name: 'codigoRenglon', type: 'texto', description: 'Objeto del gasto (renglón), p. ej. 011 personal permanente', fiscal: dimension('economic', 'economic-classification:generic:code') },
      { name: 'codigoFuente', type: 'texto', description: 'Fuente de financiamiento, p. ej. 31 ingresos propios', fiscal: dimension('source', 'fin-source:generic:code') },
      { name: 'codigoGeografia', type: 'texto', description: 'Ubicación geográfica (departamento y municipio)', fiscal: dimension('geographic', 'geo:target:code') },
      { name: 'codigoProducto', type: 'texto', description: 'Producto al que sirve la línea (vacío si es de actividades centrales)', fiscal: dimension('programmatic', 'activity:generic:product:code') },
      { name: 'actividadesCentrales', type: 'booleano', description: 'true si la línea financia actividades centrales (no se vincula a un producto)' },
      { name: 'monto', type: 'decimal', description: 'Monto solicitado, en quetzales', fiscal: amount('proposed') },
    ]),
    rows: (editions) =>
      fromEach(editions, (e) => e.budgetProposal, (_d, c) => {
        const names = programmeNames(c.categories);
        return c.budgetLines.map((l) => {
          const programme = programmeOf(l.categoryCode);
          return {
            codigoPrograma: programme,
            programa: names.get(programme) ?? null,
            categoriaProgramatica: l.categoryCode,
            codigoRenglon: l.objectCode,
            codigoFuente: l.sourceCode,
            codigoGeografia: l.geographyCode,
            codigoProducto: l.productCode,
            actividadesCentrales: l.centralActivities,
            monto: l.amount,
          };
        });
      }),
  },
  {
    name: 'ejecucion_financiera',
    title: 'Ejecución financiera por programa',
    description: 'Por cada informe de seguimiento aprobado, la ejecución de cada programa acumulada de enero al cierre del período.',
    columns: withCommon(
      [
        { name: 'mesCorte', type: 'entero', description: 'Último mes del período: las cifras son acumuladas de enero a ese mes', fiscal: dimension('period', 'date:fiscal-period:last-month') },
        { name: 'codigoPrograma', type: 'texto', description: 'Programa presupuestario', fiscal: dimension('programmatic', 'activity:generic:program:code') },
        { name: 'programa', type: 'texto', description: 'Nombre del programa', fiscal: dimension('programmatic', 'activity:generic:program:label') },
        { name: 'programado', type: 'decimal', description: 'Monto formulado en las líneas del programa, en quetzales', fiscal: amount('proposed') },
        { name: 'vigente', type: 'decimal', description: 'Presupuesto vigente (asignado más modificaciones) al mes de corte', fiscal: amount('adjusted') },
        { name: 'devengado', type: 'decimal', description: 'Gasto devengado (obligación reconocida) acumulado al mes de corte', fiscal: amount('executed') },
        { name: 'pagado', type: 'decimal', description: 'Monto pagado acumulado al mes de corte', fiscal: amount('executed') },
        { name: 'porcentajeEjecutado', type: 'decimal', description: 'devengado / vigente x 100 (vacío si no hay vigente)' },
      ],
      periodColumns,
    ),
    rows: (editions) =>
      fromReports(editions, (c, period) =>
        reportFinancialExecution(c).map((p) => ({ mesCorte: lastMonth(period), codigoPrograma: p.programme, programa: p.name, programado: p.programmed, vigente: p.vigente, devengado: p.devengado, pagado: p.pagado, porcentajeEjecutado: percent(p.executionRate) })),
      ),
  },
  {
    name: 'avance_fisico',
    title: 'Avance físico de los productos',
    description: 'Por cada informe de seguimiento aprobado, lo entregado de cada producto en el período frente a su meta del POA.',
    columns: withCommon(
      [
        { name: 'codigoProducto', type: 'texto', description: 'Código del producto', fiscal: dimension('programmatic', 'activity:generic:product:code') },
        { name: 'producto', type: 'texto', description: 'Nombre del producto', fiscal: dimension('programmatic', 'activity:generic:product:label') },
        { name: 'unidadMedida', type: 'texto', description: 'Unidad de medida' },
        { name: 'metaPeriodo', type: 'decimal', description: 'Meta del POA para los meses del período (vacío si no tiene)' },
        { name: 'metaProrrateada', type: 'booleano', description: 'true si la meta del período es la parte proporcional de la anual, por no haber metas mensuales' },
        { name: 'ejecutado', type: 'decimal', description: 'Cantidad entregada en los meses del período' },
        { name: 'porcentajeAvance', type: 'decimal', description: 'ejecutado / metaPeriodo x 100 (vacío sin meta)' },
        { name: 'costoUnitarioPlanificado', type: 'decimal', description: 'Monto formulado del producto entre su meta anual del POA, en quetzales (vacío sin meta)', fiscal: amount('proposed') },
        { name: 'costoUnitarioReal', type: 'decimal', description: 'Devengado del producto de enero al cierre entre la cantidad entregada en esos meses, en quetzales (vacío si no se entregó nada)', fiscal: amount('executed') },
      ],
      periodColumns,
    ),
    rows: (editions) =>
      fromReports(editions, (c) =>
        reportPhysicalProgress(c).map((p) => ({ codigoProducto: p.productCode, producto: p.name, unidadMedida: p.unitOfMeasure, metaPeriodo: p.planned, metaProrrateada: p.plannedProrated, ejecutado: p.executed, porcentajeAvance: percent(p.rate), costoUnitarioPlanificado: p.plannedUnitCost, costoUnitarioReal: p.actualUnitCost })),
      ),
  },
  {
    name: 'indicadores',
    title: 'Avance de los indicadores',
    description: 'Por cada informe de seguimiento aprobado, la meta y la medición de cada indicador en el período, su cumplimiento y su semáforo.',
    columns: withCommon(
      [
        { name: 'codigoIndicador', type: 'texto', description: 'Código del indicador' },
        { name: 'indicador', type: 'texto', description: 'Nombre del indicador' },
        { name: 'nivel', type: 'texto', description: 'Nivel: Impacto, Resultado, Producto, Proceso o Insumo' },
        { name: 'direccion', type: 'texto', description: 'Mayor es mejor, o Menor es mejor' },
        { name: 'lineaBase', type: 'decimal', description: 'Valor de partida del indicador (vacío si no tiene): el cumplimiento se mide desde él cuando la meta lo mejora' },
        { name: 'meta', type: 'decimal', description: 'Meta del indicador para el período (vacío si no tiene)' },
        { name: 'medido', type: 'decimal', description: 'Valor medido en el período (vacío si no se midió)' },
        { name: 'porcentajeCumplimiento', type: 'decimal', description: 'Cumplimiento x 100: 100 es meta cumplida; con línea base, el avance desde ella hacia la meta (negativo si se alejó); sin ella, medido / meta (o meta / medido si menor es mejor). Vacío si falta la meta o la medición' },
        { name: 'semaforo', type: 'texto', description: 'En meta (90 % o más), En riesgo (70 % a 90 %), Fuera de meta (menos de 70 %) o Sin dato' },
      ],
      periodColumns,
    ),
    rows: (editions) =>
      fromReports(editions, (c) =>
        reportIndicators(c).map((p) => ({
          codigoIndicador: p.indicatorCode,
          indicador: p.name,
          nivel: indicatorLevelNames[p.level] ?? p.level,
          direccion: directionNames[p.direction] ?? p.direction,
          lineaBase: p.baseline,
          meta: p.target,
          medido: p.actual,
          porcentajeCumplimiento: percent(p.compliance),
          semaforo: p.lightLabel,
        })),
      ),
  },
];

export const datasetByName = new Map<string, Dataset>(datasets.map((d) => [d.name, d]));

/** A column as the dictionary and the JSON files publish it: its fiscal concept goes to datapackage.json only. */
export const publishedColumn = ({ name, type, description }: DatasetColumn) => ({ name, type, description });

/** The data dictionary: every dataset and every column, with its type and meaning. */
export function dataDictionary() {
  return {
    descripcion: 'Datos abiertos de Ciclo: solo contenido aprobado por la autoridad de cada institución, tal como quedó en la versión aprobada.',
    formatos: { csv: 'UTF-8 con BOM, separado por comas, fin de línea CRLF; decimales con punto', json: '{ dataset, generatedAt, columns, rows }' },
    tipos: { texto: 'Texto', entero: 'Número entero', decimal: 'Número con punto decimal', fecha: 'Fecha AAAA-MM-DD', booleano: 'true o false' },
    datasets: datasets.map((d) => ({ nombre: d.name, titulo: d.title, descripcion: d.description, csv: `/publico/datos/${d.name}.csv`, json: `/publico/datos/${d.name}.json`, columnas: d.columns.map(publishedColumn) })),
  };
}
