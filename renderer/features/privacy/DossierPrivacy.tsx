import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { z } from 'zod';
import { dossierVerwijderenInvoer, VERWIJDER_REDEN_LABELS, VERWIJDER_REDENEN } from '../../../shared/domain/privacy';
import type { Inburgeraar } from '../../../shared/domain/inburgeraar';
import { datumLang, volledigeNaam } from '../../../shared/format';
import { isEindstatus } from '../../../shared/rules/status';
import { koers } from '../../api/koers';
import { BevestigDialoog } from '../../components/BevestigDialoog';
import { KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';

// On the Gegevens tab: the AVG inzage (art. 15) as PDF and JSON, and deleting a dossier entered by mistake.

/** The parts of a dossier in words, for the confirmation. */
const TABEL_NAMEN: Record<string, string> = {
  documenten: 'documenten (met de PDF’s)',
  intakes: 'intake',
  oproepen: 'oproepen',
  pips: 'PIP-versies',
  pvtDossiers: 'participatieverklaring',
  pvtDeelnemers: 'groepsinschrijvingen',
  pvtAanwezigheid: 'aanwezigheid',
  mapThemas: 'MAP-thema’s',
  mapDossiers: 'MAP-eindgesprek',
  voortgangsgesprekken: 'voortgangsgesprekken',
  leerroutePeriodes: 'lesperiodes',
  examenresultaten: 'examenresultaten',
  participatieactiviteiten: 'participatieactiviteiten',
  participatieladder: 'participatieladder',
  begeleiding: 'maatschappelijke begeleiding',
  ontzorgen: 'financieel ontzorgen',
  journaal: 'journaalnotities',
  afspraken: 'afspraken',
  duoMeldingen: 'DUO-meldingen',
  signaalUitstel: 'uitgestelde signalen',
  wachtOpDerde: 'wachten op een derde',
  statuswijzigingen: 'statuswijzigingen',
  zRoute: 'Z-route',
  verwijtbaarheid: 'verwijtbaarheid',
  boetes: 'boetes',
  bezwaren: 'bezwaren',
  ontheffingen: 'ontheffingen',
  kosten: 'kostenregels (voor de verantwoording)',
};

const formulier = dossierVerwijderenInvoer.omit({ inburgeraarId: true });

export function DossierPrivacy({ inburgeraar }: { inburgeraar: Inburgeraar }) {
  const [melding, setMelding] = useState<string | null>(null);
  const [verwijderen, setVerwijderen] = useState(false);
  // A closed dossier past its bewaartermijn (Besluit 9.9) says so here; the werkvoorraad signal opens this tab.
  const bewaren = useQuery({
    queryKey: ['bewaartermijn', inburgeraar.id],
    queryFn: () => koers('privacyBewaartermijnLijst', { inburgeraarId: inburgeraar.id }),
    enabled: isEindstatus(inburgeraar.status),
  });
  const verstreken = bewaren.data?.dossiers.find((d) => d.inburgeraarId === inburgeraar.id);
  const inzage = useMutation({
    mutationFn: (soort: 'pdf' | 'json') => (soort === 'pdf' ? koers('privacyInzagePdf', { inburgeraarId: inburgeraar.id }) : koers('privacyInzageJson', { inburgeraarId: inburgeraar.id })),
    onSuccess: ({ bestandsnaam, opgeslagen }) => setMelding(opgeslagen ? `Opgeslagen als ${bestandsnaam}.` : null),
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Privacy
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Vraagt de inburgeraar welke gegevens de gemeente over hem of haar heeft (art. 15 AVG)? Geef dan het overzicht als PDF en alle gegevens als
        JSON-bestand. Antwoord binnen een maand.
      </Typography>
      {verstreken && (
        <Alert severity="warning" role="note" sx={{ mb: 2 }}>
          De bewaartermijn van dit dossier is verstreken sinds {datumLang(verstreken.verwijderenVanaf)} ({verstreken.artikel}). Schoon het op bij{' '}
          <Link component={RouterLink} to="/beheer?tab=bewaartermijn">
            Gegevensbeheer, tabblad Bewaartermijn
          </Link>
          ; alleen de kerngegevens blijven.
        </Alert>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, flexWrap: 'wrap' }}>
        <Button variant="outlined" loading={inzage.isPending && inzage.variables === 'pdf'} onClick={() => inzage.mutate('pdf')}>
          Inzage (AVG) als PDF
        </Button>
        <Button variant="outlined" loading={inzage.isPending && inzage.variables === 'json'} onClick={() => inzage.mutate('json')}>
          Inzage (AVG) als JSON
        </Button>
        <Button variant="text" color="error" onClick={() => setVerwijderen(true)}>
          Dossier verwijderen
        </Button>
      </Stack>
      {melding && (
        <Alert severity="success" sx={{ mt: 2 }} onClose={() => setMelding(null)}>
          {melding}
        </Alert>
      )}
      {inzage.isError && <FoutMelding fout={inzage.error} />}
      {verwijderen && <DossierVerwijderen inburgeraar={inburgeraar} sluit={() => setVerwijderen(false)} />}
    </Paper>
  );
}

function DossierVerwijderen({ inburgeraar, sluit }: { inburgeraar: Inburgeraar; sluit: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const titelId = useId();
  const controle = useQuery({ queryKey: ['privacyVerwijderControle', inburgeraar.id], queryFn: () => koers('privacyVerwijderControle', { inburgeraarId: inburgeraar.id }), gcTime: 0 });
  const { control, handleSubmit } = useForm<z.input<typeof formulier>, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: { reden: undefined as unknown as z.input<typeof formulier>['reden'], toelichting: '' },
  });
  const verwijderen = useMutation({
    mutationFn: (waarden: z.output<typeof formulier>) => koers('privacyDossierVerwijderen', { inburgeraarId: inburgeraar.id, ...waarden }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['inburgeraar', inburgeraar.id] });
      for (const sleutel of ['inburgeraars', 'werkvoorraad', 'logboek', 'bewaartermijn']) await queryClient.invalidateQueries({ queryKey: [sleutel] });
      await navigate('/inburgeraars');
    },
  });
  const naam = volledigeNaam(inburgeraar);

  if (controle.isPending || controle.isError || controle.data.geweigerd) {
    return (
      <Dialog open onClose={sluit} aria-labelledby={titelId} maxWidth="sm" fullWidth>
        <DialogTitle id={titelId}>Dossier verwijderen</DialogTitle>
        <DialogContent>
          {controle.isPending && <Laden />}
          {controle.isError && <FoutMelding fout={controle.error} />}
          {controle.data?.geweigerd && (
            <Alert severity="warning" role="alert">
              {controle.data.geweigerd}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={sluit} autoFocus>
            Sluiten
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  const onderdelen = controle.data.onderdelen.filter((o) => !o.loskoppelen).map((o) => `${TABEL_NAMEN[o.tabel] ?? o.tabel} (${o.aantal})`);
  const blijven = controle.data.onderdelen.filter((o) => o.loskoppelen).map((o) => `${TABEL_NAMEN[o.tabel] ?? o.tabel} (${o.aantal})`);
  return (
    <BevestigDialoog
      open
      titel={`Dossier van ${naam} verwijderen`}
      bevestigLabel="Dossier definitief verwijderen"
      gevaarlijk
      bezig={verwijderen.isPending}
      fout={verwijderen.error}
      bevestig={() => void handleSubmit((waarden) => verwijderen.mutate(waarden))()}
      annuleer={sluit}
    >
      <Typography gutterBottom>
        Alleen voor een dossier dat per vergissing is aangemaakt. Alles van dit dossier wordt verwijderd; er blijft niets van over, ook geen kerngegevens.
        Het logboek noemt alleen het dossiernummer en de reden.
      </Typography>
      {onderdelen.length > 0 ? (
        <>
          <Typography>Wordt verwijderd, naast de persoonsgegevens:</Typography>
          <List dense aria-label="Wat wordt verwijderd" sx={{ mb: 1 }}>
            {onderdelen.map((o) => (
              <ListItem key={o} sx={{ py: 0 }}>
                {o}
              </ListItem>
            ))}
          </List>
        </>
      ) : (
        <Typography gutterBottom>Het dossier heeft alleen persoonsgegevens.</Typography>
      )}
      {blijven.length > 0 && <Typography gutterBottom>Blijft, zonder koppeling aan deze persoon: {blijven.join(', ')}.</Typography>}
      <Stack spacing={2} sx={{ mt: 1 }}>
        <KeuzeVeld control={control} name="reden" label="Reden" required fullWidth opties={VERWIJDER_REDENEN.map((r) => ({ waarde: r, label: VERWIJDER_REDEN_LABELS[r] }))} />
        <TekstVeld
          control={control}
          name="toelichting"
          label="Toelichting (niet verplicht)"
          multiline
          minRows={2}
          fullWidth
          helperText="Komt niet in het logboek. Noem geen naam of BSN."
        />
      </Stack>
    </BevestigDialoog>
  );
}
