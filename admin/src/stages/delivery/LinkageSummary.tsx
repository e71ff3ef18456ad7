import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatPercent, formatQuetzales } from '../../plan-budget/format';
import type { LinkageReport } from '../../plan-budget/types';
import { DeliverySection } from './DeliverySection';

/** Plan-budget linkage: the share of the budget that reaches a result, and where the rest goes. */
export const LinkageSummary = ({ linkage }: { linkage: LinkageReport | null }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <DeliverySection title={translate('ciclo.delivery.linkage')}>
      {() =>
        linkage ? (
          <>
            <Typography variant="h5" component="p">
              {translate('ciclo.delivery.linked_share', { share: formatPercent(linkage.linkedShare, locale) })}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={Math.round(linkage.linkedShare * 100)}
              aria-label={translate('ciclo.delivery.linkage')}
              sx={{ height: 8, borderRadius: 1, my: 1, maxWidth: 480 }}
            />
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content auto', columnGap: 2, rowGap: 0.5, m: 0 }}>
              {(['total', 'linkedToResults', 'centralActivities', 'unlinked'] as const).map((key) => (
                <Box key={key} sx={{ display: 'contents' }}>
                  <Typography component="dt" variant="body2" color="text.secondary">
                    {translate(`ciclo.delivery.linkage_${key}`)}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right' }}>
                    {formatQuetzales(linkage[key])}
                  </Typography>
                </Box>
              ))}
              <Typography component="dt" variant="body2" color="text.secondary">
                {translate('ciclo.delivery.linkage_unlinkedLines')}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, textAlign: 'right' }}>
                {linkage.unlinkedLines}
              </Typography>
            </Box>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('ciclo.delivery.no_budget')}
          </Typography>
        )
      }
    </DeliverySection>
  );
};
