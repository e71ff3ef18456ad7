import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface CommentFieldProps {
  value: string;
  onChange: (comment: string) => void;
  disabled: boolean;
  /** A required comment shows "required" once the person has tried to confirm without one. */
  required?: { showError: boolean };
  autoFocus?: boolean;
  /** What the comment is for, when not a decision's comment (the reason of an extension). */
  label?: string;
}

/** The comment of a stage decision or a deadline move, up to the API's 2,000 characters. */
export const CommentField = ({ value, onChange, disabled, required, autoFocus, label }: CommentFieldProps) => {
  const translate = useTranslate();
  const missing = required !== undefined && required.showError && value.trim() === '';
  return (
    <TextField
      label={label ?? translate(required ? 'ciclo.dialog.comment' : 'ciclo.dialog.comment_optional')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      required={required !== undefined}
      multiline
      minRows={required ? 3 : 2}
      fullWidth
      autoFocus={autoFocus}
      error={missing}
      helperText={missing ? translate('ra.validation.required') : undefined}
      slotProps={{ htmlInput: { maxLength: 2000 } }}
    />
  );
};
