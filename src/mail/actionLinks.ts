// Signed approve/return links for mails: the token is the credential, so it carries who may act,
// on which stage, at which version and until when, under an HMAC-SHA256 of the server's secret.
// Single use is not the token's business: the API records each used jti (EmailActionUse).
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { MailLinkKeys } from '../config/env';

export const actionLinkActions = ['approve', 'return'] as const;
export type ActionLinkAction = (typeof actionLinkActions)[number];

const payloadSchema = z.object({
  jti: z.uuid(),
  userId: z.string().min(1),
  stageId: z.string().min(1),
  action: z.enum(actionLinkActions),
  version: z.number().int().min(1),
  /** Expiry, in seconds since the epoch. */
  exp: z.number().int(),
});
export type ActionLinkPayload = z.infer<typeof payloadSchema>;

/** Why a token is refused: `invalid` (malformed, tampered, unknown action) or `expired`. */
export class ActionLinkError extends Error {
  constructor(
    readonly kind: 'invalid' | 'tampered' | 'expired',
    message: string,
  ) {
    super(message);
  }
}

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest();

/** `<payload>.<signature>`, both base64url: safe in a URL path and in the console's hash route. */
export function signActionLink(
  link: Pick<ActionLinkPayload, 'userId' | 'stageId' | 'action' | 'version'>,
  keys: MailLinkKeys,
  now = Date.now(),
): { token: string; payload: ActionLinkPayload } {
  const payload: ActionLinkPayload = { jti: randomUUID(), ...link, exp: Math.floor(now / 1000 + keys.ttlHours * 3600) };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return { token: `${body}.${mac(keys.secret, body).toString('base64url')}`, payload };
}

/** The payload of a genuine, unexpired token; otherwise an ActionLinkError saying why. */
export function verifyActionLink(token: string, secret: string, now = Date.now()): ActionLinkPayload {
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
  if (!match) throw new ActionLinkError('invalid', 'El enlace no es válido: está incompleto o mal copiado');
  const [, body, signature] = match as unknown as [string, string, string];
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  // Constant time, so the signature cannot be guessed byte by byte from response times.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ActionLinkError('tampered', 'El enlace no es válido: fue alterado o no lo emitió Ciclo');
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new ActionLinkError('invalid', 'El enlace no es válido: su contenido no se puede leer');
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success) throw new ActionLinkError('invalid', 'El enlace no es válido: la acción o sus datos no se reconocen');
  if (parsed.data.exp * 1000 <= now) throw new ActionLinkError('expired', 'Este enlace venció; abra la etapa en Ciclo para decidir');
  return parsed.data;
}

/** A genuine token's payload whatever its expiry, to tell someone what an expired link was for. */
export function genuineActionLink(token: string, secret: string): ActionLinkPayload {
  return verifyActionLink(token, secret, 0);
}

export const actionLinkUrl = (publicUrl: string, token: string) => `${publicUrl}/#/correo/accion/${token}`;

/** A mail's text without its signed action links: copies kept in the console must not act as anyone. */
export const withoutActionLinks = (text: string) => text.replace(/\S*\/#\/correo\/accion\/\S+/g, '(enlace disponible solo en el correo)');

/** A decider's approve and return links for the stage's current version. */
export function decisionLinks(publicUrl: string, keys: MailLinkKeys, userId: string, stage: { id: string; version: number }): Record<ActionLinkAction, string> {
  const signed = (action: ActionLinkAction) => actionLinkUrl(publicUrl, signActionLink({ userId, stageId: stage.id, action, version: stage.version }, keys).token);
  return { approve: signed('approve'), return: signed('return') };
}
