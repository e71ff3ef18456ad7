import { QueryClient } from '@tanstack/react-query';

/** react-admin's query cache, made here so the home page's reads can start before the console has rendered. */
export const queryClient = new QueryClient();
