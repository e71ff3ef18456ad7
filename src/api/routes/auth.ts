// Login and logout. Wrong credentials get one message, whichever part was wrong.
import { Router } from 'express';
import { verifyPassword } from '../../auth/passwords';
import { openSession, revokeSession, toSessionUser } from '../../auth/sessions';
import type { Database } from '../../db/prisma';
import { bearerToken, currentUser } from '../authenticate';
import { HttpError } from '../httpErrors';
import { loginBody } from '../schemas';

/** POST /api/auth/login {email, password} -> {token, user} */
export function publicAuthRoutes(db: Database, sessionTtlHours: number): Router {
  const router = Router();
  router.post('/login', async (req, res) => {
    const { email, password } = loginBody.parse(req.body ?? {});
    const user = await db.user.findUnique({ where: { email }, include: { institution: true } });
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw new HttpError(401, 'Correo o contraseña incorrectos');
    }
    const token = await openSession(db, user.id, sessionTtlHours);
    res.json({ token, user: publicUser(toSessionUser(user)) });
  });
  return router;
}

/** GET /api/auth/me and POST /api/auth/logout, behind authentication. */
export function sessionRoutes(db: Database): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    res.json(publicUser(currentUser(res)));
  });
  router.post('/logout', async (req, res) => {
    await revokeSession(db, bearerToken(req.headers.authorization)!);
    res.status(204).end();
  });
  return router;
}

function publicUser(user: ReturnType<typeof toSessionUser>) {
  return {
    id: user.userId,
    email: user.email,
    name: user.name,
    role: user.role,
    institutionId: user.institutionId,
    institutionCode: user.institutionCode,
  };
}
