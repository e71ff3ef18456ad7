import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface DeadlineInputProps {
  label: string;
  /** The local date and time as the input holds it (YYYY-MM-DDTHH:mm). */
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  /** Shown once the person has tried to confirm without a valid date. */
  invalid: boolean;
  /** The institution's time zone, in which the date and time are read. */
  timeZone: string;
}

/** A deadline as a local date and time in the institution's time zone, which the help text names. */
export const DeadlineInput = ({ label, value, onChange, disabled, invalid, timeZone }: DeadlineInputProps) => {
  const translate = useTranslate();
  return (
    <TextField
      type="datetime-local"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      required
      fullWidth
      error={invalid}
      helperText={invalid ? translate('ciclo.dialog.invalid_date') : translate('ciclo.dialog.time_zone', { zone: timeZone })}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};
