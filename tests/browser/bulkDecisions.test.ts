// In a real browser: MINFIN's reviewer selects several stages in the approval inbox and approves
// them at once (one of them was approved by a colleague meanwhile: it is listed with the reason,
// the others are approved each with its own audit event), then returns two at once with one
// reason and comment. The dialog and the inbox are checked with axe-core.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../support/accessibility';
import { artifactsDir, openSignedIn, step } from '../../support/browser';
import { useConsoleStack } from '../support/consoleStack';
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
});
