import LockIcon from '@mui/icons-material/Lock';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { koers } from '../api/koers';
import { useVergrendelen } from './vergrendelen';
import { Zoeken } from './Zoeken';

const MENU = [
  { naar: '/', label: 'Werkvoorraad', einde: true },
  { naar: '/inburgeraars', label: 'Inburgeraars', einde: true },
  { naar: '/inburgeraars/nieuw', label: 'Nieuwe inburgeraar', einde: true },
  { naar: '/pvt', label: 'PVT en MAP', einde: false },
  { naar: '/agenda', label: 'Agenda', einde: true },
  { naar: '/duo', label: 'DUO-meldingen', einde: true },
  { naar: '/importeren', label: 'Importeren', einde: true },
  { naar: '/jaarverslag', label: 'Jaarverslag', einde: true },
  { naar: '/budget', label: 'Budget', einde: true },
  { naar: '/beheer', label: 'Gegevensbeheer', einde: true },
  { naar: '/instellingen', label: 'Instellingen', einde: true },
];

export function Indeling({ children }: { children: ReactNode }) {
  const instellingen = useQuery({ queryKey: ['instellingen'], queryFn: () => koers('instellingenOphalen', {}) });
  const vergrendel = useVergrendelen();
  return (
    <>
      <Link
        href="#inhoud"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('inhoud')?.focus();
        }}
        sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}
      >
        Naar de inhoud
      </Link>
      <AppBar position="sticky" component="header">
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap', py: 0.5 }}>
          <Typography variant="h6" component="p" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
            Koers{instellingen.data?.gemeentenaam ? ` · ${instellingen.data.gemeentenaam}` : ''}
          </Typography>
          <Box component="nav" aria-label="Hoofdmenu" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, flexGrow: 1 }}>
            {MENU.map((item) => (
              <Button
                key={item.naar}
                component={NavLink}
                to={item.naar}
                end={item.einde}
                color="inherit"
                sx={{ whiteSpace: 'nowrap', '&.active': { bgcolor: 'rgba(255,255,255,0.18)' } }}
              >
                {item.label}
              </Button>
            ))}
          </Box>
          {/* On a narrow window this pair wraps to a second row, still on the right. */}
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, ml: 'auto' }}>
            <Zoeken />
            <IconButton color="inherit" onClick={() => void vergrendel()} aria-label="Nu vergrendelen" title="Nu vergrendelen (Ctrl+L)">
              <LockIcon />
            </IconButton>
          </Box>
        </Toolbar>
      </AppBar>
      <Container component="main" id="inhoud" tabIndex={-1} maxWidth="xl" sx={{ py: 3, outline: 'none' }}>
        {children}
      </Container>
    </>
  );
}
