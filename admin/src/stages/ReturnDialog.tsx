import { MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ReturnParams } from '../dataProvider';
import { RETURN_REASON_CODES, type ReturnReasonCode, type Stage } from '../types';
import { dialogArgs } from './dialogText';
import { StageDialog } from './StageDialog';

interface ReturnDialogProps {
    stage: Stage;
    open: boolean;
    isPending: boolean;
    onClose: () => void;
    onConfirm: (params: ReturnParams) => void;
}

/** Return for correction: reason code and comment are both required. */
export const ReturnDialog = ({ stage, open, isPending, onClose, onConfirm }: ReturnDialogProps) => {
    const translate = useTranslate();
    const [reasonCode, setReasonCode] = useState<ReturnReasonCode | ''>('');
    const [comment, setComment] = useState('');
    const [showErrors, setShowErrors] = useState(false);

    const reasonMissing = reasonCode === '';
    const commentMissing = comment.trim() === '';
    const required = translate('ra.validation.required');

    // Start from an empty form each time the dialog opens.
    useEffect(() => {
        if (!open) return;
        setReasonCode('');
        setComment('');
        setShowErrors(false);
    }, [open]);

    const confirm = () => {
        if (reasonCode === '' || commentMissing) {
            setShowErrors(true);
            return;
        }
        onConfirm({ reasonCode, comment });
    };

    return (
        <StageDialog
            open={open}
            title={translate('ciclo.dialog.return_title')}
            content={translate('ciclo.dialog.return_content', dialogArgs(stage))}
            isPending={isPending}
            onClose={onClose}
            onConfirm={confirm}
        >
            <Stack spacing={2}>
                <TextField
                    select
                    label={translate('ciclo.dialog.reason')}
                    value={reasonCode}
                    onChange={event => setReasonCode(event.target.value as ReturnReasonCode)}
                    disabled={isPending}
                    required
                    fullWidth
                    error={showErrors && reasonMissing}
                    helperText={showErrors && reasonMissing ? required : undefined}
                >
                    {RETURN_REASON_CODES.map(code => (
                        <MenuItem key={code} value={code}>
                            {translate(`ciclo.reason.${code}`)}
                        </MenuItem>
                    ))}
                </TextField>
                <TextField
                    label={translate('ciclo.dialog.comment')}
                    value={comment}
                    onChange={event => setComment(event.target.value)}
                    disabled={isPending}
                    required
                    multiline
                    minRows={3}
                    fullWidth
                    error={showErrors && commentMissing}
                    helperText={showErrors && commentMissing ? required : undefined}
                    slotProps={{ htmlInput: { maxLength: 2000 } }}
                />
            </Stack>
        </StageDialog>
    );
};
