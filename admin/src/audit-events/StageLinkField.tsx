import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from '../types';

/** Link to the event's stage (a plain link: no extra getMany request). */
export const StageLinkField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEvent>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!record?.stageId) return null;
  return <Link to={createPath({ resource: 'stages', id: record.stageId, type: 'show' })}>{translate('ciclo.action.view_stage')}</Link>;
};
