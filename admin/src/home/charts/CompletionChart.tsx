import { Box, Typography, useTheme } from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CompletionPoint } from '../types';
import { ChartFigure, ChartLegend, formatDay } from './ChartFigure';
import { ChartTable } from './ChartTable';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 40, right: 16, top: 12, bottom: 32 };

/**
 * Stage completion over time: stages approved (cumulative) against stages whose deadline had come,
 * one step line each, drawn as plain SVG (no chart library: the console's bundle stays small).
 * The drawing is one image for assistive technology; the sentence under it and the table say it in words.
 */
export const CompletionChart = ({ points, expected }: { points: CompletionPoint[]; expected: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const summaryId = useId();
  const last = points.at(-1);

  const times = points.map((p) => Date.parse(`${p.date}T12:00:00Z`));
  const first = times[0] ?? 0;
  const span = Math.max(1, (times.at(-1) ?? 0) - first);
  const top = Math.max(1, ...points.map((p) => Math.max(p.approved, p.due)));
  const x = (time: number) => (points.length === 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + ((time - first) / span) * (WIDTH - PAD.left - PAD.right));
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const steps = (value: (p: CompletionPoint) => number) =>
    points.map((p, i) => `${i === 0 ? 'M' : 'H'}${x(times[i]!).toFixed(1)}${i === 0 ? ` ${y(value(p)).toFixed(1)}` : ` V${y(value(p)).toFixed(1)}`}`).join(' ');
  const ticks = [...new Set([0, Math.round(top / 2), top])];
  const colors = { approved: theme.palette.primary.main, due: theme.palette.grey[600], axis: theme.palette.text.secondary };

  return (
    <ChartFigure
      chart="completion"
      legend={
        <ChartLegend
          items={[
            { color: 'primary.main', label: translate('ciclo.home.chart.approved_cumulative') },
            { color: 'grey.600', label: translate('ciclo.home.chart.due_cumulative'), dashed: true },
          ]}
        />
      }
      table={<ChartTable chart="completion" columns={['date', 'approved', 'due']} rows={points.map((p) => ({ key: p.date, cells: [formatDay(p.date, locale), p.approved, p.due] }))} />}
    >
      {({ titleId }) => (
        <Box>
          <svg role="img" aria-labelledby={titleId} aria-describedby={summaryId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ display: 'block', maxHeight: 280 }}>
            {ticks.map((tick) => (
              <g key={tick}>
                <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke={theme.palette.divider} />
                <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={12} fill={colors.axis}>
                  {tick}
                </text>
              </g>
            ))}
            {points.length > 0 && (
              <>
                <path d={steps((p) => p.due)} fill="none" stroke={colors.due} strokeWidth={2} strokeDasharray="6 4" />
                <path d={steps((p) => p.approved)} fill="none" stroke={colors.approved} strokeWidth={3} />
                <text x={PAD.left} y={HEIGHT - 8} fontSize={12} fill={colors.axis}>
                  {formatDay(points[0]!.date, locale)}
                </text>
                {points.length > 1 && (
                  <text x={WIDTH - PAD.right} y={HEIGHT - 8} fontSize={12} fill={colors.axis} textAnchor="end">
                    {formatDay(points.at(-1)!.date, locale)}
                  </text>
                )}
              </>
            )}
          </svg>
          <Typography id={summaryId} variant="body2" sx={{ mt: 1 }}>
            {last
              ? translate('ciclo.home.chart.completion_summary', {
                  date: formatDay(last.date, locale),
                  approved: last.approved,
                  due: last.due,
                  expected,
                })
              : translate('ciclo.home.chart.no_data')}
          </Typography>
        </Box>
      )}
    </ChartFigure>
  );
};
