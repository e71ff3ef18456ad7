// Drives a cycle in tests as people would: waits for a stage to open, then acts on it through
// the same Updates the API sends. Shared by the time-skipping and compressed-calendar tests.
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Database } from '../../src/db/prisma';
import type { Actor } from '../../src/domain/actor';
import { actOnStage } from '../../src/workflowClient/stageWorkflows';

export class CycleDriver {
  constructor(
    private readonly db: Database,
    private readonly client: Client,
    private readonly cycleId: string,
  ) {}

  async actor(email: string): Promise<Actor> {
    const user = await this.db.user.findUniqueOrThrow({ where: { email } });
    return { userId: user.id, name: user.name, role: user.role, institutionId: user.institutionId };
  }

  /** The stage row of an institution (or the coordinator that owns a coordination stage). */
  stage(code: string, institutionCode: string) {
    return this.db.stage.findFirst({ where: { cycleId: this.cycleId, code, institution: { code: institutionCode } } });
  }

  /** Waits (in real time) until the stage's row is written and its workflow has started. */
  async opened(code: string, institutionCode: string, timeoutMs = 30_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const row = await this.stage(code, institutionCode);
      // The row is written just before the stage workflow starts.
      if (row && (await this.started(row.workflowId))) return row;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`la etapa ${code} de ${institutionCode} no se abrió`);
  }

  private started(workflowId: string): Promise<boolean> {
    return this.client.workflow
      .getHandle(workflowId)
      .describe()
      .then(() => true, (err: unknown) => (err instanceof WorkflowNotFoundError ? false : Promise.reject(err)));
  }

  async act(code: string, institutionCode: string, email: string, action: 'submit' | 'approve' | 'return', comment?: string) {
    const row = await this.opened(code, institutionCode);
    const input = action === 'return' ? { actor: await this.actor(email), comment: comment ?? 'Observaciones', reasonCode: 'incomplete' as const } : { actor: await this.actor(email), comment };
    return actOnStage(this.client, row.workflowId, action, input);
  }

  /** Submit by the planner, then every level of the chain approves, in order. */
  async carry(code: string, institutionCode: string, approvers: string[], submitter = `planificador.${institutionCode.toLowerCase()}@ciclo.test`) {
    await this.act(code, institutionCode, submitter, 'submit');
    let last;
    for (const email of approvers) last = await this.act(code, institutionCode, email, 'approve');
    return last;
  }

  async refusal(act: Promise<unknown>): Promise<{ type?: string; message?: string }> {
    const error = await act.then(() => undefined, (err: unknown) => err);
    // An approved stage's workflow has ended: the API answers that with 409 too.
    if (error instanceof WorkflowNotFoundError) return { type: 'closed' };
    if (!(error instanceof WorkflowUpdateFailedError)) throw new Error(`se esperaba un rechazo: ${(error as Error)?.name} ${(error as Error)?.message}`);
    const cause = error.cause as { type?: string; message?: string } | undefined;
    return { type: cause?.type, message: cause?.message };
  }
}

export const chainOf = (code: string) => [`director.${code.toLowerCase()}@ciclo.test`, `autoridad.${code.toLowerCase()}@ciclo.test`];
export const minfin = 'coordinador.minfin@ciclo.test';
/** The second MINFIN coordinator: who approves what the first submitted (four eyes). */
export const minfinReviewer = 'revisor.minfin@ciclo.test';
export const segeplan = 'coordinador.segeplan@ciclo.test';
