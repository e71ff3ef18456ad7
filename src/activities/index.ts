// Activities: the workflow's only way to touch the database and the mail server.
import type { MailLinkKeys } from '../config/env';
import type { Database } from '../db/prisma';
import type { Mailer } from '../mail/mailer';
import { createCycleRecordActivities } from './cycleRecords';
import { createDeliverableActivities } from './deliverables';
import { createLevelMemberActivities } from './levelMembers';
import { createMailDigestActivities } from './mailDigests';
import { createOverdueDigestActivities } from './overdueDigest';
import { createStageChangeActivities } from './stageChanges';
import { createStageEventActivities } from './stageEvents';
import { createStageEmailActivities } from './stageEmails';

export interface ActivityDeps {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  /** Signs the approve/return links of decision mails. */
  mailLinks: MailLinkKeys;
}

export function createActivities(deps: ActivityDeps) {
  return { ...createStageEventActivities(deps), ...createStageEmailActivities(deps), ...createStageChangeActivities(deps), ...createCycleRecordActivities(deps), ...createOverdueDigestActivities(deps), ...createDeliverableActivities(deps), ...createLevelMemberActivities(deps), ...createMailDigestActivities(deps) };
}

export type Activities = ReturnType<typeof createActivities>;
