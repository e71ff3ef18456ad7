// One-time links with which a person sets their password: the first sign-in of an invited
// person, or a new invitation. Only the token's SHA-256 is stored; a link works once, before it
// expires, and a newer link replaces the older ones.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/prisma';
import { Refusal } from '../domain/refusal';
import { forgetAllFailures } from './loginFailures';
import { hashPassword } from './passwords';
import { revokeSessionsOf } from './sessions';

/** How long an invitation's link works. */
export const passwordSetupHours = 72;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export const passwordSetupUrl = (publicUrl: string, token: string) => `${publicUrl}/#/primer-acceso/${token}`;

/** A new link for the person; earlier unused ones stop working. */
export async function issuePasswordSetup(db: Database, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + passwordSetupHours * 3_600_000);
  await db.$transaction([
    db.passwordSetup.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } }),
    db.passwordSetup.create({ data: { userId, tokenHash: digest(token), expiresAt } }),
  ]);
  return { token, expiresAt };
}

/** The link's person, if the link can still be used. */
export async function pendingPasswordSetup(db: Database, token: string, now = new Date()) {
  const setup = await db.passwordSetup.findUnique({ where: { tokenHash: digest(token) }, include: { user: { include: { institution: true } } } });
  if (!setup || !setup.user.active) throw new Refusal('not_found', 'El enlace no es válido; pida a la coordinación una nueva invitación');
  if (setup.usedAt) throw new Refusal('gone', 'El enlace ya se usó o fue reemplazado por otro más reciente; pida una nueva invitación');
  if (setup.expiresAt.getTime() <= now.getTime()) throw new Refusal('gone', 'El enlace venció; pida a la coordinación una nueva invitación');
  return setup;
}

/** Sets the password once: the link is spent in the same statement that checks it, so two uses give one. */
export async function redeemPasswordSetup(db: Database, token: string, password: string, now = new Date()) {
  const setup = await pendingPasswordSetup(db, token, now);
  const passwordHash = await hashPassword(password);
  const claimed = await db.passwordSetup.updateMany({ where: { id: setup.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count === 0) throw new Refusal('gone', 'El enlace ya se usó; inicie sesión con su contraseña');
  await revokeSessionsOf(db, setup.userId);
  await db.user.update({ where: { id: setup.userId }, data: { passwordHash } });
  await forgetAllFailures(db, setup.user.email);
  return setup.user;
}
