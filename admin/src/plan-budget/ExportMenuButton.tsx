import DownloadIcon from '@mui/icons-material/Download';
import { Menu, MenuItem } from '@mui/material';
import { useId, useState } from 'react';
import { Button, useListContext, useTranslate } from 'react-admin';
import { listQueryString } from './download';
import { useDownload } from './useDownload';

const FORMATS = ['csv', 'xlsx'] as const;

/**
 * "Exportar" on a content list: the server's GET /api/<resource>/export?format=csv|xlsx with the
 * list's current filter and sort, so the file has every matching record, not just the page.
 */
export const ExportMenuButton = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const { download, isPending } = useDownload();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  const exportAs = (format: (typeof FORMATS)[number]) => {
    setAnchor(null);
    const query = listQueryString({ filter: filterValues, sort, extra: { format } });
    void download(`/api/${resource}/export?${query}`, `${resource}.${format}`);
  };

  return (
    <>
      <Button
        label="ra.action.export"
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={isPending || total === 0}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
      >
        <DownloadIcon />
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {FORMATS.map((format) => (
          <MenuItem key={format} onClick={() => exportAs(format)}>
            {translate(`ciclo.content.export_${format}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
