// What a stage hands in: its deliverable kind (from the cycle's frozen template, else from the stage
// code), whose content it is and for which year; then the check and freeze of that content.
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import { calendarTemplate } from '../domain/calendar/template';
import { deliverableKindOf, type DeliverableContent, type DeliverableKind } from '../domain/planBudget/deliverable';
import { checkDeliverable, type GateProblem } from '../domain/planBudget/gates';
import { linkageReport, unitCosts, type LinkageReport, type UnitCost } from '../domain/planBudget/linkage';
import { indicatorProgress, offTrack } from '../domain/monitoring/indicatorCompliance';
import { periodOf } from '../domain/monitoring/reportingPeriods';
import { loadDeliverableContent } from './deliverableContent';

export interface StageDeliverable {
  kind: DeliverableKind;
  content: DeliverableContent;
}

export interface DeliverableCheck {
  kind: DeliverableKind | null;
  problems: GateProblem[];
  linkage: LinkageReport | null;
  unitCosts: UnitCost[];
  /** A monitoring report's indicators below their target's amber line, e.g. "I-01 (62 %)". */
  offTrack: string[];
}

/** The stage's deliverable with its current content, or null for a stage that carries none. */
export async function stageDeliverable(db: Database, stageId: string): Promise<StageDeliverable | null> {
  const stage = await db.stage.findUniqueOrThrow({ where: { id: stageId }, include: { cycle: true } });
  const template = calendarTemplate.safeParse(stage.cycle.templateSnapshot);
  const stageTemplate = template.success ? template.data.stages.find((s) => s.code === stage.code) : undefined;
  const kind = deliverableKindOf(stage.code, stageTemplate?.deliverableKind);
  if (!kind) return null;
  const period = stageTemplate?.period ? periodOf(stage.cycle.fiscalYear, stageTemplate.period) : null;
  return { kind, content: await loadDeliverableContent(db, kind, stage.institutionId, stage.cycle.fiscalYear, period) };
}

/** Runs the gates without submitting: what is still missing before the stage can go. */
export async function checkStageDeliverable(db: Database, stageId: string): Promise<DeliverableCheck> {
  const deliverable = await stageDeliverable(db, stageId);
  if (!deliverable) return { kind: null, problems: [], linkage: null, unitCosts: [], offTrack: [] };
  const { kind, content } = deliverable;
  return { kind, problems: checkDeliverable(content), linkage: content.budgetLines.length ? linkageReport(content) : null, unitCosts: unitCosts(content), offTrack: offTrackIndicators(content) };
}

/**
 * The submit gate: when the content passes, it is frozen as this version's snapshot (written again
 * if a retried submit of the same version reaches here) and the check is answered; when it fails,
 * nothing is written and every problem is answered.
 */
export async function freezeStageDeliverable(db: Database, stageId: string, version: number): Promise<DeliverableCheck> {
  const deliverable = await stageDeliverable(db, stageId);
  if (!deliverable) return { kind: null, problems: [], linkage: null, unitCosts: [], offTrack: [] };
  const { kind, content } = deliverable;
  const problems = checkDeliverable(content);
  const linkage = content.budgetLines.length ? linkageReport(content) : null;
  if (problems.length === 0) {
    const data = { deliverable: kind, content: content as unknown as Prisma.InputJsonValue, linkage: (linkage ?? undefined) as Prisma.InputJsonValue | undefined, frozenAt: new Date() };
    await db.stageSnapshot.upsert({ where: { stageId_version: { stageId, version } }, update: data, create: { stageId, version, ...data } });
  }
  return { kind, problems, linkage, unitCosts: unitCosts(content), offTrack: offTrackIndicators(content) };
}

function offTrackIndicators(content: DeliverableContent): string[] {
  if (!content.period) return [];
  return offTrack(indicatorProgress(content.indicators, content.measurements, content.period)).map((p) => `${p.indicatorCode} (${Math.round((p.compliance ?? 0) * 100)} %)`);
}
