import { createTheme } from '@mui/material/styles';
import { nlNL as kernNl } from '@mui/material/locale';
import { nlNL as gridNl } from '@mui/x-data-grid/locales';
import { nlNL as pickersNl } from '@mui/x-date-pickers/locales';

// System fonts only: the app loads nothing from the network. Colours meet WCAG AA contrast on white.
export const theme = createTheme(
  {
    typography: {
      fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif',
    },
    palette: {
      primary: { main: '#0b5394' },
      secondary: { main: '#6a1b9a' },
      text: { secondary: '#4a4a4a' },
    },
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      // Sentence case as written ("Gesprek plannen"), never capitals: easier to read, and the label is the text.
      MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiToggleButton: { styleOverrides: { root: { textTransform: 'none' } } },
      MuiTextField: { defaultProps: { fullWidth: true } },
      // Only errors interrupt a screen reader (FoutMelding sets role="alert"); other notices are polite.
      MuiAlert: { defaultProps: { role: 'status' } },
      // A hint under a disabled field is still read: keep it at AA contrast.
      MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: '#5f5f5f' } } } },
    },
  },
  kernNl,
  gridNl,
  pickersNl,
);
