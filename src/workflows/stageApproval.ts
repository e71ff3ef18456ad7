// One stage of one institution: submit, approve or return for correction, with a reminder
// before the deadline and the overdue mark after it. Rules live in StageApproval (domain).
import * as wf from '@temporalio/workflow';
import type { Activities, EventDetail, StageEvent } from '../activities';
import { msUntil, reminderTime } from '../domain/deadlines';
import { StageApproval, StageRuleViolation, type StageSnapshot } from '../domain/stageRules';
import { approveUpdate, returnForCorrectionUpdate, stageStateQuery, submitUpdate } from './messages';

export interface StageApprovalInput {
  stageId: string;
  institutionId: string;
  deadline: string;
  reminderDaysBefore: number;
  initial?: StageSnapshot;
}

const { recordStageEvent, sendStageEmail } = wf.proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', maximumInterval: '1 minute' },
});

/** Carries a stage from draft to approval; completes when the authority approves it. */
export async function stageApproval(input: StageApprovalInput): Promise<StageSnapshot> {
  const stage = new StageApproval(input.institutionId, input.initial);
  const { workflowId } = wf.workflowInfo();

  /** Persists the event and the new state, then mails it; `version` is the version acted on. */
  const record = async (action: StageEvent, snapshot: StageSnapshot, version: number, detail: EventDetail = {}) => {
    const eventKey = `${workflowId}:v${version}:${action}`;
    const at = new Date().toISOString();
    await recordStageEvent({ stageId: input.stageId, eventKey, action, snapshot, version, at, ...detail });
    await sendStageEmail({ stageId: input.stageId, kind: action, idempotencyKey: eventKey, comment: detail.comment });
  };

  wf.setHandler(stageStateQuery, () => stage.snapshot);
  wf.setHandler(
    submitUpdate,
    async ({ actor, comment }) => {
      const snapshot = stage.submit();
      await record('submitted', snapshot, snapshot.version, { actor, comment });
      return snapshot;
    },
    { validator: ({ actor }) => asFailure(() => stage.assertCanSubmit(actor)) },
  );
  wf.setHandler(
    approveUpdate,
    async ({ actor, comment }) => {
      const snapshot = stage.approve();
      await record('approved', snapshot, snapshot.version, { actor, comment });
      return snapshot;
    },
    { validator: ({ actor }) => asFailure(() => stage.assertCanApprove(actor)) },
  );
  wf.setHandler(
    returnForCorrectionUpdate,
    async ({ actor, comment, reasonCode }) => {
      // The audit line belongs to the version returned; the stage goes on as the next version.
      const returnedVersion = stage.snapshot.version;
      const snapshot = stage.returnForCorrection();
      await record('returned', snapshot, returnedVersion, { actor, comment, reasonCode });
      return snapshot;
    },
    { validator: ({ actor, comment }) => asFailure(() => stage.assertCanReturn(actor, comment)) },
  );

  const remindAt = reminderTime(input.deadline, input.reminderDaysBefore);
  if (!(await wf.condition(() => stage.isApproved, msUntil(remindAt, Date.now())))) {
    await sendStageEmail({ stageId: input.stageId, kind: 'reminder', idempotencyKey: `${workflowId}:reminder` });
  }
  if (!(await wf.condition(() => stage.isApproved, msUntil(input.deadline, Date.now())))) {
    const snapshot = stage.markOverdue();
    await record('overdue', snapshot, snapshot.version);
  }
  await wf.condition(() => stage.isApproved && wf.allHandlersFinished());
  return stage.snapshot;
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
