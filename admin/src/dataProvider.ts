import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier } from 'react-admin';
import { templateFormPath } from './calendar-templates/formPaths';
import { contentFormPath, isContentResource } from './plan-budget/resources';
import type { MultiYear, StageChecks, StageDiff, StageSnapshot } from './plan-budget/types';
import { cycleFormPath } from './cycles/formPaths';
import type { CycleStatistics } from './home/types';
import { httpClient } from './httpClient';
import { institutionFormPath } from './institutions/formPaths';
import { withFormErrors } from './serverErrors';
import type { z } from 'zod';
import type { StageDecisionsResult } from '../../src/api/responses';
import type { extendStageBody, moveDeadlineBody, stageActionBodies, stageDecisionsBody } from '../../src/api/schemas';
import type { CycleProgress, CycleStartProgress, InstitutionFacets, InvitationSent, ProgressSelection, Stage } from './types';
import { userFormPath } from './users/formPaths';

const API_URL = '/api';

// The bodies of the actions, as the API's own schemas read them (the console sends no requestId).
type ActionBody<Schema extends z.ZodType> = Omit<z.input<Schema>, 'requestId'>;
export type TransitionParams = ActionBody<(typeof stageActionBodies)['approve']>;
export type ReturnParams = ActionBody<(typeof stageActionBodies)['return']>;
/** The version is the one the person saw: the API refuses to withdraw a later one. */
export type RecallParams = ActionBody<(typeof stageActionBodies)['recall']> & { version: number };
/** One decision on many stages; each stage carries its own requestId, so a retry decides nothing twice. */
export type BulkDecisionParams = z.input<typeof stageDecisionsBody>;
/** newDeadline: ISO 8601 with offset, e.g. "2027-04-15T17:00:00-06:00". */
export type ExtendParams = ActionBody<typeof extendStageBody>;
/** deadline: ISO 8601 with offset, e.g. "2028-07-20T23:59:00-06:00". */
export type MoveDeadlineParams = ActionBody<typeof moveDeadlineBody>;

export interface StageResult {
  data: Stage;
}

export interface CicloDataProvider extends DataProvider {
  submitStage: (id: Identifier, params: TransitionParams) => Promise<StageResult>;
  approveStage: (id: Identifier, params: TransitionParams) => Promise<StageResult>;
  returnStage: (id: Identifier, params: ReturnParams) => Promise<StageResult>;
  /** POST /api/stages/:id/recall: the submitter withdraws a submission no level has decided. */
  recallStage: (id: Identifier, params: RecallParams) => Promise<StageResult>;
  extendStage: (id: Identifier, params: ExtendParams) => Promise<StageResult>;
  /** POST /api/stages/decisions: approve or return many stages at once, each answered on its own. */
  decideStages: (params: BulkDecisionParams) => Promise<{ data: StageDecisionsResult }>;
  /** GET /api/cycles/:id/progress: the institution x stage matrix, one page of the institutions that pass the filters. */
  getCycleProgress: (id: Identifier, selection?: ProgressSelection) => Promise<{ data: CycleProgress }>;
  /** GET /api/cycles/:id/start-progress: how many institution cycles have started. */
  getCycleStartProgress: (id: Identifier) => Promise<{ data: CycleStartProgress }>;
  /** GET /api/cycles/:id/statistics: on-time share per stage, completion over time, overdue per institution. */
  getCycleStatistics: (id: Identifier) => Promise<{ data: CycleStatistics }>;
  /** POST /api/cycles/:id/move-deadline: a stage's date for every institution. */
  moveCycleDeadline: (id: Identifier, params: MoveDeadlineParams) => Promise<{ data: { stageCode: string; deadline: string } }>;
  /** GET /api/stages/:id/checks: what is still missing before the stage can be submitted. */
  getStageChecks: (id: Identifier) => Promise<{ data: StageChecks }>;
  /** GET /api/stages/:id/snapshots: the frozen versions, newest first. */
  getStageSnapshots: (id: Identifier) => Promise<{ data: StageSnapshot[] }>;
  /** GET /api/stages/:id/diff?from&to: what changed between two versions (to may be "actual"). */
  getStageDiff: (id: Identifier, params: { from: number; to: number | 'actual' }) => Promise<{ data: StageDiff }>;
  /** GET /api/multi-year?institutionId&fiscalYear: projection and scenarios against the ceilings. */
  getMultiYear: (params: { institutionId: string; fiscalYear: number }) => Promise<{ data: MultiYear }>;
  /** GET /api/institutions/facets: kinds, sectors and departments of the active institutions, with counts. */
  getInstitutionFacets: () => Promise<{ data: InstitutionFacets }>;
  /** POST /api/users/:id/invitation: mails the person a new one-time link to set their password. */
  sendInvitation: (id: Identifier) => Promise<{ data: InvitationSent }>;
}

/** Accepts both a bare stage and a `{data: stage}` envelope. */
const unwrapStage = (json: unknown): Stage => {
  if (json && typeof json === 'object' && 'data' in json) {
    const data = (json as { data: unknown }).data;
    if (data && typeof data === 'object' && 'id' in data) return data as Stage;
  }
  return json as Stage;
};

const postJson = async (path: string, body: unknown): Promise<unknown> => {
  const { json } = await httpClient(`${API_URL}${path}`, {
    method: 'POST',
    headers: new Headers({
      Accept: 'application/json',
      'Content-Type': 'application/json',
    }),
    body: JSON.stringify(body),
  });
  return json;
};

const postTransition = async (
  id: Identifier,
  action: 'submit' | 'approve' | 'return' | 'recall' | 'extend',
  body: TransitionParams | ReturnParams | RecallParams | ExtendParams,
): Promise<StageResult> => ({
  data: unwrapStage(await postJson(`/stages/${encodeURIComponent(String(id))}/${action}`, body)),
});

const baseProvider = simpleRestProvider(API_URL, httpClient);

/** An empty optional comment is left out of the body rather than sent as "" or null. */
const optionalComment = (comment?: string | null): TransitionParams => {
  const trimmed = comment?.trim();
  return trimmed ? { comment: trimmed } : {};
};

/** Field errors of a 400 or 422, shown under the inputs of these resources' forms. */
const formPaths = {
  cycles: { create: cycleFormPath, update: cycleFormPath },
  'calendar-templates': { create: templateFormPath(true), update: templateFormPath(false) },
  institutions: { create: institutionFormPath, update: institutionFormPath },
  users: { create: userFormPath('create'), update: userFormPath('update') },
} as const;

const formPathsOf = (resource: string) => {
  if (resource in formPaths) return formPaths[resource as keyof typeof formPaths];
  if (isContentResource(resource)) {
    const path = contentFormPath(resource);
    return { create: path, update: path };
  }
  return undefined;
};

const getJson = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;

const stagePath = (id: Identifier, rest: string) => `/stages/${encodeURIComponent(String(id))}/${rest}`;

export const dataProvider: CicloDataProvider = {
  ...baseProvider,
  create: (resource, params) => {
    const paths = formPathsOf(resource);
    const call = baseProvider.create(resource, params);
    return paths ? withFormErrors(call, paths.create) : call;
  },
  update: (resource, params) => {
    const paths = formPathsOf(resource);
    const call = baseProvider.update(resource, params);
    return paths ? withFormErrors(call, paths.update) : call;
  },
  submitStage: (id, { comment }) => postTransition(id, 'submit', optionalComment(comment)),
  approveStage: (id, { comment }) => postTransition(id, 'approve', optionalComment(comment)),
  returnStage: (id, { comment, reasonCode }) => postTransition(id, 'return', { comment: comment.trim(), reasonCode }),
  recallStage: (id, { comment, version }) => postTransition(id, 'recall', { comment: comment.trim(), version }),
  extendStage: (id, { newDeadline, comment }) => postTransition(id, 'extend', { newDeadline, comment: comment.trim() }),
  // A blank comment is no comment (undefined leaves it out of the JSON).
  decideStages: async ({ comment, ...params }) => ({ data: (await postJson('/stages/decisions', { ...params, comment: comment?.trim() || undefined })) as StageDecisionsResult }),
  getCycleProgress: async (id, selection = {}) => {
    // Only what was chosen: an empty filter is no filter.
    const query = new URLSearchParams(Object.entries(selection).flatMap(([name, value]) => (value === undefined || value === '' ? [] : [[name, String(value)]])));
    return { data: await getJson<CycleProgress>(`/cycles/${encodeURIComponent(String(id))}/progress?${query}`) };
  },
  getCycleStartProgress: async (id) => ({
    data: await getJson<CycleStartProgress>(`/cycles/${encodeURIComponent(String(id))}/start-progress`),
  }),
  getCycleStatistics: async (id) => ({
    data: await getJson<CycleStatistics>(`/cycles/${encodeURIComponent(String(id))}/statistics`),
  }),
  moveCycleDeadline: async (id, { stageCode, deadline, comment }) => {
    const trimmed = comment?.trim();
    const json = await postJson(`/cycles/${encodeURIComponent(String(id))}/move-deadline`, {
      stageCode,
      deadline,
      ...(trimmed ? { comment: trimmed } : {}),
    });
    return { data: json as { stageCode: string; deadline: string } };
  },
  getStageChecks: async (id) => ({ data: await getJson<StageChecks>(stagePath(id, 'checks')) }),
  getStageSnapshots: async (id) => ({ data: await getJson<StageSnapshot[]>(stagePath(id, 'snapshots')) }),
  getStageDiff: async (id, { from, to }) => ({
    data: await getJson<StageDiff>(stagePath(id, `diff?${new URLSearchParams({ from: String(from), to: String(to) })}`)),
  }),
  getMultiYear: async ({ institutionId, fiscalYear }) => ({
    data: await getJson<MultiYear>(`/multi-year?${new URLSearchParams({ institutionId, fiscalYear: String(fiscalYear) })}`),
  }),
  getInstitutionFacets: async () => ({ data: await getJson<InstitutionFacets>('/institutions/facets') }),
  sendInvitation: async (id) => ({
    data: (await postJson(`/users/${encodeURIComponent(String(id))}/invitation`, {})) as InvitationSent,
  }),
};
