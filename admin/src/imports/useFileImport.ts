import { useRef, useState } from 'react';
import { useLogoutIfAccessDenied } from 'react-admin';
import type { ErrorBody } from '../../../src/api/httpErrors';
import type { ImportProblem } from '../plan-budget/types';
import { getToken } from '../session';
import { contentTypeOf, type ImportFormat } from './fileFormat';

export type FileImportOutcome<TSummary> = { kind: 'imported'; summary: TSummary } | { kind: 'rejected'; message: string; problems: ImportProblem[] } | { kind: 'failed'; message: string };

export type ImportPhase = 'idle' | 'uploading' | 'processing' | 'done';

/** The API's answer: a summary, or its Error body (src/api/httpErrors.ts) with the file's problems. */
type ApiBody = Partial<Omit<ErrorBody, 'problems'>> & { problems?: ImportProblem[] };

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * POST /api/imports/<what>?format=… with the file as the body, through XMLHttpRequest for its
 * upload progress: `progress` (0..1) while the file goes up, then "processing" while the API
 * checks every row and writes (or writes nothing). The API answers 200 with its summary, or
 * 422 `{message, problems}` when any row is wrong.
 */
export const useFileImport = <TSummary>() => {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [phase, setPhase] = useState<ImportPhase>('idle');
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<FileImportOutcome<TSummary> | null>(null);
  const request = useRef<XMLHttpRequest | null>(null);

  const finish = (result: FileImportOutcome<TSummary>) => {
    request.current = null;
    setOutcome(result);
    setPhase('done');
  };

  const upload = (path: string, query: Record<string, string>, file: File, format: ImportFormat) => {
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    setOutcome(null);
    setProgress(0);
    setPhase('uploading');
    xhr.open('POST', `${path}?${new URLSearchParams({ ...query, format })}`);
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', contentTypeOf(format));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => setProgress(event.lengthComputable ? event.loaded / event.total : null);
    xhr.upload.onload = () => {
      setProgress(1);
      setPhase('processing');
    };
    xhr.onload = () => {
      const body = (parse(xhr.responseText) ?? {}) as ApiBody;
      if (xhr.status === 200) return finish({ kind: 'imported', summary: body as TSummary });
      if (xhr.status === 401) void logoutIfAccessDenied({ status: 401 });
      if (xhr.status === 422 && Array.isArray(body.problems)) {
        return finish({ kind: 'rejected', message: body.message ?? '', problems: body.problems });
      }
      const details = Object.entries(body.errors ?? {}).map(([field, message]) => `${field}: ${message}`);
      finish({ kind: 'failed', message: [body.message ?? xhr.statusText, ...details].filter(Boolean).join(' — ') });
    };
    xhr.onerror = () => finish({ kind: 'failed', message: '' });
    xhr.onabort = () => {
      request.current = null;
      setPhase('idle');
    };
    xhr.send(file);
  };

  const cancel = () => request.current?.abort();

  const reset = () => {
    setOutcome(null);
    setPhase('idle');
    setProgress(null);
  };

  return { upload, cancel, reset, phase, progress, outcome };
};
