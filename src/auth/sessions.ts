// Bearer sessions: a random token for the client, only its SHA-256 kept in the database, so a
// leaked table gives no usable token and logging out revokes at once.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/prisma';
import type { Actor, Role } from '../domain/actor';

export interface SessionUser extends Actor {
  email: string;
  institutionCode: string | null;
  /** The institution's time zone, or Guatemala's for a person of no institution. */
  timeZone: string;
}

/** Institution.timeZone's default in the schema: the zone of a person of no institution. */
const DEFAULT_TIME_ZONE = 'America/Guatemala';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function openSession(db: Database, userId: string, ttlHours: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.session.create({ data: { userId, tokenHash: digest(token), expiresAt: new Date(Date.now() + ttlHours * 3_600_000) } });
  return token;
}

export async function userForToken(db: Database, token: string): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { tokenHash: digest(token) },
    include: { user: { include: { institution: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now() || !session.user.active) return null;
  return toSessionUser(session.user);
}

/** Ends every open session of a person (deactivated, or a new password set). */
export async function revokeSessionsOf(db: Database, userId: string): Promise<void> {
  await db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeSession(db: Database, token: string): Promise<void> {
  await db.session.updateMany({ where: { tokenHash: digest(token), revokedAt: null }, data: { revokedAt: new Date() } });
}

export function toSessionUser(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  institutionId: string | null;
  institution: { code: string; timeZone: string } | null;
}): SessionUser {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    institutionId: user.institutionId,
    institutionCode: user.institution?.code ?? null,
    timeZone: user.institution?.timeZone ?? DEFAULT_TIME_ZONE,
  };
}

/** Planners, directors and authorities see their own institution only; coordinators and admins see all. */
export function institutionScope(user: SessionUser): string | undefined {
  return user.role === 'planner' || user.role === 'authority' || user.role === 'director' ? (user.institutionId ?? '') : undefined;
}
