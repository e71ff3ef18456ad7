import { MenuItem, TextField } from '@mui/material';

interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { id: string; name: string }[];
  /** The first option, '' ("Todos los sectores"); none when a value must be chosen. */
  allLabel?: string;
  minWidth?: number;
}

/** One of the home page's filters: side by side with the others (not full width), showing "Todos…" when empty. */
export const FilterSelect = ({ label, value, onChange, options, allLabel, minWidth = 200 }: FilterSelectProps) => (
  <TextField
    select
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    size="small"
    fullWidth={false}
    slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    sx={{ minWidth }}
  >
    {allLabel !== undefined && <MenuItem value="">{allLabel}</MenuItem>}
    {options.map((option) => (
      <MenuItem key={option.id} value={option.id}>
        {option.name}
      </MenuItem>
    ))}
  </TextField>
);
