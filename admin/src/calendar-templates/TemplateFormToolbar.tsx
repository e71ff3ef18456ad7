import { SaveButton, Toolbar } from 'react-admin';

/** Save only: templates are not deleted (the API has no DELETE). */
export const TemplateFormToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
