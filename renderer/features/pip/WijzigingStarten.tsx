import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { WIJZIGING_LABELS, WIJZIGING_REDENEN, wijzigingInvoer } from '../../../shared/domain/pip';
import { koers } from '../../api/koers';
import { KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const formulier = wijzigingInvoer.omit({ inburgeraarId: true });

/** Wi 17: a vastgesteld PIP changes only by a new version with its own beschikking. */
export function WijzigingStarten({ inburgeraarId }: { inburgeraarId: number }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit } = useForm<z.input<typeof formulier>, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: { reden: undefined, toelichting: '' },
  });
  const starten = useMutation({
    mutationFn: (waarden: z.output<typeof formulier>) => koers('pipWijzigingStarten', { inburgeraarId, ...waarden }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pip', inburgeraarId] }),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        PIP wijzigen
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Een vastgesteld PIP verandert niet. Een wijziging wordt een nieuwe versie met een eigen beschikking; de termijn blijft gelijk (art. 11 lid 3 Wi 2021).
      </Typography>
      <form onSubmit={handleSubmit((waarden) => starten.mutate(waarden))} noValidate aria-label="Wijziging starten">
        <Stack spacing={2} sx={{ maxWidth: 640 }}>
          <KeuzeVeld control={control} name="reden" label="Reden van de wijziging" opties={WIJZIGING_REDENEN.map((r) => ({ waarde: r, label: WIJZIGING_LABELS[r] }))} />
          <TekstVeld control={control} name="toelichting" label="Toelichting (komt in de beschikking)" multiline minRows={2} />
          <Button type="submit" variant="outlined" loading={starten.isPending}>
            Wijziging starten
          </Button>
        </Stack>
      </form>
      {starten.isError && <FoutMelding fout={starten.error} />}
    </Paper>
  );
}
