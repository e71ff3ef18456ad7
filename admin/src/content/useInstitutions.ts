import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import { getUser } from '../session';
import type { Stage } from '../types';

export interface InstitutionChoice {
    id: string;
    code: string;
    /** "MSPAS · Ministerio de Salud Pública y Asistencia Social" */
    name: string;
}

/**
 * The institutions the user can see, for choosing one (coordinators) or naming one in a list.
 * The API has no institutions endpoint: they are read from the stages the user can see (every
 * institution in a cycle), plus the user's own.
 */
export const useInstitutions = () => {
    const { data, isPending } = useGetList<Stage>(
        'stages',
        { pagination: { page: 1, perPage: 500 }, sort: { field: 'deadline', order: 'ASC' } },
        { staleTime: 5 * 60_000 },
    );
    const choices = useMemo(() => {
        const byId = new Map<string, InstitutionChoice>();
        for (const stage of data ?? []) {
            const id = String(stage.institutionId);
            if (!byId.has(id)) {
                byId.set(id, { id, code: stage.institutionCode, name: `${stage.institutionCode} · ${stage.institutionName}` });
            }
        }
        const user = getUser();
        if (user?.institutionId != null && !byId.has(String(user.institutionId))) {
            const code = user.institutionCode ?? String(user.institutionId);
            byId.set(String(user.institutionId), { id: String(user.institutionId), code, name: code });
        }
        return [...byId.values()].sort((a, b) => a.code.localeCompare(b.code));
    }, [data]);
    return { choices, isPending };
};
