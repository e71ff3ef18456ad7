import { TextInput, type Validator } from 'react-admin';

interface TextAreaInputProps {
  source: string;
  validate?: Validator | Validator[];
  multiline?: boolean;
}

// The API's optional texts default to "" and refuse null: keep an emptied input as "".
const keepText = (value: string) => value ?? '';

/** An optional text of the API (mission, beneficiaries, note...): empty is "", not null. */
export const OptionalTextInput = ({ source, validate, multiline = true }: TextAreaInputProps) => (
  <TextInput source={source} validate={validate} parse={keepText} multiline={multiline} minRows={multiline ? 2 : undefined} />
);
