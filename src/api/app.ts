// createApp builds the Express app without listening, so tests run it in-process on port 0.
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import type { Client } from '@temporalio/client';
import { defaultLoginLimits, type LoginLimits } from '../auth/loginThrottle';
import type { MailLinkKeys } from '../config/env';
import type { Database } from '../db/prisma';
import type { ReceivedMail } from '../infra/smtpSink';
import type { Mailer } from '../mail/mailer';
import { authenticate } from './authenticate';
import { contentResources } from './planBudget/contentResources';
import { contentRouter } from './planBudget/contentRouter';
import { errorHandler, HttpError } from './httpErrors';
import { methodNotAllowed } from './methodNotAllowed';
import { rejectNulCharacters } from './nulCharacters';
import { openApiHandler } from './openapi';
import { auditEventRoutes } from './routes/auditEvents';
import { calendarFeedRoutes, calendarRoutes } from './routes/calendar';
import { calendarTemplateRoutes } from './routes/calendarTemplates';
import { cycleRoutes, institutionCycleRoutes } from './routes/cycles';
import { delegationRoutes } from './routes/delegations';
import { emailActionRoutes } from './routes/emailActions';
import { publicAuthRoutes, sessionRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/imports';
import { institutionRoutes } from './routes/institutions';
import { mailSinkRoutes } from './routes/mailSink';
import { multiYearRoutes } from './routes/multiYear';
import { notificationRoutes } from './routes/notifications';
import { stageDeliverableRoutes } from './routes/stageDeliverables';
import { settingsRoutes } from './routes/settings';
import { mailPreferenceRoutes } from './routes/mailPreferences';
import { stageRoutes } from './routes/stages';
import { userRoutes } from './routes/users';
import { publicRoutes } from './publicPortal/publicRoutes';

export interface AppDeps {
  db: Database;
  temporal: Client;
  mailer: Mailer;
  taskQueue: string;
  sessionTtlHours: number;
  /** Lockout after wrong passwords and the per-address limit of sign-in attempts; defaults when absent. */
  loginLimits?: LoginLimits;
  /** The proxies whose X-Forwarded-For names the client (TRUST_PROXY); by default none. */
  trustProxy?: number | string;
  /** Origins, besides publicUrl's, whose pages may call the API from a browser (CORS_ORIGINS). */
  corsOrigins?: string[];
  /** Verifies the approve/return links of mails (the worker signs them with the same secret). */
  mailLinks: MailLinkKeys;
  /** Folder of the built console, served at / when present. */
  consoleDir?: string;
  /** Where people reach Ciclo, for links in feeds; by default the request's own host. */
  publicUrl?: string;
  /** The local SMTP sink when this process runs it: its mailbox is readable in the console. */
  mailSink?: { messages: ReceivedMail[] };
  /** The Temporal Web UI, linked from each stage; absent when there is none to link. */
  temporalUi?: { url: string; namespace: string };
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(securityHeaders(deps.publicUrl));

  const api = express.Router();
  const jsonBody = express.json({ limit: '100kb' });
  // Files uploaded under /imports are read raw (up to 25 MB) by their own route, after authentication.
  api.use((req, res, next) => (req.path.startsWith('/imports/') ? next() : jsonBody(req, res, next)));
  api.use(rejectNulCharacters);
  // Only the console's own origin (and CORS_ORIGINS) may read answers from a browser page.
  const allowedOrigins = [...(deps.publicUrl ? [new URL(deps.publicUrl).origin] : []), ...(deps.corsOrigins ?? [])];
  api.use(cors({ origin: allowedOrigins, exposedHeaders: ['Content-Range'], maxAge: 600 }));
  // Before sign-in, so a public path asked with the wrong method gets 405 rather than 401.
  api.use(methodNotAllowed());
  api.use(
    '/health',
    healthRoutes({
      temporal: () => deps.temporal.connection.workflowService.getSystemInfo({}),
      database: () => deps.db.$queryRaw`SELECT 1`,
      smtp: () => deps.mailer.verify(),
    }),
  );
  api.use('/auth', publicAuthRoutes(deps.db, deps.sessionTtlHours, deps.loginLimits ?? defaultLoginLimits));
  api.get('/openapi.json', openApiHandler());
  const publicUrl = (req: { protocol: string; get(name: string): string | undefined }) => deps.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  api.use('/calendar', calendarFeedRoutes(deps.db, publicUrl));
  // The signed link is the credential: no session needed.
  api.use('/email-actions', emailActionRoutes(deps.db, deps.temporal, deps.mailLinks.secret));
  api.use(authenticate(deps.db));
  api.use('/auth', sessionRoutes(deps.db));
  api.use('/stages', stageRoutes(deps.db, deps.temporal));
  api.use('/stages', stageDeliverableRoutes(deps.db));
  api.use('/audit-events', auditEventRoutes(deps.db));
  api.use('/calendar-templates', calendarTemplateRoutes(deps.db));
  api.use('/cycles', cycleRoutes(deps.db, deps.temporal, deps.taskQueue));
  api.use('/institution-cycles', institutionCycleRoutes(deps.db));
  api.use('/institutions', institutionRoutes(deps.db));
  api.use('/users', userRoutes(deps.db, (req) => ({ mailer: deps.mailer, publicUrl: publicUrl(req) })));
  api.use('/delegations', delegationRoutes(deps.db, deps.temporal));
  api.use('/imports', importRoutes(deps.db));
  api.use('/multi-year', multiYearRoutes(deps.db));
  api.use('/calendar', calendarRoutes(deps.db, publicUrl));
  api.use('/notifications', notificationRoutes(deps.db));
  api.use('/mail-preferences', mailPreferenceRoutes(deps.db));
  api.use('/mail-sink', mailSinkRoutes(deps.mailSink));
  api.use('/settings', settingsRoutes({ temporalUi: deps.temporalUi, mailSink: deps.mailSink !== undefined }));
  for (const resource of contentResources) api.use(`/${resource.name}`, contentRouter(deps.db, resource));
  api.use(() => {
    throw new HttpError(404, 'Ruta no encontrada');
  });
  app.use('/api', api);
  // The citizens' portal: no sign-in, approved content only, before the console's catch-all.
  app.use('/publico', publicRoutes(deps.db));

  if (deps.consoleDir && existsSync(deps.consoleDir)) {
    const consoleDir = resolve(deps.consoleDir);
    // The build names each script by its content: kept a year, never asked again. The page that
    // names them is asked again each time, so a new version reaches everyone at their next visit
    // (an hour-old page would name scripts the new build has removed).
    app.use(express.static(consoleDir, { index: 'index.html', setHeaders: (res, path) => res.setHeader('Cache-Control', consoleCaching(consoleDir, path)) }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(join(consoleDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }));
  }
  app.use(errorHandler);
  return app;
}

/** What the build writes under assets/ is named by its content's hash, so immutable; anything else is checked again. */
function consoleCaching(consoleDir: string, path: string): string {
  return relative(consoleDir, path).split(sep)[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * helmet's headers on every answer. The policy lets the console run its own scripts only; MUI
 * (emotion) writes inline styles. Plain-HTTP installations must not be told to upgrade requests.
 */
function securityHeaders(publicUrl: string | undefined) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        ...(publicUrl?.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
  });
}
