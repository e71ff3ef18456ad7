import { useRecordContext, useTranslate } from 'react-admin';
import type { Cycle } from '../types';

/** Planning the year, or monitoring its execution: two cycles of the same year tell apart by it. */
export const CyclePhaseField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Cycle>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(`ciclo.cycle_phase.${record.phase}`, { _: record.phase })}</span>;
};
