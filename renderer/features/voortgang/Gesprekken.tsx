import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { gesprekPlannenInvoer, gesprekVastleggenInvoer, VERSLAG_MAX } from '../../../shared/domain/voortgang';
import { datumKort, datumLang } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { useVoortgangVernieuwen } from './vernieuwen';

type Stand = Uitvoer<'voortgangOphalen'>['gesprekken'];
type Gesprek = Stand['lijst'][number];

/** Besluit 5.3 lid 4: the number of voortgangsgesprekken agreed in the PIP; plan them, then record them as held. */
export function Gesprekken({ inburgeraarId, stand }: { inburgeraarId: number; stand: Stand }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const [vastleggen, setVastleggen] = useState<Gesprek | null>(null);
  const verwijderen = useMutation({ mutationFn: (id: number) => koers('voortgangsgesprekVerwijderen', { inburgeraarId, id }), onSuccess: vernieuwen });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="kop-gesprekken">
      <Typography variant="h6" component="h2" id="kop-gesprekken" gutterBottom>
        Voortgangsgesprekken
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {stand.afgesproken === null
          ? `Het PIP noemt geen aantal voortgangsgesprekken (${stand.artikel}).`
          : `Afgesproken in het PIP: ${stand.afgesproken}${stand.elkeMaanden ? `, elke ${stand.elkeMaanden} maanden` : ''} (${stand.artikel}). Gehouden: ${stand.gehouden}; gepland: ${stand.gepland}; nog te houden: ${stand.nogTeHouden}.`}
        {stand.volgendeUiterlijk && ` Volgende gesprek uiterlijk ${datumLang(stand.volgendeUiterlijk)}.`}
      </Typography>
      {stand.lijst.length > 0 && (
        <Table size="small" aria-label="Voortgangsgesprekken" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Gepland</TableCell>
              <TableCell>Tolk</TableCell>
              <TableCell>Stand</TableCell>
              <TableCell>Verslag</TableCell>
              <TableCell>Acties</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {stand.lijst.map((g) => (
              <TableRow key={g.id}>
                <TableCell>
                  {datumKort(g.gepland)}
                  {g.tijd ? ` ${g.tijd}` : ''}
                </TableCell>
                <TableCell>{g.metTolk ? 'Met tolk' : '—'}</TableCell>
                <TableCell>{g.gehouden ? `Gehouden op ${datumKort(g.gehouden)}` : 'Gepland'}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', maxWidth: 420 }}>{g.verslag ?? '—'}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button size="small" variant="outlined" onClick={() => setVastleggen(g)} aria-label={`${g.gehouden ? 'Verslag wijzigen' : 'Als gehouden vastleggen'}: gesprek van ${datumKort(g.gepland)}`}>
                      {g.gehouden ? 'Verslag wijzigen' : 'Als gehouden vastleggen'}
                    </Button>
                    {!g.gehouden && (
                      <Button size="small" color="error" onClick={() => verwijderen.mutate(g.id)} aria-label={`Verwijderen: gesprek van ${datumKort(g.gepland)}`}>
                        Verwijderen
                      </Button>
                    )}
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
      <GesprekPlannen inburgeraarId={inburgeraarId} />
      {vastleggen && <GesprekVastleggen inburgeraarId={inburgeraarId} gesprek={vastleggen} sluiten={() => setVastleggen(null)} />}
    </Paper>
  );
}

const plannenFormulier = gesprekPlannenInvoer;

function GesprekPlannen({ inburgeraarId }: { inburgeraarId: number }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const leeg = { inburgeraarId, gepland: '', tijd: '', metTolk: false };
  const { control, handleSubmit, reset } = useForm<z.input<typeof plannenFormulier>, unknown, z.output<typeof plannenFormulier>>({
    resolver: zodResolver(plannenFormulier),
    defaultValues: leeg,
  });
  const plannen = useMutation({
    mutationFn: (invoer: z.output<typeof plannenFormulier>) => koers('voortgangsgesprekPlannen', invoer),
    onSuccess: async () => {
      reset(leeg);
      await vernieuwen();
    },
  });
  return (
    <form onSubmit={handleSubmit((invoer) => plannen.mutate(invoer))} noValidate aria-label="Gesprek plannen">
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Gesprek plannen
      </Typography>
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <DatumVeld control={control} name="gepland" label="Datum gesprek" verplicht />
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <TekstVeld control={control} name="tijd" label="Tijd (optioneel)" placeholder="13:30" />
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <VinkVeld control={control} name="metTolk" label="Met tolk" />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Button type="submit" variant="outlined" loading={plannen.isPending}>
            Gesprek plannen
          </Button>
        </Grid>
      </Grid>
      {plannen.isError && <FoutMelding fout={plannen.error} />}
    </form>
  );
}

const vastleggenFormulier = gesprekVastleggenInvoer;

function GesprekVastleggen({ inburgeraarId, gesprek, sluiten }: { inburgeraarId: number; gesprek: Gesprek; sluiten: () => void }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const vandaag = vandaagInNederland();
  const { control, handleSubmit } = useForm<z.input<typeof vastleggenFormulier>, unknown, z.output<typeof vastleggenFormulier>>({
    resolver: zodResolver(vastleggenFormulier),
    defaultValues: { inburgeraarId, gesprekId: gesprek.id, gehouden: gesprek.gehouden ?? (gesprek.gepland <= vandaag ? gesprek.gepland : vandaag), verslag: gesprek.verslag ?? '' },
  });
  const vastleggen = useMutation({
    mutationFn: (invoer: z.output<typeof vastleggenFormulier>) => koers('voortgangsgesprekVastleggen', invoer),
    onSuccess: async () => {
      await vernieuwen();
      sluiten();
    },
  });
  return (
    <Dialog open onClose={sluiten} aria-labelledby="gesprek-titel" aria-describedby="gesprek-tekst" fullWidth maxWidth="sm">
      <DialogTitle id="gesprek-titel">{gesprek.gehouden ? 'Verslag van het gesprek wijzigen' : 'Gesprek als gehouden vastleggen'}</DialogTitle>
      <DialogContent>
        <DialogContentText id="gesprek-tekst" sx={{ mb: 2 }}>
          Gepland op {datumLang(gesprek.gepland)}. Schrijf een kort verslag (hoogstens {VERSLAG_MAX} tekens): wat is besproken en wat is afgesproken.
        </DialogContentText>
        <Stack component="form" id="gesprek-formulier" aria-label="Gesprek vastleggen" noValidate spacing={2} sx={{ pt: 1 }} onSubmit={handleSubmit((invoer) => vastleggen.mutate(invoer))}>
          <DatumVeld control={control} name="gehouden" label="Datum gehouden" verplicht />
          <TekstVeld control={control} name="verslag" label="Verslag" required multiline minRows={4} fullWidth autoFocus slotProps={{ htmlInput: { maxLength: VERSLAG_MAX } }} />
        </Stack>
        {vastleggen.isError && <FoutMelding fout={vastleggen.error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={sluiten}>Annuleren</Button>
        <Button type="submit" form="gesprek-formulier" variant="contained" loading={vastleggen.isPending}>
          Vastleggen
        </Button>
      </DialogActions>
    </Dialog>
  );
}
