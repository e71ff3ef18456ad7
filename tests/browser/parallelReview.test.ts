// In a real browser, parallel review within a level (issue 22, item 3): SEGEPLAN's three sector
// analysts must each approve the level of a template whose level has quorum 'all'. The stage page
// counts who approved; an analyst who approved is no longer offered the button; the level passes
// to the authority only after the third. Each approval is its own audit event. The matrix offers
// the stage for a decision to the members still due only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { demoPassword } from '../../prisma/seed';
import { hashPassword } from '../../src/auth/passwords';
import { openSignedIn, step } from '../../support/browser';
import type { TestStack } from '../support/stack';
import { useConsoleStack } from '../support/consoleStack';
import { actOnOpenedStage, openedStage } from '../support/openedStages';

let stack: TestStack;
let browser: Browser;

const fiscalYear = new Date().getUTCFullYear() + 1;
const template = {
  code: 'GT-REVISION-PARALELA',
  jurisdiction: 'GT',
  name: { es: 'Calendario con revisión paralela', en: 'Calendar with parallel review' },
  utcOffset: '-06:00',
  phase: 'planning',
  stages: [
    {
      code: 'revision_sectorial',
      name: { es: 'Revisión sectorial del POA', en: 'Sector review of the POA' },
      order: 1,
      scope: 'institution',
      start: { kind: 'fixedDate', month: 1, day: 1, yearOffset: -2 },
      deadline: { kind: 'fixedDate', month: 12, day: 31, yearOffset: 1 },
      submitterRole: 'planner',
      approvalChain: [{ role: 'coordinator', institutionCode: 'SEGEPLAN', quorum: 'all' }, { role: 'authority' }],
      deliverable: 'POA revisado por los analistas sectoriales',
    },
  ],
};
const analysts = ['analista1.segeplan@ciclo.test', 'analista2.segeplan@ciclo.test'];

useConsoleStack(async (parts) => {
  ({ stack, browser } = parts);
  const segeplan = await stack.db.institution.findUniqueOrThrow({ where: { code: 'SEGEPLAN' } });
  const passwordHash = await hashPassword(demoPassword);
  await stack.db.user.createMany({ data: analysts.map((email, i) => ({ email, name: `Analista sectorial ${i + 1}`, role: 'coordinator' as const, institutionId: segeplan.id, passwordHash })) });
});

describe('parallel review in the console', () => {
  it('when a level needs every SEGEPLAN analyst, then it passes after the last of them, the page counting who approved', async () => {
    const minfin = await stack.login('coordinador.minfin@ciclo.test');
    expect((await stack.api('POST', '/calendar-templates', { token: minfin, body: template })).status).toBe(201);
    const cycle = await stack.api('POST', '/cycles', { token: minfin, body: { fiscalYear, templateCode: template.code, institutionCodes: ['MSPAS'] } });
    expect(cycle.status, JSON.stringify(cycle.body)).toBe(201);
    const stage = await openedStage(stack, cycle.body.id, 'revision_sectorial', 'MSPAS');
    await actOnOpenedStage(stack, stage.id, await stack.login('planificador.mspas@ciclo.test'), 'submit');

    // The three SEGEPLAN coordinators are the level's members; each is told.
    for (const email of ['coordinador.segeplan@ciclo.test', ...analysts]) {
      await stack.sink.waitFor((m) => m.to.includes(email) && /enviada para aprobación/.test(m.subject));
    }
    const first = await openSignedIn(browser, stack.baseUrl, analysts[0]!);
    await step(first.page, first.errors, 'revision-paralela-primera', async () => {
      await first.page.goto(`${stack.baseUrl}/#/stages/${stage.id}/show`);
      await first.page.getByRole('button', { name: 'Aprobar' }).click();
      await first.page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
      await first.page.getByRole('list', { name: 'Cadena de aprobación' }).getByText(/aprobaron 1 de 3: /).waitFor();
      // Approved once: the button is gone for this analyst, and the level still decides now.
      await first.page.getByRole('list', { name: 'Cadena de aprobación' }).getByText('Analista sectorial 1 ✓', { exact: false }).waitFor();
      expect(await first.page.getByRole('button', { name: 'Aprobar' }).count()).toBe(0);
    });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'in_review', reviewLevel: 0 });
    const again = await stack.api('POST', `/stages/${stage.id}/approve`, { token: await stack.login(analysts[0]!), body: {} });
    expect(again).toMatchObject({ status: 409, body: { message: expect.stringMatching(/^Ya aprobó el nivel 1; faltan: /) } });
    const outsider = await stack.api('POST', `/stages/${stage.id}/approve`, { token: minfin, body: {} });
    expect(outsider.status).toBe(403);
    // The coordinators' matrix offers the stage for a decision to the members still due only.
    const awaits = async (email: string) => {
      const progress = await stack.api('GET', `/cycles/${cycle.body.id}/progress`, { token: await stack.login(email) });
      const row = (progress.body.institutions as { institutionCode: string; cells: { stageCode: string; awaitsReader: boolean }[] }[]).find((r) => r.institutionCode === 'MSPAS')!;
      return row.cells.find((c) => c.stageCode === 'revision_sectorial')!.awaitsReader;
    };
    expect({ first: await awaits(analysts[0]!), second: await awaits(analysts[1]!), minfin: await awaits('coordinador.minfin@ciclo.test') }).toEqual({ first: false, second: true, minfin: false });

    await actOnOpenedStage(stack, stage.id, await stack.login(analysts[1]!), 'approve');
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'in_review', reviewLevel: 0 });
    const last = await openSignedIn(browser, stack.baseUrl, 'coordinador.segeplan@ciclo.test');
    await step(last.page, last.errors, 'revision-paralela-ultima', async () => {
      await last.page.goto(`${stack.baseUrl}/#/stages/${stage.id}/show`);
      await last.page.getByRole('list', { name: 'Cadena de aprobación' }).getByText(/aprobaron 2 de 3: /).waitFor();
      await last.page.getByRole('button', { name: 'Aprobar' }).click();
      await last.page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
      await last.page.getByRole('list', { name: 'Cadena de aprobación' }).getByText('Nivel 2: Autoridad').waitFor();
    });
    expect(await stack.db.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({ status: 'in_review', reviewLevel: 1 });
    const approvals = await stack.db.auditEvent.findMany({ where: { stageId: stage.id, action: 'level_approved' }, orderBy: { seq: 'asc' } });
    expect(approvals.map((e) => e.actorName)).toEqual(['Analista sectorial 1', 'Analista sectorial 2', 'Coordinación SEGEPLAN']);
    await stack.sink.waitFor((m) => m.to.includes('autoridad.mspas@ciclo.test') && /espera su revisión/.test(m.subject));
    expect(first.errors).toEqual([]);
    expect(last.errors).toEqual([]);

    // Its history, for replay: copied to tests/fixtures/histories it must keep replaying (replay.test.ts).
    const dir = join('test-artifacts', 'histories');
    mkdirSync(dir, { recursive: true });
    const history = await stack.temporal.client.workflow.getHandle(stage.workflowId).fetchHistory();
    writeFileSync(join(dir, 'stage_parallel_review.binpb'), temporal.api.history.v1.History.encode(history).finish());
  });
});
