import { Box, Table, TableBody, TableCell, TableContainer, TableRow, Typography } from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { CollectionDiff, ContentCollection } from '../../plan-budget/types';
import { describeItem, diffValue } from './diffValue';
import { ColumnHeads } from '../../tables/ColumnHeads';

const CHANGE_COLORS = { added: 'success.main', removed: 'error.main', changed: 'warning.dark' } as const;

/** One collection's changes: every item added, removed or changed, each change field by field. */
export const DiffCollection = ({ name, diff }: { name: ContentCollection; diff: CollectionDiff }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  // The kind of change is written out, not only coloured.
  const marker = (kind: keyof typeof CHANGE_COLORS) => (
    <Typography variant="body2" component="span" sx={{ color: CHANGE_COLORS[kind], fontWeight: 600, whiteSpace: 'nowrap' }}>
      {translate(`ciclo.delivery.change_${kind}`)}
    </Typography>
  );
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mb: 3 }}>
      <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate(`ciclo.collection.${name}`, { _: name })}{' '}
        <Typography component="span" variant="body2" color="text.secondary">
          {translate('ciclo.delivery.summary', {
            added: diff.added.length,
            removed: diff.removed.length,
            changed: diff.changed.length,
          })}
        </Typography>
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-labelledby={titleId} sx={{ '& td, & th': { verticalAlign: 'top' } }}>
          <ColumnHeads columns={['ciclo.delivery.change', 'ciclo.delivery.key', 'ciclo.delivery.detail']} />
          <TableBody>
            {diff.added.map(({ key, item }) => (
              <TableRow key={`added-${key}`}>
                <TableCell>{marker('added')}</TableCell>
                <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                  {key}
                </TableCell>
                <TableCell>{describeItem(item, locale)}</TableCell>
              </TableRow>
            ))}
            {diff.removed.map(({ key, item }) => (
              <TableRow key={`removed-${key}`}>
                <TableCell>{marker('removed')}</TableCell>
                <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                  {key}
                </TableCell>
                <TableCell sx={{ textDecoration: 'line-through' }}>{describeItem(item, locale)}</TableCell>
              </TableRow>
            ))}
            {diff.changed.map(({ key, changes }) => (
              <TableRow key={`changed-${key}`}>
                <TableCell>{marker('changed')}</TableCell>
                <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                  {key}
                </TableCell>
                <TableCell>
                  <Box component="ul" sx={{ m: 0, pl: 2 }}>
                    {changes.map((change) => (
                      <li key={change.field}>
                        <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                          {change.field}
                        </Typography>
                        {': '}
                        <span>{diffValue(change.field, change.from, locale)}</span>
                        {' → '}
                        <span>{diffValue(change.field, change.to, locale)}</span>
                      </li>
                    ))}
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
