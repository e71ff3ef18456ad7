// A ministry with everything the public portal shows: an approved PEI, POA and budget proposal,
// and a first four-month report with financial and physical execution and one indicator measured,
// each frozen as the approved snapshot of its stage (as the stage activities leave them).
import type { Prisma } from '../../src/db/generated/client';
import { loadDeliverableContent } from '../../src/deliverables/deliverableContent';
import type { Database } from '../../src/db/prisma';
import type { DeliverableContent } from '../../src/domain/planBudget/deliverable';

async function approvedStage(db: Database, cycleId: string, institutionId: string, code: string, approvedAt: string, content: DeliverableContent) {
  const stage = await db.stage.create({
    data: { cycleId, institutionId, code, name: `Etapa ${code}`, status: 'approved', version: 1, approvedAt: new Date(approvedAt), deadline: new Date(approvedAt), workflowId: `prueba/publicada/${cycleId}/${code}` },
  });
  await db.stageSnapshot.create({ data: { stageId: stage.id, version: 1, deliverable: content.kind, content: content as unknown as Prisma.InputJsonValue } });
}

/** Publishes the demo content of `institutionCode` for `fiscalYear`; `edit` may change the PEI first. */
export async function publishMinistry(db: Database, opts: { institutionCode: string; fiscalYear: number; edit?: (pei: DeliverableContent) => void }): Promise<void> {
  const year = opts.fiscalYear;
  const institutionId = (await db.institution.findUniqueOrThrow({ where: { code: opts.institutionCode } })).id;
  // A jurisdiction of their own, so these cycles never meet one a test starts.
  const planning = (await db.cycle.create({ data: { jurisdiction: `PUB-${opts.institutionCode}-P`, fiscalYear: year, phase: 'planning' } })).id;
  const execution = (await db.cycle.create({ data: { jurisdiction: `PUB-${opts.institutionCode}-E`, fiscalYear: year, phase: 'execution' } })).id;

  const pei = await loadDeliverableContent(db, 'strategicPlan', institutionId, year);
  opts.edit?.(pei);
  const report = await loadDeliverableContent(db, 'monitoringReport', institutionId, year, `${year}-C1`);
  // Programme by programme, 40 % accrued and most of it paid; one product delivered; one indicator measured, the rest without data.
  report.financialExecution = report.budgetLines.map((l) => ({ categoryCode: l.categoryCode, objectCode: l.objectCode, sourceCode: l.sourceCode, geographyCode: l.geographyCode, month: 4, vigente: l.amount, devengado: Math.round(l.amount * 40) / 100, pagado: Math.round(l.amount * 33) / 100 }));
  const product = report.products[0];
  report.physicalExecution = product ? [1, 2, 3, 4].map((month) => ({ productCode: product.code, year, month, quantity: 12_500 })) : [];
  const measured = report.indicators[0];
  report.measurements = measured ? [{ indicatorCode: measured.code, period: `${year}-C1`, value: measured.targets[`${year}-C1`] ?? 1 }] : [];

  await approvedStage(db, planning, institutionId, 'strategic_review', `${year - 1}-03-20T15:00:00Z`, pei);
  await approvedStage(db, planning, institutionId, 'pom_poa', `${year - 1}-04-28T15:00:00Z`, await loadDeliverableContent(db, 'operationalPlan', institutionId, year));
  await approvedStage(db, planning, institutionId, 'budget_proposal', `${year - 1}-07-10T15:00:00Z`, await loadDeliverableContent(db, 'budgetProposal', institutionId, year));
  await approvedStage(db, execution, institutionId, 'monitoring_c1', `${year}-05-14T15:00:00Z`, report);
}
