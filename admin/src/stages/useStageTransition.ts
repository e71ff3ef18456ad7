import { useDataProvider } from 'react-admin';
import type { CicloDataProvider, ExtendParams, RecallParams, ReturnParams, TransitionParams } from '../dataProvider';
import type { Stage } from '../types';
import { usePessimisticAction } from '../usePessimisticAction';

type ParamsByAction = {
  submit: TransitionParams;
  approve: TransitionParams;
  return: ReturnParams;
  recall: RecallParams;
  extend: ExtendParams;
};

export type StageAction = keyof ParamsByAction;

const SUCCESS_MESSAGE: Record<StageAction, string> = {
  submit: 'ciclo.notification.submitted',
  approve: 'ciclo.notification.approved',
  return: 'ciclo.notification.returned',
  recall: 'ciclo.notification.recalled',
  extend: 'ciclo.notification.extended',
};

/** A stage transition through the API, pessimistic: see usePessimisticAction. */
export const useStageTransition = <A extends StageAction>(action: A) => {
  const dataProvider = useDataProvider<CicloDataProvider>();
  const { run, isPending, problems, clearProblems } = usePessimisticAction();

  const call = (stage: Stage, params: ParamsByAction[A]) =>
    action === 'submit'
      ? dataProvider.submitStage(stage.id, params as TransitionParams)
      : action === 'approve'
        ? dataProvider.approveStage(stage.id, params as TransitionParams)
        : action === 'return'
          ? dataProvider.returnStage(stage.id, params as ReturnParams)
          : action === 'recall'
            ? dataProvider.recallStage(stage.id, params as RecallParams)
            : dataProvider.extendStage(stage.id, params as ExtendParams);

  const mutate = (stage: Stage, params: ParamsByAction[A], options: { onSuccess?: (stage: Stage) => void } = {}) =>
    run(
      () => call(stage, params),
      SUCCESS_MESSAGE[action],
      ({ data }) => options.onSuccess?.(data),
    );

  return { mutate, isPending, problems, clearProblems };
};
