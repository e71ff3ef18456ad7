import { NumberField, ReferenceField, SelectField, TextField } from 'react-admin';
import { ClassifierField } from '../plan-budget/ClassifierField';
import { PLAIN_NUMBER } from '../plan-budget/format';
import { ContentShow } from '../plan-budget/ContentShow';
import type { Indicator } from '../plan-budget/types';
import { DIRECTION_CHOICES, FREQUENCY_CHOICES, INDICATOR_LEVEL_CHOICES } from './choices';
import { IndicatorPeriods } from './IndicatorPeriods';

export const IndicatorShow = () => (
  <ContentShow<Indicator> resource="indicators">
    <SelectField source="level" choices={INDICATOR_LEVEL_CHOICES} />
    <TextField source="formula" emptyText="—" />
    <TextField source="numerator" emptyText="—" />
    <TextField source="denominator" emptyText="—" />
    <ClassifierField source="unitOfMeasure" catalogue="unidadMedida" label="resources.indicators.fields.unitOfMeasure" />
    <NumberField source="baselineValue" emptyText="—" />
    <NumberField source="baselineYear" {...PLAIN_NUMBER} emptyText="—" />
    <SelectField source="frequency" choices={FREQUENCY_CHOICES} />
    <SelectField source="direction" choices={DIRECTION_CHOICES} />
    <TextField source="source" emptyText="—" />
    <TextField source="meansOfVerification" emptyText="—" />
    <TextField source="owner" emptyText="—" />
    <ReferenceField source="resultId" reference="strategic-results" emptyText="—" />
    <ReferenceField source="productId" reference="products" emptyText="—" />
    <IndicatorPeriods reference="indicator-targets" label="ciclo.content.section.indicator_targets" />
    <IndicatorPeriods reference="indicator-measurements" label="ciclo.content.section.measurements" />
  </ContentShow>
);
