import { SelectInput, useLocaleState, type Validator } from 'react-admin';
import { monthChoices } from './choices';

export const MonthInput = ({ source, validate }: { source: string; validate?: Validator | Validator[]; alwaysOn?: boolean }) => {
    const [locale] = useLocaleState();
    return <SelectInput source={source} choices={monthChoices(locale)} translateChoice={false} validate={validate} />;
};
