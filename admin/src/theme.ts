import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * react-admin's light theme with darker blues, orange and light blue, so that text keeps WCAG AA
 * contrast (4.5:1): white on the app bar, chips and buttons, and links on the page background
 * (#fafafb). The defaults fall short: #2196f3 gives white text 3.1:1, #ed6c02 3.1:1, #0288d1 3.9:1,
 * and #1976d2 on the background 4.4:1. #1565c0 is also the console's theme-color (index.html).
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1565c0' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    warning: { main: '#b45309' },
    info: { main: '#0277bd' },
    // The form toolbar is #e0e0e0: small red text (Eliminar) needs #b71c1c to reach 4.5:1 there.
    error: { main: '#b71c1c' },
  },
  components: {
    ...defaultTheme.components,
    // react-admin greys its empty-list message with opacity 0.5 (about 2.5:1).
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { opacity: 1, color: 'rgba(0, 0, 0, 0.68)' } } } },
    // A read-only field's helper text still informs (e.g. "Se registra a nombre de su institución").
    MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: 'rgba(0, 0, 0, 0.68)' } } } },
  },
};
