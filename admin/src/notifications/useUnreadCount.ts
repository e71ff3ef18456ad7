import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../httpClient';

export const UNREAD_KEY = ['ciclo-unread-notifications'];

/** How many notifications are unread, checked every minute and when the window regains focus. */
export const useUnreadCount = () =>
  useQuery({
    queryKey: UNREAD_KEY,
    queryFn: async () => ((await httpClient('/api/notifications/unread-count')).json as { unread: number }).unread,
    refetchInterval: 60_000,
  });
