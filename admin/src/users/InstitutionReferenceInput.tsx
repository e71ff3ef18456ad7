import { AutocompleteInput, ReferenceInput } from 'react-admin';

interface InstitutionReferenceInputProps {
  source: string;
  helperText?: string | false;
  /** Read by the list's filter form when the input is one of its filters. */
  alwaysOn?: boolean;
}

/** An institution chosen by typing its code or name (GET /api/institutions?filter={"q":…}). */
export const InstitutionReferenceInput = ({ source, helperText }: InstitutionReferenceInputProps) => (
  <ReferenceInput source={source} reference="institutions" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput helperText={helperText} sx={{ minWidth: 320 }} />
  </ReferenceInput>
);
