import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { Backups } from '../backup/Backups';
import { Beveiliging } from '../kluis/Beveiliging';
import { Logboek } from '../logboek/Logboek';
import { Bewaartermijn } from '../privacy/Bewaartermijn';

// Looking after the data itself: backups, the logboek of the whole vault, retention and who may open the vault.
const TABBLADEN = [
  { sleutel: 'backups', label: 'Backups' },
  { sleutel: 'logboek', label: 'Logboek' },
  { sleutel: 'bewaartermijn', label: 'Bewaartermijn' },
  { sleutel: 'beveiliging', label: 'Wachtwoorden en vervangers' },
] as const;
type BeheerTabblad = (typeof TABBLADEN)[number]['sleutel'];

function isTabblad(waarde: string | null): waarde is BeheerTabblad {
  return TABBLADEN.some((t) => t.sleutel === waarde);
}

export function Beheer() {
  // The tab is in the address (?tab=logboek), so a werkvoorraad row or a message can link to it.
  const [params, setParams] = useSearchParams();
  const gevraagd = params.get('tab');
  const tab: BeheerTabblad = isTabblad(gevraagd) ? gevraagd : 'backups';
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Gegevensbeheer
      </Typography>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={tab} onChange={(_e, waarde: BeheerTabblad) => setParams({ tab: waarde }, { replace: true })} aria-label="Onderdelen van gegevensbeheer" variant="scrollable">
          {TABBLADEN.map((t) => (
            <Tab key={t.sleutel} value={t.sleutel} label={t.label} id={`beheer-tab-${t.sleutel}`} aria-controls={`beheer-paneel-${t.sleutel}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`beheer-paneel-${tab}`} aria-labelledby={`beheer-tab-${tab}`}>
        {tab === 'backups' && <Backups />}
        {tab === 'logboek' && <Logboek />}
        {tab === 'bewaartermijn' && <Bewaartermijn />}
        {tab === 'beveiliging' && <Beveiliging />}
      </Box>
    </>
  );
}
