import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { StageStatistics } from '../types';
import { ChartFigure, ChartLegend, formatShare } from './ChartFigure';
import { ChartTable } from './ChartTable';

const COLORS = { onTime: 'success.main', late: 'warning.main', overdue: 'error.main' } as const;

/**
 * On-time share per stage as stacked bars of the stages already decided one way or the other:
 * approved on time, approved late, overdue and not approved. HTML bars, so the names wrap and
 * the figures are real text.
 */
export const OnTimeChart = ({ stages }: { stages: StageStatistics[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const nameOf = (stage: StageStatistics) => (locale === 'en' ? stage.name.en : stage.name.es);
  const shareText = (stage: StageStatistics) =>
    stage.onTimeShare === null
      ? translate('ciclo.home.chart.no_data')
      : translate('ciclo.home.chart.on_time_value', {
          share: formatShare(stage.onTimeShare, locale),
          onTime: stage.approvedOnTime,
          decided: stage.approved + stage.pendingOverdue,
        });

  return (
    <ChartFigure
      chart="on_time"
      legend={
        <ChartLegend
          items={[
            { color: COLORS.onTime, label: translate('ciclo.home.chart.on_time') },
            { color: COLORS.late, label: translate('ciclo.home.chart.late') },
            { color: COLORS.overdue, label: translate('ciclo.home.chart.overdue') },
          ]}
        />
      }
      table={
        <ChartTable
          chart="on_time"
          columns={['stage', 'on_time', 'late', 'overdue', 'share']}
          rows={stages.map((stage) => ({
            key: stage.stageCode,
            cells: [
              nameOf(stage),
              stage.approvedOnTime,
              stage.approvedLate,
              stage.pendingOverdue,
              stage.onTimeShare === null ? translate('ciclo.home.chart.no_data') : formatShare(stage.onTimeShare, locale),
            ],
          }))}
        />
      }
    >
      {() => (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
          {stages.map((stage) => {
            const decided = stage.approved + stage.pendingOverdue;
            const segments = [
              { key: 'onTime', value: stage.approvedOnTime, color: COLORS.onTime },
              { key: 'late', value: stage.approvedLate, color: COLORS.late },
              { key: 'overdue', value: stage.pendingOverdue, color: COLORS.overdue },
            ];
            return (
              <Box component="li" key={stage.stageCode} sx={{ display: 'grid', gridTemplateColumns: 'minmax(7rem, 40%) 1fr', columnGap: 1.5, alignItems: 'center' }}>
                <Typography variant="body2">{nameOf(stage)}</Typography>
                <Box>
                  <Box aria-hidden="true" sx={{ display: 'flex', height: 14, bgcolor: 'grey.200', borderRadius: 0.5, overflow: 'hidden' }}>
                    {decided > 0 && segments.map((segment) => <Box key={segment.key} sx={{ width: `${(segment.value / decided) * 100}%`, bgcolor: segment.color }} />)}
                  </Box>
                  <Typography variant="caption" color="text.secondary">
                    {shareText(stage)}
                  </Typography>
                </Box>
              </Box>
            );
          })}
        </Box>
      )}
    </ChartFigure>
  );
};
