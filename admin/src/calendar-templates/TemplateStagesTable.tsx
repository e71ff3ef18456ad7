import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { CalendarTemplate } from '../types';
import { describeChain, describeEscalation, describeReminders, describeRoutingRule, describeRule, localized, roleName } from './describe';

/** The template's stages in order, each rule in words. */
export const TemplateStagesTable = (_props: { label?: string }) => {
  const record = useRecordContext<CalendarTemplate>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;

  const stages = [...(record.stages ?? [])].sort((a, b) => a.order - b.order);
  const header = (key: string) => (
    <TableCell component="th" scope="col" sx={{ fontWeight: 600, verticalAlign: 'bottom' }}>
      {translate(key)}
    </TableCell>
  );

  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" sx={{ '& td, & th': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            {header('resources.calendar-templates.fields.stages.order')}
            {header('ciclo.template.stages')}
            {header('ciclo.template.opens')}
            {header('ciclo.template.deadline')}
            {header('ciclo.template.approval_chain')}
            {header('ciclo.template.reminders')}
            {header('ciclo.template.escalation')}
            {header('ciclo.template.deliverable')}
          </TableRow>
        </TableHead>
        <TableBody>
          {stages.map((stage) => (
            <TableRow key={stage.code}>
              <TableCell>{stage.order}</TableCell>
              <TableCell component="th" scope="row" sx={{ minWidth: 200 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {localized(stage.name, locale)}
                </Typography>
                <Typography variant="caption" component="div" sx={{ fontFamily: 'monospace' }}>
                  {stage.code}
                </Typography>
                <Typography variant="caption" component="div" color="text.secondary">
                  {translate(`ciclo.template.scope.${stage.scope}`)} · {translate('ciclo.template.submitter')}: {roleName(stage.submitterRole, translate)}
                  {stage.submitterInstitutionCode ? ` (${stage.submitterInstitutionCode})` : ''}
                </Typography>
              </TableCell>
              <TableCell>{describeRule(stage.start, stages, translate, locale)}</TableCell>
              <TableCell sx={{ minWidth: 160 }}>
                <Typography variant="body2">{describeRule(stage.deadline, stages, translate, locale)}</Typography>
                {stage.hardDeadline && <Chip size="small" color="warning" variant="outlined" label={translate('ciclo.template.hard_deadline')} sx={{ mt: 0.5 }} />}
              </TableCell>
              <TableCell sx={{ minWidth: 180 }}>
                <Typography variant="body2">{describeChain(stage.approvalChain, translate)}</Typography>
                {stage.rules?.map((rule) => (
                  <Typography key={rule.code} variant="caption" component="div" color="text.secondary" sx={{ mt: 0.5 }}>
                    {translate('ciclo.template.rules')}: {localized(rule.name, locale)}. {describeRoutingRule(rule, translate)}
                  </Typography>
                ))}
              </TableCell>
              <TableCell>{describeReminders(stage.reminderDaysBefore, translate, locale)}</TableCell>
              <TableCell>{describeEscalation(stage.escalation, translate)}</TableCell>
              <TableCell sx={{ minWidth: 200 }}>
                <Typography variant="body2">{stage.deliverable}</Typography>
                {stage.legalBasis && (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {translate('ciclo.template.legal_basis')}: {stage.legalBasis}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
