import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { leerroutePeriodeInvoer, PERIODESOORT_LABELS, PERIODESOORTEN } from '../../../shared/domain/voortgang';
import { datumKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { procent, uren, useVoortgangVernieuwen } from './vernieuwen';

type Stand = Uitvoer<'voortgangOphalen'>['leerroute'];
type Periode = Stand['periodes'][number];

const formulier = leerroutePeriodeInvoer;
type Waarden = z.input<typeof formulier>;

function leegFormulier(inburgeraarId: number): Waarden {
  return { inburgeraarId, id: null, soort: 'nt2', aanbieder: '', van: '', tot: '', urenAangeboden: '', urenGevolgd: '', verzuimGeoorloofd: '0', verzuimOngeoorloofd: '0' };
}

/** Leerroute progress per period as the aanbieder reports it: hours offered and followed, verzuim. */
export function Leerroute({ inburgeraarId, stand }: { inburgeraarId: number; stand: Stand }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const [bewerkt, setBewerkt] = useState<Periode | null>(null);
  const verwijderen = useMutation({ mutationFn: (id: number) => koers('leerroutePeriodeVerwijderen', { inburgeraarId, id }), onSuccess: vernieuwen });
  const t = stand.totalen;

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="kop-leerroute">
      <Typography variant="h6" component="h2" id="kop-leerroute" gutterBottom>
        Leerroute
      </Typography>
      {stand.periodes.length === 0 ? (
        <Typography sx={{ mb: 2 }}>Nog geen periodes vastgelegd.</Typography>
      ) : (
        <Table size="small" aria-label="Periodes van de leerroute" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Periode</TableCell>
              <TableCell>Soort</TableCell>
              <TableCell>Aanbieder</TableCell>
              <TableCell align="right">Aangeboden</TableCell>
              <TableCell align="right">Gevolgd</TableCell>
              <TableCell align="right">Verzuim geoorloofd</TableCell>
              <TableCell align="right">Verzuim ongeoorloofd</TableCell>
              <TableCell>Acties</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {stand.periodes.map((p) => (
              <TableRow key={p.id}>
                <TableCell>
                  {datumKort(p.van)} t/m {datumKort(p.tot)}
                </TableCell>
                <TableCell>{p.soort.toUpperCase()}</TableCell>
                <TableCell>{p.aanbieder}</TableCell>
                <TableCell align="right">{uren(p.urenAangeboden)}</TableCell>
                <TableCell align="right">{uren(p.urenGevolgd)}</TableCell>
                <TableCell align="right">
                  {uren(p.verzuimGeoorloofd)} ({procent(p.percentageGeoorloofd)})
                </TableCell>
                <TableCell align="right">
                  {uren(p.verzuimOngeoorloofd)} ({procent(p.percentageOngeoorloofd)})
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1}>
                    <Button size="small" onClick={() => setBewerkt(p)} aria-label={`Wijzigen: periode ${datumKort(p.van)} tot en met ${datumKort(p.tot)}`}>
                      Wijzigen
                    </Button>
                    <Button size="small" color="error" onClick={() => verwijderen.mutate(p.id)} aria-label={`Verwijderen: periode ${datumKort(p.van)} tot en met ${datumKort(p.tot)}`}>
                      Verwijderen
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={3}>
                Totaal (NT2 {uren(t.urenNt2)} uur, KNM {uren(t.urenKnm)} uur gevolgd)
              </TableCell>
              <TableCell align="right">{uren(t.urenAangeboden)}</TableCell>
              <TableCell align="right">{uren(t.urenGevolgd)}</TableCell>
              <TableCell align="right">
                {uren(t.verzuimGeoorloofd)} ({procent(t.percentageGeoorloofd)})
              </TableCell>
              <TableCell align="right">
                {uren(t.verzuimOngeoorloofd)} ({procent(t.percentageOngeoorloofd)})
              </TableCell>
              <TableCell />
            </TableRow>
          </TableFooter>
        </Table>
      )}
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
      <PeriodeFormulier key={bewerkt?.id ?? 'nieuw'} inburgeraarId={inburgeraarId} periode={bewerkt} klaar={() => setBewerkt(null)} />
    </Paper>
  );
}

function PeriodeFormulier({ inburgeraarId, periode, klaar }: { inburgeraarId: number; periode: Periode | null; klaar: () => void }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const { control, handleSubmit, reset } = useForm<Waarden, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: periode
      ? {
          inburgeraarId,
          id: periode.id,
          soort: periode.soort,
          aanbieder: periode.aanbieder,
          van: periode.van,
          tot: periode.tot,
          urenAangeboden: uren(periode.urenAangeboden),
          urenGevolgd: uren(periode.urenGevolgd),
          verzuimGeoorloofd: uren(periode.verzuimGeoorloofd),
          verzuimOngeoorloofd: uren(periode.verzuimOngeoorloofd),
        }
      : leegFormulier(inburgeraarId),
  });
  const opslaan = useMutation({
    mutationFn: (invoer: z.output<typeof formulier>) => koers('leerroutePeriodeOpslaan', invoer),
    onSuccess: async () => {
      reset(leegFormulier(inburgeraarId));
      await vernieuwen();
      klaar();
    },
  });
  const titel = periode ? `Periode ${datumKort(periode.van)} tot en met ${datumKort(periode.tot)} wijzigen` : 'Periode toevoegen';
  return (
    <form onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-label={titel}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {titel}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <KeuzeVeld control={control} name="soort" label="Soort" opties={PERIODESOORTEN.map((s) => ({ waarde: s, label: PERIODESOORT_LABELS[s] }))} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <TekstVeld control={control} name="aanbieder" label="Aanbieder" required fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <DatumVeld control={control} name="van" label="Van" verplicht />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <DatumVeld control={control} name="tot" label="Tot en met" verplicht />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TekstVeld control={control} name="urenAangeboden" label="Aangeboden uren" required slotProps={{ htmlInput: { inputMode: 'decimal' } }} fullWidth />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TekstVeld control={control} name="urenGevolgd" label="Gevolgde uren" required slotProps={{ htmlInput: { inputMode: 'decimal' } }} fullWidth />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TekstVeld control={control} name="verzuimGeoorloofd" label="Geoorloofd verzuim (uren)" slotProps={{ htmlInput: { inputMode: 'decimal' } }} fullWidth />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <TekstVeld control={control} name="verzuimOngeoorloofd" label="Ongeoorloofd verzuim (uren)" slotProps={{ htmlInput: { inputMode: 'decimal' } }} fullWidth />
        </Grid>
      </Grid>
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button type="submit" variant="outlined" loading={opslaan.isPending}>
          {periode ? 'Wijziging opslaan' : 'Periode toevoegen'}
        </Button>
        {periode && <Button onClick={klaar}>Annuleren</Button>}
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </form>
  );
}
