import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { SLOT_SOORT_LABEL, nieuwWachtwoord, slotNaam, wachtwoord, type KluisSlot } from '../../../shared/domain/kluis';
import { tijdstipKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';
import { WachtwoordWijzigen } from '../instellingen/WachtwoordWijzigen';
import { useToonHerstelcode } from './HerstelcodeContext';
import { WachtwoordSterkte } from './WachtwoordSterkte';

const SLEUTELWISSEL_UITLEG =
  'Koers vervangt daarbij de sleutel van de kluis: oude wachtwoorden en herstelcodes openen daarna niets meer, ook niet met een oud sleutelbestand. ' +
  'U krijgt een nieuwe herstelcode om af te drukken. Alleen uw eigen wachtwoord blijft werken: alle vervangers moeten daarna opnieuw een wachtwoord kiezen.';

/** Tab "Wachtwoorden en vervangers" of Gegevensbeheer: who can open the vault, and replacing its key. */
export function Beveiliging() {
  const sloten = useQuery({ queryKey: ['kluisSloten'], queryFn: () => koers('kluisSloten', {}) });
  const [teVerwijderen, setTeVerwijderen] = useState<KluisSlot | null>(null);
  const [nieuweCode, setNieuweCode] = useState(false);

  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Typography variant="h5" component="h2">
        Wachtwoorden en vervangers
      </Typography>
      <Typography>
        Iedereen die de kluis opent, heeft een eigen wachtwoord. Het logboek toont bij elke handeling de naam van wie de kluis opende. Een vervanger
        kiest zelf een wachtwoord; laat hem of haar dat hieronder zelf intypen.
      </Typography>
      <section aria-labelledby="sloten-kop">
        <Typography id="sloten-kop" variant="h6" component="h3" gutterBottom>
          Wie kan de kluis openen
        </Typography>
        {sloten.isPending && <Laden />}
        {sloten.isError && <FoutMelding fout={sloten.error} />}
        {sloten.data && (
          <Paper variant="outlined">
            <Table size="small" aria-labelledby="sloten-kop">
              <TableHead>
                <TableRow>
                  <TableCell>Naam</TableCell>
                  <TableCell>Soort</TableCell>
                  <TableCell>Sinds</TableCell>
                  <TableCell>
                    <span className="visueel-verborgen" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                      Actie
                    </span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {sloten.data.sloten.map((slot) => (
                  <TableRow key={slot.id}>
                    <TableCell>
                      {slot.naam}
                      {slot.huidig ? ' (u)' : ''}
                    </TableCell>
                    <TableCell>{SLOT_SOORT_LABEL[slot.soort]}</TableCell>
                    <TableCell>{tijdstipKort(slot.aangemaakt)}</TableCell>
                    <TableCell align="right">
                      {slot.soort === 'wachtwoord' && !slot.huidig && (
                        <Button size="small" color="error" onClick={() => setTeVerwijderen(slot)} aria-label={`${slot.naam} verwijderen`}>
                          Verwijderen
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        )}
      </section>
      <VervangerToevoegen />
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          Nieuwe herstelcode
        </Typography>
        <Typography sx={{ mb: 2 }}>Is de afdruk van de herstelcode kwijt, of heeft iemand anders hem gezien? Maak dan een nieuwe.</Typography>
        <Button variant="outlined" onClick={() => setNieuweCode(true)}>
          Nieuwe herstelcode
        </Button>
      </Paper>
      <WachtwoordWijzigen kop="h3" />
      {teVerwijderen && <SleutelwisselDialoog soort={{ verwijder: teVerwijderen }} sluiten={() => setTeVerwijderen(null)} />}
      {nieuweCode && <SleutelwisselDialoog soort="herstelcode" sluiten={() => setNieuweCode(false)} />}
    </Stack>
  );
}

const toevoegSchema = z
  .object({ naam: slotNaam, wachtwoord: nieuwWachtwoord, herhaling: z.string() })
  .refine((v) => v.wachtwoord === v.herhaling, { path: ['herhaling'], message: 'De wachtwoorden zijn niet gelijk.' });

function VervangerToevoegen() {
  const queryClient = useQueryClient();
  const { control, handleSubmit, reset } = useForm({ resolver: zodResolver(toevoegSchema), defaultValues: { naam: '', wachtwoord: '', herhaling: '' } });
  const [naam, gekozen] = useWatch({ control, name: ['naam', 'wachtwoord'] });
  const toevoegen = useMutation({
    mutationFn: (w: z.output<typeof toevoegSchema>) => koers('kluisVervangerToevoegen', { naam: w.naam, wachtwoord: w.wachtwoord }),
    onSuccess: async () => {
      reset();
      await queryClient.invalidateQueries({ queryKey: ['kluisSloten'] });
    },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h3" gutterBottom>
        Vervanger toevoegen
      </Typography>
      <form onSubmit={handleSubmit((w) => toevoegen.mutate(w))} noValidate aria-label="Vervanger toevoegen">
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          <TekstVeld control={control} name="naam" label="Naam van de vervanger" autoComplete="off" helperText='Zo staat de vervanger in het logboek, bijvoorbeeld "Vervanger: A. Jansen".' />
          <TekstVeld control={control} name="wachtwoord" label="Wachtwoord van de vervanger" type="password" autoComplete="new-password" helperText="De vervanger typt dit zelf in." />
          <WachtwoordSterkte wachtwoord={gekozen} eigenWoorden={naam.split(/\s+/)} />
          <TekstVeld control={control} name="herhaling" label="Herhaal het wachtwoord van de vervanger" type="password" autoComplete="new-password" />
          {toevoegen.isError && <FoutMelding fout={toevoegen.error} />}
          {toevoegen.isSuccess && <Alert severity="success">De vervanger is toegevoegd en kan de kluis nu openen met dit wachtwoord.</Alert>}
          <Button type="submit" variant="outlined" loading={toevoegen.isPending} loadingPosition="start">
            Vervanger toevoegen
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

const bevestigSchema = z.object({ wachtwoord });

/** Confirms a key change with the user's own passphrase, after saying what it does. */
function SleutelwisselDialoog({ soort, sluiten }: { soort: 'herstelcode' | { verwijder: KluisSlot }; sluiten: () => void }) {
  const queryClient = useQueryClient();
  const toonHerstelcode = useToonHerstelcode();
  const { control, handleSubmit } = useForm({ resolver: zodResolver(bevestigSchema), defaultValues: { wachtwoord: '' } });
  const titel = soort === 'herstelcode' ? 'Nieuwe herstelcode maken' : `${soort.verwijder.naam} verwijderen`;
  const wisselen = useMutation({
    mutationFn: ({ wachtwoord: eigen }: z.output<typeof bevestigSchema>) =>
      soort === 'herstelcode'
        ? koers('kluisNieuweHerstelcode', { wachtwoord: eigen })
        : koers('kluisVervangerVerwijderen', { slotId: soort.verwijder.id, wachtwoord: eigen }),
    onSuccess: async ({ herstelcode }) => {
      await queryClient.invalidateQueries({ queryKey: ['kluisSloten'] });
      sluiten();
      toonHerstelcode(herstelcode);
    },
  });
  return (
    <Dialog open onClose={sluiten} aria-labelledby="sleutelwissel-titel" aria-describedby="sleutelwissel-tekst" fullWidth maxWidth="sm">
      <DialogTitle id="sleutelwissel-titel">{titel}</DialogTitle>
      <DialogContent>
        <DialogContentText id="sleutelwissel-tekst" sx={{ mb: 2 }}>
          {SLEUTELWISSEL_UITLEG}
        </DialogContentText>
        <Stack component="form" id="sleutelwissel-formulier" aria-label={titel} noValidate spacing={2} sx={{ pt: 1 }} onSubmit={handleSubmit((w) => wisselen.mutate(w))}>
          <TekstVeld control={control} name="wachtwoord" label="Uw eigen wachtwoord" type="password" autoComplete="current-password" autoFocus />
        </Stack>
        {wisselen.isError && <FoutMelding fout={wisselen.error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={sluiten}>Annuleren</Button>
        <Button type="submit" form="sleutelwissel-formulier" variant="contained" color={soort === 'herstelcode' ? 'primary' : 'error'} loading={wisselen.isPending}>
          {soort === 'herstelcode' ? 'Sleutel vervangen en nieuwe herstelcode maken' : 'Verwijderen en sleutel vervangen'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
