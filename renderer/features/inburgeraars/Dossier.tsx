import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { DOSSIER_TABBLADEN, TABBLAD_LABELS, type DossierTabblad } from '../../../shared/domain/signaal';
import { bsnWeergave, datumLang, volledigeNaam } from '../../../shared/format';
import { STATUS_LABELS, pipTermijnLoopt } from '../../../shared/rules/status';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { DocumentenTab } from './DocumentenTab';
import { GegevensTab } from './GegevensTab';
import { IntakeTab } from '../intake/IntakeTab';
import { PipTab } from '../pip/PipTab';
import { PvtTab } from '../pvt/PvtTab';
import { BegeleidingTab } from '../begeleiding/BegeleidingTab';
import { BezwaarTab } from '../bezwaar/BezwaarTab';
import { HandhavingTab } from '../handhaving/HandhavingTab';
import { JournaalTab } from '../journaal/JournaalTab';
import { LogboekTab } from '../logboek/LogboekTab';
import { VoortgangTab } from '../voortgang/VoortgangTab';

const TABBLADEN = DOSSIER_TABBLADEN.map((sleutel) => ({ sleutel, label: TABBLAD_LABELS[sleutel] }));

function alsTabblad(waarde: string | null): DossierTabblad {
  return (DOSSIER_TABBLADEN as readonly string[]).includes(waarde ?? '') ? (waarde as DossierTabblad) : 'gegevens';
}

export function Dossier() {
  const id = Number(useParams().id);
  // The tab is in the address (?tab=pip), so a werkvoorraad row can open the place where its work is done.
  const [params, setParams] = useSearchParams();
  const tab = alsTabblad(params.get('tab'));
  const setTab = (waarde: DossierTabblad) => setParams({ tab: waarde }, { replace: true });
  const dossier = useQuery({ queryKey: ['inburgeraar', id], queryFn: () => koers('inburgeraarOphalen', { id }) });
  if (dossier.isPending) return <Laden />;
  if (dossier.isError) return <FoutMelding fout={dossier.error} />;
  const { inburgeraar, pipTermijn, inburgeringstermijn } = dossier.data;

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h1">
          {volledigeNaam(inburgeraar)}
        </Typography>
        <Chip label={STATUS_LABELS[inburgeraar.status]} color="primary" variant="outlined" />
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        BSN {bsnWeergave(inburgeraar.bsn)} · geboren {datumLang(inburgeraar.geboortedatum)}
      </Typography>
      {pipTermijn && pipTermijnLoopt(inburgeraar.status) && (
        <Alert severity="info" role="note" sx={{ mb: 2 }} aria-label="Termijn PIP">
          <strong>PIP uiterlijk vaststellen op {datumLang(pipTermijn.datum)}</strong> — 10 weken na {pipTermijn.startgebeurtenis} op{' '}
          {datumLang(pipTermijn.startdatum)}
          {pipTermijn.verschovenWegens ? ` (${datumLang(pipTermijn.oorspronkelijk)} valt op ${pipTermijn.verschovenWegens}; verschoven naar de volgende werkdag)` : ''}.{' '}
          {pipTermijn.artikel}.
        </Alert>
      )}
      {!pipTermijn && pipTermijnLoopt(inburgeraar.status) && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          De datum van de kennisgeving door DUO ontbreekt, dus Koers kan de uiterste datum voor het PIP niet berekenen. Vul die datum in bij de gegevens.
        </Alert>
      )}
      {inburgeringstermijn && (
        <Alert severity="info" role="note" sx={{ mb: 2 }} aria-label="Inburgeringstermijn">
          Inburgeringstermijn: {datumLang(inburgeringstermijn.start)} tot en met <strong>{datumLang(inburgeringstermijn.einde)}</strong> (art. 11 Wet inburgering 2021).
        </Alert>
      )}
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={tab} onChange={(_e, waarde: typeof tab) => setTab(waarde)} aria-label="Onderdelen van het dossier" variant="scrollable">
          {TABBLADEN.map((t) => (
            <Tab
              key={t.sleutel}
              value={t.sleutel}
              label={t.label}
              id={`tab-${t.sleutel}`}
              aria-controls={`paneel-${t.sleutel}`}
            />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`paneel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'gegevens' && <GegevensTab dossier={dossier.data} />}
        {tab === 'intake' && <IntakeTab inburgeraarId={inburgeraar.id} />}
        {tab === 'pip' && <PipTab inburgeraar={inburgeraar} />}
        {tab === 'pvt' && <PvtTab inburgeraarId={inburgeraar.id} />}
        {tab === 'voortgang' && <VoortgangTab inburgeraarId={inburgeraar.id} />}
        {tab === 'begeleiding' && <BegeleidingTab inburgeraarId={inburgeraar.id} />}
        {tab === 'handhaving' && <HandhavingTab inburgeraarId={inburgeraar.id} />}
        {tab === 'bezwaar' && <BezwaarTab inburgeraarId={inburgeraar.id} />}
        {tab === 'journaal' && <JournaalTab inburgeraarId={inburgeraar.id} />}
        {tab === 'documenten' && <DocumentenTab inburgeraar={inburgeraar} />}
        {tab === 'logboek' && <LogboekTab inburgeraarId={inburgeraar.id} />}
      </Box>
    </>
  );
}
