import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RETURN_REASON_CODES, type ReturnReasonCode } from '../types';

interface ReturnReasonFieldProps {
  label: string;
  value: ReturnReasonCode | '';
  onChange: (reasonCode: ReturnReasonCode) => void;
  disabled?: boolean;
  /** The message under the field when it is wrong. */
  error?: string;
  id?: string;
}

/** The reason of a return for correction, one of the codes the API takes (required). */
export const ReturnReasonField = ({ label, value, onChange, disabled, error, id }: ReturnReasonFieldProps) => {
  const translate = useTranslate();
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as ReturnReasonCode)}
      disabled={disabled}
      required
      fullWidth
      error={Boolean(error)}
      helperText={error}
    >
      {RETURN_REASON_CODES.map((code) => (
        <MenuItem key={code} value={code}>
          {translate(`ciclo.reason.${code}`)}
        </MenuItem>
      ))}
    </TextField>
  );
};
