import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useSettings } from '../settings/useSettings';
import type { Stage } from '../types';

/** "Ver en Temporal": the stage's workflow in the Temporal Web UI, where the installation has one. */
export const WorkflowLink = () => {
  const stage = useRecordContext<Stage>();
  const translate = useTranslate();
  const { data: settings } = useSettings();
  if (!stage?.workflowId || !settings?.temporalUi) return null;
  const { url, namespace } = settings.temporalUi;
  const href = `${url}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(stage.workflowId)}`;
  return (
    <Button
      size="small"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      startIcon={<OpenInNewIcon />}
      aria-label={`${translate('ciclo.stage.workflow_link')} (${translate('ciclo.stage.opens_new_window')})`}
    >
      {translate('ciclo.stage.workflow_link')}
    </Button>
  );
};
