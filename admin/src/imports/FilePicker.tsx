import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { ACCEPTED_FILES, formatOfFile } from './fileFormat';

interface FilePickerProps {
  file: File | null;
  disabled?: boolean;
  onChange: (file: File | null) => void;
}

/** "Elegir archivo" (.csv, .xlsx, .json), the name and size of the chosen one, and a warning when it is none of those. */
export const FilePicker = ({ file, disabled, onChange }: FilePickerProps) => {
  const translate = useTranslate();
  const inputId = useId();
  const nameId = useId();
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button component="label" htmlFor={inputId} variant="outlined" startIcon={<UploadFileIcon />} disabled={disabled}>
          {translate('ciclo.import.choose_file')}
          <input
            id={inputId}
            type="file"
            accept={ACCEPTED_FILES}
            hidden
            disabled={disabled}
            aria-describedby={nameId}
            onChange={(event) => {
              onChange(event.target.files?.[0] ?? null);
              // Choosing the same file again must fire onChange again.
              event.target.value = '';
            }}
          />
        </Button>
        <Typography id={nameId} variant="body2" color={file ? 'text.primary' : 'text.secondary'}>
          {file ? translate('ciclo.import.chosen_file', { name: file.name, size: Math.max(1, Math.round(file.size / 1024)) }) : translate('ciclo.import.no_file')}
        </Typography>
      </Stack>
      {file && !formatOfFile(file) && <Alert severity="warning">{translate('ciclo.import.unknown_format')}</Alert>}
    </>
  );
};
