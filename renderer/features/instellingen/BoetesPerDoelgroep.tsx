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
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { BOETE_REGIMES, BOETE_REGIME_LABELS, boeteRegimeInvoer } from '../../../shared/domain/handhaving';
import { datumLang } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { DOELGROEPEN, DOELGROEP_LABELS } from '../../../shared/rules/doelgroep';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

/**
 * Boetes per doelgroep (DOMAIN.md §8): after HvJ EU Keren (C-158/23) and the ABRvS rulings that followed, the
 * gemeente can switch boetes off, or put them behind a juridische toets, for a doelgroep — with date and reason.
 */
export function BoetesPerDoelgroep() {
  const queryClient = useQueryClient();
  const regimes = useQuery({ queryKey: ['boeteRegimes'], queryFn: () => koers('boeteRegimesOphalen', {}) });
  const { control, handleSubmit, reset } = useForm<z.input<typeof boeteRegimeInvoer>, unknown, z.output<typeof boeteRegimeInvoer>>({
    resolver: zodResolver(boeteRegimeInvoer),
    defaultValues: { doelgroep: 'asielstatushouder', regime: 'extra_toets', sinds: vandaagInNederland(), reden: '' },
  });
  const opslaan = useMutation({
    mutationFn: (waarden: z.output<typeof boeteRegimeInvoer>) => koers('boeteRegimeOpslaan', waarden),
    onSuccess: async (nieuw) => {
      queryClient.setQueryData(['boeteRegimes'], nieuw);
      await queryClient.invalidateQueries({ queryKey: ['handhaving'] });
      reset();
    },
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Boetes per doelgroep
      </Typography>
      <Typography sx={{ mb: 1 }}>
        Na de uitspraak Keren van het Hof van Justitie van de EU (C-158/23) en de uitspraken van de Raad van State daarna is niet zeker hoe de boetes van art. 22 en 23 Wi 2021
        uitpakken voor asielstatushouders. Zet boetes per doelgroep aan, uit, of achter een extra juridische toets. Leg vast sinds wanneer en waarom.
      </Typography>
      {regimes.isError && <FoutMelding fout={regimes.error} />}
      <Table size="small" aria-label="Boetes per doelgroep" sx={{ mb: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>Doelgroep</TableCell>
            <TableCell>Boetes</TableCell>
            <TableCell>Sinds</TableCell>
            <TableCell>Reden</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(regimes.data?.regimes ?? []).map((r) => (
            <TableRow key={r.doelgroep}>
              <TableCell>{DOELGROEP_LABELS[r.doelgroep]}</TableCell>
              <TableCell>{BOETE_REGIME_LABELS[r.regime]}</TableCell>
              <TableCell>{r.sinds ? datumLang(r.sinds) : 'standaard'}</TableCell>
              <TableCell>{r.reden ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <form onSubmit={handleSubmit((waarden) => opslaan.mutate(waarden))} noValidate aria-label="Boetes per doelgroep instellen">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <KeuzeVeld control={control} name="doelgroep" label="Doelgroep" fullWidth opties={DOELGROEPEN.map((d) => ({ waarde: d, label: DOELGROEP_LABELS[d] }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <KeuzeVeld control={control} name="regime" label="Boetes" fullWidth opties={BOETE_REGIMES.map((r) => ({ waarde: r, label: BOETE_REGIME_LABELS[r] }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DatumVeld control={control} name="sinds" label="Geldt vanaf" verplicht />
          </Grid>
          <Grid size={12}>
            <TekstVeld control={control} name="reden" label="Reden (bijvoorbeeld het juridisch advies)" fullWidth multiline minRows={2} required />
          </Grid>
        </Grid>
        <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={opslaan.isPending}>
          Instelling opslaan
        </Button>
        {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      </form>
    </Paper>
  );
}
