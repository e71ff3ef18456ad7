import DownloadIcon from '@mui/icons-material/Download';
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { usePermissions, useRefresh, useTranslate } from 'react-admin';
import type { WorkbookPreview } from '../../../../src/domain/planBudget/workbookSheets';
import { FilePicker } from '../../imports/FilePicker';
import { ImportProgress } from '../../imports/ImportProgress';
import { ImportRefusal } from '../../imports/ImportRefusal';
import { useFileImport } from '../../imports/useFileImport';
import type { ContentCollection } from '../../plan-budget/types';
import { useDownload } from '../../plan-budget/useDownload';
import { getUser } from '../../session';
import { canUploadWorkbook } from '../permissions';
import type { Role, Stage } from '../../types';
import { DiffCollection } from './DiffCollection';
import { useStageChecks } from './useStageDelivery';

/**
 * "Hoja de cálculo": the deliverable as a workbook to edit offline, and the edited workbook back:
 * its differences with the content now first, then applied all or none.
 */
export const StageWorkbook = ({ stage }: { stage: Stage }) => {
  const translate = useTranslate();
  const titleId = useId();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Role>();
  const { download, isPending } = useDownload();
  const [file, setFile] = useState<File | null>(null);
  const preview = useFileImport<WorkbookPreview>();
  const apply = useFileImport<WorkbookPreview>();
  const base = `/api/stages/${stage.id}/workbook`;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    apply.reset();
    if (chosen) preview.upload(`${base}/preview`, {}, chosen, 'xlsx');
    else preview.reset();
  };

  const previewed = preview.outcome?.kind === 'imported' ? preview.outcome.summary : null;
  const changes = previewed?.diff.summary.changed ?? 0;
  const applied = apply.outcome?.kind === 'imported' ? apply.outcome.summary : null;
  // The checks and the versions' diff below read the content the workbook just changed.
  useEffect(() => {
    if (applied) refresh();
  }, [applied, refresh]);
  const { data: checks } = useStageChecks(stage.id);
  const busy = preview.phase === 'uploading' || preview.phase === 'processing' || apply.phase === 'uploading' || apply.phase === 'processing';

  // A stage that hands in no plan or budget content has no workbook.
  if (!checks?.kind) return null;
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 3 }}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate('ciclo.delivery.workbook')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1, maxWidth: 760 }}>
        {translate('ciclo.delivery.workbook_intro')}
      </Typography>
      <Button size="small" variant="outlined" startIcon={<DownloadIcon />} disabled={isPending} onClick={() => void download(base, `${stage.code}-v${stage.version}.xlsx`)} sx={{ mb: 2 }}>
        {translate('ciclo.delivery.workbook_download')}
      </Button>
      {canUploadWorkbook(permissions, stage, getUser()?.institutionId) &&
        (stage.status !== 'draft' ? (
          <Typography variant="body2" color="text.secondary">
            {translate('ciclo.delivery.workbook_draft_only')}
          </Typography>
        ) : (
          <Stack spacing={1}>
            <FilePicker file={file} disabled={busy} onChange={choose} />
            <ImportProgress phase={preview.phase} progress={preview.progress} />
            {preview.outcome && preview.outcome.kind !== 'imported' && <ImportRefusal outcome={preview.outcome} />}
            {previewed && !applied && (
              <Box>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }} aria-live="polite">
                  {translate('ciclo.delivery.workbook_preview')}: {translate('ciclo.delivery.summary', previewed.diff.summary)}
                </Typography>
                {changes === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    {translate('ciclo.delivery.workbook_no_changes')}
                  </Typography>
                ) : (
                  <>
                    {(Object.keys(previewed.diff.collections) as ContentCollection[]).map((name) => (
                      <DiffCollection key={name} name={name} diff={previewed.diff.collections[name]!} />
                    ))}
                    <Button variant="contained" disabled={busy} onClick={() => file && apply.upload(base, { fingerprint: previewed.fingerprint }, file, 'xlsx')}>
                      {translate('ciclo.delivery.workbook_apply', { smart_count: changes })}
                    </Button>
                  </>
                )}
              </Box>
            )}
            <ImportProgress phase={apply.phase} progress={apply.progress} />
            {apply.outcome && apply.outcome.kind !== 'imported' && (
              <Alert severity="error">
                <AlertTitle>{translate('ciclo.delivery.workbook_not_applied')}</AlertTitle>
                {apply.outcome.message}
              </Alert>
            )}
            {applied && (
              <Alert severity="success" role="status">
                {translate('ciclo.delivery.workbook_applied', { smart_count: applied.diff.summary.changed })}
              </Alert>
            )}
          </Stack>
        ))}
    </Box>
  );
};
