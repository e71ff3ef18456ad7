import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { PARTICIPANT_KINDS } from '../types';
import { useInstitutionFacets } from './useInstitutionFacets';

export interface FacetChoice {
  id: string;
  name: string;
}

/**
 * The facets as choices of filter inputs, each with how many active institutions it has:
 * "Municipalidad (340)", "Salud (3)", "04 · Chimaltenango (16)". Coordinators are no kind to
 * choose: they take part in no cycle.
 */
export const useFacetChoices = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useInstitutionFacets();
  const choices = useMemo(() => {
    const withCount = (name: string, count: number) => translate('ciclo.institution.with_count', { name, count });
    return {
      kinds: (data?.kinds ?? [])
        .filter(({ kind }) => PARTICIPANT_KINDS.includes(kind))
        .map(({ kind, count }): FacetChoice => ({ id: kind, name: withCount(translate(`ciclo.institution.kind.${kind}`), count) })),
      sectors: [...(data?.sectors ?? [])].sort((a, b) => a.sector.localeCompare(b.sector, locale)).map(({ sector, count }): FacetChoice => ({ id: sector, name: withCount(sector, count) })),
      departments: [...(data?.departments ?? [])]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map(({ code, name, count }): FacetChoice => ({
          id: code,
          name: withCount(translate('ciclo.institution.department', { code, name }), count),
        })),
    };
  }, [data, translate, locale]);
  return { ...choices, facets: data, isPending, error };
};
