import { SelectInput, useLocaleState, type Validator } from 'react-admin';
import { monthChoices } from './choices';

interface MonthInputProps {
  source: string;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  /** Offer "Todo el año" (0): a target may be for the whole year, an execution may not. */
  wholeYear?: boolean;
}

export const MonthInput = ({ source, validate, wholeYear = true }: MonthInputProps) => {
  const [locale] = useLocaleState();
  return <SelectInput source={source} choices={monthChoices(locale, wholeYear)} translateChoice={false} validate={validate} />;
};
