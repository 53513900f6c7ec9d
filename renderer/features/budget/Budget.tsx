import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { koers } from '../../api/koers';
import { FoutMelding } from '../../components/Laden';
import { Kosten } from './Kosten';
import { Normbedragen } from './Normbedragen';
import { PerComponent, PerInburgeraar } from './Overzichten';
import { SpukSisa } from './SpukSisa';

// The budget of the inburgering (issue 13 items 3–4): cost entries, the views against the normbedragen,
// the SPUK and the SiSa worksheet. The tab and the year are in the address (?tab=…&jaar=…).
const TABBLADEN = [
  { sleutel: 'kosten', label: 'Kosten' },
  { sleutel: 'component', label: 'Per component' },
  { sleutel: 'inburgeraar', label: 'Per inburgeraar' },
  { sleutel: 'spuk', label: 'SPUK en SiSa' },
  { sleutel: 'normbedragen', label: 'Normbedragen en codes' },
] as const;
type BudgetTabblad = (typeof TABBLADEN)[number]['sleutel'];

function isTabblad(waarde: string | null): waarde is BudgetTabblad {
  return TABBLADEN.some((t) => t.sleutel === waarde);
}

export function Budget() {
  const [params, setParams] = useSearchParams();
  const jaren = useQuery({ queryKey: ['budgetJaren'], queryFn: () => koers('budgetJaren', {}) });
  const gevraagd = params.get('tab');
  const tab: BudgetTabblad = isTabblad(gevraagd) ? gevraagd : 'kosten';
  const standaard = jaren.data?.standaardJaar ?? null;
  const jaarParam = Number(params.get('jaar'));
  const jaar = Number.isInteger(jaarParam) && jaarParam >= 2021 && jaarParam <= 2100 ? jaarParam : standaard;
  const keuzes = standaard === null ? [] : [...new Set([standaard + 1, standaard, standaard - 1, standaard - 2, ...(jaren.data?.jaren ?? []), ...(jaar ? [jaar] : [])])].filter((j) => j >= 2021).sort((a, b) => b - a);
  const zet = (wijziging: Record<string, string>) => setParams({ tab, ...(jaar ? { jaar: String(jaar) } : {}), ...wijziging }, { replace: true });

  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
        <Typography variant="h4" component="h1">
          Budget en SiSa
        </Typography>
        {jaar !== null && (
          <TextField select label="Jaar" value={jaar} onChange={(e) => zet({ jaar: e.target.value })} sx={{ width: 160, flexShrink: 0 }} size="small">
            {keuzes.map((j) => (
              <MenuItem key={j} value={j}>
                {j}
              </MenuItem>
            ))}
          </TextField>
        )}
      </Stack>
      {jaren.isError && <FoutMelding fout={jaren.error} />}
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={tab} onChange={(_e, waarde: BudgetTabblad) => zet({ tab: waarde })} aria-label="Onderdelen van het budget" variant="scrollable">
          {TABBLADEN.map((t) => (
            <Tab key={t.sleutel} value={t.sleutel} label={t.label} id={`budget-tab-${t.sleutel}`} aria-controls={`budget-paneel-${t.sleutel}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`budget-paneel-${tab}`} aria-labelledby={`budget-tab-${tab}`}>
        {jaar !== null && tab === 'kosten' && <Kosten jaar={jaar} />}
        {jaar !== null && tab === 'component' && <PerComponent jaar={jaar} />}
        {jaar !== null && tab === 'inburgeraar' && <PerInburgeraar jaar={jaar} />}
        {jaar !== null && tab === 'spuk' && <SpukSisa jaar={jaar} />}
        {jaar !== null && tab === 'normbedragen' && <Normbedragen jaar={jaar} />}
      </Box>
    </>
  );
}
