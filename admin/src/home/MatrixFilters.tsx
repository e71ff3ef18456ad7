import { TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useInstitutionFacets } from '../institutions/useInstitutionFacets';
import { INSTITUTION_KINDS } from '../types';
import { FilterSelect } from './FilterSelect';
import type { InstitutionFilters } from './institutionFilters';
import { STATUS_FILTERS, type StatusFilter } from './statusFilter';
import type { InstitutionStatistics } from './types';

interface MatrixFiltersProps {
  /** The cycle's institutions: each filter offers only what they have. */
  institutions: InstitutionStatistics[];
  filters: InstitutionFilters;
  onFiltersChange: (filters: InstitutionFilters) => void;
  status: StatusFilter;
  onStatusChange: (status: StatusFilter) => void;
  /** An institution's code or name, or part of it. */
  search: string;
  onSearchChange: (search: string) => void;
}

/** How long typing may pause before the matrix is asked again. */
const searchPauseMs = 300;

const present = <T,>(values: (T | null | undefined)[]) => [...new Set(values)].filter((value): value is T => !!value);

/** The matrix's filters: a search, sector, type of institution, department, and the status of any stage. */
export const MatrixFilters = ({ institutions, filters, onFiltersChange, status, onStatusChange, search, onSearchChange }: MatrixFiltersProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: facets } = useInstitutionFacets();
  const departmentName = new Map((facets?.departments ?? []).map((department) => [department.code, department.name]));
  const set = (change: Partial<InstitutionFilters>) => onFiltersChange({ ...filters, ...change });

  const sectors = present(institutions.map((i) => i.sector)).sort((a, b) => a.localeCompare(b, locale));
  const kindOrder = (kind: string) => (INSTITUTION_KINDS as readonly string[]).indexOf(kind);
  const kinds = present(institutions.map((i) => i.kind)).sort((a, b) => kindOrder(a) - kindOrder(b));
  const departments = present(institutions.map((i) => i.departmentCode)).sort();

  return (
    <>
      <SearchField label={translate('ciclo.home.coordinator.search')} placeholder={translate('ciclo.home.coordinator.search_hint')} value={search} onChange={onSearchChange} />
      <FilterSelect
        label={translate('ciclo.home.coordinator.sector')}
        allLabel={translate('ciclo.home.coordinator.all_sectors')}
        value={filters.sector}
        onChange={(sector) => set({ sector })}
        options={sectors.map((name) => ({ id: name, name }))}
      />
      <FilterSelect
        label={translate('ciclo.home.coordinator.kind')}
        allLabel={translate('ciclo.home.coordinator.all_kinds')}
        value={filters.kind}
        onChange={(kind) => set({ kind })}
        options={kinds.map((kind) => ({ id: kind, name: translate(`ciclo.institution.kind.${kind}`) }))}
      />
      <FilterSelect
        label={translate('ciclo.home.coordinator.department')}
        allLabel={translate('ciclo.home.coordinator.all_departments')}
        value={filters.department}
        onChange={(department) => set({ department })}
        options={departments.map((code) => ({
          id: code,
          name: departmentName.has(code) ? translate('ciclo.institution.department', { code, name: departmentName.get(code) }) : code,
        }))}
      />
      <FilterSelect
        label={translate('ciclo.home.coordinator.status')}
        allLabel={translate('ciclo.home.coordinator.all_statuses')}
        value={status}
        onChange={(value) => onStatusChange(value as StatusFilter)}
        options={STATUS_FILTERS.map((value) => ({
          id: value,
          name: value === 'overdue' ? translate('ciclo.home.coordinator.overdue') : translate(`ciclo.status.${value}`),
        }))}
      />
    </>
  );
};

/** A search box that tells its text once typing pauses, so each key does not ask the server again. */
const SearchField = ({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange: (value: string) => void }) => {
  const [text, setText] = useState(value);
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === value) return;
    const timer = setTimeout(() => onChange(trimmed), searchPauseMs);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <TextField
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      size="small"
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ minWidth: 200 }}
    />
  );
};
