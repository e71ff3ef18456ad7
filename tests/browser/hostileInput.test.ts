// In a real browser, text with markup and SQL stored through the API (a strategic result's name,
// a return comment) is shown as text: it reads verbatim, no element is made of it, no dialog fires.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, openSignedIn, step } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';

const hostileText = `<script>alert(1)</script> '); DROP TABLE "Stage";-- <img src=x onerror=alert(1)>`;

const { stack, browser } = useConsoleStack();

describe('hostile text in the console', () => {
  it('when a result name and a return comment carry markup, then the console shows them as text and no dialog fires', async () => {
    const [planner, authority] = await stack.signIn('planificador.mspas@ciclo.test', 'autoridad.mspas@ciclo.test');
    const institutionId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
    const plan = await stack.api('POST', '/strategic-plans', { token: planner, body: { institutionId, code: 'PEI-HOSTIL', name: 'Plan de prueba', startYear: 2027, endYear: 2031 } });
    const result = await stack.api('POST', '/strategic-results', { token: planner, body: { strategicPlanId: plan.body.id, code: 'R-HOSTIL', name: hostileText, level: 'final' } });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    const stageId = await stack.stageId('MSPAS');
    await stack.api('POST', `/stages/${stageId}/submit`, { token: planner, body: {} });
    expect((await stack.api('POST', `/stages/${stageId}/return`, { token: authority, body: { comment: hostileText, reasonCode: 'other' } })).status).toBe(200);

    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'planificador.mspas@ciclo.test');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const [name, path] of [['texto-hostil-resultados', '#/strategic-results'], ['texto-hostil-etapa', `#/stages/${stageId}/show`]] as const) {
      await step(page, errors, name, async () => {
        await page.goto(`${stack.baseUrl}/${path}`);
        await page.getByText(hostileText).first().waitFor();
      });
      await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('script:not([src])').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('alert(1)')).length)).toBe(0);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
