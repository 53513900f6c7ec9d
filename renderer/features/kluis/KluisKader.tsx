import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** The centred card of the screens before the vault is open. */
export function KluisKader({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 560 }} elevation={2}>
        <Typography variant="overline" component="p" color="text.secondary">
          Koers
        </Typography>
        <Typography variant="h5" component="h1" gutterBottom>
          {titel}
        </Typography>
        {children}
      </Paper>
    </Box>
  );
}
