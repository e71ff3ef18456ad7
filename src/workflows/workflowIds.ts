// The one place that names workflows: readable ids, unique per jurisdiction, year, phase,
// institution and stage, so a repeated start finds the running workflow instead of starting another.
interface CycleKey {
  jurisdiction: string;
  fiscalYear: number;
  /** The execution year's monitoring and the municipal calendar run beside the planning of the same year. */
  phase?: 'planning' | 'execution' | 'municipal' | 'transparency';
}

/** Planning ids keep their first form (running workflows carry them); the other phases add theirs. */
const phaseSuffix = { planning: '', execution: '-ejecucion', municipal: '-municipal', transparency: '-transparencia' } as const;
const yearSegment = ({ fiscalYear, phase }: CycleKey) => `${fiscalYear}${phaseSuffix[phase ?? 'planning']}`;

/** Coordination stages belong to the jurisdiction, not to one institution. */
export const coordinationOwner = '_coordinacion';

export function stageWorkflowId(parts: CycleKey & { institutionCode: string; stageCode: string }): string {
  return `stage/${parts.jurisdiction}/${yearSegment(parts)}/${parts.institutionCode}/${parts.stageCode}`;
}

export function institutionCycleWorkflowId(parts: CycleKey & { institutionCode: string }): string {
  return `cycle/${parts.jurisdiction}/${yearSegment(parts)}/${parts.institutionCode}`;
}

export function governmentCycleWorkflowId(parts: CycleKey): string {
  return `cycle/${parts.jurisdiction}/${yearSegment(parts)}`;
}

/** One digest for the whole deployment. */
export const overdueDigestWorkflowId = 'digest/overdue';

/**
 * The Update id of a request a client may repeat: its requestId, under the action's name. Temporal
 * keeps one Update per id in a workflow whatever its name, so a requestId sent again with another
 * action (a submit's, then a reassignment's) would have answered the first action's result and done
 * nothing.
 */
export function requestUpdateId(action: string, requestId: string | undefined): string | undefined {
  return requestId === undefined ? undefined : `${action}:${requestId}`;
}
