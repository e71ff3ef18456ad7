// The audit chain's canonical text and verification, without a database.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalAuditText, chainStart, verifyAuditChain, type ChainedAuditEvent } from '../../src/domain/auditChain';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Builds a valid chain the way the database trigger does. */
function chain(count: number): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const row = {
      id: `evento-${seq}`,
      seq,
      eventKey: `clave-${seq}`,
      stageId: 'etapa-1',
      action: seq % 2 ? 'submitted' : 'returned',
      actorId: seq % 2 ? 'u-1' : null,
      actorName: seq % 2 ? 'Ana "la jefa" Pérez\n😀' : null,
      comment: seq % 2 ? null : 'Faltan metas\t2028',
      reasonCode: null,
      version: seq,
      at: new Date(Date.UTC(2027, 2, 1, 10, 0, 0, seq)),
      prevHash: events.at(-1)?.hash ?? null,
    };
    events.push({ ...row, hash: sha256Hex(canonicalAuditText(row)) });
  }
  return events;
}

describe('canonicalAuditText', () => {
  it('when a row is serialised, then the fields come in a fixed order, nulls explicit and at in ISO UTC with ms', () => {
    const [first] = chain(1);
    expect(canonicalAuditText(first!)).toBe('[1,"evento-1","clave-1","etapa-1","submitted","u-1","Ana \\"la jefa\\" Pérez\\n😀",null,null,1,"2027-03-01T10:00:00.001Z",null]');
  });
});

describe('verifyAuditChain', () => {
  it('when the chain is untouched, then it is intact and its tip is the last row', () => {
    const events = chain(5);
    expect(verifyAuditChain(events, sha256Hex)).toEqual({ intact: true, checked: 5, tip: { seq: 5, hash: events[4]!.hash } });
    expect(verifyAuditChain([], sha256Hex)).toEqual({ intact: true, checked: 0, tip: chainStart });
  });

  it('when checked in batches, then each batch continues from the previous tip', () => {
    const events = chain(5);
    const first = verifyAuditChain(events.slice(0, 2), sha256Hex);
    if (!first.intact) throw new Error('first batch broken');
    expect(verifyAuditChain(events.slice(2), sha256Hex, first.tip)).toMatchObject({ intact: true, checked: 3 });
  });

  it('when a comment is altered, then that row is named as altered', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, comment: 'otro comentario' };
    expect(verifyAuditChain(events, sha256Hex)).toEqual({
      intact: false,
      checked: 2,
      broken: { id: 'evento-3', seq: 3, reason: 'su contenido no coincide con su huella: el evento fue alterado' },
    });
  });

  it('when a row is altered and its hash recomputed, then the next row no longer links to it', () => {
    const events = chain(4);
    const forged = { ...events[1]!, actorName: 'Otra persona' };
    events[1] = { ...forged, hash: sha256Hex(canonicalAuditText(forged)) };
    expect(verifyAuditChain(events, sha256Hex)).toMatchObject({ intact: false, broken: { id: 'evento-3', seq: 3, reason: expect.stringContaining('no enlaza con el evento anterior') } });
  });

  it('when a row is missing, then the one after it is named', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyAuditChain(events, sha256Hex)).toMatchObject({ intact: false, broken: { id: 'evento-3', reason: 'se esperaba el n.º 2: faltan o sobran eventos antes de este' } });
  });

  it('when the timestamp moves by one millisecond, then the row is named', () => {
    const events = chain(3);
    events[0] = { ...events[0]!, at: new Date(events[0]!.at.getTime() + 1) };
    expect(verifyAuditChain(events, sha256Hex)).toMatchObject({ intact: false, checked: 0, broken: { id: 'evento-1' } });
  });
});
