import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { Institution } from '../types';

export interface InstitutionChoice {
  id: string;
  code: string;
  /** "MSPAS · Ministerio de Salud Pública y Asistencia Social" */
  name: string;
}

/**
 * The institutions the user can see, for choosing one (coordinators: the whole public sector, up
 * to a thousand) or naming one in a list (the institution's people: their own).
 */
export const useInstitutions = () => {
  const { data, isPending } = useGetList<Institution>('institutions', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' } }, { staleTime: 5 * 60_000 });
  const choices = useMemo(() => (data ?? []).map((institution) => ({ id: String(institution.id), code: institution.code, name: `${institution.code} · ${institution.name}` })), [data]);
  return { choices, isPending };
};
