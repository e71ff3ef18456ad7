import { TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A column: the i18n key of its heading, right-aligned for figures. */
export type Column = string | { label: string; align: 'right' };

/** A table's heading row, each cell a column header (th scope=col) that screen readers announce. */
export const ColumnHeads = ({ columns }: { columns: Column[] }) => {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) => {
          const { label, align } = typeof column === 'string' ? { label: column, align: undefined } : column;
          return (
            <TableCell key={label} component="th" scope="col" align={align}>
              {translate(label)}
            </TableCell>
          );
        })}
      </TableRow>
    </TableHead>
  );
};
