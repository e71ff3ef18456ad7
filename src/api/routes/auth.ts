// Login and logout. Wrong credentials get one message, whichever part was wrong; wrong passwords
// for an email from one address earn growing delays (auth/loginThrottle.ts), whether it has an
// account or not, so neither the answers nor their timing tell which emails exist.
import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { countAttempt, forgetFailures } from '../../auth/loginFailures';
import { retryAfterSeconds, SlidingWindow, type LoginLimits } from '../../auth/loginThrottle';
import { pendingPasswordSetup, redeemPasswordSetup } from '../../auth/passwordSetups';
import { hashPassword, needsRehash, verifyPassword } from '../../auth/passwords';
import { openSession, revokeSession, toSessionUser } from '../../auth/sessions';
import type { Database } from '../../db/prisma';
import { bearerToken, currentUser } from '../authenticate';
import { HttpError, TooManyRequests } from '../httpErrors';
import type { PasswordSetupLink, SessionUserRecord } from '../responses';
import { loginBody, passwordSetupBody, passwordSetupLookupBody } from '../schemas';

/** A hash of a random password, checked for unknown emails so they take as long as known ones. */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

const minutes = (seconds: number) => (seconds <= 60 ? '1 minuto' : `${Math.ceil(seconds / 60)} minutos`);
const delayed = (until: Date, now: Date) => {
  const wait = retryAfterSeconds(until, now);
  return new TooManyRequests(`Demasiados intentos fallidos con este correo desde esta dirección: espere ${minutes(wait)} antes de intentar de nuevo`, wait);
};

/** POST /api/auth/login {email, password} -> {token, user}; 429 with Retry-After when throttled. The password-setup links. */
export function publicAuthRoutes(db: Database, sessionTtlHours: number, limits: LoginLimits): Router {
  const router = Router();
  const perAddress = new SlidingWindow(limits.perIpPerMinute, 60_000);
  void decoy();
  router.post('/login', async (req, res) => {
    const now = new Date();
    const address = req.ip ?? '';
    const fromAddress = perAddress.hit(address, now.getTime());
    if (!fromAddress.allowed) {
      throw new TooManyRequests('Demasiados intentos de inicio de sesión desde esta dirección; espere un momento e intente de nuevo', fromAddress.retryAfterSeconds);
    }
    const { email, password } = loginBody.parse(req.body ?? {});
    // Counted per email and address, whether the account exists or not, so neither the answers
    // nor their timing tell which emails have one.
    const verdict = await countAttempt(db, email, address, now, limits);
    if (verdict.kind === 'locked') throw delayed(verdict.until, now);
    const user = await db.user.findUnique({ where: { email }, include: { institution: true } });
    // A deactivated person, or one who has not yet set a password, is refused like a wrong password.
    const usable = user?.active && user.passwordHash ? user : null;
    const passwordIsRight = await verifyPassword(password, usable?.passwordHash ?? (await decoy()));
    if (!usable || !passwordIsRight) {
      if (verdict.blockedUntil) throw delayed(verdict.blockedUntil, now);
      throw new HttpError(401, 'Correo o contraseña incorrectos');
    }
    await forgetFailures(db, email, address);
    if (needsRehash(usable.passwordHash!)) await db.user.update({ where: { id: usable.id }, data: { passwordHash: await hashPassword(password) } });
    const token = await openSession(db, usable.id, sessionTtlHours);
    res.json({ token, user: publicUser(toSessionUser(usable)) });
  });

  /**
   * POST {token}: whose the mailed one-time link is and until when it works; 404 unknown, 410
   * spent. The token comes in the body: a path is kept by access logs, proxies and browser history.
   */
  router.post('/password-setup/lookup', async (req, res) => {
    const { token } = passwordSetupLookupBody.parse(req.body ?? {});
    const { user, expiresAt } = await pendingPasswordSetup(db, token);
    res.json({ email: user.email, name: user.name, expiresAt: expiresAt.toISOString() } satisfies PasswordSetupLink);
  });

  /** POST {token, password}: sets the password once and signs the person in, as login answers. */
  router.post('/password-setup', async (req, res) => {
    const { token, password } = passwordSetupBody.parse(req.body ?? {});
    const user = await redeemPasswordSetup(db, token, password);
    const session = await openSession(db, user.id, sessionTtlHours);
    res.json({ token: session, user: publicUser(toSessionUser(user)) });
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

function publicUser(user: ReturnType<typeof toSessionUser>): SessionUserRecord {
  return {
    id: user.userId,
    email: user.email,
    name: user.name,
    role: user.role,
    institutionId: user.institutionId,
    institutionCode: user.institutionCode,
    timeZone: user.timeZone,
  };
}
