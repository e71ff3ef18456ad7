import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

interface StageDialogProps {
  open: boolean;
  title: string;
  content: string;
  isPending: boolean;
  onClose: () => void;
  onConfirm: () => void;
  children?: ReactNode;
}

/** Confirmation dialog shared by the submit / approve / return actions. */
export const StageDialog = ({ open, title, content, isPending, onClose, onConfirm, children }: StageDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const descriptionId = useId();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isPending) onConfirm();
  };

  return (
    <Dialog open={open} onClose={isPending ? undefined : onClose} aria-labelledby={titleId} aria-describedby={descriptionId} fullWidth maxWidth="sm">
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText id={descriptionId} sx={{ mb: 2 }}>
            {content}
          </DialogContentText>
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isPending}>
            {translate('ciclo.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={isPending} startIcon={isPending ? <CircularProgress size={16} /> : undefined}>
            {translate('ciclo.action.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
