// A cycle's stages through the API, as its people reach them: a stage row appears when the cycle
// opens it, and its workflow starts a moment after the row is written.
import { expect } from 'vitest';
import { eventually } from './eventually';
import type { TestStack } from './stack';

/** The row of the stage of that code and institution, once the cycle has opened it. */
export const openedStage = (stack: TestStack, cycleId: string, code: string, institutionCode: string) =>
  eventually(async () => {
    const row = await stack.db.stage.findFirst({ where: { cycleId, code, institution: { code: institutionCode } } });
    if (!row) throw new Error(`${code} de ${institutionCode} aún no abre`);
    return row;
  });

/** Submits or approves with the person's token, retrying while the stage's workflow is still opening (409); expects 200. */
export async function actOnOpenedStage(stack: TestStack, stageId: string, token: string, action: 'submit' | 'approve'): Promise<void> {
  const answer = await eventually(async () => {
    const result = await stack.api('POST', `/stages/${stageId}/${action}`, { token, body: {} });
    if (result.status === 409 && /abriendo/.test(result.body?.message)) throw new Error(`${action}: ${result.body.message}`);
    return result;
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}
