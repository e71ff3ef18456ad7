// One stage of one institution (or of the coordinators): submit, approve at each level of its
// chain or return for correction; reminders, overdue mark and escalation on durable timers,
// recomputed when the deadline is extended or moved. Rules live in the domain classes.
import type { UpdateDefinition } from '@temporalio/common';
import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { StageEvent } from '../domain/stageEvent';
import { decidersOf, escalationRung, offTrackAudience, submittersOf, type AudienceMember } from '../domain/audience';
import { calendarNow, realMsUntil, realTime, type CalendarClock } from '../domain/calendarClock';
import { DeadlineAlarms, type Alarm, type AlarmPlan, type AlarmState } from '../domain/deadlineAlarms';
import { blockMessage, blockProblems, firedRules, rulesAt, type FiredRule, type RuleMoment, type StageRoutingRule } from '../domain/routingRules';
import { needsEveryMember, StageApproval, StageRuleViolation, type ApprovalStep, type StageParties, type StageSnapshot } from '../domain/stageRules';
import * as msg from './messages';
import { AppliedRequests } from './appliedRequests';
import { patchCheck, type PatchLevelInput } from './patchLevel';

export interface StageApprovalInput extends PatchLevelInput {
  stageId: string;
  parties: StageParties;
  deadline: string;
  alarms: AlarmPlan;
  clock?: CalendarClock;
  /** The template's rules for this stage; absent when it has none (every run started before them). */
  rules?: StageRoutingRule[];
  initial?: { snapshot: StageSnapshot; alarms?: AlarmState };
}

export interface StageOutcome {
  snapshot: StageSnapshot;
  approvedAt: string;
}

const recordRetry = { initialInterval: '2 seconds', maximumInterval: '1 minute' };
const { recordStageEvent, sendStageEmail, freezeDeliverable } = wf.proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: recordRetry });
const local = wf.proxyLocalActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: recordRetry });

/** Submissions run the deliverable's gates and freeze its snapshot; runs begun before keep their way. */
const deliverableGates = 'deliverable-gates';
/**
 * Records are written one at a time, in the order of the changes they carry. Run side by side,
 * an alarm's record retried after a crash (its snapshot: a draft) landed after the approval's
 * and left an approved stage's row in draft; two approvals in a row could cross the same way.
 */
const orderedRecords = 'ordered-stage-records';
/** A monitoring report submitted with indicators off track alerts the institution and its coordinators. */
const offTrackAlerts = 'off-track-alerts';
/**
 * Records and their mails run as local activities, in the worker's own workflow task: each
 * leaves one marker in the history instead of six events and a server round trip (both stay
 * once-only by their keys, as before).
 */
const localRecords = 'local-stage-records';
/** The submission's gates and snapshot run as a local activity too: submit answers sooner. */
const localGates = 'local-deliverable-gates';
/** Four eyes: the submitter and the deciders of a version decide none of its later levels. */
const separationOfDuties = 'separation-of-duties';

/** The submitter may withdraw a submission no level has decided; the reviewers of level 0 are told. */
const recallSubmissions = 'recall-submissions';
/** A request sent again after it was applied is answered with the state, not refused (see AppliedRequests). */
const repeatedRequests = 'repeated-requests';
/** The template's rules add a reviewer level or block, at submit and at each approval: asked only by stages with rules. */
const routingRules = 'routing-rules';
/**
 * Parallel review: a level of quorum 'all' waits on every member (read when its turn comes,
 * leaving out who already acted on the version); asked only by chains with such a level.
 */
const parallelReview = 'parallel-review';

/** Carries a stage from draft to final approval; returns when the last level approves. */
export async function stageApproval(input: StageApprovalInput): Promise<StageOutcome> {
  const patched = patchCheck(input.patchLevel);
  /** From patch level 1, a change and its mail are one local activity: one marker, not two. */
  const changeInOneActivity = (input.patchLevel ?? 0) >= 1;
  const clock = input.clock ?? realTime;
  const now = () => calendarNow(clock, Date.now());
  const stage = new StageApproval(input.parties, input.initial?.snapshot, patched(separationOfDuties));
  const alarms = new DeadlineAlarms(input.alarms, input.initial?.alarms ?? { deadline: input.deadline, deadlineVersion: 1, fired: [] });
  const { workflowId } = wf.workflowInfo();
  let timersChanged = false;
  /** The calendar instant of the final approval, as recorded in the audit trail. */
  let approvedAt = '';
  /** The deadline version people were last told of: a signalled move is announced by the loop. */
  let announcedVersion = alarms.snapshot.deadlineVersion;

  const state = (): msg.StageState => ({ snapshot: stage.snapshot, deadline: alarms.deadline, approvalChain: stage.approvalChain });
  /** The last record queued: each waits for the one before (see orderedRecords). */
  let previousRecord: Promise<void> = Promise.resolve();
  /** Persists the event with the new state, then mails its audience; the key makes both once-only. */
  const record = (action: StageEvent, detail: { version?: number; actor?: msg.StageActionInput['actor']; comment?: string; reasonCode?: string; audience?: AudienceMember[]; key?: string; approvalChain?: ApprovalStep[] } = {}): Promise<void> => {
    const snapshot = stage.snapshot;
    const eventKey = `${workflowId}:${detail.key ?? `v${detail.version ?? snapshot.version}:${action}:${snapshot.reviewLevel}`}`;
    const at = now();
    if (action === 'approved') approvedAt = at;
    const event = { stageId: input.stageId, eventKey, action, snapshot, deadline: alarms.deadline, version: detail.version ?? snapshot.version, at, actor: detail.actor, comment: detail.comment, reasonCode: detail.reasonCode, approvalChain: detail.approvalChain };
    const mail = detail.audience?.length ? { stageId: input.stageId, kind: action, idempotencyKey: eventKey, comment: detail.comment, audience: detail.audience } : undefined;
    const write = async () => {
      if (changeInOneActivity) return local.recordStageChange({ event, ...(mail ? { mail } : {}) });
      const activities = patched(localRecords) ? local : { recordStageEvent, sendStageEmail };
      await activities.recordStageEvent(event);
      if (mail) await activities.sendStageEmail(mail);
    };
    if (!patched(orderedRecords)) return write();
    const turn = previousRecord.then(write);
    previousRecord = turn.catch(() => undefined);
    return turn;
  };
  const moveDeadline = (deadline: string) => {
    alarms.moveDeadline(deadline);
    if (stage.snapshot.overdue && Date.parse(deadline) > Date.parse(now())) stage.setOverdue(false);
    timersChanged = true;
  };

  wf.setHandler(msg.stageStateQuery, state);

  // A validator never runs on replay and refused a repeat before: accepting one changes no recorded
  // history. The handler's answer to a repeat is behind its patch, asked only when one comes.
  const applied = new AppliedRequests();
  /**
   * The requests being applied, by key: the state changes before their records are written, so a
   * repeat arriving meanwhile would be refused ("no está en borrador"); it gets the first's outcome.
   */
  const applying = new Map<string, Promise<unknown>>();
  /** A request by its action: a requestId sent again with another action is another request. */
  const requestOf = (update: { name: string }, input: msg.StageActionInput) => (input.requestId === undefined ? undefined : `${update.name}:${input.requestId}`);
  /** The handler, unless the request was applied before (the answer is the state as it is) or is being applied (its outcome). */
  const once =
    <I extends msg.StageActionInput, O>(update: UpdateDefinition<O, [I]>, handler: (input: I) => Promise<O>, answer: () => O) =>
    async (input: I): Promise<O> => {
      const key = requestOf(update, input);
      const first = key === undefined ? undefined : applying.get(key);
      if (first && patched(repeatedRequests)) return first as Promise<O>;
      if (applied.has(key) && patched(repeatedRequests)) return answer();
      const outcome = handler(input);
      if (key === undefined) return outcome;
      applying.set(key, outcome);
      try {
        const result = await outcome;
        applied.add(key);
        return result;
      } finally {
        applying.delete(key);
      }
    };
  /** The validator, unless the request was applied before or is being applied. */
  const unlessApplied =
    <I extends msg.StageActionInput, O>(update: UpdateDefinition<O, [I]>, validator: (input: I) => void) =>
    (input: I): void => {
      const key = requestOf(update, input);
      if (!applied.has(key) && !(key !== undefined && applying.has(key))) validator(input);
    };
  const snapshot = () => stage.snapshot;
  /** A submission waiting on its gates: a second one is refused until the first is decided. */
  let submitting = false;
  /** A decision waiting on its rules' figures: other decisions are refused until it is applied. */
  let deciding = false;
  const notDeciding = () => {
    if (deciding) throw wf.ApplicationFailure.create({ type: 'conflict', message: 'Ya se está decidiendo esta etapa; espere el resultado', nonRetryable: true });
  };
  /** How many refusals rules gave: each is its own audit event. */
  let blockedCount = 0;
  /** Busy from a check that awaits until the handler has changed the state: a step arriving meanwhile is refused. */
  const busy = (moment: RuleMoment) => {
    if (moment === 'submit') submitting = true;
    else deciding = true;
  };
  const idle = () => {
    submitting = false;
    deciding = false;
  };
  wf.setHandler(msg.submitUpdate, once(msg.submitUpdate, async ({ actor, comment }) => {
    const offTrack = patched(deliverableGates) ? await passGates() : [];
    // Awaited only when there is something to read: a handler without rules or members changes the
    // state in the same turn its validator passed, as before them.
    const fired = rulesDue('submit') ? await judge('submit', actor) : [];
    const withMembers = membersDue(0) && (await readMembers(0, 'submit', [actor.userId]));
    stage.submit(actor.userId);
    idle();
    const submitted = record('submitted', { actor, comment, audience: decidersOf(stage.pendingStep!), ...(withMembers ? { approvalChain: stage.approvalChain } : {}) });
    await Promise.all([submitted, addLevels(fired, 'submit')]);
    if (offTrack.length && patched(offTrackAlerts)) {
      await record('off_track', { comment: `Fuera de meta: ${offTrack.join(', ')}`, audience: offTrackAudience(input.parties) });
    }
    return stage.snapshot;
  }, snapshot), {
    validator: unlessApplied(msg.submitUpdate, ({ actor }) => {
      if (submitting) throw wf.ApplicationFailure.create({ type: 'conflict', message: 'Ya se está presentando esta etapa; espere el resultado', nonRetryable: true });
      asFailure(() => stage.assertCanSubmit(actor));
    }),
  });
  wf.setHandler(msg.approveUpdate, once(msg.approveUpdate, async ({ actor, comment }) => {
    const fired = rulesDue('approval') ? await judge('approval', actor) : [];
    const added = addLevels(fired, 'approval');
    const level = stage.snapshot.reviewLevel;
    const current = stage.pendingStep!;
    // A member's approval of a level that waits on others: the level stays, and its record is the member's own.
    const byMember = needsEveryMember(current);
    const levelDone = !byMember || (current.members ?? []).every((m) => m.userId === actor.userId || (current.approvedBy ?? []).includes(m.userId));
    const { submitterId, deciderIds } = stage.versionActors;
    const withMembers = levelDone && membersDue(level + 1) && (await readMembers(level + 1, 'approval', [actor.userId, ...deciderIds, ...(submitterId ? [submitterId] : [])]));
    stage.approve(actor.userId);
    idle();
    const next = stage.pendingStep;
    const chain = byMember || withMembers ? { approvalChain: stage.approvalChain } : {};
    const key = `v${stage.snapshot.version}:level_approved:${level}${byMember ? `:${actor.userId}` : ''}`;
    if (!levelDone) await record('level_approved', { actor, comment, key, audience: [], ...chain });
    else if (next) await record('level_approved', { actor, comment, key, audience: decidersOf(next), ...chain });
    else await record('approved', { actor, comment, audience: submittersOf(input.parties), ...chain });
    await added;
    return stage.snapshot;
  }, snapshot), { validator: unlessApplied(msg.approveUpdate, ({ actor }) => (notDeciding(), asFailure(() => stage.assertCanApprove(actor)))) });
  wf.setHandler(msg.returnForCorrectionUpdate, once(msg.returnForCorrectionUpdate, async ({ actor, comment, reasonCode }) => {
    const returnedVersion = stage.snapshot.version;
    const hadMembers = stage.approvalChain.some((step) => step.members);
    stage.returnForCorrection();
    await record('returned', { actor, comment, reasonCode, version: returnedVersion, audience: submittersOf(input.parties), ...(hadMembers ? { approvalChain: stage.approvalChain } : {}) });
    return stage.snapshot;
  }, snapshot), { validator: unlessApplied(msg.returnForCorrectionUpdate, ({ actor, comment }) => (notDeciding(), asFailure(() => stage.assertCanReturn(actor, comment)))) });
  wf.setHandler(msg.recallUpdate, once(msg.recallUpdate, async ({ actor, comment }) => {
    // Runs only for recalls sent after this code: the marker tells later changes which histories have them.
    patched(recallSubmissions);
    const recalledVersion = stage.snapshot.version;
    const reviewers = decidersOf(stage.pendingStep!);
    const hadMembers = stage.approvalChain.some((step) => step.members);
    stage.recall();
    await record('recalled', { actor, comment, version: recalledVersion, audience: reviewers, ...(hadMembers ? { approvalChain: stage.approvalChain } : {}) });
    return stage.snapshot;
  }, snapshot), { validator: unlessApplied(msg.recallUpdate, ({ actor, comment, version }) => (notDeciding(), asFailure(() => stage.assertCanRecall(actor, comment, version)))) });
  wf.setHandler(msg.extendDeadlineUpdate, once(msg.extendDeadlineUpdate, async ({ actor, comment, newDeadline }) => {
    moveDeadline(newDeadline);
    announcedVersion = alarms.snapshot.deadlineVersion;
    await record('extended', { actor, comment, key: `d${alarms.snapshot.deadlineVersion}:extended`, audience: submittersOf(input.parties) });
    return state();
  }, state), { validator: unlessApplied(msg.extendDeadlineUpdate, ({ actor, newDeadline }) => asFailure(() => stage.assertCanExtend(actor, alarms.deadline, newDeadline))) });
  wf.setHandler(msg.reassignApproverUpdate, once(msg.reassignApproverUpdate, async ({ actor, comment, level, assignee }) => {
    stage.reassign(level, assignee);
    await record('reassigned', { actor, comment: comment ?? `Nivel ${level + 1} delegado a ${assignee.name}`, key: `v${stage.snapshot.version}:reassigned:${level}:${assignee.userId}`, audience: [{ userId: assignee.userId }], approvalChain: stage.approvalChain });
    return state();
  }, state), { validator: unlessApplied(msg.reassignApproverUpdate, ({ actor, level, assignee }) => asFailure(() => stage.assertCanReassign(actor, level, assignee.userId))) });
  wf.setHandler(msg.deadlineMovedSignal, ({ deadline }) => {
    if (!stage.isApproved && deadline !== alarms.deadline) moveDeadline(deadline);
  });

  while (!stage.isApproved) {
    if (alarms.snapshot.deadlineVersion !== announcedVersion) {
      announcedVersion = alarms.snapshot.deadlineVersion;
      await record('deadline_moved', { key: `d${announcedVersion}:deadline_moved`, audience: submittersOf(input.parties) });
    }
    for (const alarm of alarms.due(now())) await fire(alarm);
    timersChanged = false;
    await wf.condition(() => stage.isApproved || timersChanged, realMsUntil(clock, alarms.next().at, Date.now()));
  }
  await wf.condition(wf.allHandlersFinished);
  return { snapshot: stage.snapshot, approvedAt };

  /**
   * The template's rules due at this moment, on the deliverable's figures as they are now. A
   * blocking rule is audited and refuses the step; the others are returned for addLevels.
   */
  function rulesDue(moment: RuleMoment): boolean {
    return rulesAt(input.rules ?? [], moment).length > 0;
  }

  async function judge(moment: RuleMoment, actor: msg.StageActionInput['actor']): Promise<FiredRule[]> {
    const due = rulesAt(input.rules ?? [], moment);
    if (!due.length || !patched(routingRules)) return [];
    busy(moment);
    let fired: FiredRule[];
    try {
      fired = firedRules(due, moment, await local.routingFacts({ stageId: input.stageId }));
    } catch (err) {
      idle();
      throw err;
    }
    const blocking = fired.filter((f) => f.rule.then.kind === 'block');
    if (blocking.length) {
      idle();
      blockedCount += 1;
      const version = stage.snapshot.version;
      await record('rule_blocked', { actor, comment: blockMessage(blocking), reasonCode: blocking.map((f) => f.rule.code).join(','), key: `v${version}:rule_blocked:${blockedCount}` });
      const step = moment === 'submit' ? 'enviarse' : 'aprobarse';
      throw wf.ApplicationFailure.create({ type: 'rule_blocked', message: `La etapa no puede ${step}: ${blockMessage(blocking)}`, details: [blockProblems(blocking)], nonRetryable: true });
    }
    return fired;
  }

  /**
   * The members a level of quorum 'all' waits on, when its turn comes: its role's people at its
   * institution but those who acted on the version (four eyes). True when the level got them.
   */
  function membersDue(level: number): boolean {
    const step = stage.approvalChain[level];
    return step?.quorum === 'all' && !step.assignee;
  }

  async function readMembers(level: number, moment: RuleMoment, actedOnVersion: string[]): Promise<boolean> {
    if (!membersDue(level) || !patched(parallelReview)) return false;
    const step = stage.approvalChain[level]!;
    busy(moment);
    let people: { userId: string; name: string }[];
    try {
      people = await local.levelMembers({ institutionId: step.institutionId, role: step.role });
    } catch (err) {
      idle();
      throw err;
    }
    stage.setMembers(level, people.filter((person) => !actedOnVersion.includes(person.userId)));
    return true;
  }

  /**
   * Adds the levels fired rules add, at once (the caller's state change comes next); each is
   * audited once with the new chain, and its deciders are told unless their turn is next anyway.
   */
  function addLevels(fired: FiredRule[], moment: RuleMoment): Promise<unknown> {
    const records = fired.flatMap(({ rule, reason }) => {
      if (rule.then.kind !== 'addLevel' || !stage.addLevel(rule.then.step)) return [];
      const level = stage.approvalChain.length;
      // An approval about to pass to the added level tells its deciders with its own mail.
      const nextInTurn = moment === 'approval' && level - 1 === stage.snapshot.reviewLevel + 1;
      return [
        record('rule_fired', {
          comment: `${rule.name}: ${reason}. Se añade el nivel ${level}`,
          reasonCode: rule.code,
          key: `v${stage.snapshot.version}:rule_fired:${rule.code}`,
          audience: nextInTurn ? [] : decidersOf(rule.then.step),
          approvalChain: stage.approvalChain,
        }),
      ];
    });
    return Promise.all(records);
  }

  /** Fails the submission with every problem the gates find; when none, the version is frozen and its indicators off track are answered. */
  async function passGates(): Promise<string[]> {
    submitting = true;
    try {
      const freeze = patched(localGates) ? local.freezeDeliverable : freezeDeliverable;
      const { problems, offTrack } = await freeze({ stageId: input.stageId, version: stage.snapshot.version });
      if (problems.length) {
        throw wf.ApplicationFailure.create({ type: 'gates_failed', message: `La entrega no puede presentarse: ${problems.length} problema(s) por resolver`, details: [problems], nonRetryable: true });
      }
      // Histories recorded before the alerts carry no list.
      return offTrack ?? [];
    } finally {
      submitting = false;
    }
  }

  async function fire(alarm: Alarm) {
    const pending = stage.pendingStep;
    const owners = pending ? decidersOf(pending) : submittersOf(input.parties);
    if (alarm.kind === 'reminder') await record('reminder', { key: alarm.key, comment: `${alarm.daysBefore} día(s) para el plazo`, audience: owners });
    if (alarm.kind === 'overdue') {
      stage.setOverdue(true);
      await record('overdue', { key: alarm.key, audience: owners });
    }
    if (alarm.kind === 'escalation') {
      await record('escalated', { key: alarm.key, comment: `Ronda ${alarm.round}: se avisa a ${alarm.rung}`, audience: escalationRung(alarm.rung, input.parties) });
    }
  }
}

/** Turns a broken domain rule into a failure the client sees, written nowhere in history. */
function asFailure(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof StageRuleViolation) {
      throw wf.ApplicationFailure.create({ type: err.kind, message: err.message, nonRetryable: true });
    }
    throw err;
  }
}
