import { Table, TableBody, TableCell, TableContainer, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatNumber, formatQuetzales } from '../../plan-budget/format';
import type { UnitCost } from '../../plan-budget/types';
import { ColumnHeads } from '../../tables/ColumnHeads';
import { DeliverySection } from './DeliverySection';

/** Each product's cost, its annual target and the cost per unit (cost / target). */
export const UnitCostsTable = ({ unitCosts }: { unitCosts: UnitCost[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <DeliverySection title={translate('ciclo.delivery.unit_costs')}>
      {(titleId) =>
        unitCosts.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('ciclo.delivery.no_unit_costs')}
          </Typography>
        ) : (
          <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, maxWidth: 760 }}>
            <Table size="small" aria-labelledby={titleId}>
              <ColumnHeads
                columns={[
                  'ciclo.delivery.product',
                  { label: 'ciclo.delivery.cost', align: 'right' },
                  { label: 'ciclo.delivery.target', align: 'right' },
                  { label: 'ciclo.delivery.unit_cost', align: 'right' },
                ]}
              />
              <TableBody>
                {unitCosts.map((row) => (
                  <TableRow key={row.productCode}>
                    <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace' }}>
                      {row.productCode}
                    </TableCell>
                    <TableCell align="right">{formatQuetzales(row.cost)}</TableCell>
                    <TableCell align="right">{formatNumber(row.target, locale)}</TableCell>
                    <TableCell align="right">{row.unitCost === null ? translate('ciclo.delivery.no_target') : formatQuetzales(row.unitCost)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )
      }
    </DeliverySection>
  );
};
