import type { ReactElement, ReactNode } from 'react';
import { DataTable, List, ReferenceField, type RaRecord, type SortPayload } from 'react-admin';
import { ClassifierField } from './ClassifierField';
import { ContentListActions } from './ContentListActions';
import { InstitutionField } from './InstitutionField';
import type { Catalogue } from './types';
import { useContentFilters } from './useContentFilters';
import { useSeesAllInstitutions } from './useSeesAllInstitutions';

interface ContentListProps {
  sort: SortPayload;
  filters: ReactElement[];
  perPage?: number;
  /** Whether a row opens the record's edit page (the default) or nothing (append-only records). */
  rowClick?: false;
  /** The institution column: for whoever sees every institution (the default), always, or never (records under another). */
  institutionColumn?: 'seesAll' | 'always' | 'never';
  /** Whether whoever sees every institution may filter by one (not for the shared catalogues). */
  institutionFilter?: boolean;
  children: ReactNode;
}

/**
 * A plan and budget list: its filters with the institution for whoever sees every institution,
 * the filter, create and export actions, and the institution as the first column.
 */
export const ContentList = <RecordType extends RaRecord>({ sort, filters, perPage, rowClick, institutionColumn = 'seesAll', institutionFilter = true, children }: ContentListProps) => {
  const seesAll = useSeesAllInstitutions();
  const filterInputs = useContentFilters(filters, institutionFilter);
  const showInstitution = institutionColumn === 'always' || (institutionColumn === 'seesAll' && seesAll);
  return (
    <List<RecordType> sort={sort} perPage={perPage} filters={filterInputs} actions={<ContentListActions />}>
      <DataTable<RecordType> bulkActionButtons={false} {...(rowClick === false ? { rowClick: false } : {})}>
        {showInstitution && (
          <DataTable.Col source="institutionId" disableSort>
            <InstitutionField />
          </DataTable.Col>
        )}
        {children}
      </DataTable>
    </List>
  );
};

/** A column naming the record a field refers to; not sortable, since the list sorts by its own columns. */
export const ReferenceColumn = ({ source, reference, emptyText }: { source: string; reference: string; emptyText?: string }) => (
  <DataTable.Col source={source} disableSort>
    <ReferenceField source={source} reference={reference} emptyText={emptyText} />
  </DataTable.Col>
);

/** A column of classifier codes, each with its name from the catalogue. */
export const ClassifierColumn = ({ source, catalogue, disableSort }: { source: string; catalogue: Catalogue; disableSort?: boolean }) => (
  <DataTable.Col source={source} disableSort={disableSort}>
    <ClassifierField source={source} catalogue={catalogue} />
  </DataTable.Col>
);
