// The one place that names workflows: readable ids, unique per jurisdiction, year, institution
// and stage, so a repeated start finds the running workflow instead of starting another.
interface CycleKey {
  jurisdiction: string;
  fiscalYear: number;
}

/** Coordination stages belong to the jurisdiction, not to one institution. */
export const coordinationOwner = '_coordinacion';

export function stageWorkflowId(parts: CycleKey & { institutionCode: string; stageCode: string }): string {
  return `stage/${parts.jurisdiction}/${parts.fiscalYear}/${parts.institutionCode}/${parts.stageCode}`;
}

export function institutionCycleWorkflowId(parts: CycleKey & { institutionCode: string }): string {
  return `cycle/${parts.jurisdiction}/${parts.fiscalYear}/${parts.institutionCode}`;
}

export function governmentCycleWorkflowId(parts: CycleKey): string {
  return `cycle/${parts.jurisdiction}/${parts.fiscalYear}`;
}

/** One digest for the whole deployment. */
export const overdueDigestWorkflowId = 'digest/overdue';
