import { Chip, List, ListItem, ListItemText } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { roleName } from '../calendar-templates/describe';
import type { Stage } from '../types';

/** The stage's approval chain as the workflow has it: who decides each level, which one decides now, and the levels rules added. */
export const ApprovalChainField = (_props: { label?: string }) => {
  const stage = useRecordContext<Stage>();
  const translate = useTranslate();
  if (!stage?.approvalChain?.length) return null;
  const underReview = stage.status === 'submitted' || stage.status === 'in_review';
  const stateOf = (index: number) => (stage.status === 'approved' || (underReview && index < stage.reviewLevel) ? 'decided' : underReview && index === stage.reviewLevel ? 'pending' : undefined);
  return (
    <List dense disablePadding aria-label={translate('ciclo.stage.approval_chain')}>
      {stage.approvalChain.map((step, index) => {
        const state = stateOf(index);
        const members = step.quorum === 'all' && !step.assignee ? (step.members ?? []) : [];
        const approved = members.filter((m) => (step.approvedBy ?? []).includes(m.userId));
        const details = [
          step.assignee && translate('ciclo.stage.chain_assignee', { name: step.assignee.name }),
          step.quorum === 'all' && !step.assignee && members.length === 0 && translate('ciclo.stage.chain_all_members'),
          members.length > 0 &&
            translate('ciclo.stage.chain_members', {
              approved: approved.length,
              total: members.length,
              names: members.map((m) => `${m.name}${approved.includes(m) ? ' ✓' : ''}`).join(', '),
            }),
          step.addedBy && translate('ciclo.stage.chain_added_by', { rule: step.addedBy.name }),
        ]
          .filter(Boolean)
          .join(' · ');
        return (
          <ListItem key={index} disableGutters>
            <ListItemText primary={translate('ciclo.stage.chain_level', { level: index + 1, who: roleName(step.role, translate) })} secondary={details || undefined} />
            {state && <Chip size="small" variant="outlined" color={state === 'pending' ? 'info' : 'success'} label={translate(`ciclo.stage.chain_${state}`)} sx={{ ml: 1 }} />}
          </ListItem>
        );
      })}
    </List>
  );
};
