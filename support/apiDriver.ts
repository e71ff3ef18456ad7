// Drives a whole cycle through the HTTP API as its planners, directors, authorities and
// coordinators would, and carries on while the API or Temporal is down: each action is sent
// again with the same requestId until it is answered, so a retried approval is applied once.
import { randomUUID } from 'node:crypto';
import { pause } from './processes';

export interface StageView {
  id: string;
  code: string;
  scope: 'institution' | 'coordination';
  institutionId: string;
  institutionCode: string;
  status: string;
  approvalChain: { role: string; institutionId: string }[];
}

type Answer = { status: number; body: any };

/** An action the API refused for a reason the driver does not wait out: names the stage, to read its history. */
export class RefusedAction extends Error {
  constructor(
    message: string,
    readonly stageId: string,
  ) {
    super(message);
  }
}

export class ApiCycleDriver {
  /** Actions sent again: refused (the API down), cut off unanswered (it may have been applied), answered 5xx, before the stage opened; and final approvals found applied. */
  readonly stats = { requests: 0, refused: 0, cutOff: 0, serverError: 0, whileOpening: 0, alreadyApplied: 0 };
  /** The requestId of every approval sent, by stage id: what Temporal's history must hold, once each. */
  readonly approvals = new Map<string, string[]>();
  private readonly carried = new Set<string>();
  /** When each stage's final approval was answered (Date.now()), by stage id. */
  private readonly finished = new Map<string, number>();

  constructor(
    private readonly baseUrl: string,
    /** The session token of the person with this role in this institution. */
    private readonly tokenOf: (role: string, institutionId: string, nth?: number) => string,
    private readonly actionLimitMs = 10 * 60_000,
  ) {}

  /** One HTTP exchange; a connection refused or reset (the API killed) comes back as an Error. */
  private async send(method: string, path: string, token: string, body?: unknown): Promise<Answer | Error> {
    this.stats.requests += 1;
    try {
      const response = await fetch(`${this.baseUrl}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(90_000),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    } catch (err) {
      return err as Error;
    }
  }

  /** A read, retried while the API or what it reads is unavailable. */
  async get(path: string, token: string): Promise<any> {
    for (const until = Date.now() + this.actionLimitMs; Date.now() < until; await pause(500)) {
      const answer = await this.send('GET', path, token);
      if (answer instanceof Error || answer.status >= 500) continue;
      if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    }
    throw new Error(`GET ${path}: sin respuesta`);
  }

  /** Sends one action until it is answered; every attempt carries the same requestId. */
  async act(stage: StageView, action: 'submit' | 'approve', token: string, final: boolean): Promise<void> {
    const requestId = randomUUID();
    if (action === 'approve') this.approvals.set(stage.id, [...(this.approvals.get(stage.id) ?? []), requestId]);
    const until = Date.now() + this.actionLimitMs;
    while (Date.now() < until) {
      const answer = await this.send('POST', `/stages/${stage.id}/${action}`, token, { requestId });
      if (answer instanceof Error) {
        if ((answer.cause as { code?: string } | undefined)?.code === 'ECONNREFUSED') this.stats.refused += 1;
        else this.stats.cutOff += 1;
      } else if (answer.status === 200) {
        return;
      } else if (answer.status >= 500) {
        this.stats.serverError += 1;
      } else if (answer.status === 409 && /aún se está abriendo/.test(answer.body?.message ?? '')) {
        // No running workflow: the stage is still opening, or (a final approval sent again after
        // a crash) the first attempt already approved it and the workflow has ended.
        if (final && (await this.get(`/stages/${stage.id}`, token)).status === 'approved') {
          this.stats.alreadyApplied += 1;
          return;
        }
        this.stats.whileOpening += 1;
      } else {
        throw new RefusedAction(`${action} ${stage.institutionCode}/${stage.code}: ${answer.status} ${JSON.stringify(answer.body)}`, stage.id);
      }
      await pause(400);
    }
    throw new Error(`${action} ${stage.institutionCode}/${stage.code}: sin respuesta en ${this.actionLimitMs / 1000} s`);
  }

  /** Submission by the planning unit (or the coordinator), then each level of the chain in order. */
  async carry(stage: StageView): Promise<void> {
    const submitter = stage.scope === 'coordination' ? 'coordinator' : 'planner';
    await this.act(stage, 'submit', this.tokenOf(submitter, stage.institutionId), false);
    for (const [level, step] of stage.approvalChain.entries()) {
      // Four eyes: where the submitter's own office approves, the second person of it does.
      const sameOffice = step.role === submitter && step.institutionId === stage.institutionId;
      await this.act(stage, 'approve', this.tokenOf(step.role, step.institutionId, sameOffice ? 1 : 0), level === stage.approvalChain.length - 1);
    }
    this.finished.set(stage.id, Date.now());
  }

  /**
   * Every stage of the cycle, a page of 500 at a time, each once: stages opening between two
   * pages shift the rows, so one can come on both pages (it was then carried twice, and its
   * second submit refused: "Ya se está presentando esta etapa"). One shifted past is read next time.
   */
  private async stagesOf(cycleId: string, viewerToken: string): Promise<StageView[]> {
    const pageSize = 500;
    const stages: StageView[] = [];
    for (let from = 0; ; from += pageSize) {
      const page = (await this.get(`/stages?filter=${encodeURIComponent(JSON.stringify({ cycleId }))}&range=${encodeURIComponent(JSON.stringify([from, from + pageSize - 1]))}`, viewerToken)) as StageView[];
      stages.push(...page);
      if (page.length < pageSize) return [...new Map(stages.map((stage) => [stage.id, stage])).values()];
    }
  }

  /**
   * Watches the cycle's stages and carries each one as it opens, `concurrency` at a time, until
   * `expectedStages` are approved.
   */
  async drive(cycleId: string, viewerToken: string, expectedStages: number, concurrency: number, progress: (approved: number) => void = () => undefined): Promise<void> {
    const queue: StageView[] = [];
    const running = new Set<Promise<void>>();
    let failure: unknown;
    const pump = () => {
      while (running.size < concurrency && queue.length > 0) {
        const stage = queue.shift()!;
        const task: Promise<void> = this.carry(stage)
          .catch((err: unknown) => {
            failure ??= err;
          })
          .finally(() => {
            running.delete(task);
            pump();
          });
        running.add(task);
      }
    };
    for (let lastProgress = Date.now(); ; ) {
      if (failure) throw failure;
      const askedAt = Date.now();
      const stages = await this.stagesOf(cycleId, viewerToken);
      if (Date.now() - lastProgress > 30_000) {
        lastProgress = Date.now();
        progress(stages.filter((s) => s.status === 'approved').length);
      }
      for (const stage of stages.filter((s) => !this.carried.has(s.id))) {
        this.carried.add(stage.id);
        queue.push(stage);
      }
      pump();
      const approved = stages.filter((s) => s.status === 'approved').length;
      if (approved >= expectedStages && running.size === 0 && queue.length === 0) return;
      // The API answers a final approval once its row is committed, so a read begun after the
      // answer must show it approved. Reads begun before it do not count: under steady work an
      // approval is answered while nearly every page is being read.
      const behind = stages.filter((s) => s.status !== 'approved' && (this.finished.get(s.id) ?? Infinity) < askedAt);
      if (behind.length > 0) {
        throw new Error(`etapas con la aprobación final respondida que la base, leída después, no muestra aprobadas: ${behind.map((s) => `${s.institutionCode}/${s.code} (${s.status})`).join(', ')}`);
      }
      await pause(1000);
    }
  }
}
