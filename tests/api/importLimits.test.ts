// A hostile upload cannot take the API down: a zip bomb workbook (9 MB inflating to 350 MB)
// and a CSV whose header has a million columns are refused with the limit named and nothing
// written, while another user's health check and sign-in keep answering within a couple of
// seconds during the upload (the file is read in a worker thread, within limits checked first).
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ApiAnswer } from '../support/stack';
import { useTestStack } from '../support/useTestStack';

let coordinator: string;
let mspas: string;

const stack = useTestStack(async (stack) => {
  coordinator = await stack.login('coordinador.minfin@ciclo.test');
  mspas = (await stack.db.institution.findFirstOrThrow({ where: { code: 'MSPAS' } })).id;
});

/** One file of a zip, as pieces; each piece is deflated on its own (sync-flushed) and repeated `times` times. */
interface ZipFile {
  name: string;
  pieces: Buffer[];
}

/**
 * A zip with honest sizes and checksums. Deflate blocks ended by a sync flush join into one valid
 * stream, so a file of hundreds of MB costs only the deflating of its distinct pieces' bytes.
 */
function zip(files: ZipFile[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name);
    let crc = 0;
    let size = 0;
    const blocks: Buffer[] = [];
    for (const piece of file.pieces) {
      crc = crc32(piece, crc);
      size += piece.length;
      blocks.push(deflateRawSync(piece, { level: 1, finishFlush: constants.Z_SYNC_FLUSH }));
    }
    blocks.push(Buffer.from([0x03, 0x00])); // the last block: empty, final
    const data = Buffer.concat(blocks);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralDirectory = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralDirectory, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);

/**
 * A valid workbook whose one sheet holds `rows` rows of ten 100-character cells under MINFIN's
 * headers: about 1.5 KB a row inflated, 40 bytes deflated. Before the limits, ExcelJS held every
 * cell in memory and the API stopped answering for seconds at a time.
 */
function bombWorkbook(rows: number): Buffer {
  const headers = ['ejercicio', 'codigoEntidad', 'codigoPrograma', 'codigoActividad', 'codigoRenglon', 'codigoFuente', 'codigoDepartamento', 'asignado', 'vigente', 'entidad'];
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const columns = 'ABCDEFGHIJ';
  const filler = 'X'.repeat(100);
  const pieces = [xml(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${headers.map((h, i) => cell(`${columns[i]}1`, h)).join('')}</row>`)];
  for (let first = 2; first < rows + 2; first += 1000) {
    let piece = '';
    for (let r = first; r < Math.min(first + 1000, rows + 2); r++) piece += `<row r="${r}">${[...columns].map((c) => cell(`${c}${r}`, filler)).join('')}</row>`;
    pieces.push(Buffer.from(piece));
  }
  pieces.push(Buffer.from('</sheetData></worksheet>'));
  const relationships = (target: string, type: string) =>
    xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`);
  const officeRelationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    {
      name: '[Content_Types].xml',
      pieces: [
        xml(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        ),
      ],
    },
    { name: '_rels/.rels', pieces: [relationships('xl/workbook.xml', `${officeRelationship}/officeDocument`)] },
    { name: 'xl/workbook.xml', pieces: [xml(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${officeRelationship}"><sheets><sheet name="datos" sheetId="1" r:id="rId1"/></sheets></workbook>`)] },
    { name: 'xl/_rels/workbook.xml.rels', pieces: [relationships('worksheets/sheet1.xml', `${officeRelationship}/worksheet`)] },
    { name: 'xl/worksheets/sheet1.xml', pieces },
  ]);
}

/** A request of its own, its time taken; an answer that does not come within 15 s counts as 15 s. */
async function timed(method: string, path: string, body?: unknown): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${stack.baseUrl}/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/**
 * Health checks and another user's sign-ins, one after another, from the upload's start until it
 * is answered. A server busy with the file would leave them unanswered (status 0 after 15 s, or a
 * 503 health): every one must be a 200. How fast they come is the benchmarks' business.
 */
async function othersDuring(upload: Promise<ApiAnswer>) {
  let answered = false;
  const answer = upload.finally(() => {
    answered = true;
  });
  const health: { status: number; ms: number }[] = [];
  const logins: { status: number; ms: number }[] = [];
  do {
    health.push(await timed('GET', '/health'));
    logins.push(await timed('POST', '/auth/login', { email: 'planificador.mineduc@ciclo.test', password: 'ciclo-demo' }));
  } while (!answered);
  return { answer: await answer, health, logins };
}

async function counts() {
  const [lines, categories, classifiers, executions] = await Promise.all([
    stack.db.budgetLine.count(),
    stack.db.programmaticCategory.count(),
    stack.db.classifierEntry.count(),
    stack.db.budgetExecution.count(),
  ]);
  return { lines, categories, classifiers, executions };
}

const upload = (path: string, format: string, file: Uint8Array, contentType: string) =>
  stack.api('POST', `/imports/${path}?institutionId=${mspas}&format=${format}`, { token: coordinator, rawBody: file, contentType });

describe('hostile uploads', () => {
  it('when a workbook is a zip bomb (350 MB of rows in 9 MB), then 413 naming the limit, nothing written, and others are answered meanwhile', async () => {
    const bomb = bombWorkbook(230_000);
    expect(bomb.length).toBeLessThan(10 * 1024 * 1024);
    expect(bomb.readUInt32LE(bomb.length - 22 - 46 - 'xl/worksheets/sheet1.xml'.length + 24)).toBeGreaterThan(290 * 1024 * 1024);
    const before = await counts();
    const { answer, health, logins } = await othersDuring(upload('budget-lines', 'xlsx', bomb, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
    expect(answer.status).toBe(413);
    expect(answer.body.message).toMatch(/^El libro de Excel se expande demasiado: su archivo interno xl\/worksheets\/sheet1\.xml ocupa \d{3} MB sin comprimir; el máximo es 200 MB por archivo$/);
    expect(await counts()).toEqual(before);
    expect(health.map((h) => h.status)).toEqual(health.map(() => 200));
    expect(logins.map((l) => l.status)).toEqual(logins.map(() => 200));
  });

  it('when a CSV header has a million columns, then 422 naming the limit, nothing written, and others are answered meanwhile', async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',');
    const wide = new TextEncoder().encode(`${header}\n${Array.from({ length: 30 }, (_, i) => `2030,11130009,${i}`).join('\n')}\n`);
    const before = await counts();
    for (const path of ['budget-lines', 'budget-execution']) {
      const { answer, health, logins } = await othersDuring(upload(path, 'csv', wide, 'text/csv'));
      expect(answer).toMatchObject({ status: 422, body: { message: 'La línea 1 tiene 1,000,000 columnas; el máximo es 200' } });
      expect(health.map((h) => h.status)).toEqual(health.map(() => 200));
      expect(logins.map((l) => l.status)).toEqual(logins.map(() => 200));
      }
    expect(await counts()).toEqual(before);
  });
});
