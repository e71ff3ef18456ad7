// /publico/datos/datapackage.json: the open datasets as a Fiscal Data Package, i.e. a Tabular Data
// Package whose fields carry the fiscal concept they hold. Built from the datasets' declarations
// (openData.ts), so its resources, columns and types are those of the CSV files it points to.
import { amountCurrency, amountDirection, type FiscalConcept } from './fiscalConcepts';
import { datasets, type ColumnType, type Dataset, type DatasetColumn } from './openData';

export const openDataLicense = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Atribución 4.0 Internacional' };

/** The budget taxonomy's ColumnTypes, the Fiscal Data Package's default. */
const budgetTaxonomy = 'https://specs.frictionlessdata.io/taxonomies/fiscal/budgets.json';

/** The ColumnTypes the open data uses that the budget taxonomy lacks: Guatemala's programmatic structure and reporting periods. */
const ownColumnTypes = [
  { name: 'activity:generic:category:code', dataType: 'string', unique: true, description: 'Categoría programática completa: programa-subprograma-proyecto-actividad-obra' },
  { name: 'activity:generic:product:code', dataType: 'string', unique: true, description: 'Producto (bien o servicio) del plan operativo anual' },
  { name: 'activity:generic:product:label', dataType: 'string', labelOf: 'activity:generic:product:code' },
  { name: 'date:fiscal-period:code', dataType: 'string', unique: true, prior: 'date:fiscal-year', description: 'Período del informe de seguimiento dentro del ejercicio: año, cuatrimestre o mes' },
  { name: 'date:fiscal-period:label', dataType: 'string', labelOf: 'date:fiscal-period:code' },
  { name: 'date:fiscal-period:last-month', dataType: 'integer', description: 'Último mes del período: las cifras acumulan de enero a ese mes' },
];

/** How the CSV writes each type (src/api/tableExport.ts): numbers with a decimal point, dates AAAA-MM-DD, booleans true/false, nothing as empty. */
const tableSchemaTypes: Record<ColumnType, string> = { texto: 'string', entero: 'integer', decimal: 'number', fecha: 'date', booleano: 'boolean' };

function fiscalProperties(concept: FiscalConcept | undefined) {
  if (!concept) return {};
  if (concept.kind === 'dimension') return { columnType: concept.columnType };
  return { columnType: concept.columnType, currency: amountCurrency, phase: concept.phase, direction: amountDirection };
}

function field(column: DatasetColumn) {
  return {
    name: column.name,
    type: tableSchemaTypes[column.type],
    description: column.description,
    ...(column.type === 'booleano' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...fiscalProperties(column.fiscal),
  };
}

function resource(dataset: Dataset) {
  const hasAmounts = dataset.columns.some((c) => c.fiscal?.kind === 'amount');
  return {
    name: dataset.name,
    title: dataset.title,
    description: dataset.description,
    // Relative: it resolves from the package's own address to /publico/datos/<conjunto>.csv.
    path: `${dataset.name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: dataset.columns.map(field),
      missingValues: [''],
      // The currency and direction of every amount, as the constant columns of Fiscal Data Package 1.0.
      ...(hasAmounts
        ? {
            extraFields: [
              { name: 'moneda', type: 'string', columnType: 'value-currency:code', constant: amountCurrency },
              { name: 'direccion', type: 'string', columnType: 'direction', constant: amountDirection },
            ],
          }
        : {}),
    },
  };
}

/** The package for the fiscal years that have approved content (Guatemala's fiscal year is the calendar year). */
export function fiscalDataPackage(fiscalYears: number[]) {
  const first = Math.min(...fiscalYears);
  const last = Math.max(...fiscalYears);
  return {
    profile: 'tabular-data-package',
    name: 'ciclo-datos-abiertos',
    title: 'Datos abiertos de Ciclo: planes, presupuesto y ejecución aprobados',
    description: 'Resultados, productos y metas de los planes, líneas del anteproyecto de presupuesto, ejecución financiera y física e indicadores de cada institución y ejercicio. Solo contenido aprobado por la autoridad de cada institución, en la versión aprobada. Montos en quetzales (GTQ).',
    countryCode: 'GT',
    ...(fiscalYears.length ? { fiscalPeriod: { start: `${first}-01-01`, end: `${last}-12-31` } } : {}),
    keywords: ['presupuesto', 'ejecución presupuestaria', 'planificación', 'Guatemala', 'datos abiertos'],
    licenses: [openDataLicense],
    columnTypes: [budgetTaxonomy, ownColumnTypes],
    resources: datasets.map(resource),
  };
}
