// In a real browser: MINFIN's reviewer selects several stages in the approval inbox and approves
// them at once (one of them was approved by a colleague meanwhile: it is listed with the reason,
// the others are approved each with its own audit event), then returns two at once with one
// reason and comment; and in the coordinator's matrix, chooses the cells awaiting them and
// approves them at once. The dialog, the inbox and the matrix are checked with axe-core.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility';
import { artifactsDir, openSignedIn, step } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';
import { actOnOpenedStage, openedStage } from '../support/openedStages';
import { ownStage } from '../support/ownStage';

const { stack, browser } = useConsoleStack();

type Ministry = 'MSPAS' | 'MINEDUC' | 'CIV';

/** A stage of `ministry` decided by MINFIN's coordinators, submitted by its planner. */
async function submittedToMinfin(ministry: Ministry, name: string): Promise<string> {
  const [institution, minfin] = await Promise.all([ministry, 'MINFIN'].map((code) => stack.db.institution.findUniqueOrThrow({ where: { code } })));
  const stageId = await ownStage(stack, institution!.id, { code: 'revision_minfin', name }, [{ role: 'coordinator', institutionId: minfin!.id }]);
  const token = await stack.login(`planificador.${ministry.toLowerCase()}@ciclo.test`);
  expect((await stack.api('POST', `/stages/${stageId}/submit`, { token, body: {} })).body.status).toBe('submitted');
  return stageId;
}

const decisionsOf = (stageId: string) => stack.db.auditEvent.findMany({ where: { stageId, action: { in: ['approved', 'returned'] } } });

describe('bulk decisions in the approval inbox', () => {
  it('when the reviewer approves three selected stages and one was approved meanwhile, then two are approved and the third is listed with its reason', async () => {
    const [mspas, mineduc, civ] = await Promise.all((['MSPAS', 'MINEDUC', 'CIV'] as const).map((m) => submittedToMinfin(m, `Anteproyecto ${m}`)));
    const reviewer = await stack.db.user.findUniqueOrThrow({ where: { email: 'revisor.minfin@ciclo.test' } });
    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'revisor.minfin@ciclo.test');

    await step(page, errors, 'bloque-seleccion', async () => {
      await page.getByText('3 etapas esperan su decisión').waitFor();
      await page.getByRole('checkbox', { name: 'Seleccionar todas' }).check();
      await page.getByText('3 seleccionadas').waitFor();
    });
    // A colleague approves CIV's stage while the reviewer's selection is on screen.
    const colleague = await stack.login('coordinador.minfin@ciclo.test');
    expect((await stack.api('POST', `/stages/${civ}/approve`, { token: colleague, body: {} })).status).toBe(200);

    await step(page, errors, 'bloque-aprobar', async () => {
      await page.getByRole('button', { name: 'Aprobar seleccionadas' }).click();
      const dialog = page.getByRole('dialog', { name: 'Aprobar 3 etapas' });
      for (const code of ['MSPAS', 'MINEDUC', 'CIV']) await dialog.getByText(`${code} · Anteproyecto ${code} · Versión 1`).waitFor();
      await dialog.getByRole('textbox', { name: 'Comentario (opcional)' }).fill('Revisados en bloque');
      await step(page, errors, 'bloque-dialogo-axe', () => expectAccessible(page, 'diálogo de aprobación en bloque'));
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await page.getByText('2 etapas aprobadas').waitFor();
      const alert = page.getByRole('alert').filter({ hasText: '1 etapa no se pudo aprobar' });
      await alert.getByText(/^CIV · Anteproyecto CIV: .+/).waitFor();
      await step(page, errors, 'bloque-resultado-axe', () => expectAccessible(page, 'resultado de la aprobación en bloque'));
    });
    await page.screenshot({ path: join(artifactsDir, 'aprobacion-en-bloque.png'), fullPage: true });

    for (const stageId of [mspas!, mineduc!]) {
      expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'approved', lastComment: 'Revisados en bloque' });
      expect(await decisionsOf(stageId)).toEqual([expect.objectContaining({ action: 'approved', actorId: reviewer.id, comment: 'Revisados en bloque' })]);
    }
    expect((await decisionsOf(civ!)).map((e) => e.actorId)).not.toContain(reviewer.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when the reviewer returns two selected stages, then the reason and comment are required and each is returned with them', async () => {
    const stageIds = await Promise.all((['MSPAS', 'CIV'] as const).map((m) => submittedToMinfin(m, `Proyecto ${m}`)));
    const kept = await submittedToMinfin('MINEDUC', 'Proyecto MINEDUC');
    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'revisor.minfin@ciclo.test');

    await step(page, errors, 'bloque-devolver', async () => {
      await page.getByRole('checkbox', { name: 'Seleccionar MSPAS · Proyecto MSPAS' }).check();
      await page.getByRole('checkbox', { name: 'Seleccionar CIV · Proyecto CIV' }).check();
      await page.getByText('2 seleccionadas').waitFor();
      await page.getByRole('button', { name: 'Devolver seleccionadas' }).click();
      const dialog = page.getByRole('dialog', { name: 'Devolver 2 etapas' });
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await dialog.getByText('Obligatorio').first().waitFor();
      await dialog.getByRole('combobox', { name: /^Motivo/ }).click();
      await page.getByRole('option', { name: 'Inconsistencia con el presupuesto' }).click();
      await dialog.getByRole('textbox', { name: /^Comentario/ }).fill('Los techos no cuadran con la programación');
      await dialog.getByRole('button', { name: 'Confirmar' }).click();
      await page.getByText('2 etapas devueltas').waitFor();
      await page.getByText('1 etapa espera su decisión').waitFor();
    });

    for (const stageId of stageIds) {
      expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stageId } })).toMatchObject({ status: 'draft', version: 2, lastComment: 'Los techos no cuadran con la programación' });
      expect(await decisionsOf(stageId)).toEqual([expect.objectContaining({ action: 'returned', reasonCode: 'inconsistent' })]);
    }
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: kept } })).toMatchObject({ status: 'submitted' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when the reviewer chooses the matrix cells awaiting them and approves them, then each is approved and one decided meanwhile is listed', async () => {
    const [segeplan, minfin] = await Promise.all(['coordinador.segeplan', 'coordinador.minfin'].map((who) => stack.login(`${who}@ciclo.test`)));
    const started = await stack.api('POST', '/cycles', {
      token: minfin,
      body: { fiscalYear: 2029, templateCode: 'GT-ANUAL', institutionCodes: ['MSPAS', 'MINEDUC', 'CIV'], timeScale: 1_000, calendarStart: '2028-03-28T00:00:00-06:00' },
    });
    expect(started.status).toBe(201);
    const cycleId = started.body.id as string;
    // SEGEPLAN's guidelines and MINFIN's formulation rules, both awaiting a MINFIN coordinator.
    const guidelines = await openedStage(stack, cycleId, 'guidelines', 'SEGEPLAN');
    const rules = await openedStage(stack, cycleId, 'budget_formulation_rules', 'MINFIN');
    await actOnOpenedStage(stack, guidelines.id, segeplan!, 'submit');
    await actOnOpenedStage(stack, rules.id, minfin!, 'submit');

    const { page, errors } = await openSignedIn(browser, stack.baseUrl, 'revisor.minfin@ciclo.test');
    // The home page has the inbox too (the same two stages): the matrix's own section is used.
    const section = page.getByRole('region', { name: 'Matriz de avance' });
    const matrix = section.getByRole('table', { name: 'Avance por institución y etapa' });
    const boxes = matrix.getByRole('checkbox', { name: /^Seleccionar Coordinación · / });
    await step(page, errors, 'matriz-eleccion', async () => {
      await matrix.getByRole('rowheader', { name: 'MSPAS' }).waitFor();
      await boxes.first().waitFor();
      expect(await boxes.count()).toBe(2);
      // Only the cells awaiting the reader: no institution's draft has a box.
      expect(await matrix.getByRole('checkbox').count()).toBe(2);
      await section.getByRole('checkbox', { name: 'Seleccionar todas' }).check();
      await section.getByText('2 seleccionadas').waitFor();
      await step(page, errors, 'matriz-eleccion-axe', () => expectAccessible(page, 'matriz con celdas elegidas'));
    });
    // The colleague who did not submit the guidelines approves them meanwhile.
    expect((await stack.api('POST', `/stages/${guidelines.id}/approve`, { token: minfin, body: {} })).status).toBe(200);

    await step(page, errors, 'matriz-aprobar', async () => {
      await section.getByRole('button', { name: 'Aprobar seleccionadas' }).click();
      await page.getByRole('dialog', { name: 'Aprobar 2 etapas' }).getByRole('button', { name: 'Confirmar' }).click();
      await page.getByText('1 etapa aprobada').waitFor();
      await section.getByRole('alert').filter({ hasText: '1 etapa no se pudo aprobar' }).getByText(/^Coordinación · .+: .+/).waitFor();
      // Approved cells no longer await the reader: no box is left.
      await expect.poll(() => matrix.getByRole('checkbox').count(), { timeout: 15_000 }).toBe(0);
    });
    await page.screenshot({ path: join(artifactsDir, 'matriz-aprobacion-en-bloque.png'), fullPage: true });
    const reviewer = await stack.db.user.findUniqueOrThrow({ where: { email: 'revisor.minfin@ciclo.test' } });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: rules.id } })).toMatchObject({ status: 'approved' });
    expect(await decisionsOf(rules.id)).toEqual([expect.objectContaining({ action: 'approved', actorId: reviewer.id })]);
    expect((await decisionsOf(guidelines.id)).map((e) => e.actorId)).not.toContain(reviewer.id);
    expect(errors).toEqual([]);
    await page.close();
  });
});
