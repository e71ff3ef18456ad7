// The public portal's other pages: the list of institutions with what each published, the open
// data with its dictionary, and the error pages a wrong address gets.
import { deliverableNames } from '../domain/content/deliverable';
import type { PublicInstitution, PublishedKind } from './approvedContent';
import { html, page, table } from './html';
import { datasets } from './openData';

const kindShortNames: Record<PublishedKind, string> = {
  strategicPlan: 'PEI',
  operationalPlan: 'POA',
  budgetProposal: 'Presupuesto',
  monitoringReport: 'Seguimiento',
};

const institutionLink = (code: string, year?: number) => `/publico/instituciones/${encodeURIComponent(code)}${year === undefined ? '' : `?anio=${year}`}`;

/** /publico: every institution with approved content, its years and what it published. */
export function homePage(institutions: { institution: PublicInstitution; years: number[]; kinds: PublishedKind[] }[]): string {
  const list = institutions.length
    ? table(
        'Instituciones con información aprobada',
        [{ label: 'Institución' }, { label: 'Sector' }, { label: 'Ejercicios' }, { label: 'Publicado' }],
        institutions.map(({ institution, years, kinds }) => [
          html`<a href="${institutionLink(institution.code)}">${institution.name}</a> (${institution.code})`,
          html`${institution.sector ?? '—'}`,
          html`${years.map((y, i) => html`${i ? ', ' : ''}<a href="${institutionLink(institution.code, y)}">${y}</a>`)}`,
          html`${kinds.map((k, i) => html`${i ? ', ' : ''}<abbr title="${deliverableNames[k]}">${kindShortNames[k]}</abbr>`)}`,
        ]),
      )
    : html`<p>Todavía ninguna institución tiene planes o presupuestos aprobados.</p>`;
  return page(
    'Instituciones',
    html`<h1>Portal de transparencia</h1><p>Planes, presupuestos y su ejecución, tal como los aprobó la autoridad de cada institución: resultados estratégicos, productos y metas del plan operativo anual (POA), presupuesto por programa, avance físico y financiero, e indicadores.</p>${list}<p><a href="/publico/datos">Datos abiertos en CSV y JSON, con su diccionario</a></p>`,
  );
}

/** /publico/datos: every dataset with its downloads, then the dictionary of its columns. */
export function openDataPage(): string {
  const downloads = table(
    'Conjuntos de datos',
    [{ label: 'Conjunto' }, { label: 'Contenido' }, { label: 'Descargas' }],
    datasets.map((d) => [html`${d.title}`, html`${d.description}`, html`<a href="/publico/datos/${d.name}.csv">CSV</a> · <a href="/publico/datos/${d.name}.json">JSON</a>`]),
  );
  const dictionary = datasets.map(
    (d) => html`<h3 id="${d.name}">${d.title} (${d.name})</h3>${table(
      `Columnas de ${d.name}`,
      [{ label: 'Columna' }, { label: 'Tipo' }, { label: 'Significado' }],
      d.columns.map((c) => [html`<code>${c.name}</code>`, html`${c.type}`, html`${c.description}`]),
    )}`,
  );
  return page(
    'Datos abiertos',
    html`<h1>Datos abiertos</h1><p>Todas las instituciones y ejercicios, solo contenido aprobado. CSV en UTF-8 (con BOM, para que Excel muestre los acentos) con punto decimal; JSON con la forma <code>{ dataset, generatedAt, columns, rows }</code>.</p>${downloads}<p>Todos los conjuntos descritos en un solo archivo, <a href="/publico/datos/datapackage.json">datapackage.json</a>, según el estándar Fiscal Data Package: tipo de cada columna, clasificación (institucional, económica, fuente de financiamiento, geográfica, programática y período) y, en cada monto, su moneda (quetzales, GTQ) y su fase (formulado, vigente o ejecutado). Licencia <a href="https://creativecommons.org/licenses/by/4.0/deed.es">Creative Commons Atribución 4.0 (CC BY 4.0)</a>: puede reutilizarlos citando la fuente.</p><h2 id="diccionario">Diccionario de datos</h2><p>También en <a href="/publico/datos/diccionario.json">diccionario.json</a>. Tipos: texto, entero, decimal (con punto), fecha (AAAA-MM-DD) y booleano (true o false).</p>${dictionary}`,
  );
}

/** An error in words (400, 404, or the rare 500), with a way back. */
export function errorPage(status: number, message: string): string {
  const title = status === 404 ? 'Página no encontrada' : status >= 500 ? 'Error del servidor' : 'Solicitud no válida';
  return page(title, html`<h1>${title}</h1><p>${message}</p><p><a href="/publico">Volver a la lista de instituciones</a></p>`);
}
