// The one place that reads the environment: every setting validated with zod at start-up, so a
// bad value stops Ciclo with a message naming the variable instead of failing later.
import { z } from 'zod';
import type { LoginLimits } from '../auth/loginThrottle';

const optionalText = z.string().trim().min(1).optional();

/** Signs mail links on a developer's machine; public, so refused when NODE_ENV=production. */
export const developmentMailLinkSecret = 'ciclo-desarrollo-clave-de-enlaces-de-correo-no-usar-en-produccion';
/** Signs the audit chain in in-process tests; public, so refused when NODE_ENV=production. */
export const developmentAuditKey = 'ciclo-desarrollo-clave-de-la-auditoria-no-usar-en-produccion';
const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'debe ser una URL postgresql://usuario:clave@host:puerto/base' }).optional(),
  TEMPORAL_ADDRESS: z.string().regex(/^[\w.-]+:\d+$/, 'debe tener la forma host:puerto').optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('ciclo'),
  /** Workflows a worker keeps in memory; the others replay from their history when they wake. */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(10).max(100_000).default(250),
  TEMPORAL_API_KEY: optionalText,
  TEMPORAL_TLS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  TEMPORAL_TLS_CERT_PATH: optionalText,
  TEMPORAL_TLS_KEY_PATH: optionalText,
  TEMPORAL_TLS_CA_PATH: optionalText,
  TEMPORAL_CLI: optionalText,
  TEMPORAL_DEV_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /** The Web UI of an external Temporal (with TEMPORAL_ADDRESS); the embedded one is linked by itself. */
  TEMPORAL_UI_URL: z.url().optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'debe ser una URL smtp:// o smtps://' }).optional(),
  SMTP_SINK_PORT: port.default(2525),
  MAIL_FROM: z.string().min(3).default('Ciclo <ciclo@localhost>'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_DB_PORT: port.default(54329),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().positive().max(24 * 60, 'hasta 1440 minutos (un día)').default(15),
  LOGIN_IP_MAX_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  /**
   * Which proxies in front of Ciclo tell the client's address (X-Forwarded-For), as Express's
   * `trust proxy`: a number of hops, or addresses and subnets (loopback, 10.0.0.0/8). Unset: none,
   * the socket's address is the client's (sign-in limits go by it).
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[\w.:/]+(,\s*[\w.:/]+)*)$/, 'debe ser un número de saltos o una lista de direcciones o subredes separadas por comas')
    .transform((value) => (/^\d+$/.test(value) ? Number(value) : value))
    .optional(),
  /** Origins, besides PUBLIC_URL's, whose pages may call the API: https://a.gob.gt,https://b.gob.gt */
  CORS_ORIGINS: z
    .string()
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'debe ser una lista de orígenes http(s)://host[:puerto] separados por comas' }).transform((url) => new URL(url).origin)))
    .default([]),
  /** Demo accounts share a public password: off by default, and refused, when NODE_ENV=production. */
  SEED_DEMO: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  OVERDUE_DIGEST: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  OVERDUE_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  OVERDUE_DIGEST_UTC_OFFSET: z.string().regex(/^[+-]\d{2}:\d{2}$/, 'desfase como -06:00').default('-06:00'),
  /** A mail still undelivered this long after it was written (its attempt died) is sent again by the worker. */
  MAIL_REDELIVERY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  /** HMAC key of the approve/return links in mails: whoever holds it can forge them. */
  MAIL_LINK_SECRET: z.string().min(32, 'debe tener al menos 32 caracteres').optional(),
  /** HMAC key of the audit chain, kept outside the database: whoever holds it and owns the tables could rewrite the trail. */
  AUDIT_KEY: z.string().min(32, 'debe tener al menos 32 caracteres').optional(),
  /**
   * The role that owns the tables and runs the migrations; DATABASE_URL's role then only gets
   * INSERT and SELECT on the audit trail. Required in production.
   */
  DATABASE_OWNER_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'debe ser una URL postgresql://usuario:clave@host:puerto/base' }).optional(),
  MAIL_LINK_TTL_HOURS: z.coerce.number().positive().max(24 * 90, 'hasta 2160 horas (90 días)').default(24 * 7),
  NODE_ENV: optionalText,
});

export type Env = z.infer<typeof envSchema>;

export interface Config extends Omit<Env, 'SEED_DEMO'> {
  SEED_DEMO: boolean;
  publicUrl: string;
  temporalUiUrl: string;
  mailLinks: MailLinkKeys;
  /** AUDIT_KEY, else the public development key (replaced by `npm start` with its data folder's own). */
  auditKey: string;
  loginLimits: LoginLimits;
}

/** What signs and bounds the approve/return links in mails: the worker signs, the API verifies. */
export interface MailLinkKeys {
  secret: string;
  ttlHours: number;
}

export class ConfigError extends Error {}

/** Parses the environment once; throws ConfigError listing every bad variable by name. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Configuración inválida:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (Boolean(env.TEMPORAL_TLS_CERT_PATH) !== Boolean(env.TEMPORAL_TLS_KEY_PATH)) {
    throw new ConfigError('Configuración inválida:\n  TEMPORAL_TLS_CERT_PATH y TEMPORAL_TLS_KEY_PATH van juntos');
  }
  if (env.NODE_ENV === 'production') {
    const problems = productionProblems(env);
    if (problems.length > 0) throw new ConfigError(`Configuración inválida:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  }
  return {
    ...env,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    temporalUiUrl: (env.TEMPORAL_UI_URL ?? `http://localhost:${env.TEMPORAL_UI_PORT}`).replace(/\/$/, ''),
    // In-process tests sign and verify with the public development key; `npm start` replaces it
    // with a key of its own data folder (config/localSecret.ts) when none is given.
    mailLinks: { secret: env.MAIL_LINK_SECRET ?? developmentMailLinkSecret, ttlHours: env.MAIL_LINK_TTL_HOURS },
    auditKey: env.AUDIT_KEY ?? developmentAuditKey,
    SEED_DEMO: env.SEED_DEMO ?? env.NODE_ENV !== 'production',
    loginLimits: { maxFailures: env.LOGIN_MAX_FAILURES, lockoutMinutes: env.LOGIN_LOCKOUT_MINUTES, perIpPerMinute: env.LOGIN_IP_MAX_PER_MINUTE },
  };
}

/** What a production run lacks or must not have, one line per variable; all listed at once. */
function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  if (!env.MAIL_LINK_SECRET || env.MAIL_LINK_SECRET === developmentMailLinkSecret) {
    problems.push('MAIL_LINK_SECRET: en producción (NODE_ENV=production) defina una clave secreta propia de al menos 32 caracteres; la de desarrollo es pública');
  }
  if (!env.AUDIT_KEY || env.AUDIT_KEY === developmentAuditKey) {
    problems.push('AUDIT_KEY: en producción (NODE_ENV=production) defina la clave de la cadena de auditoría, de al menos 32 caracteres, guardada fuera de la base de datos');
  }
  if (env.DATABASE_URL && !env.DATABASE_OWNER_URL) {
    problems.push('DATABASE_OWNER_URL: en producción las migraciones corren con el rol dueño de las tablas (DATABASE_OWNER_URL) y la aplicación con otro (DATABASE_URL), que solo puede agregar y leer la auditoría');
  }
  if (!env.SMTP_URL) {
    problems.push('SMTP_URL: en producción (NODE_ENV=production) el correo sale por su servidor SMTP (smtp://usuario:clave@servidor:587); el buzón local es solo para la demostración');
  }
  if (env.SEED_DEMO) problems.push('SEED_DEMO: en producción (NODE_ENV=production) no se cargan las cuentas de demostración: su contraseña es pública');
  return problems;
}
