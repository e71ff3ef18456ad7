import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StageStatus } from '../types';

const COLORS: Record<StageStatus, ChipProps['color']> = {
    draft: 'default',
    submitted: 'info',
    approved: 'success',
};

export const StageStatusChip = ({ status }: { status: StageStatus }) => {
    const translate = useTranslate();
    return (
        <Chip
            size="small"
            color={COLORS[status] ?? 'default'}
            variant={status === 'draft' ? 'outlined' : 'filled'}
            label={translate(`ciclo.status.${status}`, { _: status })}
        />
    );
};
