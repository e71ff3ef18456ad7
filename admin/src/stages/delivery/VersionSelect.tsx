import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface VersionSelectProps {
  label: string;
  value: number | 'actual' | null;
  versions: number[];
  withActual?: boolean;
  onChange: (value: number | 'actual') => void;
}

/** A frozen version of the deliverable, or (for "to") its current content. */
export const VersionSelect = ({ label, value, versions, withActual = false, onChange }: VersionSelectProps) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      label={translate(label)}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === 'actual' ? 'actual' : Number(event.target.value))}
      sx={{ minWidth: 200 }}
      size="small"
    >
      {withActual && <MenuItem value="actual">{translate('ciclo.delivery.actual')}</MenuItem>}
      {versions.map((version) => (
        <MenuItem key={version} value={version}>
          {translate('ciclo.delivery.version_n', { version })}
        </MenuItem>
      ))}
    </TextField>
  );
};
