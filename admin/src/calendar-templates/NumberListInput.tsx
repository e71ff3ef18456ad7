import { TextField } from '@mui/material';
import { useState } from 'react';
import { FieldTitle, InputHelperText, useInput, type Validator } from 'react-admin';
import { formatNumberList, parseNumberList } from './numberList';

interface NumberListInputProps {
  source: string;
  label?: string;
  helperText?: string;
  validate?: Validator | Validator[];
}

const sameList = (a: unknown, b: number[] | null) => Array.isArray(a) && b !== null && a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * An array of numbers typed as a comma list ("14, 7, 1"). The text is kept as typed; the form
 * value is the array of numbers, or the raw text while it is not one (so that validation
 * rejects it).
 */
export const NumberListInput = ({ source, label, helperText, validate }: NumberListInputProps) => {
  const { id, field, fieldState, isRequired } = useInput({
    source,
    validate,
    // Keep the array as is: the default format / parse are for strings.
    format: (value) => value,
    parse: (value) => value,
  });
  const [text, setText] = useState(() => formatNumberList(field.value));

  // Follow changes made outside this input (e.g. the form being reset), while rendering the new
  // value rather than in an effect. The value is compared by its JSON: an array's identity may
  // change with the same numbers.
  const valueJson = JSON.stringify(field.value) ?? '';
  const [seenValueJson, setSeenValueJson] = useState(valueJson);
  if (valueJson !== seenValueJson) {
    setSeenValueJson(valueJson);
    if (field.value !== text && !sameList(field.value, parseNumberList(text))) setText(formatNumberList(field.value));
  }

  const invalid = fieldState.invalid;
  const errorMessage = fieldState.error?.message;
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        field.onChange(parseNumberList(event.target.value) ?? event.target.value);
      }}
      onBlur={field.onBlur}
      // No resource prop: inside an ArrayInput the label comes from the source context
      // (resources.calendar-templates.fields.stages.reminderDaysBefore).
      label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
      error={invalid}
      helperText={<InputHelperText error={errorMessage} helperText={helperText} />}
      fullWidth
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
    />
  );
};
