import { MenuItem, TextField, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { canCoordinate } from '../permissions';
import type { Role } from '../types';
import { useInstitutions } from './useInstitutions';

interface InstitutionPickerProps {
  value: string;
  onChange: (institutionId: string) => void;
  disabled?: boolean;
}

/**
 * The institution a page works on: coordinators and admins choose one; everyone else works on
 * their own, which is shown, not asked.
 */
export const InstitutionPicker = ({ value, onChange, disabled }: InstitutionPickerProps) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role>();
  const { choices } = useInstitutions();
  if (!canCoordinate(permissions)) {
    const own = choices.find((choice) => choice.id === value);
    return (
      <Typography variant="body1">
        {translate('ciclo.content.institution')}: <strong>{own?.name ?? '—'}</strong>
      </Typography>
    );
  }
  return (
    <TextField
      select
      label={translate('ciclo.content.institution')}
      value={choices.some((choice) => choice.id === value) ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={disabled}
      required
      sx={{ minWidth: 320 }}
    >
      {choices.map((choice) => (
        <MenuItem key={choice.id} value={choice.id}>
          {choice.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
