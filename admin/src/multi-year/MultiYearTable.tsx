import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { formatQuetzales } from '../plan-budget/format';
import type { MultiYearRow } from '../plan-budget/types';
import { useClassifiers } from '../plan-budget/useClassifiers';
import { MultiYearCellContent } from './MultiYearCellContent';

interface MultiYearTableProps {
  row: MultiYearRow;
  years: number[];
  sources: string[];
}

/** One projection or scenario: sources down, years across, each figure against its ceiling. */
export const MultiYearTable = ({ row, years, sources }: MultiYearTableProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const { entries } = useClassifiers('fuenteFinanciamiento');
  const title = row.kind === 'projection' ? translate('ciclo.multi_year.projection') : translate('ciclo.multi_year.scenario', { name: row.name });
  const cellOf = (year: number, source: string) => row.cells.find((c) => c.year === year && c.sourceCode === source);
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 4 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography id={titleId} variant="h6" component="h2">
          {title}
        </Typography>
        {row.overCeiling ? (
          <Chip color="error" size="small" label={`⚠ ${translate('ciclo.multi_year.row_over')}`} />
        ) : (
          <Chip color="success" size="small" variant="outlined" label={translate('ciclo.multi_year.row_within')} />
        )}
      </Box>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-labelledby={titleId}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate('ciclo.multi_year.source')}
              </TableCell>
              {years.map((year) => (
                <TableCell key={year} component="th" scope="col" align="right">
                  {year}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {sources.map((source) => {
              const name = entries.find((entry) => entry.code === source)?.name;
              return (
                <TableRow key={source}>
                  <TableCell component="th" scope="row">
                    <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace' }}>
                      {source}
                    </Typography>
                    {name && (
                      <Typography variant="caption" component="div" color="text.secondary">
                        {name}
                      </Typography>
                    )}
                  </TableCell>
                  {years.map((year) => {
                    const cell = cellOf(year, source);
                    const over = cell?.margin != null && cell.margin < 0;
                    return (
                      <TableCell key={year} align="right" sx={over ? { backgroundColor: '#fdecea', borderLeft: 3, borderLeftColor: 'error.main' } : undefined}>
                        <MultiYearCellContent cell={cell} />
                      </TableCell>
                    );
                  })}
                </TableRow>
              );
            })}
          </TableBody>
          <TableBody>
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 700 }}>
                {translate('ciclo.multi_year.total')}
              </TableCell>
              {years.map((year) => (
                <TableCell key={year} align="right" sx={{ fontWeight: 700 }}>
                  {formatQuetzales(row.totals.find((total) => total.year === year)?.amount ?? 0)}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
