// Bearer authentication for every /api route but health and login.
import type { RequestHandler, Response } from 'express';
import { institutionScope, userForToken, type SessionUser } from '../auth/sessions';
import type { Database } from '../db/prisma';
import { HttpError } from './httpErrors';

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

export function authenticate(db: Database): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) throw new HttpError(401, 'Falta el encabezado Authorization: Bearer <token>; inicie sesión');
    const user = await userForToken(db, token);
    if (!user) throw new HttpError(401, 'La sesión no es válida o expiró; inicie sesión de nuevo');
    res.locals.user = user;
    next();
  };
}

export function currentUser(res: Response): SessionUser {
  return res.locals.user as SessionUser;
}

export { institutionScope };

/** Refuses with 403 unless the signed-in user has one of the roles. */
export function requireRole(res: Response, roles: SessionUser['role'][], message: string): SessionUser {
  const user = currentUser(res);
  if (!roles.includes(user.role)) throw new HttpError(403, message);
  return user;
}

export function actorOf(user: SessionUser) {
  return { userId: user.userId, name: user.name, role: user.role, institutionId: user.institutionId };
}
