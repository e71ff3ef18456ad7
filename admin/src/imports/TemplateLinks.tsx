import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDownload } from '../content/useDownload';
import { IMPORT_KINDS, type ImportKind } from './importKinds';

/** The empty template of what is imported, with its headers, to fill in and import. */
export const TemplateLinks = ({ kind }: { kind: ImportKind }) => {
    const translate = useTranslate();
    const { download, isPending } = useDownload();
    const { template, templateFile } = IMPORT_KINDS[kind];
    return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2">{translate(template)}</Typography>
            {(['csv', 'xlsx'] as const).map(format => (
                <Button
                    key={format}
                    size="small"
                    startIcon={<DownloadIcon />}
                    disabled={isPending}
                    onClick={() =>
                        void download(`/api/imports/${kind}/template?format=${format}`, `${templateFile}.${format}`)
                    }
                >
                    {translate(`ciclo.import.template_${format}`)}
                </Button>
            ))}
        </Stack>
    );
};
