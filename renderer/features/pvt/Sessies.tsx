import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { KERNWAARDEN, MAP_THEMAS, MAP_THEMA_LABELS, PVT_SESSIESOORTEN, SESSIESOORT_LABELS, sessieInvoer, type Sessie, type Traject } from '../../../shared/domain/pvt';
import { datumKort } from '../../../shared/format';
import { formatUren } from '../../../shared/rules/pvt';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const formulier = sessieInvoer;
type Waarden = z.input<typeof formulier>;

function PresentielijstKnop({ sessieId }: { sessieId: number }) {
  const opslaan = useMutation({ mutationFn: () => koers('presentielijstOpslaan', { sessieId }) });
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => opslaan.mutate()} loading={opslaan.isPending}>
        Presentielijst (PDF)
      </Button>
      {opslaan.data?.opgeslagen && <span role="status"> Opgeslagen: {opslaan.data.bestandsnaam}</span>}
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </>
  );
}

/** What a session is about: the soort, with its kernwaarde (PVT) or thema (MAP). */
export function sessieOnderwerp(s: Pick<Sessie, 'soort' | 'kernwaarde' | 'mapThema'>): string {
  if (s.mapThema) return `${SESSIESOORT_LABELS[s.soort]}: ${MAP_THEMA_LABELS[s.mapThema]}`;
  return `${SESSIESOORT_LABELS[s.soort]}${s.kernwaarde ? ` (${s.kernwaarde})` : ''}`;
}

export function Sessies({ groepId, traject, sessies }: { groepId: number; traject: Traject; sessies: Sessie[] }) {
  const queryClient = useQueryClient();
  const map = traject === 'map';
  // A MAP group's sessions each cover one thema (Besluit 3.2 lid 1); a PVT group's have a soort.
  const leeg: Waarden = { groepId, datum: '', tijd: '13:30', plaats: '', uitvoerder: '', tolk: '', uren: 2, soort: map ? 'map_bijeenkomst' : 'inleiding_kernwaarden', kernwaarde: null, mapThema: null };
  const { control, handleSubmit, reset } = useForm<Waarden, unknown, z.output<typeof formulier>>({ resolver: zodResolver(formulier), defaultValues: leeg });
  const soort = useWatch({ control, name: 'soort' });
  const toevoegen = useMutation({
    mutationFn: (invoer: z.output<typeof formulier>) => koers('pvtSessieToevoegen', invoer),
    onSuccess: async () => {
      reset(leeg);
      await queryClient.invalidateQueries({ queryKey: ['pvtGroep', groepId] });
      await queryClient.invalidateQueries({ queryKey: ['pvtGroepen'] });
    },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Sessies
      </Typography>
      {sessies.length > 0 && (
        <Table size="small" aria-label="Sessies" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Datum</TableCell>
              <TableCell>Soort</TableCell>
              <TableCell>Uren</TableCell>
              <TableCell>Plaats</TableCell>
              <TableCell>Uitvoerder</TableCell>
              <TableCell>Tolk</TableCell>
              <TableCell>Presentielijst</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sessies.map((s) => (
              <TableRow key={s.id}>
                <TableCell>
                  {datumKort(s.datum)} {s.tijd}
                </TableCell>
                <TableCell>{sessieOnderwerp(s)}</TableCell>
                <TableCell>{formatUren(s.uren)}</TableCell>
                <TableCell>{s.plaats}</TableCell>
                <TableCell>{s.uitvoerder}</TableCell>
                <TableCell>{s.tolk ?? '—'}</TableCell>
                <TableCell>
                  <PresentielijstKnop sessieId={s.id} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <form onSubmit={handleSubmit((invoer) => toevoegen.mutate(invoer))} noValidate aria-label="Sessie toevoegen">
        <Grid container spacing={2}>
          {map ? (
            <Grid size={{ xs: 12, md: 3 }}>
              <KeuzeVeld control={control} name="mapThema" label="Thema (art. 3.2 lid 1 Besluit)" opties={MAP_THEMAS.map((t) => ({ waarde: t, label: MAP_THEMA_LABELS[t] }))} />
            </Grid>
          ) : (
            <Grid size={{ xs: 12, md: 3 }}>
              <KeuzeVeld control={control} name="soort" label="Soort" opties={PVT_SESSIESOORTEN.map((s) => ({ waarde: s, label: SESSIESOORT_LABELS[s] }))} />
            </Grid>
          )}
          {!map && (soort === 'excursie' || soort === 'activiteit') && (
            <Grid size={{ xs: 12, md: 3 }}>
              <KeuzeVeld control={control} name="kernwaarde" label="Kernwaarde" opties={KERNWAARDEN.map((k) => ({ waarde: k, label: k }))} />
            </Grid>
          )}
          <Grid size={{ xs: 12, md: 3 }}>
            <DatumVeld control={control} name="datum" label="Datum sessie" verplicht />
          </Grid>
          <Grid size={{ xs: 6, md: 1.5 }}>
            <TekstVeld control={control} name="tijd" label="Tijd" />
          </Grid>
          <Grid size={{ xs: 6, md: 1.5 }}>
            <TekstVeld control={control} name="uren" label="Uren" type="number" slotProps={{ htmlInput: { step: 0.25, min: 0 } }} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="plaats" label="Plaats" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="uitvoerder" label="Trainer of uitvoerder" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="tolk" label="Tolk (taal of naam)" />
          </Grid>
        </Grid>
        <Button type="submit" variant="outlined" sx={{ mt: 2 }} loading={toevoegen.isPending}>
          Sessie toevoegen
        </Button>
      </form>
      {toevoegen.isError && <FoutMelding fout={toevoegen.error} />}
    </Paper>
  );
}
