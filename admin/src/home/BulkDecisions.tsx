import ApproveIcon from '@mui/icons-material/CheckCircle';
import ReturnIcon from '@mui/icons-material/Undo';
import { Alert, AlertTitle, Box, Button, Checkbox, FormControlLabel, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import type { StageDecisionsResult } from '../../../src/api/responses';
import type { CicloDataProvider } from '../dataProvider';
import { CommentField } from '../stages/CommentField';
import { ReturnReasonField } from '../stages/ReturnReasonField';
import { StageDialog } from '../stages/StageDialog';
import { useResetOnOpen } from '../stages/useResetOnOpen';
import type { ReturnReasonCode } from '../types';
import { usePessimisticAction } from '../usePessimisticAction';

type BulkAction = 'approve' | 'return';

/** A request id per stage and decision: random, from the browser's generator (also outside HTTPS). */
const newRequestId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** A stage as a bulk decision names it: from the inbox's list, or from a cell of the coordinator's matrix (no version there). */
export interface DecidableStage {
  id: Identifier;
  institutionCode: string;
  name: string;
  version?: number;
}

export const stageLabel = (stage: Pick<DecidableStage, 'institutionCode' | 'name'>) => `${stage.institutionCode} · ${stage.name}`;

/** What a bulk decision left undone, stage by stage, with the reason the API gave. */
export interface BulkOutcome {
  action: BulkAction;
  decided: number;
  failures: { label: string; message: string }[];
}

interface BulkDecisionBarProps {
  /** The stages on screen that may be chosen ("Seleccionar todas" takes them all). */
  candidates: DecidableStage[];
  /** The stages chosen, maybe some no longer on screen (another page of the matrix). */
  chosen: DecidableStage[];
  onChoose: (chosen: DecidableStage[]) => void;
  onDecided: (outcome: BulkOutcome) => void;
}

/**
 * Above the approval inbox or the coordinator's matrix: select every stage, then approve them all, or return them all with one
 * reason and comment. Each stage is still its own decision (its own request, audit event and mail);
 * the ones that could not be decided (decided meanwhile, no longer at the person's level) are listed
 * one by one with the reason, and stay in the inbox if they still await the person.
 */
export const BulkDecisionBar = ({ candidates, chosen, onChoose, onDecided }: BulkDecisionBarProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CicloDataProvider>();
  const { run, isPending } = usePessimisticAction();
  const [action, setAction] = useState<BulkAction | undefined>();
  const chosenIds = new Set(chosen.map((stage) => stage.id));
  const candidateIds = new Set(candidates.map((stage) => stage.id));
  const all = candidates.length > 0 && candidates.every((stage) => chosenIds.has(stage.id));
  const some = candidates.some((stage) => chosenIds.has(stage.id));
  const toggleAll = () => onChoose(all ? chosen.filter((stage) => !candidateIds.has(stage.id)) : [...chosen, ...candidates.filter((stage) => !chosenIds.has(stage.id))]);

  const decide = (details: { comment: string; reasonCode?: ReturnReasonCode }) => {
    const decided = action!;
    const labels = new Map(chosen.map((stage) => [String(stage.id), stageLabel(stage)]));
    const request = { stages: chosen.map((stage) => ({ stageId: String(stage.id), requestId: newRequestId() })), comment: details.comment };
    void run(
      () => dataProvider.decideStages(decided === 'approve' ? { action: 'approve', ...request } : { action: 'return', reasonCode: details.reasonCode!, ...request }),
      ({ data }: { data: StageDecisionsResult }) => translate(`ciclo.home.bulk.done_${decided}`, { smart_count: data.decided, failed: data.failed }),
      ({ data }) => {
        setAction(undefined);
        onChoose([]);
        const failures = data.results.flatMap((result) => (result.ok ? [] : [{ label: labels.get(result.stageId) ?? result.stageId, message: result.message }]));
        onDecided({ action: decided, decided: data.decided, failures });
      },
    );
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <FormControlLabel control={<Checkbox checked={all} indeterminate={some && !all} disabled={!candidates.length} onChange={toggleAll} />} label={translate('ciclo.home.bulk.select_all')} />
        <Typography variant="body2" role="status">
          {translate('ciclo.home.bulk.selected', { smart_count: chosen.length })}
        </Typography>
        <Button variant="outlined" startIcon={<ApproveIcon />} disabled={!chosen.length || isPending} onClick={() => setAction('approve')}>
          {translate('ciclo.home.bulk.approve')}
        </Button>
        <Button variant="outlined" color="warning" startIcon={<ReturnIcon />} disabled={!chosen.length || isPending} onClick={() => setAction('return')}>
          {translate('ciclo.home.bulk.return')}
        </Button>
      </Stack>
      <BulkDecisionDialog action={action} stages={chosen} isPending={isPending} onClose={() => setAction(undefined)} onConfirm={decide} />
    </Box>
  );
};

/** The stages a bulk decision could not decide, one by one; kept until the person closes it. */
export const BulkOutcomeAlert = ({ outcome, onClose }: { outcome: BulkOutcome; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert severity="warning" role="alert" onClose={onClose} sx={{ mb: 2 }}>
      <AlertTitle>{translate(`ciclo.home.bulk.failed_${outcome.action}`, { smart_count: outcome.failures.length, decided: outcome.decided })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {outcome.failures.map((failure) => (
          <li key={failure.label}>
            {failure.label}: {failure.message}
          </li>
        ))}
      </Box>
    </Alert>
  );
};

interface BulkDecisionDialogProps {
  action: BulkAction | undefined;
  stages: DecidableStage[];
  isPending: boolean;
  onClose: () => void;
  onConfirm: (details: { comment: string; reasonCode?: ReturnReasonCode }) => void;
}

/** What will be decided, named stage by stage; a return asks its reason and comment, as a single one does. */
const BulkDecisionDialog = ({ action, stages, isPending, onClose, onConfirm }: BulkDecisionDialogProps) => {
  const translate = useTranslate();
  const open = action !== undefined;
  const [reasonCode, setReasonCode] = useState<ReturnReasonCode | ''>('');
  const [comment, setComment] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  useResetOnOpen(open, () => {
    setReasonCode('');
    setComment('');
    setShowErrors(false);
  });
  const returning = action === 'return';
  const incomplete = returning && (reasonCode === '' || comment.trim() === '');

  const confirm = () => {
    if (incomplete) {
      setShowErrors(true);
      return;
    }
    onConfirm({ comment, ...(returning ? { reasonCode: reasonCode as ReturnReasonCode } : {}) });
  };

  return (
    <StageDialog
      open={open}
      title={translate(`ciclo.home.bulk.${returning ? 'return' : 'approve'}_title`, { smart_count: stages.length })}
      content={translate(`ciclo.home.bulk.${returning ? 'return' : 'approve'}_content`, { smart_count: stages.length })}
      isPending={isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      <Box component="ul" sx={{ mt: 0, mb: 2, pl: 3, maxHeight: 200, overflowY: 'auto' }}>
        {stages.map((stage) => (
          <li key={stage.id}>
            <Typography variant="body2">{stage.version === undefined ? stageLabel(stage) : `${stageLabel(stage)} · ${translate('ciclo.home.inbox.version', { version: stage.version })}`}</Typography>
          </li>
        ))}
      </Box>
      <Stack spacing={2}>
        {returning && (
          <ReturnReasonField
            label={translate('ciclo.dialog.reason')}
            value={reasonCode}
            onChange={setReasonCode}
            disabled={isPending}
            error={showErrors && reasonCode === '' ? translate('ra.validation.required') : undefined}
          />
        )}
        <CommentField value={comment} onChange={setComment} disabled={isPending} required={returning ? { showError: showErrors } : undefined} />
      </Stack>
    </StageDialog>
  );
};
