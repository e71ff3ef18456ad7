// An edited workbook of a stage's deliverable, uploaded back: first its diff against the content as
// it is now (with a fingerprint of that content), then, if the content is still the one previewed
// and the stage still the draft of the version downloaded, every change written in one transaction
// with its audit row, or none.
import { createHash } from 'node:crypto';
import type { Actor } from '../domain/actor';
import type { Database } from '../db/prisma';
import { itemKeys, type ContentCollection, type DeliverableContent } from '../domain/planBudget/deliverable';
import { diffSnapshots } from '../domain/planBudget/snapshotDiff';
import { readWorkbookEdits, type WorkbookPreview } from '../domain/planBudget/workbookSheets';
import { Refusal } from '../domain/refusal';
import { recordChange } from '../audit/recordChange';
import { stageDeliverable } from './stageDeliverable';
import { readDeliverableWorkbook, workbookCatalogues, writeDeliverableWorkbook, type WorkbookOrigin } from './deliverableWorkbook';
import { collectionWrites, writeItemChanges } from './workbookWrites';

/** The stage has moved on since the download, or the content since the preview (409). */
const stale = (message: string) => new Refusal('conflict', message);

interface EditableStage {
  id: string;
  name: string;
  status: string;
  version: number;
  institutionId: string;
  institution: { code: string; name: string };
  cycle: { fiscalYear: number };
}

const fingerprintOf = (content: DeliverableContent) => createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);

async function deliverableOf(db: Database, stage: EditableStage) {
  const deliverable = await stageDeliverable(db, stage.id);
  if (!deliverable) throw stale('Esta etapa no tiene una entrega con contenido: no hay libro que descargar ni subir');
  return deliverable;
}

/** The workbook of the stage's deliverable as it is now. */
export async function stageWorkbook(db: Database, stage: EditableStage): Promise<{ bytes: Buffer; fileName: string }> {
  const { kind, content } = await deliverableOf(db, stage);
  const catalogues = await workbookCatalogues(db, stage.institutionId, stage.cycle.fiscalYear);
  const bytes = await writeDeliverableWorkbook({ id: stage.id, name: stage.name, version: stage.version, institution: `${stage.institution.code} ${stage.institution.name}`, fiscalYear: stage.cycle.fiscalYear }, kind, content, catalogues);
  return { bytes, fileName: `${stage.institution.code}-${stage.cycle.fiscalYear}-${stage.name}-v${stage.version}` };
}

/** Refuses a workbook of another stage, or of a stage no longer the draft of the version downloaded. */
function assertStillEditable(stage: Pick<EditableStage, 'id' | 'status' | 'version'>, origin: WorkbookOrigin): void {
  if (origin.stageId !== stage.id) throw stale('El libro es de otra etapa: súbalo en la etapa de la que lo descargó');
  if (stage.status !== 'draft') throw stale(`La etapa ya no está en borrador (estado: ${stage.status}): el libro ya no puede aplicarse`);
  if (origin.version !== stage.version) throw stale(`La etapa pasó a la versión ${stage.version} desde que se descargó el libro (versión ${origin.version}): descárguelo de nuevo`);
}

async function editsOf(db: Database, stage: EditableStage, bytes: Uint8Array) {
  const { origin, records } = await readDeliverableWorkbook(bytes);
  assertStillEditable(stage, origin);
  const { kind, content } = await deliverableOf(db, stage);
  const catalogues = await workbookCatalogues(db, stage.institutionId, stage.cycle.fiscalYear);
  const read = readWorkbookEdits(content, records, catalogues);
  if (read.problems.length) throw new Refusal('rejected', `El libro tiene ${read.problems.length} problema(s): corríjalos y súbalo de nuevo; no se aplicó nada`, undefined, read.problems);
  return { kind, before: content, diff: diffSnapshots(content, read.content) };
}

/** What the workbook would change; nothing is written. */
export async function previewWorkbook(db: Database, stage: EditableStage, bytes: Uint8Array): Promise<WorkbookPreview> {
  const { kind, before, diff } = await editsOf(db, stage, bytes);
  return { stageId: stage.id, version: stage.version, kind, diff, fingerprint: fingerprintOf(before) };
}

/**
 * Writes the workbook's changes, all or none: the stage row is locked while they are written (a
 * submission waits), and the stage and the content must still be those previewed.
 */
export async function applyWorkbook(db: Database, stage: EditableStage, bytes: Uint8Array, fingerprint: string, actor: Pick<Actor, 'userId' | 'name'>): Promise<WorkbookPreview> {
  const { kind, before, diff } = await editsOf(db, stage, bytes);
  if (fingerprintOf(before) !== fingerprint) throw stale('El contenido cambió desde la vista previa: suba el libro de nuevo para ver las diferencias de ahora');
  const origin = { stageId: stage.id, version: stage.version };
  const scope = { institutionId: stage.institutionId, fiscalYear: stage.cycle.fiscalYear };
  await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string; version: number }[]>`SELECT status, version FROM "Stage" WHERE id = ${stage.id} FOR UPDATE`;
    assertStillEditable({ id: stage.id, ...locked! }, origin);
    for (const [name, changes] of Object.entries(diff.collections)) {
      const collection = name as ContentCollection;
      if (!collectionWrites[collection]) continue;
      const keyOf = itemKeys[collection] as (item: unknown) => string;
      const items = new Map((before[collection] as unknown as Record<string, unknown>[]).map((item) => [keyOf(item), item]));
      for (const { key, changes: fields } of changes.changed) {
        const written = await writeItemChanges(tx, scope, collection, items.get(key)!, fields);
        if (!written) throw stale(`La fila ${key} cambió en Ciclo mientras se aplicaba el libro: súbalo de nuevo`);
        await recordChange(tx, { actor, entity: written.entity, entityId: written.id, institutionId: stage.institutionId, action: 'updated', before: written.before, after: written.after, comment: `Libro de cálculo de «${stage.name}», versión ${stage.version}` });
      }
    }
  });
  return { stageId: stage.id, version: stage.version, kind, diff, fingerprint };
}
