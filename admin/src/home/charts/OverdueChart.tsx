import { Box, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import type { InstitutionStatistics } from '../types';
import { ChartFigure } from './ChartFigure';
import { ChartTable } from './ChartTable';

/** How many institutions the bars show; the data table has them all. */
const mostOverdueShown = 20;

/** Most overdue stages first, then the longest delay, then by code. */
const byOverdue = (a: InstitutionStatistics, b: InstitutionStatistics) => b.overdue - a.overdue || b.maxDaysLate - a.maxDaysLate || a.institutionCode.localeCompare(b.institutionCode);

/**
 * Overdue stages per institution, as HTML bars scaled to the largest count, for the institutions
 * with the most (a national cycle has a thousand); each institution's name opens its stages (the
 * drill-down from the chart).
 */
export const OverdueChart = ({ institutions }: { institutions: InstitutionStatistics[] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const max = Math.max(1, ...institutions.map((i) => i.overdue));
  const shown = [...institutions].sort(byOverdue).slice(0, mostOverdueShown);
  const stagesOf = (institution: InstitutionStatistics) =>
    `${createPath({ resource: 'stages', type: 'list' })}?${new URLSearchParams({ filter: JSON.stringify({ institutionId: institution.institutionId }) })}`;
  const valueText = (institution: InstitutionStatistics) =>
    institution.overdue === 0
      ? translate('ciclo.home.chart.none_overdue')
      : `${translate('ciclo.home.chart.overdue_count', { smart_count: institution.overdue })} · ${translate('ciclo.home.chart.max_late', { smart_count: institution.maxDaysLate })}`;

  return (
    <ChartFigure
      chart="overdue"
      table={
        <ChartTable
          chart="overdue"
          columns={['institution', 'sector', 'opened', 'approved', 'overdue', 'max_days_late']}
          rows={institutions.map((institution) => ({
            key: institution.institutionId,
            cells: [institution.institutionCode, institution.sector ?? '—', institution.opened, institution.approved, institution.overdue, institution.maxDaysLate],
          }))}
        />
      }
    >
      {() =>
        institutions.length === 0 ? (
          <Typography variant="body2">{translate('ciclo.home.coordinator.no_match')}</Typography>
        ) : (
          <>
            {shown.length < institutions.length && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('ciclo.home.chart.overdue_top', { shown: shown.length, total: institutions.length })}
              </Typography>
            )}
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
              {shown.map((institution) => (
                <Box component="li" key={institution.institutionId} sx={{ display: 'grid', gridTemplateColumns: 'minmax(5rem, 25%) 1fr', columnGap: 1.5, alignItems: 'center' }}>
                  <Link
                    to={stagesOf(institution)}
                    title={institution.institutionName}
                    aria-label={translate('ciclo.home.chart.stages_of', { code: institution.institutionCode, institution: institution.institutionName })}
                    sx={{ typography: 'body2', fontWeight: 600 }}
                  >
                    {institution.institutionCode}
                  </Link>
                  <Box>
                    <Box aria-hidden="true" sx={{ height: 14, bgcolor: 'grey.200', borderRadius: 0.5, overflow: 'hidden' }}>
                      <Box sx={{ height: '100%', width: `${(institution.overdue / max) * 100}%`, bgcolor: 'error.main' }} />
                    </Box>
                    <Typography variant="caption" color="text.secondary">
                      {valueText(institution)}
                    </Typography>
                  </Box>
                </Box>
              ))}
            </Box>
          </>
        )
      }
    </ChartFigure>
  );
};
