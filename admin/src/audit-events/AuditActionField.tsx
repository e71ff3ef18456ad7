import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditAction, AuditEvent } from '../types';

const COLORS: Record<AuditAction, ChipProps['color']> = {
  submitted: 'info',
  level_approved: 'info',
  approved: 'success',
  returned: 'warning',
  reminder: 'default',
  overdue: 'error',
  escalated: 'error',
  extended: 'secondary',
  deadline_moved: 'secondary',
  reassigned: 'default',
  off_track: 'warning',
  recalled: 'default',
  rule_fired: 'secondary',
  rule_blocked: 'error',
};

export const AuditActionField = (props: { label?: string; source?: string; record?: AuditEvent }) => {
  const record = useRecordContext<AuditEvent>(props);
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" variant="outlined" color={COLORS[record.action] ?? 'default'} label={translate(`ciclo.audit_action.${record.action}`, { _: record.action })} />;
};
