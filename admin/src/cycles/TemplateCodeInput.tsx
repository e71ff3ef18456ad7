import { SelectInput, useGetList, useLocaleState, type Validator } from 'react-admin';
import type { CalendarTemplate } from '../types';

interface TemplateCodeInputProps {
  source: string;
  validate?: Validator | Validator[];
  helperText?: string;
}

/** The calendar templates of /api/calendar-templates, chosen by code (what POST /api/cycles takes). */
export const TemplateCodeInput = ({ source, validate, helperText }: TemplateCodeInputProps) => {
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<CalendarTemplate>('calendar-templates', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  return (
    <SelectInput
      source={source}
      choices={data ?? []}
      optionValue="code"
      optionText={(template: CalendarTemplate) => `${template.code} · ${locale === 'en' ? template.name.en : template.name.es}`}
      translateChoice={false}
      isPending={isPending}
      validate={validate}
      helperText={helperText}
    />
  );
};
