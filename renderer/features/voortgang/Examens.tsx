import { zodResolver } from '@hookform/resolvers/zod';
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
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import type { Leerroute } from '../../../shared/domain/pip';
import { EXAMEN_NIVEAUS, EXAMENRESULTAAT_ONDERDEEL_LABELS, EXAMENRESULTAAT_ONDERDELEN, examenresultaatInvoer } from '../../../shared/domain/voortgang';
import { datumKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { useVoortgangVernieuwen } from './vernieuwen';

type Examen = Uitvoer<'voortgangOphalen'>['examens'][number];

const formulier = examenresultaatInvoer;
type Waarden = z.input<typeof formulier>;

const leeg = (inburgeraarId: number): Waarden => ({ inburgeraarId, id: null, onderdeel: 'lezen', niveau: null, datum: '', behaald: false });

/** Exam results as entered from the notice of DUO or the CvTE (Wi 7; Z-route: optional, Besluit 3.14 lid 7). */
export function Examens({ inburgeraarId, examens, leerroute }: { inburgeraarId: number; examens: Examen[]; leerroute: Leerroute | null }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const [bewerkt, setBewerkt] = useState<Examen | null>(null);
  const verwijderen = useMutation({ mutationFn: (id: number) => koers('examenresultaatVerwijderen', { inburgeraarId, id }), onSuccess: vernieuwen });
  const naam = (e: Examen) => `${EXAMENRESULTAAT_ONDERDEEL_LABELS[e.onderdeel]} van ${datumKort(e.datum)}`;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="kop-examens">
      <Typography variant="h6" component="h2" id="kop-examens" gutterBottom>
        Examens
      </Typography>
      {leerroute === 'z' && (
        <Typography sx={{ mb: 2 }}>In de Z-route zijn examens niet verplicht; taalexamens op A2 en KNM staan dan in het PIP (art. 3.14 lid 7 Besluit).</Typography>
      )}
      {examens.length === 0 ? (
        <Typography sx={{ mb: 2 }}>Nog geen examenresultaten vastgelegd.</Typography>
      ) : (
        <Table size="small" aria-label="Examenresultaten" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Datum</TableCell>
              <TableCell>Onderdeel</TableCell>
              <TableCell>Niveau</TableCell>
              <TableCell>Uitslag</TableCell>
              <TableCell>Acties</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {examens.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{datumKort(e.datum)}</TableCell>
                <TableCell>{EXAMENRESULTAAT_ONDERDEEL_LABELS[e.onderdeel]}</TableCell>
                <TableCell>{e.niveau ?? '—'}</TableCell>
                <TableCell>{e.behaald ? 'Behaald' : 'Niet behaald'}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button size="small" onClick={() => setBewerkt(e)} aria-label={`Wijzigen: ${naam(e)}`}>
                      Wijzigen
                    </Button>
                    <Button size="small" color="error" onClick={() => verwijderen.mutate(e.id)} aria-label={`Verwijderen: ${naam(e)}`}>
                      Verwijderen
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
      <ExamenFormulier key={bewerkt?.id ?? 'nieuw'} inburgeraarId={inburgeraarId} examen={bewerkt} klaar={() => setBewerkt(null)} />
    </Paper>
  );
}

function ExamenFormulier({ inburgeraarId, examen, klaar }: { inburgeraarId: number; examen: Examen | null; klaar: () => void }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const { control, handleSubmit, reset, setValue } = useForm<Waarden, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: examen ? { inburgeraarId, ...examen } : leeg(inburgeraarId),
  });
  const onderdeel = useWatch({ control, name: 'onderdeel' });
  // KNM has no level: the field disappears and its value is cleared.
  useEffect(() => {
    if (onderdeel === 'knm') setValue('niveau', null);
  }, [onderdeel, setValue]);
  const opslaan = useMutation({
    mutationFn: (invoer: z.output<typeof formulier>) => koers('examenresultaatOpslaan', invoer),
    onSuccess: async () => {
      reset(leeg(inburgeraarId));
      await vernieuwen();
      klaar();
    },
  });
  const titel = examen ? 'Examenresultaat wijzigen' : 'Examenresultaat toevoegen';
  return (
    <form onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-label={titel}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {titel}
      </Typography>
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 12, md: 3 }}>
          <KeuzeVeld control={control} name="onderdeel" label="Onderdeel" opties={EXAMENRESULTAAT_ONDERDELEN.map((o) => ({ waarde: o, label: EXAMENRESULTAAT_ONDERDEEL_LABELS[o] }))} fullWidth />
        </Grid>
        {onderdeel !== 'knm' && (
          <Grid size={{ xs: 12, md: 2 }}>
            <KeuzeVeld control={control} name="niveau" label="Niveau" opties={EXAMEN_NIVEAUS.map((n) => ({ waarde: n, label: n }))} fullWidth />
          </Grid>
        )}
        <Grid size={{ xs: 12, md: 3 }}>
          <DatumVeld control={control} name="datum" label="Datum examen" verplicht />
        </Grid>
        <Grid size={{ xs: 12, md: 2 }}>
          <VinkVeld control={control} name="behaald" label="Behaald" />
        </Grid>
      </Grid>
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button type="submit" variant="outlined" loading={opslaan.isPending}>
          {examen ? 'Wijziging opslaan' : 'Resultaat toevoegen'}
        </Button>
        {examen && <Button onClick={klaar}>Annuleren</Button>}
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </form>
  );
}
