import { SelectInput, TextInput, type Validator } from 'react-admin';
import type { Catalogue, Classifier } from './types';
import { useClassifiers } from './useClassifiers';

interface ClassifierInputProps {
  source: string;
  catalogue: Catalogue;
  validate?: Validator | Validator[];
  label?: string;
  alwaysOn?: boolean;
}

const describe = (entry: Classifier) => `${entry.code} · ${entry.name}`;

/**
 * A code of a classifier catalogue (renglón, fuente, departamento, unidad de medida), chosen from
 * the catalogue. While the catalogue is still empty the code is typed (the API checks it).
 */
export const ClassifierInput = ({ source, catalogue, validate, label }: ClassifierInputProps) => {
  const { entries, isPending } = useClassifiers(catalogue);
  if (!isPending && entries.length === 0) {
    return <TextInput source={source} label={label} validate={validate} helperText="ciclo.content.catalogue_empty" />;
  }
  return <SelectInput source={source} label={label} choices={entries} optionValue="code" optionText={describe} translateChoice={false} isPending={isPending} validate={validate} />;
};
