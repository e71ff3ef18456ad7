// Each person's private iCalendar feed: a random secret in the URL, only its SHA-256 kept (in
// User.calendarToken), so the table gives no usable URL; a new secret revokes the old one.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/prisma';
import { toSessionUser, type SessionUser } from './sessions';

const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new secret for the person's feed; the previous URL stops working. */
export async function renewCalendarSecret(db: Database, userId: string): Promise<string> {
  const secret = randomBytes(24).toString('base64url');
  await db.user.update({ where: { id: userId }, data: { calendarToken: digest(secret) } });
  return secret;
}

export async function revokeCalendarSecret(db: Database, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { calendarToken: null } });
}

export async function hasCalendarSecret(db: Database, userId: string): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { calendarToken: true } });
  return user.calendarToken !== null;
}

export async function userForCalendarSecret(db: Database, secret: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { calendarToken: digest(secret) }, include: { institution: true } });
  return user ? toSessionUser(user) : null;
}
