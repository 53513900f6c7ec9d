import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { signaalUitstelInvoer, type Signaal } from '../../../shared/domain/signaal';
import { datumLang } from '../../../shared/format';
import { plusDagen } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { useWerkvoorraadVernieuwen } from './vernieuwen';

function formulierOp(vandaag: string) {
  return signaalUitstelInvoer
    .pick({ tot: true, reden: true })
    .refine((w) => w.tot > vandaag, { path: ['tot'], message: `Kies een datum na vandaag (${datumLang(vandaag)}).` });
}
type Formulier = ReturnType<typeof formulierOp>;

/** Put a signal aside until a later day; the reason is required and kept with the snooze. */
export function UitstelDialoog({ signaal, vandaag, sluiten }: { signaal: Signaal; vandaag: string; sluiten: () => void }) {
  const vernieuwen = useWerkvoorraadVernieuwen();
  const { control, handleSubmit } = useForm<z.input<Formulier>, unknown, z.output<Formulier>>({
    resolver: zodResolver(formulierOp(vandaag)),
    defaultValues: { tot: plusDagen(vandaag, 7), reden: '' },
  });
  const uitstellen = useMutation({
    mutationFn: (w: z.output<Formulier>) => koers('signaalUitstellen', { inburgeraarId: signaal.inburgeraarId, sleutel: signaal.sleutel, ...w }),
    onSuccess: async () => {
      await vernieuwen();
      sluiten();
    },
  });
  return (
    <Dialog open onClose={sluiten} aria-labelledby="uitstel-titel" aria-describedby="uitstel-tekst" fullWidth maxWidth="sm">
      <DialogTitle id="uitstel-titel">Signaal uitstellen</DialogTitle>
      <DialogContent>
        <DialogContentText id="uitstel-tekst" sx={{ mb: 2 }}>
          {signaal.naam}: {signaal.wat} (uiterlijk {datumLang(signaal.datum)}, {signaal.artikel}). Tot de gekozen datum staat dit signaal onder
          Uitgesteld; daarna komt het terug. Het uitstel komt in het logboek.
        </DialogContentText>
        <Stack component="form" id="uitstel-formulier" aria-label="Signaal uitstellen" noValidate spacing={2} sx={{ pt: 1 }} onSubmit={handleSubmit((w) => uitstellen.mutate(w))}>
          <DatumVeld control={control} name="tot" label="Uitstellen tot" verplicht />
          <TekstVeld control={control} name="reden" label="Reden van uitstel" required multiline minRows={2} fullWidth />
        </Stack>
        {uitstellen.isError && <FoutMelding fout={uitstellen.error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={sluiten}>Annuleren</Button>
        <Button type="submit" form="uitstel-formulier" variant="contained" loading={uitstellen.isPending}>
          Uitstellen
        </Button>
      </DialogActions>
    </Dialog>
  );
}
