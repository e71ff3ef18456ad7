import { Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { maxValue, minValue, NumberInput, required, SelectInput, useLocaleState, useSourceContext } from 'react-admin';
import type { StageTemplate } from '../types';
import { ADJUSTMENT_CHOICES, DAY_KIND_CHOICES, KIND_CHOICES, monthChoices, YEAR_OFFSET_CHOICES } from './choices';
import { localized } from './describe';

/**
 * The stage's deadline rule: a fixed date (month, day, year relative to the fiscal year) or
 * N calendar / business days after an earlier stage is approved; and what a date on a weekend
 * or holiday becomes.
 */
export const DeadlineRuleInputs = () => {
  const sourceContext = useSourceContext();
  const [locale] = useLocaleState();
  const kind = useWatch({ name: sourceContext.getSource('deadline.kind') }) as string | undefined;
  const ownOrder = useWatch({ name: sourceContext.getSource('order') }) as number | undefined;
  const stages = (useWatch({ name: 'stages' }) ?? []) as StageTemplate[];

  // The API only accepts an earlier stage as the reference.
  const earlierStages = stages.filter((stage) => ownOrder === undefined || stage.order < ownOrder).map((stage) => ({ id: stage.code, name: `${stage.order}. ${localized(stage.name, locale)}` }));

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} sx={{ columnGap: 2 }}>
      <SelectInput source="deadline.kind" choices={KIND_CHOICES} validate={required()} sx={{ minWidth: 240 }} />
      {kind === 'fixedDate' && (
        <>
          <SelectInput source="deadline.month" choices={monthChoices(locale)} translateChoice={false} validate={required()} sx={{ minWidth: 140 }} />
          <NumberInput source="deadline.day" min={1} max={31} step={1} validate={[required(), minValue(1), maxValue(31)]} sx={{ maxWidth: 120 }} />
          <SelectInput source="deadline.yearOffset" choices={YEAR_OFFSET_CHOICES} validate={required()} sx={{ minWidth: 240 }} />
        </>
      )}
      {kind === 'afterApproval' && (
        <>
          <SelectInput source="deadline.stage" choices={earlierStages} translateChoice={false} validate={required()} sx={{ minWidth: 260 }} />
          <NumberInput source="deadline.days" min={0} max={366} step={1} validate={[required(), minValue(0), maxValue(366)]} sx={{ maxWidth: 120 }} />
          <SelectInput source="deadline.dayKind" choices={DAY_KIND_CHOICES} validate={required()} sx={{ minWidth: 180 }} />
        </>
      )}
      {kind && <SelectInput source="deadline.adjustment" choices={ADJUSTMENT_CHOICES} emptyText="ciclo.template.adjustment.exact" sx={{ minWidth: 240 }} />}
    </Stack>
  );
};
