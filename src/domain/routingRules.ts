// The template's rules that reroute or block a stage (see routingRule in calendar/template.ts),
// as its workflow runs them: resolved to institutions when the stage opens, evaluated on the
// deliverable's figures at submit and at each approval. Pure, so unit tests need no server.
import type { RoutingRule } from './calendar/template';
import type { ApprovalStep } from './stageRules';

export type RuleMoment = 'submit' | 'approval';

/** A template rule as its stage runs it: the added level's institution resolved. */
export interface StageRoutingRule {
  code: string;
  name: string;
  when: RoutingRule['when'];
  then: { kind: 'addLevel'; step: ApprovalStep } | { kind: 'block'; message: string };
  at: RuleMoment[];
}

/** The figures the conditions read, in quetzales; null where the data is missing. */
export interface RoutingFacts {
  /** Sum of the budget lines of the stage's institution and fiscal year. */
  proposedTotal: number;
  /** Sum of the vigente of the year before; null when that year's execution was never imported. */
  previousVigente: number | null;
  /** Sum of the latest ceiling per source; null when MINFIN set none. */
  ceilingTotal: number | null;
}

/** A rule whose condition holds, with the reason in Spanish, for the audit trail and the refusal. */
export interface FiredRule {
  rule: StageRoutingRule;
  reason: string;
}

const quetzales = (amount: number) => `Q ${amount.toLocaleString('es-GT', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Why the condition holds, or undefined when it does not (a missing figure never fires a rule). */
export function conditionHolds(when: RoutingRule['when'], facts: RoutingFacts): string | undefined {
  if (when.kind === 'overPreviousVigente') {
    const base = facts.previousVigente;
    if (base === null || base <= 0) return undefined;
    const increase = ((facts.proposedTotal - base) / base) * 100;
    if (increase <= when.percent) return undefined;
    return `El total propuesto (${quetzales(facts.proposedTotal)}) supera en ${increase.toFixed(1)} % el vigente del año anterior (${quetzales(base)}); el límite es ${when.percent} %`;
  }
  const ceiling = facts.ceilingTotal;
  if (ceiling === null || facts.proposedTotal <= ceiling) return undefined;
  return `El total propuesto (${quetzales(facts.proposedTotal)}) excede los techos asignados (${quetzales(ceiling)}) en ${quetzales(facts.proposedTotal - ceiling)}`;
}

/** The rules evaluated at this moment whose conditions hold, in the template's order. */
export function firedRules(rules: readonly StageRoutingRule[], moment: RuleMoment, facts: RoutingFacts): FiredRule[] {
  return rules.flatMap((rule) => {
    if (!rule.at.includes(moment)) return [];
    const reason = conditionHolds(rule.when, facts);
    return reason === undefined ? [] : [{ rule, reason }];
  });
}

/** The rules evaluated at this moment: none means no figures need reading. */
export function rulesAt(rules: readonly StageRoutingRule[], moment: RuleMoment): StageRoutingRule[] {
  return rules.filter((rule) => rule.at.includes(moment));
}

const blockText = ({ rule, reason }: FiredRule) => (rule.then.kind === 'block' ? `${rule.then.message} (${reason})` : reason);

/** The refusal a blocking rule gives, naming every rule that blocks. */
export function blockMessage(blocking: readonly FiredRule[]): string {
  return blocking.map(blockText).join('; ');
}

/** The blocking rules as the problems of a refused step (listed like a deliverable's gates). */
export function blockProblems(blocking: readonly FiredRule[]): { gate: 'rule'; ref: string; message: string }[] {
  return blocking.map((fired) => ({ gate: 'rule', ref: fired.rule.name, message: blockText(fired) }));
}
