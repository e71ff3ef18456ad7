import { useState } from 'react';
import { useLogoutIfAccessDenied, useNotify } from 'react-admin';
import { downloadFromApi } from './download';

/** A server download with a pending flag; failures are notified (a 401 logs out). */
export const useDownload = () => {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [isPending, setPending] = useState(false);

  const download = async (path: string, fallbackName: string) => {
    setPending(true);
    try {
      await downloadFromApi(path, fallbackName);
    } catch (caught) {
      const error = caught as { status?: number; message?: string };
      if (await logoutIfAccessDenied(error)) return;
      const message = error.message || 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };

  return { download, isPending };
};
