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
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { ladderInvoer, TREDE_LABELS, TREDEN } from '../../../shared/domain/voortgang';
import { datumKort, datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { useVoortgangVernieuwen } from './vernieuwen';

type Stand = Uitvoer<'voortgangOphalen'>['ladder'];

const formulier = ladderInvoer;

/** The participatieladder (DOMAIN.md §16, gemeentelijk beleid): the current trede and how it moved. */
export function Ladder({ inburgeraarId, stand }: { inburgeraarId: number; stand: Stand }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const leeg = { inburgeraarId, trede: '', datum: '', toelichting: '' };
  const { control, handleSubmit, reset } = useForm<z.input<typeof formulier>, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: leeg,
  });
  const vastleggen = useMutation({
    mutationFn: (invoer: z.output<typeof formulier>) => koers('participatieladderVastleggen', invoer),
    onSuccess: async () => {
      reset(leeg);
      await vernieuwen();
    },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="kop-ladder">
      <Typography variant="h6" component="h2" id="kop-ladder" gutterBottom>
        Participatieladder
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {stand.huidige
          ? `Huidige trede: ${stand.huidige.trede} — ${stand.huidige.label} (sinds ${datumLang(stand.huidige.datum)}).`
          : 'Nog geen trede vastgelegd.'}
      </Typography>
      {stand.geschiedenis.length > 0 && (
        <Table size="small" aria-label="Geschiedenis participatieladder" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Datum</TableCell>
              <TableCell>Trede</TableCell>
              <TableCell>Toelichting</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {stand.geschiedenis.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{datumKort(r.datum)}</TableCell>
                <TableCell>
                  {r.trede} — {r.label}
                </TableCell>
                <TableCell>{r.toelichting ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <form onSubmit={handleSubmit((invoer) => vastleggen.mutate(invoer))} noValidate aria-label="Trede vastleggen">
        <Typography variant="subtitle1" component="h3" gutterBottom>
          Trede vastleggen
        </Typography>
        <Grid container spacing={2} sx={{ alignItems: 'center' }}>
          <Grid size={{ xs: 12, md: 4 }}>
            <KeuzeVeld control={control} name="trede" label="Trede" opties={TREDEN.map((t) => ({ waarde: String(t), label: `${t} — ${TREDE_LABELS[t]}` }))} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DatumVeld control={control} name="datum" label="Datum trede" verplicht />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <TekstVeld control={control} name="toelichting" label="Toelichting (optioneel)" fullWidth />
          </Grid>
        </Grid>
        <Button type="submit" variant="outlined" sx={{ mt: 2 }} loading={vastleggen.isPending}>
          Trede vastleggen
        </Button>
      </form>
      {vastleggen.isError && <FoutMelding fout={vastleggen.error} />}
    </Paper>
  );
}
