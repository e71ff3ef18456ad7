import { Table, TableBody, TableCell, TableContainer, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportProblem } from '../plan-budget/types';
import { ColumnHeads } from '../tables/ColumnHeads';

/** Every kind of problem of the file, once: its first row as the spreadsheet numbers it, the column, what is wrong, how many rows. */
export const ImportProblemsTable = ({ problems }: { problems: ImportProblem[] }) => {
  const translate = useTranslate();
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: 480 }}>
      <Table size="small" stickyHeader>
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: 8 }}>{translate('ciclo.import.problems_caption', { smart_count: problems.length })}</caption>
        <ColumnHeads columns={['ciclo.import.row', 'ciclo.import.column', 'ciclo.import.message']} />
        <TableBody>
          {problems.map((problem, index) => (
            <TableRow key={`${problem.row ?? ''}-${problem.column ?? ''}-${index}`}>
              <TableCell component="th" scope="row">
                {problem.row === undefined
                  ? '—'
                  : problem.sheet
                    ? translate('ciclo.import.sheet_row_n', { sheet: problem.sheet, row: problem.row })
                    : translate('ciclo.import.row_n', { row: problem.row })}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{problem.column ?? '—'}</TableCell>
              <TableCell>
                {problem.message}
                {(problem.count ?? 1) > 1 && (
                  <>
                    {' '}
                    <strong>
                      {translate('ciclo.import.in_rows', {
                        smart_count: problem.count,
                        rows: (problem.rows ?? []).join(', '),
                        more: (problem.count ?? 0) > (problem.rows ?? []).length ? '…' : '',
                      })}
                    </strong>
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
