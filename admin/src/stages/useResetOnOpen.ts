import { useState } from 'react';

/**
 * Runs `reset` (which sets the dialog's own state) while rendering the render in which the dialog
 * opens, or in which `watched` changes while it is open. The form starts afresh each time it opens,
 * without an effect that would first paint the old values and then render again (React's
 * "adjusting some state when a prop changes").
 */
export const useResetOnOpen = (open: boolean, reset: () => void, watched = '') => {
  const key = open ? `open:${watched}` : null;
  const [seen, setSeen] = useState<string | null>(null);
  if (key !== seen) {
    setSeen(key);
    if (key !== null) reset();
  }
};
