import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { afspraakInvoer, type Afspraak, type AfspraakInvoer } from '../../../shared/domain/journaal';
import { datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { VerwijderDialoog } from '../../components/VerwijderDialoog';
import { vernieuwJournaal } from './vernieuwen';
import { dagLang } from './weergave';

type Waarden = z.input<typeof afspraakInvoer>;

function status(a: Afspraak, vandaag: string): string {
  if (a.afgehandeld) return 'Afgehandeld';
  return a.datum < vandaag ? 'Voorbij, niet afgehandeld' : 'Gepland';
}

/** The afspraken of one dossier: open and upcoming first (the order comes from the main process). */
export function Afspraken({ inburgeraarId, afspraken, vandaag }: { inburgeraarId: number; afspraken: Afspraak[]; vandaag: string }) {
  const queryClient = useQueryClient();
  const [bewerken, setBewerken] = useState<Afspraak | null>(null);
  const [teVerwijderen, setTeVerwijderen] = useState<Afspraak | null>(null);
  const vernieuw = () => vernieuwJournaal(queryClient, inburgeraarId);
  const afhandelen = useMutation({ mutationFn: (a: Afspraak) => koers('afspraakAfhandelen', { id: a.id, afgehandeld: !a.afgehandeld }), onSuccess: vernieuw });
  const verwijderen = useMutation({
    mutationFn: (a: Afspraak) => koers('afspraakVerwijderen', { id: a.id }),
    onSuccess: async () => {
      setTeVerwijderen(null);
      await vernieuw();
    },
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="afspraken-kop">
      <Typography id="afspraken-kop" variant="h6" component="h2" gutterBottom>
        Afspraken
      </Typography>
      {afspraken.length === 0 ? (
        <Typography color="text.secondary">Er zijn nog geen afspraken.</Typography>
      ) : (
        <Table size="small" aria-labelledby="afspraken-kop">
          <TableHead>
            <TableRow>
              <TableCell>Datum</TableCell>
              <TableCell>Tijd</TableCell>
              <TableCell>Onderwerp</TableCell>
              <TableCell>Plaats</TableCell>
              <TableCell>Tolk</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Doen</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {afspraken.map((a) => (
              <TableRow key={a.id} sx={a.afgehandeld ? { '& td': { color: 'text.secondary' } } : undefined}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{dagLang(a.datum)}</TableCell>
                <TableCell>{a.tijd}</TableCell>
                <TableCell>{a.onderwerp}</TableCell>
                <TableCell>{a.plaats}</TableCell>
                <TableCell>{a.metTolk ? 'Ja' : 'Nee'}</TableCell>
                <TableCell>{status(a, vandaag)}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button size="small" variant="outlined" onClick={() => afhandelen.mutate(a)} aria-label={`${a.afgehandeld ? 'Weer openzetten' : 'Afgehandeld'}: afspraak van ${datumLang(a.datum)} ${a.tijd}`}>
                      {a.afgehandeld ? 'Weer openzetten' : 'Afgehandeld'}
                    </Button>
                    <Button size="small" onClick={() => setBewerken(a)} aria-label={`Afspraak van ${datumLang(a.datum)} ${a.tijd} wijzigen`}>
                      Wijzigen
                    </Button>
                    <Button size="small" color="error" onClick={() => setTeVerwijderen(a)} aria-haspopup="dialog" aria-label={`Afspraak van ${datumLang(a.datum)} ${a.tijd} verwijderen`}>
                      Verwijderen
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {afhandelen.isError && <FoutMelding fout={afhandelen.error} />}
      <AfspraakFormulier key={bewerken?.id ?? 'nieuw'} inburgeraarId={inburgeraarId} vandaag={vandaag} afspraak={bewerken} klaar={() => setBewerken(null)} />
      <VerwijderDialoog
        open={teVerwijderen !== null}
        titel="Afspraak verwijderen?"
        tekst={teVerwijderen ? `De afspraak van ${dagLang(teVerwijderen.datum)} om ${teVerwijderen.tijd} wordt verwijderd. Dit kan niet ongedaan worden gemaakt.` : ''}
        knop="Verwijderen"
        bezig={verwijderen.isPending}
        annuleren={() => setTeVerwijderen(null)}
        bevestigen={() => teVerwijderen && verwijderen.mutate(teVerwijderen)}
      />
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
    </Paper>
  );
}

/** Plans a new afspraak, or changes the one given. */
function AfspraakFormulier({ inburgeraarId, vandaag, afspraak, klaar }: { inburgeraarId: number; vandaag: string; afspraak: Afspraak | null; klaar: () => void }) {
  const queryClient = useQueryClient();
  const kop = useRef<HTMLHeadingElement>(null);
  const leeg: Waarden = { inburgeraarId, datum: vandaag, tijd: '', plaats: '', onderwerp: '', metTolk: false };
  const { control, handleSubmit, reset } = useForm<Waarden, unknown, AfspraakInvoer>({ resolver: zodResolver(afspraakInvoer), defaultValues: afspraak ?? leeg });
  // Moving to the form after "Wijzigen", so keyboard users land where the change is made.
  useEffect(() => {
    if (afspraak) kop.current?.focus();
  }, [afspraak]);
  const opslaan = useMutation({
    mutationFn: ({ inburgeraarId: dossier, ...velden }: AfspraakInvoer) =>
      afspraak
        ? koers('afspraakWijzigen', { id: afspraak.id, ...velden }).then(() => undefined)
        : koers('afspraakToevoegen', { inburgeraarId: dossier, ...velden }).then(() => undefined),
    onSuccess: async () => {
      reset(leeg);
      klaar();
      await vernieuwJournaal(queryClient, inburgeraarId);
    },
  });
  return (
    <Box component="form" onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-labelledby="afspraak-formulier-kop" sx={{ mt: 2 }}>
      <Typography id="afspraak-formulier-kop" ref={kop} tabIndex={-1} variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
        {afspraak ? `Afspraak van ${datumLang(afspraak.datum)} wijzigen` : 'Afspraak plannen'}
      </Typography>
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 12, md: 3 }}>
          <DatumVeld control={control} name="datum" label="Datum" verplicht />
        </Grid>
        <Grid size={{ xs: 6, md: 2 }}>
          <TekstVeld control={control} name="tijd" label="Tijd" placeholder="13:30" required fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <TekstVeld control={control} name="plaats" label="Plaats" required fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TekstVeld control={control} name="onderwerp" label="Onderwerp" required fullWidth />
        </Grid>
        <Grid size={12}>
          <VinkVeld control={control} name="metTolk" label="Met tolk" />
        </Grid>
      </Grid>
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        <Button type="submit" variant="contained" loading={opslaan.isPending}>
          {afspraak ? 'Wijziging opslaan' : 'Afspraak plannen'}
        </Button>
        {afspraak && <Button onClick={klaar}>Annuleren</Button>}
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </Box>
  );
}
