// The figures of the citizens' budget (issue 22, item 9), from approved deliverables only: what an
// institution plans to spend, its main programmes with what each produces and costs, and what the
// money buys by group of the object of expenditure; and the same for the nation, institution by
// institution. Pure, so the unit tests need no database.
import type { DeliverableContent } from '../../domain/planBudget/deliverable';
import { programmeOf } from '../../domain/monitoring/executionProgress';
import { annualTarget, fromCents, toCents } from '../../domain/planBudget/linkage';
import type { ApprovedEdition, PublicInstitution } from './approvedContent';
import { budgetByProgramme, type ProgrammeBudget } from './publicFigures';

/** How many programmes are told one by one; the rest are summed as "other programmes". */
export const mainProgrammesShown = 5;
/** How many products of a programme are named. */
const productsShown = 5;

/** The groups of Guatemala's object-of-expenditure classifier: the renglón's first digit. */
export const spendingGroups = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
export type SpendingGroup = (typeof spendingGroups)[number];

export interface ProducedGood {
  code: string;
  name: string;
  unitOfMeasure: string | null;
  annualTarget: number | null;
}

export interface MainProgramme extends ProgrammeBudget {
  products: ProducedGood[];
  /** Products of the programme beyond those named. */
  moreProducts: number;
}

export interface InstitutionCitizensBudget {
  institution: PublicInstitution;
  fiscalYear: number;
  total: number;
  approvedAt: Date;
  programmes: MainProgramme[];
  /** The programmes not told one by one, summed; null when none is left. */
  otherProgrammes: { count: number; amount: number; share: number } | null;
  groups: { group: SpendingGroup; amount: number; share: number }[];
}

/** What the money buys, by group of the object of expenditure, largest first. */
export function spendingByGroup(content: Pick<DeliverableContent, 'budgetLines'>): { group: SpendingGroup; amount: number; share: number }[] {
  const sums = new Map<SpendingGroup, number>();
  for (const line of content.budgetLines) {
    const group = (spendingGroups as readonly string[]).includes(line.objectCode.charAt(0)) ? (line.objectCode.charAt(0) as SpendingGroup) : '9';
    sums.set(group, (sums.get(group) ?? 0) + toCents(line.amount));
  }
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  return [...sums.entries()].sort(([, a], [, b]) => b - a).map(([group, cents]) => ({ group, amount: fromCents(cents), share: total ? cents / total : 0 }));
}

/**
 * An institution's citizens' budget from its latest approved budget proposal (and, for what the
 * programmes produce, the proposal's products, or else the approved POA's); null without a proposal.
 */
export function institutionCitizensBudget(edition: ApprovedEdition): InstitutionCitizensBudget | null {
  const proposal = edition.budgetProposal;
  if (!proposal) return null;
  const goods = proposal.content.products.length > 0 ? proposal.content : edition.operationalPlan?.content;
  const byProgramme = budgetByProgramme(proposal.content).sort((a, b) => b.amount - a.amount || a.programme.localeCompare(b.programme));
  const total = fromCents(byProgramme.reduce((sum, p) => sum + toCents(p.amount), 0));
  const main = byProgramme.slice(0, mainProgrammesShown).map((programme): MainProgramme => {
    const products = (goods?.products ?? []).filter((p) => !p.parentCode && p.categoryCode && programmeOf(p.categoryCode) === programme.programme);
    return {
      ...programme,
      products: products.slice(0, productsShown).map((p) => ({ code: p.code, name: p.name, unitOfMeasure: p.unitOfMeasure, annualTarget: goods ? annualTarget(goods, p.code, 'POA') : null })),
      moreProducts: Math.max(0, products.length - productsShown),
    };
  });
  const rest = byProgramme.slice(mainProgrammesShown);
  const restAmount = fromCents(rest.reduce((sum, p) => sum + toCents(p.amount), 0));
  return {
    institution: edition.institution,
    fiscalYear: edition.fiscalYear,
    total,
    approvedAt: proposal.approvedAt,
    programmes: main,
    otherProgrammes: rest.length ? { count: rest.length, amount: restAmount, share: total ? restAmount / total : 0 } : null,
    groups: spendingByGroup(proposal.content),
  };
}

export interface NationalCitizensBudget {
  fiscalYear: number;
  total: number;
  institutions: { institution: PublicInstitution; amount: number; share: number }[];
  groups: { group: SpendingGroup; amount: number; share: number }[];
}

/** The nation's citizens' budget for a year: every institution with an approved proposal, largest first. */
export function nationalCitizensBudget(editions: readonly ApprovedEdition[], fiscalYear: number): NationalCitizensBudget {
  const proposals = editions.filter((e) => e.fiscalYear === fiscalYear && e.budgetProposal).map((e) => e.budgetProposal!);
  const amounts = proposals.map((p) => ({ institution: p.institution, cents: p.content.budgetLines.reduce((sum, l) => sum + toCents(l.amount), 0) }));
  const totalCents = amounts.reduce((sum, a) => sum + a.cents, 0);
  return {
    fiscalYear,
    total: fromCents(totalCents),
    institutions: amounts
      .sort((a, b) => b.cents - a.cents || a.institution.code.localeCompare(b.institution.code))
      .map((a) => ({ institution: a.institution, amount: fromCents(a.cents), share: totalCents ? a.cents / totalCents : 0 })),
    groups: spendingByGroup({ budgetLines: proposals.flatMap((p) => p.content.budgetLines) }),
  };
}

/** The years some institution has an approved budget proposal for, newest first. */
export function citizensBudgetYears(editions: readonly ApprovedEdition[]): number[] {
  return [...new Set(editions.filter((e) => e.budgetProposal).map((e) => e.fiscalYear))].sort((a, b) => b - a);
}
