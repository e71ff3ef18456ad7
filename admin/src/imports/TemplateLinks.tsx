import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDownload } from '../content/useDownload';

/** The empty template with MINFIN's headers, to fill in and import. */
export const TemplateLinks = () => {
    const translate = useTranslate();
    const { download, isPending } = useDownload();
    return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2">{translate('ciclo.import.template')}</Typography>
            {(['csv', 'xlsx'] as const).map(format => (
                <Button
                    key={format}
                    size="small"
                    startIcon={<DownloadIcon />}
                    disabled={isPending}
                    onClick={() =>
                        void download(`/api/imports/budget-lines/template?format=${format}`, `plantilla-lineas-presupuestarias.${format}`)
                    }
                >
                    {translate(`ciclo.import.template_${format}`)}
                </Button>
            ))}
        </Stack>
    );
};
