import { useDataProvider } from 'react-admin';
import type { CicloDataProvider, MoveDeadlineParams } from '../dataProvider';
import type { Cycle } from '../types';
import { usePessimisticAction } from '../usePessimisticAction';

/** "Mover fecha": waits for the cycle's workflow to accept the new date, then refreshes the matrix. */
export const useMoveDeadline = () => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  const { run, isPending } = usePessimisticAction();

  const mutate = (cycle: Cycle, params: MoveDeadlineParams, options: { onSuccess?: () => void } = {}) =>
    run(
      () => dataProvider.moveCycleDeadline(cycle.id, params),
      'ciclo.notification.deadline_moved',
      () => options.onSuccess?.(),
    );

  return { mutate, isPending };
};
