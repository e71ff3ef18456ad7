import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../httpClient';
import type { DeadlineRecord as Deadline } from '../types';

export type { Deadline };

/** GET /api/calendar/deadlines: the deadlines the person sees between two days. */
export const useDeadlines = (from: string, to: string) =>
  useQuery({
    queryKey: ['ciclo-deadlines', from, to],
    queryFn: async () => (await httpClient(`/api/calendar/deadlines?${new URLSearchParams({ from, to })}`)).json as Deadline[],
  });
