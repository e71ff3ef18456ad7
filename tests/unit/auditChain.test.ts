// The audit chain's canonical text and verification, without a database.
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalAuditText, chainStart, formatChainHead, headMismatch, parseChainHead, verifyAuditChain, type ChainDigests, type ChainedAuditEvent } from '../../src/domain/auditChain';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const digestsUnder = (key: string): ChainDigests => ({ plain: sha256Hex, keyed: (text) => createHmac('sha256', key).update(text, 'utf8').digest('hex') });
const key = 'clave-de-prueba-de-la-auditoria-de-32-caracteres-o-mas';
const digests = digestsUnder(key);

/** Builds a valid chain the way the database trigger does: plain sha256 before `keyedFrom`, HMAC from it on. */
function chain(count: number, keyedFrom = 1): ChainedAuditEvent[] {
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
    const keyed = seq >= keyedFrom;
    events.push({ ...row, keyed, hash: keyed ? digests.keyed(canonicalAuditText(row)) : sha256Hex(canonicalAuditText(row)) });
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
    expect(verifyAuditChain(events, digests)).toEqual({ intact: true, checked: 5, tip: { seq: 5, hash: events[4]!.hash, keyed: true } });
    expect(verifyAuditChain([], digests)).toEqual({ intact: true, checked: 0, tip: chainStart });
  });

  it('when checked in batches, then each batch continues from the previous tip', () => {
    const events = chain(5);
    const first = verifyAuditChain(events.slice(0, 2), digests);
    if (!first.intact) throw new Error('first batch broken');
    expect(verifyAuditChain(events.slice(2), digests, first.tip)).toMatchObject({ intact: true, checked: 3 });
  });

  it('when a comment is altered, then that row is named as altered', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, comment: 'otro comentario' };
    expect(verifyAuditChain(events, digests)).toEqual({
      intact: false,
      checked: 2,
      broken: { id: 'evento-3', seq: 3, reason: 'su contenido no coincide con su firma: el evento fue alterado, o la clave de auditoría no es la que lo firmó' },
    });
  });

  it('when a row is altered and its hash recomputed, then the next row no longer links to it', () => {
    const events = chain(4);
    const forged = { ...events[1]!, actorName: 'Otra persona' };
    events[1] = { ...forged, hash: digests.keyed(canonicalAuditText(forged)) };
    expect(verifyAuditChain(events, digests)).toMatchObject({ intact: false, broken: { id: 'evento-3', seq: 3, reason: expect.stringContaining('no enlaza con el evento anterior') } });
  });

  it('when a row is missing, then the one after it is named', () => {
    const events = chain(4);
    events.splice(1, 1);
    expect(verifyAuditChain(events, digests)).toMatchObject({ intact: false, broken: { id: 'evento-3', reason: 'se esperaba el n.º 2: faltan o sobran eventos antes de este' } });
  });

  it('when the timestamp moves by one millisecond, then the row is named', () => {
    const events = chain(3);
    events[0] = { ...events[0]!, at: new Date(events[0]!.at.getTime() + 1) };
    expect(verifyAuditChain(events, digests)).toMatchObject({ intact: false, checked: 0, broken: { id: 'evento-1' } });
  });
});

describe('the keyed chain', () => {
  it('when old unkeyed rows precede keyed ones, then the chain verifies', () => {
    const events = chain(6, 4);
    expect(events.map((event) => event.keyed)).toEqual([false, false, false, true, true, true]);
    expect(verifyAuditChain(events, digests)).toMatchObject({ intact: true, checked: 6, tip: { seq: 6, keyed: true } });
  });

  it('when someone without the key rewrites a row and rechains the rest with plain sha256, then the first rewritten row is named', () => {
    const events = chain(5);
    for (let i = 2; i < events.length; i++) {
      const row = { ...events[i]!, prevHash: events[i - 1]!.hash, keyed: false, ...(i === 2 ? { comment: 'Aprobado sin observaciones' } : {}) };
      events[i] = { ...row, hash: sha256Hex(canonicalAuditText(row)) };
    }
    expect(verifyAuditChain(events, digests)).toMatchObject({ intact: false, checked: 2, broken: { id: 'evento-3', reason: expect.stringContaining('no está firmado con la clave') } });
  });

  it('when someone rewrites a row and re-signs the rest with another key, then the first re-signed row is named', () => {
    const other = digestsUnder('otra-clave-que-no-es-la-de-ciclo-de-32-caracteres');
    const events = chain(4);
    for (let i = 1; i < events.length; i++) {
      const row = { ...events[i]!, prevHash: events[i - 1]!.hash, actorName: 'Otra persona' };
      events[i] = { ...row, hash: other.keyed(canonicalAuditText(row)) };
    }
    expect(verifyAuditChain(events, digests)).toMatchObject({ intact: false, checked: 1, broken: { id: 'evento-2', reason: expect.stringContaining('la clave de auditoría no es la que lo firmó') } });
  });
});

describe('the exported head', () => {
  it('when printed and read back, then it is the same head; other text is refused', () => {
    const head = { seq: 41, hash: 'a'.repeat(64) };
    expect(parseChainHead(formatChainHead(head))).toEqual(head);
    expect(parseChainHead(' 41:' + 'a'.repeat(64) + '\n')).toEqual(head);
    expect(parseChainHead('41:' + 'a'.repeat(63))).toBeUndefined();
    expect(parseChainHead('cabeza')).toBeUndefined();
  });

  it('when the tail was cut, or the row at the head rewritten, then the mismatch says which', () => {
    const events = chain(5);
    const head = { seq: 5, hash: events[4]!.hash };
    expect(headMismatch(head, { seq: 5, hash: head.hash, keyed: true }, head.hash)).toBeUndefined();
    expect(headMismatch(head, { seq: 6, hash: 'b'.repeat(64), keyed: true }, head.hash)).toBeUndefined();
    expect(headMismatch(head, { seq: 3, hash: events[2]!.hash, keyed: true }, undefined)).toBe('faltan eventos al final: el último es el n.º 3 y la cabeza exportada es el n.º 5');
    expect(headMismatch(head, { seq: 7, hash: 'c'.repeat(64), keyed: true }, 'c'.repeat(64))).toContain('el evento n.º 5 no es el de la cabeza exportada');
  });
});
