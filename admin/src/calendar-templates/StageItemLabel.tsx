import { Box, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useLocaleState, useSourceContext, useTranslate } from 'react-admin';
import type { StageTemplate } from '../types';
import { localized } from './describe';

/**
 * Heading of one stage in the form, inside its SimpleFormIterator item:
 * "Etapa 6 budget_proposal Anteproyecto de presupuesto · Cada institución".
 */
export const StageItemLabel = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // In an iterator item, getSource('') is the item itself ("stages.5").
  const itemSource = useSourceContext().getSource('');
  const stage = useWatch({ name: itemSource }) as StageTemplate | undefined;
  if (!stage) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, alignItems: 'baseline', mb: 1 }}>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('ciclo.template.stage_order', { order: stage.order })}
      </Typography>
      <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace' }}>
        {stage.code}
      </Typography>
      <Typography component="span" variant="body2" color="text.secondary">
        {localized(stage.name, locale)} · {translate(`ciclo.template.scope.${stage.scope}`)}
      </Typography>
    </Box>
  );
};
