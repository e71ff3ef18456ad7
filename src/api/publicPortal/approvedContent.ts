// The only door the public portal has to the database: snapshots of approved stages, at the
// version that was approved. Live content tables hold drafts and are never read here, nor are
// snapshots of stages that are submitted, in review or returned.
import type { Database } from '../../db/prisma';
import { emptyContent, type DeliverableContent, type DeliverableKind } from '../../domain/planBudget/deliverable';
import { lastMonth } from '../../domain/monitoring/reportingPeriods';

/** The kinds a citizen reads; ceilings and preliminary programming are internal drafts of the budget. */
export const publishedKinds = ['strategicPlan', 'operationalPlan', 'budgetProposal', 'monitoringReport'] as const satisfies readonly DeliverableKind[];
export type PublishedKind = (typeof publishedKinds)[number];

export interface PublicInstitution {
  code: string;
  name: string;
  sector: string | null;
}

/** One approved deliverable as it was frozen, with where it comes from. */
export interface ApprovedDeliverable {
  kind: PublishedKind;
  institution: PublicInstitution;
  fiscalYear: number;
  stageName: string;
  version: number;
  approvedAt: Date;
  content: DeliverableContent;
}

/** What an institution published for one fiscal year: the latest approved plan, POA and budget, and every period's report. */
export interface ApprovedEdition {
  institution: PublicInstitution;
  fiscalYear: number;
  strategicPlan: ApprovedDeliverable | null;
  operationalPlan: ApprovedDeliverable | null;
  budgetProposal: ApprovedDeliverable | null;
  /** One per period (the latest approved for it), oldest period first. */
  monitoringReports: ApprovedDeliverable[];
}

interface ApprovedStageRow {
  stageId: string;
  stageCode: string;
  version: number;
  kind: PublishedKind;
  approvedAt: Date;
  stageName: string;
  fiscalYear: number;
  institution: PublicInstitution;
}

const isPublished = (kind: string): kind is PublishedKind => (publishedKinds as readonly string[]).includes(kind);

/** Approved stages whose approved version has a snapshot of a published kind (metadata only, no content yet). */
async function approvedStageRows(db: Database, where: { institutionCode?: string; fiscalYear?: number }): Promise<ApprovedStageRow[]> {
  const stages = await db.stage.findMany({
    where: {
      status: 'approved',
      ...(where.institutionCode !== undefined ? { institution: { code: where.institutionCode } } : {}),
      ...(where.fiscalYear !== undefined ? { cycle: { fiscalYear: where.fiscalYear } } : {}),
    },
    select: {
      id: true,
      code: true,
      name: true,
      version: true,
      approvedAt: true,
      institution: { select: { code: true, name: true, sector: true } },
      cycle: { select: { fiscalYear: true } },
      // Only the approved version: an older or newer snapshot of the same stage is not what was approved.
      snapshots: { select: { version: true, deliverable: true } },
    },
  });
  const rows: ApprovedStageRow[] = [];
  for (const stage of stages) {
    const approved = stage.snapshots.find((s) => s.version === stage.version);
    if (!approved || !isPublished(approved.deliverable)) continue;
    rows.push({
      stageId: stage.id,
      stageCode: stage.code,
      version: stage.version,
      kind: approved.deliverable,
      approvedAt: stage.approvedAt ?? new Date(0),
      stageName: stage.name,
      fiscalYear: stage.cycle.fiscalYear,
      institution: stage.institution,
    });
  }
  return rows;
}

/** A period's last month, so that a report for a later cut wins over one approved later for an earlier cut. */
function periodEnd(period: string | null): number {
  try {
    return period ? lastMonth(period) : 0;
  } catch {
    return 0;
  }
}

/** Loads the frozen content of the chosen stages; older snapshots lacking newer collections get them empty. */
async function withContent(db: Database, rows: ApprovedStageRow[]): Promise<ApprovedDeliverable[]> {
  if (rows.length === 0) return [];
  const snapshots = await db.stageSnapshot.findMany({
    where: { OR: rows.map((r) => ({ stageId: r.stageId, version: r.version })) },
    select: { stageId: true, version: true, content: true },
  });
  const contentOf = new Map(snapshots.map((s) => [`${s.stageId}/${s.version}`, s.content]));
  return rows.map((row) => {
    const frozen = (contentOf.get(`${row.stageId}/${row.version}`) ?? {}) as Partial<DeliverableContent>;
    const content = { ...emptyContent(row.kind, row.institution.code, row.fiscalYear), ...frozen };
    return { kind: row.kind, institution: row.institution, fiscalYear: row.fiscalYear, stageName: row.stageName, version: row.version, approvedAt: row.approvedAt, content };
  });
}

/**
 * The editions (institution x fiscal year) that approved content exists for, each with the latest
 * approved deliverable per kind (by approval date) and, for monitoring, the latest approved report
 * of each period. Filtered to one institution or one year when asked.
 */
export async function approvedEditions(db: Database, where: { institutionCode?: string; fiscalYear?: number } = {}): Promise<ApprovedEdition[]> {
  const rows = await approvedStageRows(db, where);
  const latest = new Map<string, ApprovedStageRow>();
  for (const row of rows) {
    const key = `${row.institution.code}/${row.fiscalYear}/${row.kind}`;
    const slot = row.kind === 'monitoringReport' ? `${key}/${row.stageId}` : key;
    const held = latest.get(slot);
    if (!held || row.approvedAt > held.approvedAt) latest.set(slot, row);
  }
  const deliverables = await withContent(db, [...latest.values()]);

  const editions = new Map<string, ApprovedEdition>();
  for (const d of deliverables) {
    const key = `${d.institution.code}/${d.fiscalYear}`;
    const edition = editions.get(key) ?? { institution: d.institution, fiscalYear: d.fiscalYear, strategicPlan: null, operationalPlan: null, budgetProposal: null, monitoringReports: [] };
    editions.set(key, edition);
    if (d.kind === 'monitoringReport') edition.monitoringReports.push(d);
    else edition[d.kind] = d;
  }
  for (const edition of editions.values()) edition.monitoringReports = latestPerPeriod(edition.monitoringReports);
  return [...editions.values()].sort((a, b) => a.institution.code.localeCompare(b.institution.code) || b.fiscalYear - a.fiscalYear);
}

/** Two stages may report the same period (a monthly and a re-opened one): the later approval stands. */
function latestPerPeriod(reports: ApprovedDeliverable[]): ApprovedDeliverable[] {
  const byPeriod = new Map<string, ApprovedDeliverable>();
  for (const report of reports) {
    const period = report.content.period ?? '';
    const held = byPeriod.get(period);
    if (!held || report.approvedAt > held.approvedAt) byPeriod.set(period, report);
  }
  return [...byPeriod.values()].sort((a, b) => periodEnd(a.content.period) - periodEnd(b.content.period) || a.approvedAt.getTime() - b.approvedAt.getTime());
}

/** The report a page shows: the one that reaches furthest into the year. */
export function latestReport(edition: ApprovedEdition): ApprovedDeliverable | null {
  return edition.monitoringReports.at(-1) ?? null;
}

/** Institutions with anything approved, with the fiscal years they published, newest first. */
export async function publishedInstitutions(db: Database): Promise<{ institution: PublicInstitution; years: number[]; kinds: PublishedKind[] }[]> {
  const rows = await approvedStageRows(db, {});
  const byCode = new Map<string, { institution: PublicInstitution; years: Set<number>; kinds: Set<PublishedKind> }>();
  for (const row of rows) {
    const entry = byCode.get(row.institution.code) ?? { institution: row.institution, years: new Set(), kinds: new Set() };
    byCode.set(row.institution.code, entry);
    entry.years.add(row.fiscalYear);
    entry.kinds.add(row.kind);
  }
  return [...byCode.values()]
    .sort((a, b) => a.institution.name.localeCompare(b.institution.name, 'es'))
    .map((e) => ({ institution: e.institution, years: [...e.years].sort((a, b) => b - a), kinds: publishedKinds.filter((k) => e.kinds.has(k)) }));
}

/** The years an institution published, newest first; empty when it published nothing (or does not exist). */
export async function publishedYears(db: Database, institutionCode: string): Promise<number[]> {
  const rows = await approvedStageRows(db, { institutionCode });
  return [...new Set(rows.map((r) => r.fiscalYear))].sort((a, b) => b - a);
}

/** One approved version of an institution's plan, budget or report, without its content. */
export type ApprovedVersion = Pick<ApprovedStageRow, 'institution' | 'stageCode' | 'stageName' | 'kind' | 'version' | 'approvedAt'>;

/** Every approved version of the institution's year, oldest approval first: the history, not only the latest. */
export async function approvedVersions(db: Database, institutionCode: string, fiscalYear: number): Promise<ApprovedVersion[]> {
  const rows = await approvedStageRows(db, { institutionCode, fiscalYear });
  return rows
    .sort((a, b) => a.approvedAt.getTime() - b.approvedAt.getTime() || a.stageCode.localeCompare(b.stageCode))
    .map(({ institution, stageCode, stageName, kind, version, approvedAt }) => ({ institution, stageCode, stageName, kind, version, approvedAt }));
}

/** One approved version with its content, by the stage that approved it; null when there is none. */
export async function approvedVersion(db: Database, institutionCode: string, fiscalYear: number, stageCode: string): Promise<ApprovedDeliverable | null> {
  const row = (await approvedStageRows(db, { institutionCode, fiscalYear })).find((r) => r.stageCode === stageCode);
  if (!row) return null;
  const [deliverable] = await withContent(db, [row]);
  return deliverable ?? null;
}
