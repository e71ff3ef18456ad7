// One institution's page of the public portal for a fiscal year: its approved strategic results,
// POA products and targets, budget per programme, execution and indicators, each section saying
// which approved version it comes from, or that nothing is approved yet.
import { deliverableNames } from '../domain/content/deliverable';
import { annualTarget } from '../domain/content/linkage';
import { periodLabel } from '../domain/monitoring/reportingPeriods';
import { latestReport, type ApprovedDeliverable, type ApprovedEdition } from './approvedContent';
import { barChart } from './charts';
import { formatDay, formatMoney, formatPercent, formatQuantity, html, optionalMoney, page, table, type SafeHtml } from './html';
import { budgetByProgramme, directionNames, indicatorLevelNames, reportFinancialExecution, reportIndicators, reportPeriod, reportPhysicalProgress, resultKindNames, resultLevelNames } from './publicFigures';

const lightClass = { verde: 'verde', amarillo: 'amarillo', rojo: 'rojo', sin_dato: 'gris' } as const;
const symbol = { verde: '●', amarillo: '▲', rojo: '■', sin_dato: '○' } as const;

const source = (d: ApprovedDeliverable) => html`<p class="nota">Fuente: ${deliverableNames[d.kind]}, versión ${d.version}, aprobada el ${formatDay(d.approvedAt)}.</p>`;
const pending = (what: string) => html`<p class="nota">Aún no hay ${what} aprobado para este ejercicio.</p>`;
const ratioPercent = (ratio: number | null) => formatPercent(ratio === null ? null : ratio * 100);

function resultsSection(plan: ApprovedDeliverable | null): SafeHtml {
  const body = !plan
    ? pending('un plan estratégico (PEI)')
    : html`${source(plan)}${table(
        'Resultados del plan estratégico institucional',
        [{ label: 'Código' }, { label: 'Resultado' }, { label: 'Nivel' }, { label: 'Tipo' }, { label: 'Contribuye a' }],
        plan.content.results.map((r) => [html`${r.code}`, html`${r.name}`, html`${resultLevelNames[r.level] ?? r.level}`, html`${resultKindNames[r.kind] ?? r.kind}`, html`${r.contributesTo ?? '—'}`]),
      )}`;
  return html`<section aria-labelledby="resultados"><h2 id="resultados">Resultados estratégicos</h2>${body}</section>`;
}

function productsSection(poa: ApprovedDeliverable | null, fiscalYear: number): SafeHtml {
  const body = !poa
    ? pending('un plan operativo anual (POA)')
    : html`${source(poa)}${table(
        `Productos y metas físicas del POA ${fiscalYear}`,
        [{ label: 'Código' }, { label: 'Producto' }, { label: 'Unidad de medida' }, { label: 'Resultado' }, { label: `Meta ${fiscalYear}`, numeric: true }],
        poa.content.products.map((p) => [html`${p.code}`, html`${p.parentCode ? '↳ ' : ''}${p.name}`, html`${p.unitOfMeasure ?? '—'}`, html`${p.resultCode ?? '—'}`, html`${formatQuantity(annualTarget(poa.content, p.code, 'POA'))}`]),
      )}`;
  return html`<section aria-labelledby="productos"><h2 id="productos">Productos y metas del POA</h2>${body}</section>`;
}

function budgetSection(proposal: ApprovedDeliverable | null): SafeHtml {
  if (!proposal) return html`<section aria-labelledby="presupuesto"><h2 id="presupuesto">Presupuesto por programa</h2>${pending('un anteproyecto de presupuesto')}</section>`;
  const programmes = budgetByProgramme(proposal.content);
  const total = programmes.reduce((sum, p) => sum + p.amount, 0);
  const chart = barChart(
    'Presupuesto por programa',
    `Monto solicitado por programa; total ${formatMoney(total)}. Las cifras están también en la tabla.`,
    programmes.map((p) => ({ label: `${p.programme} ${p.name}`, value: p.amount, shown: formatMoney(p.amount) })),
  );
  const rows = programmes.map((p) => [html`${p.programme}`, html`${p.name}`, html`${formatMoney(p.amount)}`, html`${ratioPercent(p.share)}`]);
  rows.push([html`<strong>Total</strong>`, html``, html`<strong>${formatMoney(total)}</strong>`, html`${programmes.length ? '100 %' : '—'}`]);
  return html`<section aria-labelledby="presupuesto"><h2 id="presupuesto">Presupuesto por programa</h2>${source(proposal)}${chart}${table(
    'Presupuesto solicitado por programa',
    [{ label: 'Programa' }, { label: 'Nombre' }, { label: 'Monto', numeric: true }, { label: '% del total', numeric: true }],
    rows,
  )}</section>`;
}

function executionSection(report: ApprovedDeliverable | null): SafeHtml {
  const period = report ? reportPeriod(report.content) : null;
  if (!report || !period) return html`<section aria-labelledby="ejecucion"><h2 id="ejecucion">Ejecución</h2>${pending('un informe de seguimiento')}</section>`;
  const label = periodLabel(period);
  const financial = reportFinancialExecution(report.content);
  const chart = barChart(
    'Porcentaje ejecutado por programa',
    `Devengado sobre vigente de cada programa, acumulado de enero al cierre de ${label}. Las cifras están también en la tabla.`,
    financial.map((p) => ({ label: `${p.programme} ${p.name}`, value: (p.executionRate ?? 0) * 100, shown: ratioPercent(p.executionRate) })),
    100,
  );
  const financialTable = table(
    `Ejecución financiera por programa, acumulada al cierre de ${label}`,
    [{ label: 'Programa' }, { label: 'Nombre' }, { label: 'Vigente', numeric: true }, { label: 'Devengado', numeric: true }, { label: 'Pagado', numeric: true }, { label: '% ejecutado', numeric: true }],
    financial.map((p) => [html`${p.programme}`, html`${p.name}`, html`${formatMoney(p.vigente)}`, html`${formatMoney(p.devengado)}`, html`${formatMoney(p.pagado)}`, html`${ratioPercent(p.executionRate)}`]),
  );
  const physical = reportPhysicalProgress(report.content);
  const physicalTable = table(
    `Avance físico de los productos en ${label}`,
    [{ label: 'Código' }, { label: 'Producto' }, { label: 'Unidad' }, { label: 'Meta del período', numeric: true }, { label: 'Ejecutado', numeric: true }, { label: '% avance', numeric: true }, { label: 'Costo unitario planificado', numeric: true }, { label: 'Costo unitario real', numeric: true }],
    physical.map((p) => [html`${p.productCode}`, html`${p.name}`, html`${p.unitOfMeasure ?? '—'}`, html`${formatQuantity(p.planned)}${p.plannedProrated ? '*' : ''}`, html`${formatQuantity(p.executed)}`, html`${ratioPercent(p.rate)}`, html`${optionalMoney(p.plannedUnitCost)}`, html`${optionalMoney(p.actualUnitCost)}`]),
  );
  const prorated = physical.some((p) => p.plannedProrated) ? html`<p class="nota">* Meta proporcional a la anual: el POA no tiene metas mensuales para ese producto.</p>` : html``;
  const costNote = html`<p class="nota">Costo unitario real: lo devengado en las líneas del producto de enero al cierre, entre lo entregado en esos meses.</p>`;
  return html`<section aria-labelledby="ejecucion"><h2 id="ejecucion">Ejecución: ${label}</h2>${source(report)}<h3>Ejecución financiera</h3>${chart}${financialTable}<h3>Avance físico</h3>${physicalTable}${prorated}${costNote}</section>`;
}

function indicatorsSection(report: ApprovedDeliverable | null, poa: ApprovedDeliverable | null, fiscalYear: number): SafeHtml {
  const period = report ? reportPeriod(report.content) : null;
  const heading = html`<h2 id="indicadores">Indicadores</h2>`;
  if (report && period) {
    const progress = reportIndicators(report.content);
    return html`<section aria-labelledby="indicadores">${heading}${source(report)}${table(
      `Cumplimiento de los indicadores en ${periodLabel(period)}`,
      [{ label: 'Código' }, { label: 'Indicador' }, { label: 'Nivel' }, { label: 'Línea base', numeric: true }, { label: 'Meta', numeric: true }, { label: 'Medido', numeric: true }, { label: '% cumplimiento', numeric: true }, { label: 'Semáforo' }],
      progress.map((p) => [
        html`${p.indicatorCode}`,
        html`${p.name}<br><span class="nota">${directionNames[p.direction] ?? p.direction}</span>`,
        html`${indicatorLevelNames[p.level] ?? p.level}`,
        html`${formatQuantity(p.baseline)}`,
        html`${formatQuantity(p.target)}`,
        html`${formatQuantity(p.actual)}`,
        html`${ratioPercent(p.compliance)}`,
        html`<span class="chip ${lightClass[p.light]}"><span aria-hidden="true">${symbol[p.light]}</span> ${p.lightLabel}</span>`,
      ]),
    )}<p class="nota">Cumplimiento: con línea base, lo avanzado desde ella hacia la meta (negativo si el indicador se alejó); sin ella, lo medido frente a la meta. Semáforo: En meta, 90 % o más; En riesgo, de 70 % a 90 %; Fuera de meta, menos de 70 %.</p></section>`;
  }
  // Before the first report, the POA's indicators and their targets for the year are what is approved.
  if (poa && poa.content.indicators.length > 0) {
    const year = String(fiscalYear);
    return html`<section aria-labelledby="indicadores">${heading}${source(poa)}${pending('un informe de seguimiento con mediciones')}${table(
      `Indicadores del POA y su meta ${fiscalYear}`,
      [{ label: 'Código' }, { label: 'Indicador' }, { label: 'Nivel' }, { label: `Meta ${fiscalYear}`, numeric: true }],
      poa.content.indicators.map((i) => [html`${i.code}`, html`${i.name}`, html`${indicatorLevelNames[i.level] ?? i.level}`, html`${formatQuantity(i.targets[year])}`]),
    )}</section>`;
  }
  return html`<section aria-labelledby="indicadores">${heading}${pending('un plan con indicadores')}</section>`;
}

/** The page of one institution and year; `years` are the other years it published, for links. */
export function institutionPage(edition: ApprovedEdition, years: number[]): string {
  const { institution, fiscalYear } = edition;
  const report = latestReport(edition);
  const yearLinks = years.map((y) => (y === fiscalYear ? html`<li aria-current="page">${y}</li>` : html`<li><a href="?anio=${y}">${y}</a></li>`));
  const body = html`<h1>${institution.name}</h1>
<p>Código ${institution.code}${institution.sector ? html` · Sector ${institution.sector}` : ''} · <strong>Ejercicio fiscal ${fiscalYear}</strong></p>
<nav aria-label="Ejercicios publicados"><p>Ejercicios publicados:</p><ul>${yearLinks}</ul></nav>
<nav aria-label="Secciones"><ul><li><a href="#resultados">Resultados estratégicos</a></li><li><a href="#productos">Productos y metas del POA</a></li><li><a href="#presupuesto">Presupuesto por programa</a></li><li><a href="#ejecucion">Ejecución</a></li><li><a href="#indicadores">Indicadores</a></li></ul></nav>
${resultsSection(edition.strategicPlan)}${productsSection(edition.operationalPlan, fiscalYear)}${budgetSection(edition.budgetProposal)}${executionSection(report)}${indicatorsSection(report, edition.operationalPlan, fiscalYear)}
<p><a href="/publico/datos">Descargar estos datos (CSV y JSON)</a></p>`;
  return page(`${institution.name}, ${fiscalYear}`, body);
}
