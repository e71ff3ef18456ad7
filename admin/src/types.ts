import type { RaRecord } from 'react-admin';

export type Role = 'admin' | 'coordinator' | 'authority' | 'planner';

export const ROLES: readonly Role[] = ['admin', 'coordinator', 'authority', 'planner'];

export interface SessionUser {
    id: string | number;
    email: string;
    name: string;
    role: Role;
    institutionId: string | number | null;
    institutionCode: string | null;
}

export type StageStatus = 'draft' | 'submitted' | 'approved';

export const STAGE_STATUSES: readonly StageStatus[] = ['draft', 'submitted', 'approved'];

export interface Stage extends RaRecord<string> {
    id: string;
    cycleId: string;
    fiscalYear: number;
    institutionId: string;
    institutionCode: string;
    institutionName: string;
    code: string;
    name: string;
    status: StageStatus;
    version: number;
    deadline: string;
    overdue: boolean;
    lastComment: string | null;
    updatedAt: string;
}

export type AuditAction = 'submitted' | 'approved' | 'returned' | 'reminder_sent' | 'overdue';

export interface AuditEvent extends RaRecord {
    stageId: string;
    institutionCode: string;
    action: AuditAction;
    actorName: string | null;
    comment: string | null;
    version: number;
    at: string;
}

export type ReturnReasonCode = 'incomplete' | 'inconsistent' | 'other';

export const RETURN_REASON_CODES: readonly ReturnReasonCode[] = [
    'incomplete',
    'inconsistent',
    'other',
];
