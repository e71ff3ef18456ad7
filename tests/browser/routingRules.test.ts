// In a real browser, a rule of the template that adds a level (issue 22, item 2): the coordinator
// reads the template's rules in words; the planner's submission over the ceilings is refused in
// the dialog with the rule's message; within them it goes through, and the stage page shows MINFIN's
// review added by the rule, in the chain and in the history; MINFIN's coordinator then approves it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { artifactsDir, openSignedIn, step } from '../../support/browser';
import type { TestStack } from '../support/stack';
import { useConsoleStack } from '../support/consoleStack';
import { openedStage } from '../support/openedStages';
import { recordRuleFigures, rulesFiscalYear, rulesStageCode, rulesTemplate } from '../support/rulesTemplate';

let stack: TestStack;
let browser: Browser;
let mspasId: string;

useConsoleStack(async (parts) => {
  ({ stack, browser } = parts);
  mspasId = (await stack.db.institution.findUniqueOrThrow({ where: { code: 'MSPAS' } })).id;
});

describe('rules of a template in the console', () => {
  it('when a rule adds MINFIN’s review, then the template, the refusal, the chain and the history say so, and MINFIN decides the added level', async () => {
    const minfin = await stack.login('coordinador.minfin@ciclo.test');
    // 20 % over last year's vigente, and over the ceiling at first.
    await recordRuleFigures(stack, mspasId, { proposed: 1_200_000, previousVigente: 1_000_000, ceiling: 1_000_000 });
    const template = await stack.api('POST', '/calendar-templates', { token: minfin, body: rulesTemplate });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const cycle = await stack.api('POST', '/cycles', { token: minfin, body: { fiscalYear: rulesFiscalYear, templateCode: rulesTemplate.code, institutionCodes: ['MSPAS'] } });
    expect(cycle.status, JSON.stringify(cycle.body)).toBe(201);
    const stage = await openedStage(stack, cycle.body.id, rulesStageCode, 'MSPAS');

    const coordinator = await openSignedIn(browser, stack.baseUrl, 'coordinador.minfin@ciclo.test');
    await step(coordinator.page, coordinator.errors, 'plantilla-con-reglas', async () => {
      await coordinator.page.goto(`${stack.baseUrl}/#/calendar-templates/${template.body.id}/show`);
      await coordinator.page.getByText('Reglas: Revisión de calidad de MINFIN. Si el total propuesto supera en más de 10 % el vigente del año anterior: añade la revisión de Coordinador (MINFIN); al enviar y en cada aprobación').waitFor();
      await coordinator.page.getByText('Reglas: Dentro de los techos. Si el total propuesto excede los techos: bloquea con «El anteproyecto no puede exceder los techos»; al enviar').waitFor();
    });

    const planner = await openSignedIn(browser, stack.baseUrl, 'planificador.mspas@ciclo.test', { expectedStatuses: [422] });
    const dialog = planner.page.getByRole('dialog');
    await step(planner.page, planner.errors, 'regla-bloquea-envio', async () => {
      await planner.page.goto(`${stack.baseUrl}/#/stages/${stage.id}/show`);
      await planner.page.getByRole('button', { name: 'Enviar' }).click();
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await dialog.getByText(/^El anteproyecto no puede exceder los techos \(El total propuesto \(Q 1,200,000.00\) excede los techos asignados/).waitFor();
      await dialog.getByText('Regla de la plantilla · Dentro de los techos').waitFor();
    });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'draft', version: 1 });

    await stack.db.budgetCeiling.create({ data: { institutionId: mspasId, sourceCode: '11', fiscalYear: rulesFiscalYear, version: 2, amount: 3_000_000 } });
    await step(planner.page, planner.errors, 'regla-anade-nivel', async () => {
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await planner.page.getByText('Etapa enviada').waitFor();
      const chain = planner.page.getByRole('list', { name: 'Cadena de aprobación' });
      await chain.getByText('Nivel 3: Coordinador').waitFor();
      await chain.getByText('añadido por la regla «Revisión de calidad de MINFIN»').waitFor();
      await planner.page.getByText('Regla: nivel de revisión añadido').waitFor();
      await planner.page.getByText(/supera en 20\.0 % el vigente del año anterior/).waitFor();
      await planner.page.screenshot({ path: join(artifactsDir, 'regla-anade-nivel.png'), fullPage: true });
    });

    for (const email of ['director.mspas@ciclo.test', 'autoridad.mspas@ciclo.test']) {
      const answer = await stack.api('POST', `/stages/${stage.id}/approve`, { token: await stack.login(email), body: {} });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    await step(coordinator.page, coordinator.errors, 'minfin-decide-nivel-anadido', async () => {
      await coordinator.page.goto(`${stack.baseUrl}/#/stages/${stage.id}/show`);
      await coordinator.page.getByRole('list', { name: 'Cadena de aprobación' }).getByText('decide ahora').waitFor();
      await coordinator.page.getByRole('button', { name: 'Aprobar' }).click();
      await coordinator.page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
      await coordinator.page.getByText('Etapa aprobada').waitFor();
    });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'approved', reviewLevel: 2 });
    expect(planner.errors).toEqual([]);
    expect(coordinator.errors).toEqual([]);
  });
});
