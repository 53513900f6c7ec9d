import type { GridLocaleText } from '@mui/x-data-grid';
import { nlNL } from '@mui/x-data-grid/locales';

// A localeText prop replaces the theme's locale instead of merging with it: so start from the Dutch
// locale and add what it leaves in English (pagination and checkbox labels for screen readers).
export const GRID_TEKSTEN: Partial<GridLocaleText> = {
  ...nlNL.components.MuiDataGrid.defaultProps.localeText,
  paginationDisplayedRows: ({ from, to, count }) => `${from}–${to} van ${count}`,
  paginationItemAriaLabel: (soort) =>
    ({ first: 'Eerste pagina', last: 'Laatste pagina', next: 'Volgende pagina', previous: 'Vorige pagina' })[soort],
  checkboxSelectionHeaderName: 'Selectie',
  checkboxSelectionSelectAllRows: 'Alle rijen selecteren',
  checkboxSelectionUnselectAllRows: 'Alle rijen deselecteren',
  checkboxSelectionSelectRow: 'Rij selecteren',
  checkboxSelectionUnselectRow: 'Rij deselecteren',
};
