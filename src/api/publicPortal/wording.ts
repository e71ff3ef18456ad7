// Every word the public portal's pages say, once per language: Spanish at /publico, English at
// /publico/en. The English object has the type of the Spanish one, so a missing translation is a
// compile error. What institutions wrote (results, products, programmes) is data and stays as
// written; so do the open-data files, whose names and columns are the data's identity.
import type { SpendingGroup } from './citizensBudget';
import { deliverableNames } from '../../domain/planBudget/deliverable';
import { trafficLightLabels, type TrafficLight } from '../../domain/monitoring/indicatorCompliance';
import { parsePeriod, periodLabel } from '../../domain/monitoring/reportingPeriods';
import type { PublishedKind } from './approvedContent';
import { html, type SafeHtml } from './html';
import type { ColumnType, Dataset, DatasetColumn, DatasetName } from './openData';
import { directionNames, indicatorLevelNames, resultKindNames, resultLevelNames } from './publicFigures';

export type Language = 'es' | 'en';

/** What a section says when its deliverable is not approved yet. */
type Pending = 'strategicPlan' | 'operationalPlan' | 'budgetProposal' | 'monitoringReport' | 'measurements' | 'indicators';

export interface PortalWording {
  language: Language;
  /** Intl locale of its numbers and dates. */
  locale: string;
  /** Where its pages live. */
  root: string;
  /** The other language, which every page links to: its pages' root and its name in itself. */
  twin: { language: Language; root: string; name: string };
  frame: { site: string; home: string; openData: string; footer: string };
  terms: {
    deliverables: Record<PublishedKind, { short: string; long: string }>;
    resultLevels: Record<string, string>;
    resultKinds: Record<string, string>;
    indicatorLevels: Record<string, string>;
    directions: Record<string, string>;
    lights: Record<TrafficLight, string>;
    period(period: string): string;
  };
  home: {
    title: string;
    heading: string;
    intro: string;
    caption: string;
    columns: { institution: string; sector: string; years: string; published: string };
    nothingYet: string;
    openDataLink: string;
  };
  institution: {
    code(code: string): string;
    sector(sector: string): string;
    fiscalYear(year: number): string;
    yearsNav: string;
    sectionsNav: string;
    sections: { results: string; products: string; budget: string; execution: string; indicators: string };
    executionIn(label: string): string;
    source(deliverable: string, version: number, approvedOn: string): string;
    /** The link from the institution's page to its history of approved versions. */
    versionsLink: string;
    pending: Record<Pending, string>;
    columns: {
      code: string;
      result: string;
      level: string;
      kind: string;
      contributesTo: string;
      product: string;
      unitOfMeasure: string;
      target(year: number): string;
      programme: string;
      name: string;
      amount: string;
      shareOfTotal: string;
      vigente: string;
      devengado: string;
      pagado: string;
      executedPercent: string;
      unit: string;
      periodTarget: string;
      executed: string;
      progressPercent: string;
      plannedUnitCost: string;
      actualUnitCost: string;
      indicator: string;
      baseline: string;
      plainTarget: string;
      measured: string;
      compliancePercent: string;
      light: string;
    };
    resultsCaption: string;
    productsCaption(year: number): string;
    budgetChartTitle: string;
    budgetChartDescription(total: string): string;
    budgetCaption: string;
    total: string;
    financialHeading: string;
    physicalHeading: string;
    executionChartTitle: string;
    executionChartDescription(label: string): string;
    financialCaption(label: string): string;
    physicalCaption(label: string): string;
    proratedNote: string;
    costNote: string;
    indicatorsCaption(label: string): string;
    complianceNote: string;
    poaIndicatorsCaption(year: number): string;
    download: string;
  };
  openData: {
    title: string;
    intro: SafeHtml;
    caption: string;
    columns: { dataset: string; contents: string; downloads: string; column: string; type: string; meaning: string };
    package: SafeHtml;
    dictionaryHeading: string;
    dictionaryIntro: SafeHtml;
    columnsOf(dataset: string): string;
    types: Record<ColumnType, string>;
    datasetTitle(dataset: Dataset): string;
    datasetDescription(dataset: Dataset): string;
    columnMeaning(dataset: Dataset, column: DatasetColumn): string;
  };
  /** The citizens' budget, for the nation and per institution, in plain words. */
  citizens: {
    nationalTitle(year: number): string;
    nationalIntro(total: string, count: number, year: number): string;
    institutionTitle(name: string, year: number): string;
    institutionIntro(name: string, total: string, year: number, approvedOn: string): string;
    programmesHeading: string;
    programmesIntro: string;
    programmesChart: string;
    programme(name: string, amount: string, share: string): string;
    produces: string;
    target(quantity: string, unit: string | null): string;
    noTarget: string;
    noProducts: string;
    moreProducts(count: number): string;
    otherProgrammes(count: number, amount: string, share: string): string;
    groupsHeading: string;
    groupsCaption: string;
    groups: Record<SpendingGroup, string>;
    institutionsHeading: string;
    institutionsCaption: string;
    columns: { institution: string; amount: string; share: string; group: string };
    glossary: string;
    millions(amount: string): string;
    detailLink: string;
    institutionLink: string;
    nationalLink: string;
    nothing(year: number): string;
  };
  /** The history of approved versions of an institution's year, and the page of one of them. */
  versions: {
    title(name: string, year: number): string;
    intro: string;
    caption: string;
    columns: { approvedOn: string; document: string; stage: string; version: string; read: string };
    read: string;
    versionTitle(document: string, version: number): string;
    versionNote(stage: string, approvedOn: string): string;
    latest: string;
    superseded: string;
    backToHistory: string;
    backToInstitution: string;
  };
  errors: {
    notFoundTitle: string;
    badRequestTitle: string;
    serverErrorTitle: string;
    backHome: string;
    invalidCode: string;
    oneYear: string;
    fourDigitYear: string;
    noInstitution(code: string): string;
    noYear(code: string, year: number, years: number[]): string;
    noEdition(code: string, year: number): string;
    noVersion(code: string, year: number, stage: string): string;
    noBudget(code: string, year: number): string;
    invalidStage: string;
    noAddress: string;
    badAddress: string;
    badRequest: string;
    internal: string;
  };
}

const es: PortalWording = {
  language: 'es',
  locale: 'es-GT',
  root: '/publico',
  twin: { language: 'en', root: '/publico/en', name: 'English' },
  frame: {
    site: 'Ciclo, portal público',
    home: 'Ciclo · Portal de transparencia',
    openData: 'Datos abiertos',
    footer: 'Solo se publica lo que la máxima autoridad de cada institución aprobó: el contenido tal como quedó congelado en la versión aprobada. Los montos están en quetzales.',
  },
  terms: {
    deliverables: {
      strategicPlan: { short: 'PEI', long: deliverableNames.strategicPlan },
      operationalPlan: { short: 'POA', long: deliverableNames.operationalPlan },
      budgetProposal: { short: 'Presupuesto', long: deliverableNames.budgetProposal },
      monitoringReport: { short: 'Seguimiento', long: deliverableNames.monitoringReport },
    },
    resultLevels: resultLevelNames,
    resultKinds: resultKindNames,
    indicatorLevels: indicatorLevelNames,
    directions: directionNames,
    lights: trafficLightLabels,
    period: periodLabel,
  },
  home: {
    title: 'Instituciones',
    heading: 'Portal de transparencia',
    intro:
      'Planes, presupuestos y su ejecución, tal como los aprobó la autoridad de cada institución: resultados estratégicos, productos y metas del plan operativo anual (POA), presupuesto por programa, avance físico y financiero, e indicadores.',
    caption: 'Instituciones con información aprobada',
    columns: { institution: 'Institución', sector: 'Sector', years: 'Ejercicios', published: 'Publicado' },
    nothingYet: 'Todavía ninguna institución tiene planes o presupuestos aprobados.',
    openDataLink: 'Datos abiertos en CSV y JSON, con su diccionario',
  },
  institution: {
    code: (code) => `Código ${code}`,
    sector: (sector) => `Sector ${sector}`,
    fiscalYear: (year) => `Ejercicio fiscal ${year}`,
    yearsNav: 'Ejercicios publicados',
    sectionsNav: 'Secciones',
    sections: { results: 'Resultados estratégicos', products: 'Productos y metas del POA', budget: 'Presupuesto por programa', execution: 'Ejecución', indicators: 'Indicadores' },
    executionIn: (label) => `Ejecución: ${label}`,
    source: (deliverable, version, approvedOn) => `Fuente: ${deliverable}, versión ${version}, aprobada el ${approvedOn}.`,
    versionsLink: 'Historial de versiones aprobadas de este ejercicio',
    pending: {
      strategicPlan: 'Aún no hay un plan estratégico (PEI) aprobado para este ejercicio.',
      operationalPlan: 'Aún no hay un plan operativo anual (POA) aprobado para este ejercicio.',
      budgetProposal: 'Aún no hay un anteproyecto de presupuesto aprobado para este ejercicio.',
      monitoringReport: 'Aún no hay un informe de seguimiento aprobado para este ejercicio.',
      measurements: 'Aún no hay un informe de seguimiento con mediciones aprobado para este ejercicio.',
      indicators: 'Aún no hay un plan con indicadores aprobado para este ejercicio.',
    },
    columns: {
      code: 'Código',
      result: 'Resultado',
      level: 'Nivel',
      kind: 'Tipo',
      contributesTo: 'Contribuye a',
      product: 'Producto',
      unitOfMeasure: 'Unidad de medida',
      target: (year) => `Meta ${year}`,
      programme: 'Programa',
      name: 'Nombre',
      amount: 'Monto',
      shareOfTotal: '% del total',
      vigente: 'Vigente',
      devengado: 'Devengado',
      pagado: 'Pagado',
      executedPercent: '% ejecutado',
      unit: 'Unidad',
      periodTarget: 'Meta del período',
      executed: 'Ejecutado',
      progressPercent: '% avance',
      plannedUnitCost: 'Costo unitario planificado',
      actualUnitCost: 'Costo unitario real',
      indicator: 'Indicador',
      baseline: 'Línea base',
      plainTarget: 'Meta',
      measured: 'Medido',
      compliancePercent: '% cumplimiento',
      light: 'Semáforo',
    },
    resultsCaption: 'Resultados del plan estratégico institucional',
    productsCaption: (year) => `Productos y metas físicas del POA ${year}`,
    budgetChartTitle: 'Presupuesto por programa',
    budgetChartDescription: (total) => `Monto solicitado por programa; total ${total}. Las cifras están también en la tabla.`,
    budgetCaption: 'Presupuesto solicitado por programa',
    total: 'Total',
    financialHeading: 'Ejecución financiera',
    physicalHeading: 'Avance físico',
    executionChartTitle: 'Porcentaje ejecutado por programa',
    executionChartDescription: (label) => `Devengado sobre vigente de cada programa, acumulado de enero al cierre de ${label}. Las cifras están también en la tabla.`,
    financialCaption: (label) => `Ejecución financiera por programa, acumulada al cierre de ${label}`,
    physicalCaption: (label) => `Avance físico de los productos en ${label}`,
    proratedNote: '* Meta proporcional a la anual: el POA no tiene metas mensuales para ese producto.',
    costNote: 'Costo unitario real: lo devengado en las líneas del producto de enero al cierre, entre lo entregado en esos meses.',
    indicatorsCaption: (label) => `Cumplimiento de los indicadores en ${label}`,
    complianceNote:
      'Cumplimiento: con línea base, lo avanzado desde ella hacia la meta (negativo si el indicador se alejó); sin ella, lo medido frente a la meta. Semáforo: En meta, 90 % o más; En riesgo, de 70 % a 90 %; Fuera de meta, menos de 70 %.',
    poaIndicatorsCaption: (year) => `Indicadores del POA y su meta ${year}`,
    download: 'Descargar estos datos (CSV y JSON)',
  },
  openData: {
    title: 'Datos abiertos',
    intro: html`Todas las instituciones y ejercicios, solo contenido aprobado. CSV en UTF-8 (con BOM, para que Excel muestre los acentos) con punto decimal; JSON con la forma <code>{ dataset, generatedAt, columns, rows }</code>.`,
    caption: 'Conjuntos de datos',
    columns: { dataset: 'Conjunto', contents: 'Contenido', downloads: 'Descargas', column: 'Columna', type: 'Tipo', meaning: 'Significado' },
    package: html`Todos los conjuntos descritos en un solo archivo, <a href="/publico/datos/datapackage.json">datapackage.json</a>, según el estándar Fiscal Data Package: tipo de cada columna, clasificación (institucional, económica, fuente de financiamiento, geográfica, programática y período) y, en cada monto, su moneda (quetzales, GTQ) y su fase (formulado, vigente o ejecutado). Licencia <a href="https://creativecommons.org/licenses/by/4.0/deed.es">Creative Commons Atribución 4.0 (CC BY 4.0)</a>: puede reutilizarlos citando la fuente.`,
    dictionaryHeading: 'Diccionario de datos',
    dictionaryIntro: html`También en <a href="/publico/datos/diccionario.json">diccionario.json</a>. Tipos: texto, entero, decimal (con punto), fecha (AAAA-MM-DD) y booleano (true o false).`,
    columnsOf: (dataset) => `Columnas de ${dataset}`,
    types: { texto: 'texto', entero: 'entero', decimal: 'decimal', fecha: 'fecha', booleano: 'booleano' },
    // The Spanish descriptions are those of the files themselves (openData.ts).
    datasetTitle: (dataset) => dataset.title,
    datasetDescription: (dataset) => dataset.description,
    columnMeaning: (_dataset, column) => column.description,
  },
  citizens: {
    nationalTitle: (year) => `Presupuesto ciudadano ${year}`,
    nationalIntro: (total, count, year) => `En ${year}, ${count === 1 ? 'la institución que tiene' : `las ${count} instituciones que tienen`} su anteproyecto de presupuesto aprobado en Ciclo ${count === 1 ? 'planea' : 'planean'} gastar ${total}. Así se reparte ese dinero.`,
    institutionTitle: (name, year) => `Presupuesto ciudadano: ${name}, ${year}`,
    institutionIntro: (name, total, year, approvedOn) => `${name} planea gastar ${total} en ${year}, según su anteproyecto de presupuesto aprobado el ${approvedOn}.`,
    programmesHeading: '¿En qué se gasta?',
    programmesIntro: 'El dinero se organiza en programas: cada uno reúne las acciones con un mismo fin. Estos son los principales, con lo que producen para la población.',
    programmesChart: 'Los programas principales y lo que cuesta cada uno',
    programme: (name, amount, share) => `${name}: ${amount} (${share} del total)`,
    produces: 'Lo que produce para la población:',
    target: (quantity, unit) => `meta del año: ${quantity}${unit ? ` (${unit.toLowerCase()})` : ''}`,
    noTarget: 'sin meta anual aprobada',
    noProducts: 'El presupuesto aprobado no vincula productos a este programa (p. ej. la administración de la institución).',
    moreProducts: (count) => `y ${count} ${count === 1 ? 'producto más' : 'productos más'}`,
    otherProgrammes: (count, amount, share) => `Otros ${count} ${count === 1 ? 'programa' : 'programas'}: ${amount} (${share} del total)`,
    groupsHeading: '¿Qué se compra con el dinero?',
    groupsCaption: 'El gasto por tipo de compra',
    groups: {
      '0': 'Sueldos y salarios del personal',
      '1': 'Servicios: luz, agua, teléfono, alquileres, mantenimiento y viajes',
      '2': 'Materiales y suministros: medicinas, alimentos, combustible y útiles',
      '3': 'Obras, edificios y equipo',
      '4': 'Transferencias a personas y entidades: becas, subsidios y aportes',
      '5': 'Transferencias para inversión de otras entidades',
      '6': 'Préstamos y compra de valores',
      '7': 'Pago de la deuda pública',
      '8': 'Otros gastos',
      '9': 'Asignaciones globales',
    },
    institutionsHeading: '¿Quién gasta?',
    institutionsCaption: 'El presupuesto de cada institución, de mayor a menor',
    columns: { institution: 'Institución', amount: 'Presupuesto', share: 'Parte del total', group: 'Tipo de gasto' },
    glossary: 'Un programa reúne las acciones de la institución con un mismo fin (por ejemplo, la vacunación). Un producto es lo que entrega a la población (por ejemplo, niños vacunados), y su meta, cuántos en el año. Las cifras son las del anteproyecto aprobado; lo que el Congreso apruebe puede cambiarlas.',
    millions: (amount) => `Q ${amount} millones`,
    detailLink: 'Ver todas las cifras de la institución',
    institutionLink: 'Presupuesto ciudadano (en palabras sencillas)',
    nationalLink: 'Presupuesto ciudadano de todas las instituciones',
    nothing: (year) => `Aún no hay anteproyectos de presupuesto aprobados para ${year}.`,
  },
  versions: {
    title: (name, year) => `Versiones aprobadas: ${name}, ejercicio ${year}`,
    intro: 'Cada versión aprobada del plan estratégico, el plan operativo, el presupuesto y los informes del ejercicio, con su fecha de aprobación: ninguna se borra cuando se aprueba otra. La página de la institución muestra la más reciente de cada documento.',
    caption: 'Versiones aprobadas, de la más antigua a la más reciente',
    columns: { approvedOn: 'Aprobada el', document: 'Documento', stage: 'Etapa que la aprobó', version: 'Versión', read: 'Leer' },
    read: 'Leer esta versión',
    versionTitle: (document, version) => `${document}, versión ${version}`,
    versionNote: (stage, approvedOn) => `Versión aprobada el ${approvedOn} en la etapa «${stage}», tal como se aprobó.`,
    latest: 'Es la versión más reciente de este documento.',
    superseded: 'Hay una versión aprobada más reciente de este documento: la página de la institución la muestra.',
    backToHistory: 'Volver al historial de versiones',
    backToInstitution: 'Ir a la página de la institución',
  },
  errors: {
    notFoundTitle: 'Página no encontrada',
    badRequestTitle: 'Solicitud no válida',
    serverErrorTitle: 'Error del servidor',
    backHome: 'Volver a la lista de instituciones',
    invalidCode: 'El código de institución no es válido: solo letras, números, guion y guion bajo',
    oneYear: 'Indique un solo año, p. ej. ?anio=2028',
    fourDigitYear: 'El año debe tener cuatro cifras, p. ej. ?anio=2028',
    noInstitution: (code) => `No hay ninguna institución con el código «${code}» que tenga información aprobada.`,
    noYear: (code, year, years) => `La institución ${code} no tiene información aprobada para el ejercicio ${year}. Ejercicios publicados: ${years.join(', ')}.`,
    noEdition: (code, year) => `La institución ${code} no tiene información aprobada para el ejercicio ${year}.`,
    noVersion: (code, year, stage) => `La institución ${code} no tiene una versión aprobada de «${stage}» en el ejercicio ${year}. Las versiones están en su historial.`,
    invalidStage: 'El código de etapa no es válido: minúsculas, números y guion bajo',
    noBudget: (code, year) => `La institución ${code} no tiene un anteproyecto de presupuesto aprobado para ${year}.`,
    noAddress: 'Esta dirección no existe en el portal público.',
    badAddress: 'La dirección no es válida.',
    badRequest: 'Solicitud no válida',
    internal: 'Error interno del servidor. Inténtelo de nuevo más tarde.',
  },
};

const fourMonthOrdinals = ['First', 'Second', 'Third'];
const months = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/** "2028", "First four-month period 2028", "March 2028". */
function englishPeriod(period: string): string {
  const { year, kind, months: inPeriod } = parsePeriod(period);
  const first = inPeriod[0]!;
  if (kind === 'year') return String(year);
  if (kind === 'fourMonth') return `${fourMonthOrdinals[(first - 1) / 4]} four-month period ${year}`;
  return `${months.format(new Date(Date.UTC(year, first - 1, 1)))} ${year}`;
}

/** The columns every dataset shares (openData.ts: commonColumns, provenanceColumns, periodColumns). */
const commonColumnMeanings: Record<string, string> = {
  ejercicio: 'Fiscal year (calendar year) the figure belongs to',
  codigoInstitucion: 'Code of the institution in Ciclo',
  institucion: 'Name of the institution',
  versionAprobada: 'Version of the deliverable that the authority approved and the figure comes from',
  fechaAprobacion: 'Date that version was approved (YYYY-MM-DD, UTC)',
  periodo: 'Period of the monitoring report: 2028 (year), 2028-C1 to 2028-C3 (cuatrimestre, a four-month period) or 2028-01 to 2028-12 (month)',
  nombrePeriodo: 'The period in words, in Spanish, e.g. "Primer cuatrimestre 2028" (first four-month period 2028)',
};

const englishDatasets: Record<DatasetName, { title: string; description: string; columns: Record<string, string> }> = {
  resultados: {
    title: 'Strategic results',
    description: "The results of each institution's approved institutional strategic plan (PEI), per fiscal year.",
    columns: {
      codigoResultado: 'Code of the result',
      resultado: 'Statement of the result',
      nivel: 'Level of the result, in Spanish: Final, Intermedio (intermediate) or Inmediato (immediate)',
      tipo: 'Estratégico (strategic, a national result) or Institucional (institutional)',
      contribuyeA: 'Code of the result it contributes to in the logical model (empty if none)',
    },
  },
  productos: {
    title: 'POA products',
    description: 'The products and sub-products (goods and services) of the approved annual operating plan (POA), with their annual target.',
    columns: {
      codigoProducto: 'Code of the product or sub-product',
      producto: 'Name of the product',
      unidadMedida: 'Unit of measure of the physical target',
      codigoResultado: 'Code of the result it serves',
      codigoProductoPadre: 'For a sub-product, the code of its product (empty for products)',
      categoriaProgramatica: 'Programmatic category (programme-subprogramme-project-activity-work) it is linked to',
      codigoPrograma: 'Budget programme: first segment of the programmatic category',
      metaAnualPOA: 'Physical target of the POA for the fiscal year (the annual one, or the sum of the monthly ones)',
    },
  },
  metas: {
    title: 'Physical targets',
    description: "Every approved physical target of every product: the POA's (annual or monthly) and those of the multi-year operating plan (POM).",
    columns: {
      codigoProducto: 'Code of the product',
      plan: 'POA (annual operating plan) or POM (multi-year operating plan)',
      anio: 'Year of the target',
      mes: "Month of the target (1 to 12), or 0 for the whole year's target",
      cantidad: 'Quantity of the product to deliver, in its unit of measure',
    },
  },
  presupuesto: {
    title: 'Budget per programme (lines of the budget proposal)',
    description: "The lines of the budget proposal (anteproyecto) approved by the institution's authority, with their programme; summed per programme they give the budget on each institution's page.",
    columns: {
      codigoPrograma: 'Budget programme (first segment of the programmatic category)',
      programa: 'Name of the programme',
      categoriaProgramatica: 'Full programmatic category (programme-subprogramme-project-activity-work)',
      codigoRenglon: 'Object of expenditure (renglón), e.g. 011 permanent staff',
      codigoFuente: 'Funding source, e.g. 31 own revenue',
      codigoGeografia: 'Geographic location (department and municipality)',
      codigoProducto: 'Product the line serves (empty if it funds central activities)',
      actividadesCentrales: 'true if the line funds central activities (not linked to a product)',
      monto: 'Amount requested, in quetzales',
    },
  },
  ejecucion_financiera: {
    title: 'Financial execution per programme',
    description: 'For each approved monitoring report, the execution of each programme, cumulative from January to the close of the period.',
    columns: {
      mesCorte: 'Last month of the period: the figures are cumulative from January to that month',
      codigoPrograma: 'Budget programme',
      programa: 'Name of the programme',
      programado: "Amount formulated on the programme's lines, in quetzales",
      vigente: 'Vigente (current budget: allocated plus modifications) at the closing month',
      devengado: 'Devengado (accrued spending: obligation recognised), cumulative to the closing month',
      pagado: 'Amount paid, cumulative to the closing month',
      porcentajeEjecutado: 'devengado / vigente x 100 (empty if there is no vigente)',
    },
  },
  avance_fisico: {
    title: 'Physical progress of the products',
    description: 'For each approved monitoring report, what was delivered of each product in the period against its POA target.',
    columns: {
      codigoProducto: 'Code of the product',
      producto: 'Name of the product',
      unidadMedida: 'Unit of measure',
      metaPeriodo: 'POA target for the months of the period (empty if none)',
      metaProrrateada: "true if the period's target is the proportional share of the annual one, for lack of monthly targets",
      ejecutado: 'Quantity delivered in the months of the period',
      porcentajeAvance: 'ejecutado / metaPeriodo x 100 (empty without a target)',
      costoUnitarioPlanificado: 'Amount formulated for the product divided by its annual POA target, in quetzales (empty without a target)',
      costoUnitarioReal: 'Devengado (accrued) of the product from January to the close divided by the quantity delivered in those months, in quetzales (empty if nothing was delivered)',
    },
  },
  indicadores: {
    title: 'Indicator progress',
    description: 'For each approved monitoring report, the target and the measurement of each indicator in the period, its compliance and its traffic light.',
    columns: {
      codigoIndicador: 'Code of the indicator',
      indicador: 'Name of the indicator',
      nivel: 'Level, in Spanish: Impacto (impact), Resultado (result), Producto (product), Proceso (process) or Insumo (input)',
      direccion: 'Mayor es mejor (higher is better) or Menor es mejor (lower is better)',
      lineaBase: 'Starting value of the indicator (empty if none): compliance is measured from it when the target improves on it',
      meta: 'Target of the indicator for the period (empty if none)',
      medido: 'Value measured in the period (empty if not measured)',
      porcentajeCumplimiento:
        'Compliance x 100: 100 means the target is met; with a baseline, the progress from it towards the target (negative if it moved away); without one, medido / meta (or meta / medido if lower is better). Empty if the target or the measurement is missing',
      semaforo: 'Traffic light, in Spanish: En meta (on target, 90% or more), En riesgo (at risk, 70% to 90%), Fuera de meta (off target, under 70%) or Sin dato (no data)',
    },
  },
};

const en: PortalWording = {
  language: 'en',
  locale: 'en-US',
  root: '/publico/en',
  twin: { language: 'es', root: '/publico', name: 'Español' },
  frame: {
    site: 'Ciclo, public portal',
    home: 'Ciclo · Transparency portal',
    openData: 'Open data',
    footer: 'Only what the highest authority of each institution approved is published: the content exactly as it was frozen in the approved version. Amounts are in quetzales (Q). Names written by the institutions are shown in Spanish, as written.',
  },
  terms: {
    deliverables: {
      strategicPlan: { short: 'PEI', long: 'Institutional strategic plan (PEI)' },
      operationalPlan: { short: 'POA', long: 'Multi-year and annual operating plan (POM/POA)' },
      budgetProposal: { short: 'Budget', long: 'Budget proposal (anteproyecto)' },
      monitoringReport: { short: 'Monitoring', long: 'Monitoring report (physical and financial progress)' },
    },
    resultLevels: { final: 'Final', intermediate: 'Intermediate', immediate: 'Immediate' },
    resultKinds: { strategic: 'Strategic', institutional: 'Institutional' },
    indicatorLevels: { impact: 'Impact', result: 'Result', product: 'Product', process: 'Process', input: 'Input' },
    directions: { higher: 'Higher is better', lower: 'Lower is better' },
    lights: { verde: 'On target', amarillo: 'At risk', rojo: 'Off target', sin_dato: 'No data' },
    period: englishPeriod,
  },
  home: {
    title: 'Institutions',
    heading: 'Transparency portal',
    intro:
      "Plans, budgets and their execution, as each institution's authority approved them: strategic results, products and targets of the annual operating plan (POA), budget per programme, physical and financial progress, and indicators.",
    caption: 'Institutions with approved information',
    columns: { institution: 'Institution', sector: 'Sector', years: 'Fiscal years', published: 'Published' },
    nothingYet: 'No institution has approved plans or budgets yet.',
    openDataLink: 'Open data in CSV and JSON, with its data dictionary',
  },
  institution: {
    code: (code) => `Code ${code}`,
    sector: (sector) => `Sector ${sector}`,
    fiscalYear: (year) => `Fiscal year ${year}`,
    yearsNav: 'Published fiscal years',
    sectionsNav: 'Sections',
    sections: { results: 'Strategic results', products: 'POA products and targets', budget: 'Budget per programme', execution: 'Execution', indicators: 'Indicators' },
    executionIn: (label) => `Execution: ${label}`,
    source: (deliverable, version, approvedOn) => `Source: ${deliverable}, version ${version}, approved on ${approvedOn}.`,
    versionsLink: 'History of the approved versions of this fiscal year',
    pending: {
      strategicPlan: 'No strategic plan (PEI) has been approved for this fiscal year yet.',
      operationalPlan: 'No annual operating plan (POA) has been approved for this fiscal year yet.',
      budgetProposal: 'No budget proposal has been approved for this fiscal year yet.',
      monitoringReport: 'No monitoring report has been approved for this fiscal year yet.',
      measurements: 'No monitoring report with measurements has been approved for this fiscal year yet.',
      indicators: 'No plan with indicators has been approved for this fiscal year yet.',
    },
    columns: {
      code: 'Code',
      result: 'Result',
      level: 'Level',
      kind: 'Type',
      contributesTo: 'Contributes to',
      product: 'Product',
      unitOfMeasure: 'Unit of measure',
      target: (year) => `${year} target`,
      programme: 'Programme',
      name: 'Name',
      amount: 'Amount',
      shareOfTotal: '% of total',
      vigente: 'Vigente (current budget)',
      devengado: 'Devengado (accrued)',
      pagado: 'Paid',
      executedPercent: '% executed',
      unit: 'Unit',
      periodTarget: 'Target for the period',
      executed: 'Delivered',
      progressPercent: '% progress',
      plannedUnitCost: 'Planned unit cost',
      actualUnitCost: 'Actual unit cost',
      indicator: 'Indicator',
      baseline: 'Baseline',
      plainTarget: 'Target',
      measured: 'Measured',
      compliancePercent: '% compliance',
      light: 'Traffic light',
    },
    resultsCaption: 'Results of the institutional strategic plan',
    productsCaption: (year) => `Products and physical targets of the ${year} POA`,
    budgetChartTitle: 'Budget per programme',
    budgetChartDescription: (total) => `Amount requested per programme; total ${total}. The figures are also in the table.`,
    budgetCaption: 'Budget requested per programme',
    total: 'Total',
    financialHeading: 'Financial execution',
    physicalHeading: 'Physical progress',
    executionChartTitle: 'Percentage executed per programme',
    executionChartDescription: (label) => `Devengado (accrued) over vigente (current budget) of each programme, cumulative from January to the close of ${label}. The figures are also in the table.`,
    financialCaption: (label) => `Financial execution per programme, cumulative to the close of ${label}`,
    physicalCaption: (label) => `Physical progress of the products in ${label}`,
    proratedNote: '* Target prorated from the annual one: the POA has no monthly targets for that product.',
    costNote: "Actual unit cost: the amount accrued on the product's budget lines from January to the close, divided by what was delivered in those months.",
    indicatorsCaption: (label) => `Indicator compliance in ${label}`,
    complianceNote:
      'Compliance: with a baseline, the progress from it towards the target (negative if the indicator moved away); without one, the measurement against the target. Traffic light: On target, 90% or more; At risk, 70% to 90%; Off target, under 70%.',
    poaIndicatorsCaption: (year) => `POA indicators and their ${year} target`,
    download: 'Download these data (CSV and JSON)',
  },
  openData: {
    title: 'Open data',
    intro: html`Every institution and fiscal year, approved content only. CSV in UTF-8 (with a BOM, so that Excel shows accents) with a decimal point; JSON shaped <code>{ dataset, generatedAt, columns, rows }</code>. The files are the same as for the Spanish portal: their names, columns and values are in Spanish, and this page explains them in English.`,
    caption: 'Datasets',
    columns: { dataset: 'Dataset', contents: 'Contents', downloads: 'Downloads', column: 'Column', type: 'Type', meaning: 'Meaning' },
    package: html`All the datasets are described in one file, <a href="/publico/datos/datapackage.json">datapackage.json</a>, following the Fiscal Data Package standard: the type of each column, its classification (administrative, economic, funding source, geographic, programmatic and period) and, for each amount, its currency (quetzales, GTQ) and its phase (proposed, vigente, i.e. current budget, or executed). Licence <a href="https://creativecommons.org/licenses/by/4.0/deed.en">Creative Commons Attribution 4.0 (CC BY 4.0)</a>: you may reuse them, citing the source.`,
    dictionaryHeading: 'Data dictionary',
    dictionaryIntro: html`Also as <a href="/publico/datos/diccionario.json">diccionario.json</a> (in Spanish). Types, with the dictionary's name for each: text (texto), integer (entero), decimal with a point (decimal), date YYYY-MM-DD (fecha) and boolean, true or false (booleano).`,
    columnsOf: (dataset) => `Columns of ${dataset}`,
    types: { texto: 'text', entero: 'integer', decimal: 'decimal', fecha: 'date', booleano: 'boolean' },
    datasetTitle: (dataset) => englishDatasets[dataset.name].title,
    datasetDescription: (dataset) => englishDatasets[dataset.name].description,
    // An empty meaning is a column added without its translation: the English test catches it.
    columnMeaning: (dataset, column) => englishDatasets[dataset.name].columns[column.name] ?? commonColumnMeanings[column.name] ?? '',
  },
  citizens: {
    nationalTitle: (year) => `Citizens' budget ${year}`,
    nationalIntro: (total, count, year) => `In ${year}, ${count === 1 ? 'the institution whose draft budget is' : `the ${count} institutions whose draft budgets are`} approved in Ciclo ${count === 1 ? 'plans' : 'plan'} to spend ${total}. This is how that money is shared.`,
    institutionTitle: (name, year) => `Citizens' budget: ${name}, ${year}`,
    institutionIntro: (name, total, year, approvedOn) => `${name} plans to spend ${total} in ${year}, according to its draft budget approved on ${approvedOn}.`,
    programmesHeading: 'What is the money spent on?',
    programmesIntro: 'The money is organised in programmes: each brings together the actions with one purpose. These are the main ones, with what they produce for the people.',
    programmesChart: 'The main programmes and what each one costs',
    programme: (name, amount, share) => `${name}: ${amount} (${share} of the total)`,
    produces: 'What it produces for the people:',
    target: (quantity, unit) => `target for the year: ${quantity}${unit ? ` (${unit.toLowerCase()})` : ''}`,
    noTarget: 'no approved annual target',
    noProducts: 'The approved budget links no products to this programme (for instance, running the institution).',
    moreProducts: (count) => `and ${count} more ${count === 1 ? 'product' : 'products'}`,
    otherProgrammes: (count, amount, share) => `${count} other ${count === 1 ? 'programme' : 'programmes'}: ${amount} (${share} of the total)`,
    groupsHeading: 'What does the money buy?',
    groupsCaption: 'Spending by kind of purchase',
    groups: {
      '0': 'Staff wages and salaries',
      '1': 'Services: power, water, telephone, rents, maintenance and travel',
      '2': 'Materials and supplies: medicines, food, fuel and stationery',
      '3': 'Works, buildings and equipment',
      '4': 'Transfers to people and entities: grants, subsidies and contributions',
      '5': "Transfers for other entities' investment",
      '6': 'Loans and purchase of securities',
      '7': 'Public debt service',
      '8': 'Other spending',
      '9': 'Global allocations',
    },
    institutionsHeading: 'Who spends it?',
    institutionsCaption: "Each institution's budget, largest first",
    columns: { institution: 'Institution', amount: 'Budget', share: 'Share of the total', group: 'Kind of spending' },
    glossary: 'A programme brings together the actions of the institution with one purpose (for instance, vaccination). A product is what it delivers to the people (for instance, children vaccinated), and its target, how many in the year. The figures are those of the approved draft budget; what Congress approves may change them.',
    millions: (amount) => `Q ${amount} million`,
    detailLink: "See all of the institution's figures",
    institutionLink: "Citizens' budget (in plain words)",
    nationalLink: "Citizens' budget of all the institutions",
    nothing: (year) => `No draft budget is approved for ${year} yet.`,
  },
  versions: {
    title: (name, year) => `Approved versions: ${name}, fiscal year ${year}`,
    intro: "Every approved version of the year's strategic plan, operational plan, budget and reports, with its approval date: none is deleted when another is approved. The institution's page shows the latest of each document.",
    caption: 'Approved versions, oldest first',
    columns: { approvedOn: 'Approved on', document: 'Document', stage: 'Stage that approved it', version: 'Version', read: 'Read' },
    read: 'Read this version',
    versionTitle: (document, version) => `${document}, version ${version}`,
    versionNote: (stage, approvedOn) => `Version approved on ${approvedOn} in the stage "${stage}", as it was approved.`,
    latest: 'This is the latest version of this document.',
    superseded: "A later version of this document was approved: the institution's page shows it.",
    backToHistory: 'Back to the history of versions',
    backToInstitution: "Go to the institution's page",
  },
  errors: {
    notFoundTitle: 'Page not found',
    badRequestTitle: 'Bad request',
    serverErrorTitle: 'Server error',
    backHome: 'Back to the list of institutions',
    invalidCode: 'The institution code is not valid: letters, digits, hyphen and underscore only',
    oneYear: 'Give a single year, e.g. ?anio=2028',
    fourDigitYear: 'The year must have four digits, e.g. ?anio=2028',
    noInstitution: (code) => `There is no institution with the code “${code}” that has approved information.`,
    noYear: (code, year, years) => `Institution ${code} has no approved information for fiscal year ${year}. Published fiscal years: ${years.join(', ')}.`,
    noEdition: (code, year) => `Institution ${code} has no approved information for fiscal year ${year}.`,
    noVersion: (code, year, stage) => `Institution ${code} has no approved version of "${stage}" in fiscal year ${year}. The versions are in its history.`,
    invalidStage: 'The stage code is not valid: lower-case letters, digits and underscores',
    noBudget: (code, year) => `Institution ${code} has no approved draft budget for ${year}.`,
    noAddress: 'This address does not exist on the public portal.',
    badAddress: 'The address is not valid.',
    badRequest: 'Bad request',
    internal: 'Internal server error. Please try again later.',
  },
};

export const wordings: Record<Language, PortalWording> = { es, en };

