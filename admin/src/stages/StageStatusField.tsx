import { useRecordContext } from 'react-admin';
import type { Stage } from '../types';
import { StageStatusChip } from './StageStatusChip';

export const StageStatusField = (_props: { label?: string; source?: string }) => {
    const record = useRecordContext<Stage>();
    return record ? <StageStatusChip status={record.status} /> : null;
};
