// The signed approve/return links of mails: what they carry, and every way a token is refused.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, developmentMailLinkSecret, loadConfig } from '../../src/config/env';
import { ActionLinkError, genuineActionLink, signActionLink, verifyActionLink } from '../../src/mail/actionLinks';

const keys = { secret: 'una-clave-de-prueba-de-al-menos-32-caracteres', ttlHours: 168 };
const link = { userId: 'u-1', stageId: 's-1', action: 'approve' as const, version: 2 };
const now = Date.parse('2027-03-01T12:00:00Z');

const refusal = (attempt: () => unknown): ActionLinkError => {
  try {
    attempt();
  } catch (err) {
    if (err instanceof ActionLinkError) return err;
    throw err;
  }
  throw new Error('the token was accepted');
};

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signedBody = (body: string, secret = keys.secret) => `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;

describe('action links', () => {
  it('when a link is signed, then verifying it gives back its person, stage, action and version, with a uuid and a 7-day expiry', () => {
    const { token, payload } = signActionLink(link, keys, now);
    expect(token).toMatch(/^[\w-]+\.[\w-]+$/);
    const verified = verifyActionLink(token, keys.secret, now + 1000);
    expect(verified).toEqual(payload);
    expect(verified).toMatchObject(link);
    expect(verified.jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(verified.exp * 1000).toBe(now + 7 * 24 * 3_600_000);
  });

  it('when two links are signed for the same decision, then each has its own id', () => {
    expect(signActionLink(link, keys, now).payload.jti).not.toBe(signActionLink(link, keys, now).payload.jti);
  });

  it('when the payload is changed (another action, stage or version), then the token is refused as tampered', () => {
    const { token, payload } = signActionLink(link, keys, now);
    const signature = token.split('.')[1];
    for (const change of [{ action: 'return' }, { stageId: 's-2' }, { version: 3 }, { exp: payload.exp + 3600 }]) {
      const forged = `${b64({ ...payload, ...change })}.${signature}`;
      expect(refusal(() => verifyActionLink(forged, keys.secret, now)).kind).toBe('tampered');
    }
  });

  it('when the signature is changed, cut, or made with another secret, then the token is refused as tampered', () => {
    const { token } = signActionLink(link, keys, now);
    const [body, signature] = token.split('.') as [string, string];
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    expect(refusal(() => verifyActionLink(`${body}.${flipped}`, keys.secret, now)).kind).toBe('tampered');
    expect(refusal(() => verifyActionLink(`${body}.${signature.slice(0, 20)}`, keys.secret, now)).kind).toBe('tampered');
    const otherSecret = signActionLink(link, { ...keys, secret: 'otra-clave-de-prueba-de-al-menos-32-caracteres' }, now).token;
    expect(refusal(() => verifyActionLink(otherSecret, keys.secret, now)).kind).toBe('tampered');
  });

  it('when the token is not of the form payload.signature, then it is refused as invalid with a Spanish message', () => {
    for (const token of ['', 'abc', 'a.b.c', 'con espacios.x', '%7Btoken%7D']) {
      const error = refusal(() => verifyActionLink(token, keys.secret, now));
      expect(error.kind).toBe('invalid');
      expect(error.message).toMatch(/^El enlace no es válido/);
    }
  });

  it('when a genuinely signed token names an unknown action, then it is refused as invalid', () => {
    const { payload } = signActionLink(link, keys, now);
    const token = signedBody(b64({ ...payload, action: 'delete' }));
    expect(refusal(() => verifyActionLink(token, keys.secret, now)).kind).toBe('invalid');
    expect(refusal(() => verifyActionLink(signedBody('bm8ganNvbg'), keys.secret, now)).kind).toBe('invalid');
  });

  it('when the expiry has passed, then the token is refused as expired, and is still known to be genuine', () => {
    const { token } = signActionLink(link, { ...keys, ttlHours: 1 }, now);
    expect(() => verifyActionLink(token, keys.secret, now + 3_599_000)).not.toThrow();
    const error = refusal(() => verifyActionLink(token, keys.secret, now + 3_600_000));
    expect(error.kind).toBe('expired');
    expect(error.message).toMatch(/venció/);
    expect(genuineActionLink(token, keys.secret)).toMatchObject(link);
  });
});

describe('MAIL_LINK_SECRET and MAIL_LINK_TTL_HOURS', () => {
  it('when nothing is set, then the development secret and 7 days apply', () => {
    expect(loadConfig({}).mailLinks).toEqual({ secret: developmentMailLinkSecret, ttlHours: 168 });
  });

  it('when NODE_ENV is production without a secret of its own, then start-up stops with a Spanish message naming the variable', () => {
    const attempt = () => loadConfig({ NODE_ENV: 'production' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/MAIL_LINK_SECRET: en producción/);
    expect(() => loadConfig({ NODE_ENV: 'production', MAIL_LINK_SECRET: developmentMailLinkSecret })).toThrow(/MAIL_LINK_SECRET/);
  });

  it('when a secret of its own is given in production, then it is used; a short one or a bad lifetime is refused', () => {
    expect(loadConfig({ NODE_ENV: 'production', MAIL_LINK_SECRET: keys.secret, AUDIT_KEY: 'k'.repeat(32), MAIL_LINK_TTL_HOURS: '48', SMTP_URL: 'smtp://relay.example.gt:587' }).mailLinks).toEqual({ secret: keys.secret, ttlHours: 48 });
    expect(() => loadConfig({ MAIL_LINK_SECRET: 'corta' })).toThrow(/MAIL_LINK_SECRET: debe tener al menos 32 caracteres/);
    expect(() => loadConfig({ MAIL_LINK_TTL_HOURS: '-1' })).toThrow(/MAIL_LINK_TTL_HOURS/);
  });
});
