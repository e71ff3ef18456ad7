// The public portal's other pages: the list of institutions with what each published, the open
// data with its dictionary, and the error pages a wrong address gets; in either language.
import type { PublicInstitution, PublishedKind } from './approvedContent';
import { html, page, table } from './html';
import { datasets } from './openData';
import type { PortalWording } from './wording';

const institutionLink = (w: PortalWording, code: string, year?: number) => `${w.root}/instituciones/${encodeURIComponent(code)}${year === undefined ? '' : `?anio=${year}`}`;

/** /publico: every institution with approved content, its years and what it published. */
export function homePage(w: PortalWording, institutions: { institution: PublicInstitution; years: number[]; kinds: PublishedKind[] }[]): string {
  const { home, terms } = w;
  const list = institutions.length
    ? table(
        home.caption,
        [{ label: home.columns.institution }, { label: home.columns.sector }, { label: home.columns.years }, { label: home.columns.published }],
        institutions.map(({ institution, years, kinds }) => [
          html`<a href="${institutionLink(w, institution.code)}">${institution.name}</a> (${institution.code})`,
          html`${institution.sector ?? '—'}`,
          html`${years.map((y, i) => html`${i ? ', ' : ''}<a href="${institutionLink(w, institution.code, y)}">${y}</a>`)}`,
          html`${kinds.map((k, i) => html`${i ? ', ' : ''}<abbr title="${terms.deliverables[k].long}">${terms.deliverables[k].short}</abbr>`)}`,
        ]),
      )
    : html`<p>${home.nothingYet}</p>`;
  return page(w, home.title, html`<h1>${home.heading}</h1><p>${home.intro}</p><p><a href="${w.root}/presupuesto-ciudadano">${w.citizens.nationalLink}</a></p>${list}<p><a href="${w.root}/datos">${home.openDataLink}</a></p>`, '');
}

/** /publico/datos: every dataset with its downloads, then the dictionary of its columns. The files are the same in both languages. */
export function openDataPage(w: PortalWording): string {
  const { openData: o } = w;
  const downloads = table(
    o.caption,
    [{ label: o.columns.dataset }, { label: o.columns.contents }, { label: o.columns.downloads }],
    datasets.map((d) => [html`${o.datasetTitle(d)}`, html`${o.datasetDescription(d)}`, html`<a href="/publico/datos/${d.name}.csv">CSV</a> · <a href="/publico/datos/${d.name}.json">JSON</a>`]),
  );
  const dictionary = datasets.map(
    (d) => html`<h3 id="${d.name}">${o.datasetTitle(d)} (${d.name})</h3>${table(
      o.columnsOf(d.name),
      [{ label: o.columns.column }, { label: o.columns.type }, { label: o.columns.meaning }],
      d.columns.map((c) => [html`<code>${c.name}</code>`, html`${o.types[c.type]}`, html`${o.columnMeaning(d, c)}`]),
    )}`,
  );
  return page(w, o.title, html`<h1>${o.title}</h1><p>${o.intro}</p>${downloads}<p>${o.package}</p><h2 id="diccionario">${o.dictionaryHeading}</h2><p>${o.dictionaryIntro}</p>${dictionary}`, '/datos');
}

/** An error in words (400, 404, or the rare 500), with a way back; `where` is the wrong address, whose twin says the same in the other language. */
export function errorPage(w: PortalWording, status: number, message: string, where: string): string {
  const { errors } = w;
  const title = status === 404 ? errors.notFoundTitle : status >= 500 ? errors.serverErrorTitle : errors.badRequestTitle;
  return page(w, title, html`<h1>${title}</h1><p>${message}</p><p><a href="${w.root}">${errors.backHome}</a></p>`, where);
}
