// The figures a template's routing rules read (src/domain/routingRules.ts), from the stage's
// institution and fiscal year: what it proposes, what was vigente the year before, its ceilings.
import type { Database } from '../db/prisma';
import type { RoutingFacts } from '../domain/routingRules';

export async function readRoutingFacts(db: Database, stageId: string): Promise<RoutingFacts> {
  const stage = await db.stage.findUniqueOrThrow({ where: { id: stageId }, select: { institutionId: true, cycle: { select: { fiscalYear: true } } } });
  const { institutionId } = stage;
  const fiscalYear = stage.cycle.fiscalYear;
  const [proposed, previous, ceilings] = await Promise.all([
    db.budgetLine.aggregate({ where: { institutionId, fiscalYear }, _sum: { amount: true } }),
    db.budgetLine.aggregate({ where: { institutionId, fiscalYear: fiscalYear - 1, vigente: { not: null } }, _sum: { vigente: true }, _count: { vigente: true } }),
    db.budgetCeiling.findMany({ where: { institutionId, fiscalYear }, orderBy: { version: 'desc' }, select: { sourceCode: true, amount: true } }),
  ]);
  // A new figure for a source is a new version: the first of each source here is the one in force.
  const inForce = new Map<string, number>();
  for (const ceiling of ceilings) if (!inForce.has(ceiling.sourceCode)) inForce.set(ceiling.sourceCode, Number(ceiling.amount));
  return {
    proposedTotal: Number(proposed._sum.amount ?? 0),
    previousVigente: previous._count.vigente > 0 ? Number(previous._sum.vigente ?? 0) : null,
    ceilingTotal: inForce.size > 0 ? [...inForce.values()].reduce((sum, amount) => sum + amount, 0) : null,
  };
}
