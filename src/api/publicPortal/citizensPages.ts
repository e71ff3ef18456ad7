// The citizens' budget pages (issue 22, item 9): for the nation and for each institution, in plain
// words: how much, on which main programmes, what each produces and costs, and what the money buys.
import { barChart } from './charts';
import type { InstitutionCitizensBudget, NationalCitizensBudget } from './citizensBudget';
import { formats, html, page, table, type SafeHtml } from './html';
import type { PortalWording } from './wording';

/** "Q 4,990.2 millones": amounts a citizen reads at a glance. */
function millions(w: PortalWording, amount: number): string {
  const figure = new Intl.NumberFormat(w.language === 'es' ? 'es-GT' : 'en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(amount / 1_000_000);
  return w.citizens.millions(figure);
}

const yearLinks = (label: string, years: number[], fiscalYear: number): SafeHtml =>
  html`<nav aria-label="${label}"><p>${label}:</p><ul>${years.map((y) => (y === fiscalYear ? html`<li aria-current="page">${y}</li>` : html`<li><a href="?anio=${y}">${y}</a></li>`))}</ul></nav>`;

function groupsSection(w: PortalWording, groups: NationalCitizensBudget['groups']): SafeHtml {
  const t = w.citizens;
  const f = formats(w);
  const chart = barChart(
    t.groupsHeading,
    t.groupsCaption,
    groups.map((g) => ({ label: t.groups[g.group], value: g.amount, shown: millions(w, g.amount) })),
  );
  return html`<section aria-labelledby="compras"><h2 id="compras">${t.groupsHeading}</h2>${chart}${table(
    t.groupsCaption,
    [{ label: t.columns.group }, { label: t.columns.amount, numeric: true }, { label: t.columns.share, numeric: true }],
    groups.map((g) => [html`${t.groups[g.group]}`, html`${millions(w, g.amount)}`, html`${f.percent(g.share * 100)}`]),
  )}</section>`;
}

/** /publico/presupuesto-ciudadano?anio=: every institution's approved proposal for the year, in plain words. */
export function nationalCitizensPage(w: PortalWording, budget: NationalCitizensBudget, years: number[]): string {
  const t = w.citizens;
  const f = formats(w);
  const where = `/presupuesto-ciudadano?anio=${budget.fiscalYear}`;
  const body = budget.institutions.length
    ? html`<p>${t.nationalIntro(millions(w, budget.total), budget.institutions.length, budget.fiscalYear)}</p>
<section aria-labelledby="quien"><h2 id="quien">${t.institutionsHeading}</h2>${table(
        t.institutionsCaption,
        [{ label: t.columns.institution }, { label: t.columns.amount, numeric: true }, { label: t.columns.share, numeric: true }],
        budget.institutions.map((i) => [
          html`<a href="${w.root}/instituciones/${encodeURIComponent(i.institution.code)}/presupuesto-ciudadano?anio=${budget.fiscalYear}">${i.institution.name}</a>`,
          html`${millions(w, i.amount)}`,
          html`${f.percent(i.share * 100)}`,
        ]),
      )}</section>
${groupsSection(w, budget.groups)}
<p class="nota">${t.glossary}</p>`
    : html`<p>${t.nothing(budget.fiscalYear)}</p>`;
  return page(w, t.nationalTitle(budget.fiscalYear), html`<h1>${t.nationalTitle(budget.fiscalYear)}</h1>${yearLinks(w.institution.yearsNav, years, budget.fiscalYear)}${body}`, where);
}

/** /publico/instituciones/<código>/presupuesto-ciudadano?anio=: one institution's approved proposal in plain words. */
export function institutionCitizensPage(w: PortalWording, budget: InstitutionCitizensBudget, years: number[]): string {
  const t = w.citizens;
  const f = formats(w);
  const { institution, fiscalYear } = budget;
  const code = encodeURIComponent(institution.code);
  const programmes = budget.programmes.map(
    (p) => html`<li><h3>${t.programme(p.name, millions(w, p.amount), f.percent(p.share * 100))}</h3>${
      p.products.length
        ? html`<p>${t.produces}</p><ul>${p.products.map((g) => html`<li>${g.name}: ${g.annualTarget === null ? t.noTarget : t.target(f.quantity(g.annualTarget), g.unitOfMeasure)}</li>`)}${p.moreProducts ? html`<li>${t.moreProducts(p.moreProducts)}</li>` : ''}</ul>`
        : html`<p class="nota">${t.noProducts}</p>`
    }</li>`,
  );
  const other = budget.otherProgrammes ? html`<p>${t.otherProgrammes(budget.otherProgrammes.count, millions(w, budget.otherProgrammes.amount), f.percent(budget.otherProgrammes.share * 100))}</p>` : '';
  const chart = barChart(
    t.programmesHeading,
    t.programmesChart,
    budget.programmes.map((p) => ({ label: p.name, value: p.amount, shown: millions(w, p.amount) })),
  );
  const body = html`<h1>${t.institutionTitle(institution.name, fiscalYear)}</h1>
${yearLinks(w.institution.yearsNav, years, fiscalYear)}
<p>${t.institutionIntro(institution.name, millions(w, budget.total), fiscalYear, f.day(budget.approvedAt))}</p>
<section aria-labelledby="programas"><h2 id="programas">${t.programmesHeading}</h2><p>${t.programmesIntro}</p>${chart}<ol class="programas">${programmes}</ol>${other}</section>
${groupsSection(w, budget.groups)}
<p class="nota">${t.glossary}</p>
<p><a href="${w.root}/instituciones/${code}?anio=${fiscalYear}">${t.detailLink}</a> · <a href="${w.root}/presupuesto-ciudadano?anio=${fiscalYear}">${t.nationalLink}</a></p>`;
  return page(w, t.institutionTitle(institution.name, fiscalYear), body, `/instituciones/${code}/presupuesto-ciudadano?anio=${fiscalYear}`);
}
