import { useState } from 'react';
import type { ExecutionImportSummary, ImportSummary } from '../plan-budget/types';
import type { ImportFormat } from './fileFormat';
import type { ImportKind } from './importKinds';
import { useFileImport, type FileImportOutcome } from './useFileImport';

export type ImportOutcome =
  | { kind: 'imported'; what: 'budget-lines'; summary: ImportSummary }
  | { kind: 'imported'; what: 'budget-execution'; summary: ExecutionImportSummary }
  | Exclude<FileImportOutcome<never>, { kind: 'imported' }>;

/**
 * An institution's budget lines (POST /api/imports/budget-lines) or SICOIN's monthly execution
 * (/budget-execution), with the upload's progress (useFileImport).
 */
export const useBudgetImport = () => {
  const importer = useFileImport<ImportSummary | ExecutionImportSummary>();
  const [what, setWhat] = useState<ImportKind>('budget-lines');

  /** fiscalYear only for the execution, and optional there: without it the file's ejercicio gives it. */
  const upload = (file: File, format: ImportFormat, institutionId: string, kind: ImportKind, fiscalYear?: string, acceptCodes = false) => {
    setWhat(kind);
    const query = { institutionId, ...(fiscalYear ? { fiscalYear } : {}), ...(acceptCodes ? { acceptCodes: 'true' } : {}) };
    importer.upload(`/api/imports/${kind}`, query, file, format);
  };

  const { outcome } = importer;
  const budgetOutcome: ImportOutcome | null =
    outcome?.kind !== 'imported'
      ? outcome
      : what === 'budget-lines'
        ? { kind: 'imported', what, summary: outcome.summary as ImportSummary }
        : { kind: 'imported', what, summary: outcome.summary as ExecutionImportSummary };

  return { ...importer, upload, outcome: budgetOutcome };
};
