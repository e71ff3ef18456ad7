// /publico/datos/datapackage.json on a real database: MSPAS has an approved PEI, POA, budget
// proposal and first four-month report with financial and physical execution, so every dataset
// has rows. The package and every CSV it points to are downloaded as a consumer would and checked
// by the frictionless validator (PyPI), which must find no error; a package with one wrong type
// must fail it, or the check would prove nothing.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePythonTool } from '../../support/pythonTool';
import { frictionlessTool, validateDataPackage } from '../../support/frictionless';
import { publishMinistry } from '../support/publishedMinistry';
import { startTestStack, testFiscalYear, type TestStack } from '../support/stack';

/** Text a spreadsheet would run as a formula: the CSV writes it with a leading apostrophe, still a string. */
const formulaLikeName = '=SUMA(A1) resultado con comas, "comillas" y acentos: ñandú';

let stack: TestStack;
let packageDir: string;
let packageUrl: string;

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string }[] };
}

beforeAll(async () => {
  // Installing from PyPI the first time takes a while; later runs only check the version.
  ensurePythonTool(frictionlessTool);
  stack = await startTestStack();
  await publishMinistry(stack.db, { institutionCode: 'MSPAS', fiscalYear: testFiscalYear, edit: (pei) => (pei.results[0]!.name = formulaLikeName) });

  // The package and its files, downloaded where each resource's path points from the package's own address.
  packageDir = mkdtempSync(join(tmpdir(), 'ciclo-fdp-'));
  packageUrl = `${stack.baseUrl}/publico/datos/datapackage.json`;
  const answer = await fetch(packageUrl);
  expect(answer.status).toBe(200);
  const descriptor = await answer.text();
  writeFileSync(join(packageDir, 'datapackage.json'), descriptor);
  for (const resource of JSON.parse(descriptor).resources as Resource[]) {
    expect(resource.path, resource.name).toMatch(/^[a-z_]+\.csv$/);
    const csv = await fetch(new URL(resource.path, packageUrl));
    expect(csv.status, resource.path).toBe(200);
    writeFileSync(join(packageDir, resource.path), new Uint8Array(await csv.arrayBuffer()));
  }
}, 600_000);

afterAll(async () => {
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
  await stack?.stop();
});

const readPackage = () => JSON.parse(readFileSync(join(packageDir, 'datapackage.json'), 'utf8')) as { resources: Resource[]; fiscalPeriod?: { start: string; end: string }; licenses: { name: string }[]; countryCode: string };
/** Data lines of a downloaded CSV (no field here spans lines). */
const dataLines = (path: string) => readFileSync(join(packageDir, path), 'utf8').split('\r\n').filter(Boolean).length - 1;

describe('the open data as a Fiscal Data Package', () => {
  it('when datapackage.json is read, then it is open to any origin and describes every dataset, each with rows, under CC-BY-4.0 for the years published', async () => {
    const answer = await fetch(packageUrl);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const descriptor = readPackage();
    expect(descriptor.resources.map((r) => r.name)).toEqual(['resultados', 'productos', 'metas', 'presupuesto', 'ejecucion_financiera', 'avance_fisico', 'indicadores']);
    for (const resource of descriptor.resources) expect(dataLines(resource.path), resource.name).toBeGreaterThan(0);
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(descriptor).toMatchObject({ countryCode: 'GT', fiscalPeriod: { start: `${testFiscalYear}-01-01`, end: `${testFiscalYear}-12-31` } });
    const page = await (await fetch(`${stack.baseUrl}/publico/datos`)).text();
    expect(page).toContain('href="/publico/datos/datapackage.json"');
  });

  it('when the frictionless validator reads the package and every CSV, then it reports no error', async () => {
    const validation = await validateDataPackage(packageDir);
    expect(validation.resources).toHaveLength(readPackage().resources.length);
    expect(validation.errors, `frictionless:\n${validation.errors.join('\n')}`).toEqual([]);
    expect(validation.valid).toBe(true);
  }, 120_000);

  it('when one field of the package has the wrong type, then the validator reports it invalid', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'ciclo-fdp-roto-'));
    try {
      const descriptor = readPackage();
      for (const resource of descriptor.resources) copyFileSync(join(packageDir, resource.path), join(broken, resource.path));
      // Institution codes such as MSPAS are text, never integers.
      descriptor.resources.find((r) => r.name === 'presupuesto')!.schema.fields.find((f) => f.name === 'codigoInstitucion')!.type = 'integer';
      writeFileSync(join(broken, 'datapackage.json'), JSON.stringify(descriptor));
      const validation = await validateDataPackage(broken);
      expect(validation.valid).toBe(false);
      expect(validation.errors.some((e) => e.startsWith('presupuesto: type-error:') && e.includes('codigoInstitucion')), validation.errors.slice(0, 5).join('\n')).toBe(true);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 120_000);
});
