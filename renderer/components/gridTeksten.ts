import type { GridLocaleText } from '@mui/x-data-grid';

// Texts the Dutch DataGrid locale leaves in English (checkbox and pagination labels for screen readers).
export const GRID_TEKSTEN: Partial<GridLocaleText> = {
  paginationDisplayedRows: ({ from, to, count }) => `${from}–${to} van ${count}`,
  paginationItemAriaLabel: (soort) =>
    ({ first: 'Eerste pagina', last: 'Laatste pagina', next: 'Volgende pagina', previous: 'Vorige pagina' })[soort],
  checkboxSelectionHeaderName: 'Selectie',
  checkboxSelectionSelectAllRows: 'Alle rijen selecteren',
  checkboxSelectionUnselectAllRows: 'Alle rijen deselecteren',
  checkboxSelectionSelectRow: 'Rij selecteren',
  checkboxSelectionUnselectRow: 'Rij deselecteren',
};
