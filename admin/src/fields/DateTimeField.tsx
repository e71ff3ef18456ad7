import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDateTime } from '../dates';

/** A date and time shown in Guatemala's time zone, in the UI's language. */
export const DateTimeField = ({ source }: { source: string; label?: string }) => {
    const record = useRecordContext();
    const [locale] = useLocaleState();
    const value: unknown = record?.[source];
    if (typeof value !== 'string') return null;
    return (
        <Typography component="span" variant="body2">
            {formatDateTime(value, locale)}
        </Typography>
    );
};
