import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { ChartName } from './ChartFigure';

/**
 * A chart's data as a small table under the chart's title: the first column names each row; the
 * columns are named by their messages in ciclo.home.chart.
 */
export const ChartTable = ({ chart, columns, rows }: { chart: ChartName; columns: string[]; rows: { key: string; cells: ReactNode[] }[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 0' }}>{translate(`ciclo.home.chart.${chart}_title`)}</caption>
      <TableHead>
        <TableRow>
          {columns.map((column, index) => (
            <TableCell key={column} component="th" scope="col" align={index === 0 ? 'left' : 'right'}>
              {translate(`ciclo.home.chart.${column}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <TableCell key={index} component="th" scope="row">
                  {cell}
                </TableCell>
              ) : (
                <TableCell key={index} align="right">
                  {cell}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
