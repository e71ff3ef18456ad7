import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDownload } from '../plan-budget/useDownload';

interface TemplateLinksProps {
  /** What is imported: GET /api/imports/<what>/template. */
  what: string;
  /** The message before the links. */
  label: string;
  /** The downloaded file's name, without its extension. */
  fileName: string;
}

/** The empty template of what is imported, with its headers, to fill in and import. */
export const TemplateLinks = ({ what, label, fileName }: TemplateLinksProps) => {
  const translate = useTranslate();
  const { download, isPending } = useDownload();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2">{translate(label)}</Typography>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button key={format} size="small" startIcon={<DownloadIcon />} disabled={isPending} onClick={() => void download(`/api/imports/${what}/template?format=${format}`, `${fileName}.${format}`)}>
          {translate(`ciclo.import.template_${format}`)}
        </Button>
      ))}
    </Stack>
  );
};
