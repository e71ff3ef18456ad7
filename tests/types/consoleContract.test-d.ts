// Type tests, checked by `tsc --noEmit -p .` (npm run typecheck), not at run time: the console's
// types for these answers are the server's own, so a change on the server is a type error in the
// console rather than a silent drift.
import { expectTypeOf } from 'vitest';
import type { DeliverableKind, StageChecks } from '../../admin/src/plan-budget/types';
import type { AuditAction, CalendarTemplate, ReturnReasonCode, Role, StageStatus } from '../../admin/src/types';
import type { DeliverableCheck } from '../../src/deliverables/stageDeliverable';
import type { CalendarTemplate as ServerTemplate } from '../../src/domain/calendar/template';
import type { DeliverableKind as ServerKind } from '../../src/domain/planBudget/deliverable';
import type { Role as ServerRole } from '../../src/domain/actor';
import type { StageEvent } from '../../src/domain/stageEvent';
import type { ReturnReasonCode as ServerReasonCode, StageStatus as ServerStatus } from '../../src/domain/stageRules';

expectTypeOf<DeliverableKind>().toEqualTypeOf<ServerKind>();
expectTypeOf<AuditAction>().toEqualTypeOf<StageEvent>();
expectTypeOf<StageChecks>().toExtend<DeliverableCheck & { stageId: string; version: number }>();
expectTypeOf<StageChecks['offTrack']>().toEqualTypeOf<string[]>();
expectTypeOf<CalendarTemplate>().toExtend<ServerTemplate & { id: string; updatedAt: string }>();
expectTypeOf<CalendarTemplate['phase']>().toEqualTypeOf<ServerTemplate['phase']>();
expectTypeOf<Role>().toEqualTypeOf<ServerRole>();
expectTypeOf<StageStatus>().toEqualTypeOf<ServerStatus>();
expectTypeOf<ReturnReasonCode>().toEqualTypeOf<ServerReasonCode>();
