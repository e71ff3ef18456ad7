// One institution's page of the public portal for a fiscal year: its approved strategic results,
// POA products and targets, budget per programme, execution and indicators, each section saying
// which approved version it comes from, or that nothing is approved yet. Names the institution
// wrote are shown as written; the rest is in the page's language.
import { annualTarget } from '../../domain/planBudget/linkage';
import { latestReport, type ApprovedDeliverable, type ApprovedEdition } from './approvedContent';
import { barChart } from './charts';
import { formats, html, page, table, type Formats, type SafeHtml } from './html';
import { budgetByProgramme, reportFinancialExecution, reportIndicators, reportPeriod, reportPhysicalProgress } from './publicFigures';
import type { PortalWording } from './wording';

const lightClass = { verde: 'verde', amarillo: 'amarillo', rojo: 'rojo', sin_dato: 'gris' } as const;
const symbol = { verde: '●', amarillo: '▲', rojo: '■', sin_dato: '○' } as const;

/** What every section needs: the wording and the formats of the page's language. */
interface Context {
  w: PortalWording;
  f: Formats;
}

const source = ({ w, f }: Context, d: ApprovedDeliverable) => html`<p class="nota">${w.institution.source(w.terms.deliverables[d.kind].long, d.version, f.day(d.approvedAt))}</p>`;
const pending = (text: string) => html`<p class="nota">${text}</p>`;
const ratioPercent = ({ f }: Context, ratio: number | null) => f.percent(ratio === null ? null : ratio * 100);

function resultsSection(c: Context, plan: ApprovedDeliverable | null): SafeHtml {
  const { institution: t, terms } = c.w;
  const body = !plan
    ? pending(t.pending.strategicPlan)
    : html`${source(c, plan)}${table(
        t.resultsCaption,
        [{ label: t.columns.code }, { label: t.columns.result }, { label: t.columns.level }, { label: t.columns.kind }, { label: t.columns.contributesTo }],
        plan.content.results.map((r) => [html`${r.code}`, html`${r.name}`, html`${terms.resultLevels[r.level] ?? r.level}`, html`${terms.resultKinds[r.kind] ?? r.kind}`, html`${r.contributesTo ?? '—'}`]),
      )}`;
  return html`<section aria-labelledby="resultados"><h2 id="resultados">${t.sections.results}</h2>${body}</section>`;
}

function productsSection(c: Context, poa: ApprovedDeliverable | null, fiscalYear: number): SafeHtml {
  const { institution: t } = c.w;
  const body = !poa
    ? pending(t.pending.operationalPlan)
    : html`${source(c, poa)}${table(
        t.productsCaption(fiscalYear),
        [{ label: t.columns.code }, { label: t.columns.product }, { label: t.columns.unitOfMeasure }, { label: t.columns.result }, { label: t.columns.target(fiscalYear), numeric: true }],
        poa.content.products.map((p) => [html`${p.code}`, html`${p.parentCode ? '↳ ' : ''}${p.name}`, html`${p.unitOfMeasure ?? '—'}`, html`${p.resultCode ?? '—'}`, html`${c.f.quantity(annualTarget(poa.content, p.code, 'POA'))}`]),
      )}`;
  return html`<section aria-labelledby="productos"><h2 id="productos">${t.sections.products}</h2>${body}</section>`;
}

function budgetSection(c: Context, proposal: ApprovedDeliverable | null): SafeHtml {
  const { w, f } = c;
  const t = w.institution;
  if (!proposal) return html`<section aria-labelledby="presupuesto"><h2 id="presupuesto">${t.sections.budget}</h2>${pending(t.pending.budgetProposal)}</section>`;
  const programmes = budgetByProgramme(proposal.content);
  const total = programmes.reduce((sum, p) => sum + p.amount, 0);
  const chart = barChart(
    t.budgetChartTitle,
    t.budgetChartDescription(f.money(total)),
    programmes.map((p) => ({ label: `${p.programme} ${p.name}`, value: p.amount, shown: f.money(p.amount) })),
  );
  const rows = programmes.map((p) => [html`${p.programme}`, html`${p.name}`, html`${f.money(p.amount)}`, html`${ratioPercent(c, p.share)}`]);
  rows.push([html`<strong>${t.total}</strong>`, html``, html`<strong>${f.money(total)}</strong>`, html`${programmes.length ? f.percent(100) : '—'}`]);
  return html`<section aria-labelledby="presupuesto"><h2 id="presupuesto">${t.sections.budget}</h2>${source(c, proposal)}${chart}${table(
    t.budgetCaption,
    [{ label: t.columns.programme }, { label: t.columns.name }, { label: t.columns.amount, numeric: true }, { label: t.columns.shareOfTotal, numeric: true }],
    rows,
  )}</section>`;
}

function executionSection(c: Context, report: ApprovedDeliverable | null): SafeHtml {
  const { w, f } = c;
  const t = w.institution;
  const period = report ? reportPeriod(report.content) : null;
  if (!report || !period) return html`<section aria-labelledby="ejecucion"><h2 id="ejecucion">${t.sections.execution}</h2>${pending(t.pending.monitoringReport)}</section>`;
  const label = w.terms.period(period);
  const financial = reportFinancialExecution(report.content);
  const chart = barChart(
    t.executionChartTitle,
    t.executionChartDescription(label),
    financial.map((p) => ({ label: `${p.programme} ${p.name}`, value: (p.executionRate ?? 0) * 100, shown: ratioPercent(c, p.executionRate) })),
    100,
  );
  const financialTable = table(
    t.financialCaption(label),
    [{ label: t.columns.programme }, { label: t.columns.name }, { label: t.columns.vigente, numeric: true }, { label: t.columns.devengado, numeric: true }, { label: t.columns.pagado, numeric: true }, { label: t.columns.executedPercent, numeric: true }],
    financial.map((p) => [html`${p.programme}`, html`${p.name}`, html`${f.money(p.vigente)}`, html`${f.money(p.devengado)}`, html`${f.money(p.pagado)}`, html`${ratioPercent(c, p.executionRate)}`]),
  );
  const physical = reportPhysicalProgress(report.content);
  const physicalTable = table(
    t.physicalCaption(label),
    [
      { label: t.columns.code },
      { label: t.columns.product },
      { label: t.columns.unit },
      { label: t.columns.periodTarget, numeric: true },
      { label: t.columns.executed, numeric: true },
      { label: t.columns.progressPercent, numeric: true },
      { label: t.columns.plannedUnitCost, numeric: true },
      { label: t.columns.actualUnitCost, numeric: true },
    ],
    physical.map((p) => [html`${p.productCode}`, html`${p.name}`, html`${p.unitOfMeasure ?? '—'}`, html`${f.quantity(p.planned)}${p.plannedProrated ? '*' : ''}`, html`${f.quantity(p.executed)}`, html`${ratioPercent(c, p.rate)}`, html`${f.optionalMoney(p.plannedUnitCost)}`, html`${f.optionalMoney(p.actualUnitCost)}`]),
  );
  const prorated = physical.some((p) => p.plannedProrated) ? html`<p class="nota">${t.proratedNote}</p>` : html``;
  const costNote = html`<p class="nota">${t.costNote}</p>`;
  return html`<section aria-labelledby="ejecucion"><h2 id="ejecucion">${t.executionIn(label)}</h2>${source(c, report)}<h3>${t.financialHeading}</h3>${chart}${financialTable}<h3>${t.physicalHeading}</h3>${physicalTable}${prorated}${costNote}</section>`;
}

function indicatorsSection(c: Context, report: ApprovedDeliverable | null, poa: ApprovedDeliverable | null, fiscalYear: number): SafeHtml {
  const { w, f } = c;
  const { institution: t, terms } = w;
  const period = report ? reportPeriod(report.content) : null;
  const heading = html`<h2 id="indicadores">${t.sections.indicators}</h2>`;
  if (report && period) {
    const progress = reportIndicators(report.content);
    return html`<section aria-labelledby="indicadores">${heading}${source(c, report)}${table(
      t.indicatorsCaption(terms.period(period)),
      [
        { label: t.columns.code },
        { label: t.columns.indicator },
        { label: t.columns.level },
        { label: t.columns.baseline, numeric: true },
        { label: t.columns.plainTarget, numeric: true },
        { label: t.columns.measured, numeric: true },
        { label: t.columns.compliancePercent, numeric: true },
        { label: t.columns.light },
      ],
      progress.map((p) => [
        html`${p.indicatorCode}`,
        html`${p.name}<br><span class="nota">${terms.directions[p.direction] ?? p.direction}</span>`,
        html`${terms.indicatorLevels[p.level] ?? p.level}`,
        html`${f.quantity(p.baseline)}`,
        html`${f.quantity(p.target)}`,
        html`${f.quantity(p.actual)}`,
        html`${ratioPercent(c, p.compliance)}`,
        html`<span class="chip ${lightClass[p.light]}"><span aria-hidden="true">${symbol[p.light]}</span> ${terms.lights[p.light]}</span>`,
      ]),
    )}<p class="nota">${t.complianceNote}</p></section>`;
  }
  // Before the first report, the POA's indicators and their targets for the year are what is approved.
  if (poa && poa.content.indicators.length > 0) {
    const year = String(fiscalYear);
    return html`<section aria-labelledby="indicadores">${heading}${source(c, poa)}${pending(t.pending.measurements)}${table(
      t.poaIndicatorsCaption(fiscalYear),
      [{ label: t.columns.code }, { label: t.columns.indicator }, { label: t.columns.level }, { label: t.columns.target(fiscalYear), numeric: true }],
      poa.content.indicators.map((i) => [html`${i.code}`, html`${i.name}`, html`${terms.indicatorLevels[i.level] ?? i.level}`, html`${f.quantity(i.targets[year])}`]),
    )}</section>`;
  }
  return html`<section aria-labelledby="indicadores">${heading}${pending(t.pending.indicators)}</section>`;
}

/** The sections one approved deliverable fills, for the page of that version alone. */
export function deliverableSections(w: PortalWording, d: ApprovedDeliverable): SafeHtml {
  const c: Context = { w, f: formats(w) };
  if (d.kind === 'strategicPlan') return resultsSection(c, d);
  if (d.kind === 'operationalPlan') return html`${productsSection(c, d, d.fiscalYear)}${indicatorsSection(c, null, d, d.fiscalYear)}`;
  if (d.kind === 'budgetProposal') return budgetSection(c, d);
  return html`${executionSection(c, d)}${indicatorsSection(c, d, null, d.fiscalYear)}`;
}

/** The page of one institution and year; `years` are the other years it published, for links; `where` is its address below the language's root. */
export function institutionPage(w: PortalWording, edition: ApprovedEdition, years: number[], where: string): string {
  const c: Context = { w, f: formats(w) };
  const t = w.institution;
  const { institution, fiscalYear } = edition;
  const report = latestReport(edition);
  const yearLinks = years.map((y) => (y === fiscalYear ? html`<li aria-current="page">${y}</li>` : html`<li><a href="?anio=${y}">${y}</a></li>`));
  const sections = [
    ['resultados', t.sections.results],
    ['productos', t.sections.products],
    ['presupuesto', t.sections.budget],
    ['ejecucion', t.sections.execution],
    ['indicadores', t.sections.indicators],
  ] as const;
  const body = html`<h1>${institution.name}</h1>
<p>${t.code(institution.code)}${institution.sector ? html` · ${t.sector(institution.sector)}` : ''} · <strong>${t.fiscalYear(fiscalYear)}</strong></p>
<nav aria-label="${t.yearsNav}"><p>${t.yearsNav}:</p><ul>${yearLinks}</ul></nav>
<nav aria-label="${t.sectionsNav}"><ul>${sections.map(([id, name]) => html`<li><a href="#${id}">${name}</a></li>`)}</ul></nav>
${resultsSection(c, edition.strategicPlan)}${productsSection(c, edition.operationalPlan, fiscalYear)}${budgetSection(c, edition.budgetProposal)}${executionSection(c, report)}${indicatorsSection(c, report, edition.operationalPlan, fiscalYear)}
${edition.budgetProposal ? html`<p><a href="${w.root}/instituciones/${encodeURIComponent(institution.code)}/presupuesto-ciudadano?anio=${fiscalYear}">${w.citizens.institutionLink}</a></p>` : ''}
<p><a href="${w.root}/instituciones/${encodeURIComponent(institution.code)}/versiones?anio=${fiscalYear}">${t.versionsLink}</a></p>
<p><a href="${w.root}/datos">${t.download}</a></p>`;
  return page(w, `${institution.name}, ${fiscalYear}`, body, where);
}
