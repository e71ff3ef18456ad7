// /api/multi-year: the 5-year projection and the production scenarios of an institution, side by
// side against the ceilings of each year and source.
import { Router } from 'express';
import type { Database } from '../../db/prisma';
import { compareMultiYear, multiYearSpan } from '../../domain/planBudget/multiYear';
import { currentUser, institutionScope } from '../authenticate';
import { forbidden, notFound } from '../httpErrors';
import { multiYearQuery } from '../schemas';
import type { MultiYearAnswer } from '../responses';

export function multiYearRoutes(db: Database): Router {
  const router = Router();

  /** GET ?institutionId&fiscalYear */
  router.get('/', async (req, res) => {
    const { institutionId, fiscalYear } = multiYearQuery.parse(req.query);
    const scope = institutionScope(currentUser(res));
    if (scope !== undefined && scope !== institutionId) throw forbidden('Solo puede ver los datos de su propia institución');
    if (!(await db.institution.findUnique({ where: { id: institutionId } }))) throw notFound('La institución');
    const years = { gte: fiscalYear, lt: fiscalYear + multiYearSpan };
    const [ceilingRows, projections, scenarios] = await Promise.all([
      db.budgetCeiling.findMany({ where: { institutionId, fiscalYear: years }, orderBy: { version: 'desc' } }),
      db.budgetProjection.findMany({ where: { institutionId, fiscalYear } }),
      db.productionScenario.findMany({ where: { institutionId, fiscalYear }, include: { items: true }, orderBy: { name: 'asc' } }),
    ]);
    const latest = new Map<string, (typeof ceilingRows)[number]>();
    for (const c of ceilingRows) if (!latest.has(`${c.fiscalYear}/${c.sourceCode}`)) latest.set(`${c.fiscalYear}/${c.sourceCode}`, c);
    res.json({
      institutionId,
      fiscalYear,
      ...compareMultiYear({
        fiscalYear,
        ceilings: [...latest.values()].map((c) => ({ year: c.fiscalYear, sourceCode: c.sourceCode, amount: c.amount.toNumber() })),
        projections: projections.map((p) => ({ year: p.year, sourceCode: p.sourceCode, amount: p.amount.toNumber() })),
        scenarios: scenarios.map((s) => ({ name: s.name, items: s.items.map((i) => ({ year: i.year, sourceCode: i.sourceCode, quantity: i.quantity.toNumber(), unitCost: i.unitCost.toNumber() })) })),
      }),
    } satisfies MultiYearAnswer);
  });

  return router;
}
