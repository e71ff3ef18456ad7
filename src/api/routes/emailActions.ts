// /api/email-actions: the approve and return links of decision mails. The signed token is the
// credential, so these routes come before authentication, and it travels in the request body: a
// path or query string is kept by access logs, proxies and browser history. /lookup only
// describes; POST acts once, as the person the link was made for, and the stage workflow's
// validator still judges them.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import { toSessionUser } from '../../auth/sessions';
import type { Database } from '../../db/prisma';
import { awaitingDecisionOf } from '../../domain/pendingApprovals';
import type { ApprovalStep } from '../../domain/stageRules';
import { ActionLinkError, genuineActionLink, verifyActionLink, type ActionLinkPayload } from '../../mail/actionLinks';
import { actOnStage } from '../../workflowClient/stageWorkflows';
import { actorOf } from '../authenticate';
import { HttpError, notFound } from '../httpErrors';
import type { EmailActionDone, EmailActionLink } from '../responses';
import { emailActionBodies, emailActionLookupBody } from '../schemas';

const alreadyUsed = 'Este enlace ya se usó';
const done: Record<ActionLinkPayload['action'], string> = { approve: 'Etapa aprobada', return: 'Etapa devuelta para corrección' };

export function emailActionRoutes(db: Database, temporal: Client, secret: string): Router {
  const router = Router();

  /** The stage and the person the link names, as they are now. */
  async function partiesOf(link: ActionLinkPayload) {
    const [stage, person] = await Promise.all([
      db.stage.findUnique({ where: { id: link.stageId }, include: { institution: true } }),
      db.user.findUnique({ where: { id: link.userId }, include: { institution: true } }),
    ]);
    if (!stage) throw notFound('La etapa del enlace');
    if (!person?.active) throw new HttpError(403, 'La persona de este enlace ya no tiene cuenta activa en Ciclo');
    return { stage, person };
  }

  const outdated = (link: ActionLinkPayload, version: number) =>
    `El enlace era para la versión ${link.version} y la etapa va en la versión ${version}; abra la etapa en Ciclo`;

  /** POST /lookup {token}: what the link would do and whether it still can; changes nothing. */
  router.post('/lookup', async (req, res) => {
    const { token } = emailActionLookupBody.parse(req.body ?? {});
    let link: ActionLinkPayload;
    let refusal: string | undefined;
    try {
      link = verifyActionLink(token, secret);
    } catch (err) {
      // An expired link is still genuine: say what it was for, and that it can no longer act.
      if (!(err instanceof ActionLinkError && err.kind === 'expired')) throw err;
      link = genuineActionLink(token, secret);
      refusal = err.message;
    }
    const { stage, person } = await partiesOf(link);
    if (!refusal && (await db.emailActionUse.findUnique({ where: { id: link.jti } }))) refusal = alreadyUsed;
    if (!refusal && stage.version !== link.version) refusal = outdated(link, stage.version);
    if (!refusal) {
      // A preview of the workflow's own check, which POST relies on.
      const chain = (stage.approvalChain as ApprovalStep[] | null) ?? [{ role: 'authority' as const, institutionId: stage.institutionId }];
      const awaiting = awaitingDecisionOf([{ ...stage, approvalChain: chain }], { userId: person.id, role: person.role, institutionId: person.institutionId });
      if (awaiting.length === 0) refusal = 'La etapa ya no espera su decisión';
    }
    res.json({
      action: link.action,
      version: link.version,
      expiresAt: new Date(link.exp * 1000).toISOString(),
      stageId: stage.id,
      stageName: stage.name,
      stageStatus: stage.status,
      currentVersion: stage.version,
      institutionCode: stage.institution.code,
      institutionName: stage.institution.name,
      timeZone: stage.institution.timeZone,
      personName: person.name,
      usable: refusal === undefined,
      ...(refusal ? { reason: refusal } : {}),
    } satisfies EmailActionLink);
  });

  /** POST {token, comment?, reasonCode?}: approves or returns the stage as the link's person, once. */
  router.post('/', async (req, res) => {
    const { token } = emailActionLookupBody.parse(req.body ?? {});
    const link = verifyActionLink(token, secret);
    const { stage, person } = await partiesOf(link);
    if (await db.emailActionUse.findUnique({ where: { id: link.jti } })) throw new HttpError(409, alreadyUsed);
    const body = emailActionBodies[link.action].parse(req.body ?? {});
    if (stage.version !== link.version) throw new HttpError(409, outdated(link, stage.version));
    // The claim comes first so that two clicks at once cannot both act.
    const claim = await db.emailActionUse.createMany({ data: [{ id: link.jti, userId: person.id, stageId: stage.id, action: link.action }], skipDuplicates: true });
    if (claim.count === 0) throw new HttpError(409, alreadyUsed);
    try {
      await actOnStage(temporal, stage.workflowId, link.action, { actor: actorOf(toSessionUser(person)), ...body } as never, `email-action:${link.jti}`);
    } catch (err) {
      // Refused or failed: the link is not spent, and may be used again once the cause is gone.
      await db.emailActionUse.delete({ where: { id: link.jti } });
      throw err;
    }
    const after = await db.stage.findUniqueOrThrow({ where: { id: stage.id } });
    res.json({
      action: link.action,
      message: done[link.action],
      stageId: stage.id,
      stageName: stage.name,
      institutionName: stage.institution.name,
      status: after.status,
      version: after.version,
      personName: person.name,
    } satisfies EmailActionDone);
  });

  return router;
}
