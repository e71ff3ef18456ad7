// The people of each institution: admins and coordinators create them with a role, and the person
// sets their own password through a mailed one-time link (nobody else ever knows it). A
// deactivated person can no longer sign in, act from a mail link or receive mail; their history
// stays. Coordinators administer everyone but admins.
import type { z } from 'zod';
import type { userCreateBody, userUpdateBody } from '../api/schemas';
import { issuePasswordSetup, passwordSetupUrl } from '../auth/passwordSetups';
import { revokeSessionsOf, type SessionUser } from '../auth/sessions';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import { Refusal } from '../domain/refusal';
import { recordChange } from '../audit/recordChange';
import { renderInvitation } from '../mail/invitation';
import { RecipientRefused, type Mailer } from '../mail/mailer';
import type { InvitationSent, UserRecord } from '../api/responses';

type UserCreate = z.output<typeof userCreateBody>;
type UserUpdate = z.output<typeof userUpdateBody>;
type Role = SessionUser['role'];

const presented = {
  id: true,
  email: true,
  name: true,
  role: true,
  institutionId: true,
  locale: true,
  active: true,
  passwordHash: true,
  createdAt: true,
  institution: { select: { code: true, timeZone: true } },
} as const satisfies Prisma.UserSelect;
type StoredUser = Prisma.UserGetPayload<{ select: typeof presented }>;

/** What the API shows of a person: never the hash, only whether a password was set. */
export function presentUser({ passwordHash, institution, createdAt, locale, ...user }: StoredUser): UserRecord {
  // The column is text; only the two languages of the mail are ever written to it.
  return { ...user, locale: locale === 'en' ? 'en' : 'es', institutionCode: institution?.code ?? null, passwordSet: passwordHash !== null, createdAt: createdAt.toISOString() };
}

export interface Invitations {
  mailer: Mailer;
  /** Where people reach Ciclo, for the link. */
  publicUrl: string;
}

export function userWhere(filter: { id?: string[]; q?: string; institutionId?: string; role?: Role; active?: boolean }): Prisma.UserWhereInput {
  const q = filter.q?.trim();
  return {
    ...(filter.id ? { id: { in: filter.id } } : {}),
    ...(filter.institutionId ? { institutionId: filter.institutionId } : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.active !== undefined ? { active: filter.active } : {}),
    ...(q ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { name: { contains: q, mode: 'insensitive' } }] } : {}),
  };
}

export async function listUsers(db: Database, where: Prisma.UserWhereInput, orderBy: Prisma.UserOrderByWithRelationInput, skip: number, take: number) {
  const [rows, total] = await Promise.all([db.user.findMany({ where, orderBy: [orderBy, { email: 'asc' }], skip, take, select: presented }), db.user.count({ where })]);
  return { records: rows.map(presentUser), total };
}

export async function findUser(db: Database, id: string): Promise<UserRecord | null> {
  const row = await db.user.findUnique({ where: { id }, select: presented });
  return row && presentUser(row);
}

/** A role belongs in an institution of the right kind: admins in none, coordinators in a coordinating one. */
async function assertPlacement(db: Database, role: Role, institutionId: string | null | undefined) {
  if (role === 'admin') {
    if (institutionId) throw new Refusal('invalid', 'Datos inválidos', { institutionId: 'un administrador no pertenece a ninguna institución' });
    return;
  }
  if (!institutionId) throw new Refusal('invalid', 'Datos inválidos', { institutionId: 'es obligatoria para este rol' });
  const institution = await db.institution.findUnique({ where: { id: institutionId }, select: { kind: true, active: true } });
  if (!institution) throw new Refusal('invalid', 'Datos inválidos', { institutionId: 'la institución no existe' });
  if (!institution.active) throw new Refusal('invalid', 'Datos inválidos', { institutionId: 'la institución está dada de baja' });
  if ((role === 'coordinator') !== (institution.kind === 'coordinator')) {
    const message = role === 'coordinator' ? 'un coordinador pertenece a un ente coordinador (SEGEPLAN, MINFIN...)' : 'las personas de un ente coordinador tienen el rol coordinator';
    throw new Refusal('invalid', 'Datos inválidos', { institutionId: message });
  }
}

function assertMayAdminister(actor: SessionUser, role: Role) {
  if (actor.role !== 'admin' && role === 'admin') throw new Refusal('forbidden', 'Solo un administrador puede crear o modificar administradores');
}

/** Mails the person a new one-time link; earlier links stop working. */
export async function invite(db: Database, invitations: Invitations, userId: string): Promise<InvitationSent> {
  const user = await db.user.findUnique({ where: { id: userId }, select: presented });
  if (!user) throw new Refusal('not_found', 'La persona no existe');
  if (!user.active) throw new Refusal('conflict', 'La persona está desactivada: actívela antes de invitarla');
  const { token, expiresAt } = await issuePasswordSetup(db, user.id);
  const locale = user.locale === 'en' ? 'en' : 'es';
  const mail = renderInvitation(user, passwordSetupUrl(invitations.publicUrl, token), expiresAt.toISOString(), user.institution?.timeZone ?? 'America/Guatemala', locale);
  await invitations.mailer.send({ to: [user.email], ...mail });
  return { sentTo: user.email, expiresAt: expiresAt.toISOString() };
}

export async function createUser(db: Database, invitations: Invitations, actor: SessionUser, input: UserCreate): Promise<UserRecord> {
  assertMayAdminister(actor, input.role);
  await assertPlacement(db, input.role, input.institutionId);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new Refusal('conflict', 'Ya existe una persona con ese correo', { email: `${input.email} ya tiene cuenta` });
  }
  const created = await db.$transaction(async (tx) => {
    const record = presentUser(await tx.user.create({ data: { ...input, institutionId: input.institutionId ?? null, passwordHash: null }, select: presented }));
    await recordChange(tx, { actor, entity: 'users', entityId: record.id, institutionId: record.institutionId, action: 'created', after: record });
    return record;
  });
  try {
    await invite(db, invitations, created.id);
  } catch (err) {
    if (!(err instanceof RecipientRefused)) throw err;
    // An address never changes, so an account whose mail the relay refuses could never be used: it is undone.
    await db.$transaction(async (tx) => {
      await tx.user.delete({ where: { id: created.id } });
      await recordChange(tx, { actor, entity: 'users', entityId: created.id, institutionId: created.institutionId, action: 'deleted', before: created });
    });
    throw err;
  }
  return (await findUser(db, created.id))!;
}

export async function updateUser(db: Database, actor: SessionUser, id: string, input: UserUpdate): Promise<UserRecord> {
  const stored = await db.user.findUnique({ where: { id }, select: presented });
  if (!stored) throw new Refusal('not_found', 'La persona no existe');
  const current = presentUser(stored);
  assertMayAdminister(actor, current.role);
  const role = input.role ?? current.role;
  assertMayAdminister(actor, role);
  if (id === actor.userId && (input.active === false || role !== current.role)) {
    throw new Refusal('forbidden', 'Nadie puede desactivarse ni cambiarse el rol a sí mismo: pídalo a otro administrador');
  }
  const institutionId = input.institutionId === undefined ? current.institutionId : input.institutionId;
  if (input.role !== undefined || input.institutionId !== undefined) await assertPlacement(db, role, institutionId);
  await db.$transaction(async (tx) => {
    const record = presentUser(await tx.user.update({ where: { id }, data: { ...input, institutionId }, select: presented }));
    // Read within the institution the person now belongs to (the former one, for one made admin).
    await recordChange(tx, { actor, entity: 'users', entityId: id, institutionId: record.institutionId ?? current.institutionId, action: 'updated', before: current, after: record });
  });
  // A deactivated person, or one moved elsewhere, keeps no session of the former access.
  if (input.active === false || institutionId !== current.institutionId || role !== current.role) await revokeSessionsOf(db, id);
  return (await findUser(db, id))!;
}
