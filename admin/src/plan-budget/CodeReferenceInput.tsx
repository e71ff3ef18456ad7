import { AutocompleteInput, ReferenceInput, required as requiredValidator } from 'react-admin';

interface CodeReferenceInputProps {
  source: string;
  reference: string;
  required?: boolean;
  /** The API sorts by these fields only: code for most, name for scenarios. */
  sortField?: 'code' | 'name';
  filter?: Record<string, unknown>;
  label?: string;
  alwaysOn?: boolean;
}

// An empty choice is null for the API (its optional ids are nullish uuids), never "".
const emptyToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

/**
 * A link to another content record (a result, a product, a category...), searched by code or
 * name (the API's `q`) and shown by the referenced resource's recordRepresentation.
 */
export const CodeReferenceInput = ({ source, reference, required = false, sortField = 'code', filter, label }: CodeReferenceInputProps) => (
  <ReferenceInput source={source} reference={reference} sort={{ field: sortField, order: 'ASC' }} filter={filter} perPage={50}>
    <AutocompleteInput label={label} validate={required ? requiredValidator() : undefined} parse={required ? undefined : emptyToNull} sx={{ minWidth: 320 }} />
  </ReferenceInput>
);
