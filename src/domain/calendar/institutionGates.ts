// The coordinators' stages an institution's year waits on: those its stages depend on, and those
// whose approval dates one of its stages' start or deadline. Only their approvals need reach each
// institution's cycle; telling each of hundreds of institutions of every other approval cost six
// history events per institution each (issue 20).
import type { StageTemplate } from './template';

export function institutionGates(stages: readonly StageTemplate[]): Set<string> {
  const coordination = new Set(stages.filter((s) => s.scope === 'coordination').map((s) => s.code));
  const waitedOn = stages
    .filter((s) => s.scope === 'institution')
    .flatMap((s) => [...s.dependsOn, ...[s.start, s.deadline].flatMap((rule) => (rule.kind === 'afterApproval' ? [rule.stage] : []))]);
  return new Set(waitedOn.filter((code) => coordination.has(code)));
}
