import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';

/** A chart's data as a small table: the first column names each row. */
export const ChartTable = ({ caption, columns, rows }: { caption: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[] }) => (
  <Table size="small">
    <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 0' }}>{caption}</caption>
    <TableHead>
      <TableRow>
        {columns.map((column, index) => (
          <TableCell key={column} component="th" scope="col" align={index === 0 ? 'left' : 'right'}>
            {column}
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
