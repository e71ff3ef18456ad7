// Hostile input through the real API: text with markup and SQL is stored verbatim and comes out
// escaped where it is rendered (mail HTML, iCalendar, CSV and XLSX exports); oversized bodies get
// 413; malformed ids and NUL characters get a 4xx, never a 500.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderStageEmail } from '../../src/mail/stageEmails';
import { useTestStack } from '../support/useTestStack';

const script = '<script>alert(1)</script>';
const sql = `'); DROP TABLE "Stage";--`;
const img = '<img src=x onerror=alert(1)>';
const hostileText = `${script} ${sql} ${img}`;
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

let planner: string;
let authority: string;
let mspasId: string;
let planId: string;

const stack = useTestStack(async (stack) => {
  [planner, authority] = await stack.signIn('planificador.mspas@ciclo.test', 'autoridad.mspas@ciclo.test');
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
  const plan = await stack.api('POST', '/strategic-plans', {
    token: planner,
    body: { institutionId: mspasId, code: 'PEI-HOSTIL', name: sql, startYear: 2027, endYear: 2031, mission: script, vision: img },
  });
  expect(plan.status, JSON.stringify(plan.body)).toBe(201);
  planId = plan.body.id;
});

async function createResult(code: string, name: string): Promise<string> {
  const created = await stack.api('POST', '/strategic-results', { token: planner, body: { strategicPlanId: planId, code, name, level: 'final' } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

describe('text with markup and SQL', () => {
  it('when it is written through the API, then it reads back identical, is found by search, and every table is still there', async () => {
    const id = await createResult('R-HOSTIL', hostileText);
    expect((await stack.api('GET', `/strategic-results/${id}`, { token: planner })).body).toMatchObject({ name: hostileText, code: 'R-HOSTIL' });
    expect((await stack.api('GET', `/strategic-plans/${planId}`, { token: planner })).body).toMatchObject({ name: sql, mission: script, vision: img });
    const found = await stack.api('GET', `/strategic-results?filter=${q({ q: sql })}`, { token: planner });
    expect(found.body.map((r: { id: string }) => r.id)).toEqual([id]);

    const [table] = await stack.db.$queryRaw<{ name: string | null }[]>`SELECT to_regclass('public."Stage"')::text AS name`;
    expect(table?.name).toBe('"Stage"');
    expect(await stack.db.stage.count()).toBeGreaterThan(0);
  });

  it('when a stage is returned with it as the comment, then the stage and the mail keep it verbatim and the HTML body escapes it', async () => {
    const stageId = await stack.stageId('MSPAS');
    expect((await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: {} })).status).toBe(200);
    const returned = await stack.api('POST', `/stages/${stageId}/return`, { token: authority, body: { comment: hostileText, reasonCode: 'other' } });
    expect(returned).toMatchObject({ status: 200, body: { status: 'draft', lastComment: hostileText } });

    const [mail] = await stack.sink.waitFor((m) => m.to.includes('planificador.mspas@ciclo.test') && m.subject.includes('devuelta para corrección'));
    expect(mail!.text).toContain(hostileText);
    const { html } = renderStageEmail('returned', { stageName: 'Revisión', institutionName: 'MSPAS', version: 1, deadline: new Date().toISOString(), timeZone: 'America/Guatemala', comment: hostileText, link: 'http://ciclo.test' });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#39;); DROP TABLE &#34;Stage&#34;;-- &#60;img src=x onerror=alert(1)&#62;');
  });

  it('when a stage name carries it with line breaks, then the iCalendar feed escapes it per RFC 5545 and no property is injected', async () => {
    // Stage names come from calendar templates; written here directly, with a CR and a LF that try to start a new event.
    const stageId = await stack.stageId('MSPAS');
    await stack.db.stage.update({ where: { id: stageId }, data: { name: `${hostileText}, a; b\\\rEND:VEVENT\nBEGIN:VEVENT` } });
    const subscription = await stack.api('POST', '/calendar/subscription', { token: planner });
    const feed = await (await fetch(subscription.body.url.replace('http://ciclo.test', stack.baseUrl))).text();
    const lines = feed.replace(/\r\n /g, '').split('\r\n');
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(await stack.db.stage.count({ where: { institutionId: mspasId } }));
    expect(lines).toContain(`SUMMARY:Plazo: ${script} ')\\; DROP TABLE "Stage"\\;-- ${img}\\, a\\; b\\\\\\nEND:VEVENT\\nBEGIN:VEVENT (Ministerio de Salud Pública y Asistencia Social)`);
  });

  it('when it is exported as CSV or XLSX, then it comes out verbatim and formulas are made inert', async () => {
    const formulas = ['=HYPERLINK("http://x","y")', '+1+1', '-1-1', '@SUM(A1)'];
    for (const [i, name] of formulas.entries()) await createResult(`R-F${i}`, name);
    const filter = q({ strategicPlanId: planId });

    const csv = await stack.api('GET', `/strategic-results/export?format=csv&filter=${filter}`, { token: planner });
    expect(csv.status).toBe(200);
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const names = rows.map((r) => r.name);
    expect(names).toContain(hostileText);
    expect(names).toEqual(expect.arrayContaining(formulas.map((f) => `'${f}`)));

    const xlsx = await stack.api('GET', `/strategic-results/export?format=xlsx&filter=${filter}`, { token: planner });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const nameColumn = (sheet.getRow(1).values as string[]).indexOf('name');
    const cells = sheet.getColumn(nameColumn).values.slice(2);
    expect(cells).toContain(hostileText);
    expect(cells).toEqual(expect.arrayContaining(formulas.map((f) => `'${f}`)));
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});

describe('oversized bodies', () => {
  it('when a JSON body passes 100 kB, then 413 in Spanish and nothing is written', async () => {
    const answer = await stack.api('POST', '/strategic-plans', { token: planner, body: { institutionId: mspasId, code: 'PEI-GRANDE', name: 'x'.repeat(200_000), startYear: 2027, endYear: 2031 } });
    expect(answer).toMatchObject({ status: 413, body: { message: 'La solicitud es demasiado grande' } });
    expect(await stack.db.strategicPlan.count({ where: { code: 'PEI-GRANDE' } })).toBe(0);
  });

  it('when an imported file passes 25 MB, then 413 in Spanish', async () => {
    const answer = await stack.api('POST', `/imports/budget-lines?institutionId=${mspasId}&format=csv`, { token: planner, rawBody: new Uint8Array(26 * 1024 * 1024).fill(65), contentType: 'text/csv' });
    expect(answer).toMatchObject({ status: 413, body: { message: 'La solicitud es demasiado grande' } });
  });
});

describe('malformed ids and NUL characters', () => {
  it('when a path id is not an id of ours, then 404; when it holds a NUL character, then 422', async () => {
    for (const id of ['no-existe', "'%20OR%201=1--", '%3Cscript%3E', '00000000-0000-4000-8000-000000000000']) {
      for (const path of [`/stages/${id}`, `/strategic-results/${id}`, `/cycles/${id}/statistics`, `/calendar-templates/${id}`, `/notifications/${id}`]) {
        const answer = await stack.api('GET', path, { token: planner });
        expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBe(404);
      }
    }
    for (const path of ['/stages/%00', '/strategic-results/a%00b', '/cycles/%00/statistics']) {
      expect(await stack.api('GET', path, { token: planner })).toMatchObject({ status: 422, body: { errors: { url: 'no admite el carácter nulo (U+0000)' } } });
    }
  });

  it('when a body, filter or query holds a NUL character, then 422 naming the field', async () => {
    const body = await stack.api('POST', '/strategic-results', { token: planner, body: { strategicPlanId: planId, code: 'R-NUL', name: 'a\u0000b', level: 'final' } });
    expect(body).toMatchObject({ status: 422, body: { errors: { name: expect.any(String) } } });
    const comment = await stack.api('POST', `/stages/${await stack.stageId('MSPAS')}/submit`, { token: planner, body: { comment: 'a\u0000b' } });
    expect(comment).toMatchObject({ status: 422, body: { errors: { comment: expect.any(String) } } });
    const filter = await stack.api('GET', `/strategic-results?filter=${q({ q: 'a\u0000b' })}`, { token: planner });
    expect(filter).toMatchObject({ status: 422, body: { errors: { 'filter.q': 'no admite el carácter nulo (U+0000)' } } });
    const stages = await stack.api('GET', `/stages?filter=${q({ cycleId: '\u0000' })}`, { token: planner });
    expect(stages).toMatchObject({ status: 422, body: { errors: { 'filter.cycleId': 'no admite el carácter nulo (U+0000)' } } });
    const query = await stack.api('GET', `/multi-year?institutionId=${mspasId}%00&fiscalYear=2028`, { token: planner });
    expect(query).toMatchObject({ status: 422, body: { errors: { institutionId: 'no admite el carácter nulo (U+0000)' } } });
  });
});
