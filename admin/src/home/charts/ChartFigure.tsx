import { Box, Typography } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** The charts of the coordinator's home; each names its title and description in ciclo.home.chart. */
export type ChartName = 'on_time' | 'overdue' | 'completion';

interface ChartFigureProps {
  chart: ChartName;
  legend?: ReactNode;
  /** The same data as a table, the chart's text alternative: behind a native disclosure, drawn once opened (a national cycle's has a thousand rows). */
  table: ReactNode;
  children: (ids: { titleId: string; descriptionId: string }) => ReactNode;
}

/** A chart as a <figure>: caption, what it shows, the drawing, and its data as a table. */
export const ChartFigure = ({ chart, legend, table, children }: ChartFigureProps) => {
  const translate = useTranslate();
  const title = translate(`ciclo.home.chart.${chart}_title`);
  const description = translate(`ciclo.home.chart.${chart}_description`);
  const titleId = useId();
  const descriptionId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <Box component="figure" aria-labelledby={titleId} sx={{ m: 0, p: 2, border: 1, borderColor: 'divider', borderRadius: 1, height: '100%', boxSizing: 'border-box' }}>
      <Typography id={titleId} component="figcaption" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography id={descriptionId} variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {description}
      </Typography>
      {legend}
      {children({ titleId, descriptionId })}
      <Box component="details" sx={{ mt: 2 }} onToggle={(event) => setTableOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <Box component="summary" sx={{ cursor: 'pointer', color: 'primary.dark', typography: 'body2' }}>
          {translate('ciclo.home.chart.show_table')}
        </Box>
        <Box sx={{ overflowX: 'auto', mt: 1 }}>{tableOpen && table}</Box>
      </Box>
    </Box>
  );
};

/** Coloured squares and their names; the squares are decoration. */
export const ChartLegend = ({ items }: { items: { color: string; label: string; dashed?: boolean }[] }) => (
  <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, m: 0, mb: 1.5 }}>
    {items.map((item) => (
      <Box component="li" key={item.label} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
        <Box
          component="span"
          aria-hidden="true"
          sx={item.dashed ? { width: 16, height: 0, borderTop: 3, borderTopStyle: 'dashed', borderColor: item.color } : { width: 12, height: 12, bgcolor: item.color, borderRadius: 0.5 }}
        />
        <Typography variant="caption">{item.label}</Typography>
      </Box>
    ))}
  </Box>
);

/** "50 %" in the interface's language. */
export const formatShare = (share: number, locale: string) => new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'es-GT', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A YYYY-MM-DD calendar day as "31 mar 2027". */
export const formatDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'es-GT', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
