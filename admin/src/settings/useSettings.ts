import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../httpClient';

import type { ConsoleSettings } from '../types';

/** What this installation offers: the Temporal Web UI to link to, the local mailbox. Read once a session. */
export const useSettings = () =>
  useQuery({
    queryKey: ['ciclo-settings'],
    queryFn: async () => (await httpClient('/api/settings')).json as ConsoleSettings,
    staleTime: Infinity,
  });
