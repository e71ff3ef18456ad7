// datapackage.json as the builder makes it: every dataset a resource whose schema is its declared
// columns, every amount in quetzales with its phase, typed dimensions, the licence.
import { describe, expect, it } from 'vitest';
import { dimensions } from '../../src/api/publicPortal/fiscalConcepts';
import { fiscalDataPackage } from '../../src/api/publicPortal/fiscalDataPackage';
import { datasets } from '../../src/api/publicPortal/openData';

const descriptor = fiscalDataPackage([2028, 2027, 2028]);
type Field = { resource: string; name: string; type: string; [property: string]: unknown };
const fields = descriptor.resources.flatMap((r) => r.schema.fields.map((f): Field => ({ ...f, resource: r.name })));

/** Every amount of the open data and the budget phase it belongs to. */
const expectedPhases: Record<string, string> = {
  'presupuesto.monto': 'proposed',
  'ejecucion_financiera.programado': 'proposed',
  'ejecucion_financiera.vigente': 'adjusted',
  'ejecucion_financiera.devengado': 'executed',
  'ejecucion_financiera.pagado': 'executed',
  'avance_fisico.costoUnitarioPlanificado': 'proposed',
  'avance_fisico.costoUnitarioReal': 'executed',
};

describe('the Fiscal Data Package of the open data', () => {
  it('when built, then every dataset is a resource at a relative path whose fields are its columns, in order, with the CSV\'s types', () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual(datasets.map((d) => d.name));
    const tableSchemaTypes = { texto: 'string', entero: 'integer', decimal: 'number', fecha: 'date', booleano: 'boolean' };
    for (const dataset of datasets) {
      const resource = descriptor.resources.find((r) => r.name === dataset.name)!;
      expect(resource.path).toBe(`${dataset.name}.csv`);
      expect(resource.schema.fields.map((f) => [f.name, f.type])).toEqual(dataset.columns.map((c) => [c.name, tableSchemaTypes[c.type]]));
      expect(resource.schema.missingValues).toEqual(['']);
    }
    expect(fields.filter((f) => f.type === 'boolean').every((f) => String(f.trueValues) === 'true' && String(f.falseValues) === 'false')).toBe(true);
  });

  it('when an amount is described, then it is a number in GTQ, spending, with its budget phase', () => {
    const amounts = fields.filter((f) => f.columnType === 'value');
    expect(Object.fromEntries(amounts.map((f) => [`${f.resource}.${f.name}`, f.phase]))).toEqual(expectedPhases);
    for (const f of amounts) {
      expect(f, f.name).toMatchObject({ type: 'number', currency: 'GTQ', direction: 'expenditure' });
      expect(['proposed', 'approved', 'adjusted', 'executed']).toContain(f.phase);
    }
    // A column said to be in quetzales is an amount, or a unit cost that is one too.
    const inQuetzales = datasets.flatMap((d) => d.columns.filter((c) => /quetzales/.test(c.description)).map((c) => `${d.name}.${c.name}`));
    for (const name of inQuetzales) expect(Object.keys(expectedPhases), name).toContain(name);
    for (const resource of descriptor.resources.filter((r) => r.schema.fields.some((f) => 'phase' in f))) {
      expect(resource.schema.extraFields, resource.name).toContainEqual({ name: 'moneda', type: 'string', columnType: 'value-currency:code', constant: 'GTQ' });
    }
  });

  it('when the budget and its execution are described, then their dimensions are typed: institution, object, source, geography, programme, year and period', () => {
    const columnType = (resource: string, name: string) => fields.find((f) => f.resource === resource && f.name === name)?.columnType;
    expect(columnType('presupuesto', 'codigoInstitucion')).toBe('administrative-classification:generic:level1:code');
    expect(columnType('presupuesto', 'codigoRenglon')).toBe('economic-classification:generic:code');
    expect(columnType('presupuesto', 'codigoFuente')).toBe('fin-source:generic:code');
    expect(columnType('presupuesto', 'codigoGeografia')).toBe('geo:target:code');
    expect(columnType('presupuesto', 'codigoPrograma')).toBe('activity:generic:program:code');
    expect(columnType('presupuesto', 'ejercicio')).toBe('date:fiscal-year');
    expect(columnType('ejecucion_financiera', 'periodo')).toBe('date:fiscal-period:code');
    // Every dimension of the taxonomy that the data has is used; the functional one is not in the approved snapshots.
    const used = new Set(datasets.flatMap((d) => d.columns.flatMap((c) => (c.fiscal?.kind === 'dimension' ? [c.fiscal.dimension] : []))));
    expect([...used].sort()).toEqual(dimensions.filter((d) => d !== 'functional').sort());
    // The fiscal year is an integer, as the taxonomy requires.
    expect(fields.filter((f) => f.columnType === 'date:fiscal-year').every((f) => f.type === 'integer')).toBe(true);
  });

  it('when built, then it states the licence, the country and the fiscal period of the years published', () => {
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.stringContaining('Creative Commons') }]);
    expect(descriptor).toMatchObject({ profile: 'tabular-data-package', countryCode: 'GT', fiscalPeriod: { start: '2027-01-01', end: '2028-12-31' } });
    expect(fiscalDataPackage([])).not.toHaveProperty('fiscalPeriod');
  });
});
