// The public portal in English at /publico/en: the same pages as the Spanish ones with none of
// their fixed wording left, numbers and dates written the English way, each page linked to its
// Spanish twin and back, and English 400 and 404 pages. The open-data files stay Spanish.
import { describe, expect, it } from 'vitest';
import { loadDeliverableContent } from '../../src/deliverables/deliverableContent';
import { escapeHtml } from '../../src/api/publicPortal/html';
import { publishMinistry } from '../support/publishedMinistry';
import { testFiscalYear } from '../support/stack';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack(async (stack) => {
  await publishMinistry(stack.db, { institutionCode: 'MSPAS', fiscalYear: testFiscalYear });
});

async function portal(path: string, init?: RequestInit): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${stack.baseUrl}${path}`, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** Every English page and its Spanish twin. */
const twins: [english: string, spanish: string][] = [
  ['/publico/en', '/publico'],
  ['/publico/en/instituciones/MSPAS', '/publico/instituciones/MSPAS'],
  [`/publico/en/instituciones/MSPAS?anio=${testFiscalYear}`, `/publico/instituciones/MSPAS?anio=${testFiscalYear}`],
  ['/publico/en/datos', '/publico/datos'],
];

/** The Spanish pages' fixed wording: headings, captions, notes, the frame. */
const spanishWording = [
  'Portal de transparencia',
  'Datos abiertos',
  'Instituciones con información aprobada',
  'Ejercicios',
  'Publicado',
  'tal como los aprobó',
  'Solo se publica lo que',
  'Los montos están en quetzales',
  'Ejercicio fiscal',
  'Secciones',
  'Resultados estratégicos',
  'Productos y metas',
  'Presupuesto por programa',
  'Ejecución financiera',
  'Avance físico',
  'Porcentaje ejecutado',
  'Las cifras están también en la tabla',
  'Unidad de medida',
  'Costo unitario',
  'Cumplimiento:',
  '% cumplimiento',
  'Cumplimiento de los indicadores',
  'Semáforo',
  'Línea base',
  'Fuente:',
  'aprobada el',
  'de marzo de',
  'Ejecución:',
  // As a period's name in a heading; the open data page quotes one as a value of nombrePeriodo.
  'cuatrimestre 2028<',
  'Aún no hay',
  'Descargar estos datos',
  'Conjuntos de datos',
  'Descargas',
  'Diccionario de datos',
  'Significado',
  'Columnas de',
  'Todas las instituciones y ejercicios',
  'puede reutilizarlos',
  'portal público</title>',
];

const englishHeadings: Record<string, string[]> = {
  '/publico/en': ['<h1>Transparency portal</h1>', '<caption>Institutions with approved information</caption>', 'Open data in CSV and JSON'],
  '/publico/en/instituciones/MSPAS': [
    `<strong>Fiscal year ${testFiscalYear}</strong>`,
    '>Strategic results</h2>',
    '>POA products and targets</h2>',
    '>Budget per programme</h2>',
    '>Execution: First four-month period 2028</h2>',
    '<h3>Financial execution</h3>',
    '<h3>Physical progress</h3>',
    '>Indicators</h2>',
    'Vigente (current budget)',
    'Devengado (accrued)',
    'Traffic light',
    'approved on March 20, 2027',
  ],
  '/publico/en/datos': ['<h1>Open data</h1>', '<caption>Datasets</caption>', '>Data dictionary</h2>', 'Strategic results (resultados)', '<caption>Columns of presupuesto</caption>'],
};

describe('the public portal in English', () => {
  it('when each English page is read, then it answers in English with none of the Spanish wording left', async () => {
    for (const [path] of twins) {
      const page = await portal(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(page.text, path).toMatch(/^<!doctype html><html lang="en">/);
      for (const spanish of spanishWording) expect(page.text, `${spanish} in ${path}`).not.toContain(spanish);
      for (const english of englishHeadings[path.split('?')[0]!] ?? []) expect(page.text, path).toContain(english);
      expect(page.text, path).toContain('<a href="/publico/en/datos">Open data</a>');
    }
  });

  it('when an English page is read, then it links to its Spanish twin, which links back', async () => {
    for (const [english, spanish] of twins) {
      const page = await portal(english);
      expect(page.text, english).toContain(`<a href="${spanish}" hreflang="es" lang="es">Español</a>`);
      expect(page.text, english).toContain(`<link rel="alternate" hreflang="es" href="${spanish}">`);
      expect(page.text, english).toContain(`<link rel="alternate" hreflang="en" href="${english}">`);
      const twin = await portal(spanish);
      expect(twin.status, spanish).toBe(200);
      expect(twin.text, spanish).toMatch(/^<!doctype html><html lang="es">/);
      expect(twin.text, spanish).toContain(`<a href="${english}" hreflang="en" lang="en">English</a>`);
    }
  });

  it('when the English home lists an institution, then its links stay in English', async () => {
    const home = await portal('/publico/en');
    expect(home.text).toContain('href="/publico/en/instituciones/MSPAS"');
    expect(home.text).toContain(`href="/publico/en/instituciones/MSPAS?anio=${testFiscalYear}"`);
    expect(home.text).toContain('<abbr title="Institutional strategic plan (PEI)">PEI</abbr>');
  });

  it('when figures are shown, then English writes them the English way, still in quetzales, and names stay as the institution wrote them', async () => {
    const english = (await portal('/publico/en/instituciones/MSPAS')).text;
    const spanish = (await portal('/publico/instituciones/MSPAS')).text;
    // publishMinistry accrues 40 % of every programme's current budget.
    expect(english).toContain('<td class="n">40%</td>');
    expect(spanish).toContain('<td class="n">40 %</td>');
    expect(english).toMatch(/<td class="n">Q\s?\d{1,3}(,\d{3})+<\/td>/);
    expect(english).not.toContain('GTQ');
    expect(english).toContain('On target</span>');
    expect(english).toContain('No data</span>');
    // Names are data: as the institution wrote them, in Spanish.
    const institutionId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
    const pei = await loadDeliverableContent(stack.db, 'strategicPlan', institutionId, testFiscalYear);
    const poa = await loadDeliverableContent(stack.db, 'operationalPlan', institutionId, testFiscalYear);
    for (const name of [pei.results[0]!.name, poa.products[0]!.name]) expect(english).toContain(`<td>${escapeHtml(name)}</td>`);
  });

  it('when the English open data page is read, then every column of every file has its meaning in English under its Spanish name', async () => {
    const dictionary = JSON.parse((await portal('/publico/datos/diccionario.json')).text) as { datasets: { nombre: string; titulo: string; columnas: { name: string; description: string }[] }[] };
    const page = (await portal('/publico/en/datos')).text;
    for (const dataset of dictionary.datasets) {
      expect(page).toContain(`href="/publico/datos/${dataset.nombre}.csv"`);
      expect(page).not.toContain(dataset.titulo);
      const section = page.split(`<h3 id="${dataset.nombre}">`)[1]!.split('<h3')[0]!;
      for (const column of dataset.columnas) {
        const meaning = new RegExp(`<code>${column.name}</code></td><td>(?:text|integer|decimal|date|boolean)</td><td>([^<]*)</td>`).exec(section)?.[1];
        expect(meaning, `${dataset.nombre}.${column.name}`).toMatch(/[a-z]{3}/);
        expect(meaning, `${dataset.nombre}.${column.name}`).not.toBe(column.description);
      }
    }
  });

  it('when an open-data file is asked for under /publico/en, then it is sent to the one file there is', async () => {
    const answer = await portal('/publico/en/datos/productos.csv', { redirect: 'manual' });
    expect(answer.status).toBe(308);
    expect(answer.headers.get('location')).toBe('/publico/datos/productos.csv');
  });

  it('when the address is wrong, then an English 400 or 404 page answers, linked to its Spanish twin', async () => {
    const cases: [string, number, string, string][] = [
      ['/publico/en/instituciones/NOEXISTE', 404, 'Page not found', 'There is no institution with the code “NOEXISTE”'],
      ['/publico/en/instituciones/MSPAS?anio=2031', 404, 'Page not found', 'has no approved information for fiscal year 2031'],
      ['/publico/en/instituciones/MSPAS?anio=dos-mil', 400, 'Bad request', 'The year must have four digits'],
      ['/publico/en/instituciones/MSPAS?anio=2028&anio=2027', 400, 'Bad request', 'Give a single year'],
      ['/publico/en/instituciones/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 400, 'Bad request', 'The institution code is not valid'],
      ['/publico/en/instituciones/%E0%A4%A', 400, 'Bad request', 'The address is not valid'],
      ['/publico/en/otra-cosa', 404, 'Page not found', 'This address does not exist on the public portal'],
    ];
    for (const [path, status, title, message] of cases) {
      const answer = await portal(path);
      expect(answer.status, path).toBe(status);
      expect(answer.text, path).toMatch(/^<!doctype html><html lang="en">/);
      expect(answer.text, path).toContain(`<h1>${title}</h1>`);
      expect(answer.text, path).toContain(message);
      expect(answer.text, path).toContain('<a href="/publico/en">Back to the list of institutions</a>');
      expect(answer.text, path).toMatch(/<a href="\/publico\/[^"]+" hreflang="es" lang="es">Español<\/a>/);
      expect(answer.text, path).not.toContain('<script');
      for (const spanish of spanishWording) expect(answer.text, `${spanish} in ${path}`).not.toContain(spanish);
    }
    const spanish = await portal('/publico/instituciones/NOEXISTE');
    expect(spanish.text).toContain('<a href="/publico/en/instituciones/NOEXISTE" hreflang="en" lang="en">English</a>');
    const json = await portal('/publico/en/nada.json');
    expect(json.status).toBe(404);
    expect(JSON.parse(json.text)).toEqual({ message: 'This address does not exist on the public portal.' });
  });
});
