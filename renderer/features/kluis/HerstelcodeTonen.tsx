import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { groepeerHerstelcode, normaliseerHerstelcode } from '../../../shared/domain/kluis';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { KluisKader } from './KluisKader';

/** Shown once: the herstelcode, a PDF to print, and a retyped confirmation before Koers opens. */
export function HerstelcodeTonen({ herstelcode, klaar }: { herstelcode: string; klaar: () => void }) {
  const queryClient = useQueryClient();
  const schema = z.object({
    bevestiging: z.string().refine((v) => normaliseerHerstelcode(v) === normaliseerHerstelcode(herstelcode), 'Deze code is niet gelijk aan de herstelcode hierboven.'),
  });
  const { control, handleSubmit } = useForm({ resolver: zodResolver(schema), defaultValues: { bevestiging: '' } });
  const afdrukken = useMutation({ mutationFn: () => koers('herstelcodeAfdrukken', { herstelcode }) });
  const bevestigen = useMutation({
    mutationFn: () => koers('kluisHerstelcodeBevestigen', { herstelcode }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['kluisStatus'] });
      klaar();
    },
  });

  return (
    <KluisKader titel="Uw herstelcode">
      <Typography sx={{ mb: 2 }}>
        Met deze code opent u de kluis als u uw wachtwoord kwijt bent. Koers toont de code maar één keer. Druk hem af en bewaar het papier op
        een veilige plek, niet bij de computer.
      </Typography>
      <Box
        aria-label="Herstelcode"
        sx={{ fontFamily: '"DejaVu Sans Mono", Consolas, monospace', fontSize: '1.35rem', letterSpacing: 1, p: 2, my: 2, bgcolor: 'grey.100', borderRadius: 1, textAlign: 'center', userSelect: 'all' }}
      >
        {groepeerHerstelcode(herstelcode)}
      </Box>
      <Stack spacing={2}>
        <Button variant="outlined" onClick={() => afdrukken.mutate()} loading={afdrukken.isPending} loadingPosition="start">
          Herstelcode opslaan als PDF om af te drukken
        </Button>
        {afdrukken.data?.opgeslagen && <Alert severity="success">De PDF is opgeslagen. Druk hem af en verwijder daarna het bestand.</Alert>}
        {afdrukken.isError && <FoutMelding fout={afdrukken.error} />}
        <Alert severity="warning">Zonder wachtwoord én herstelcode zijn de gegevens niet meer te openen.</Alert>
        <form onSubmit={handleSubmit(() => bevestigen.mutate())} noValidate>
          <Stack spacing={2}>
            <TekstVeld control={control} name="bevestiging" label="Typ de herstelcode over ter bevestiging" autoComplete="off" slotProps={{ htmlInput: { spellCheck: false } }} />
            {bevestigen.isError && <FoutMelding fout={bevestigen.error} />}
            <Button type="submit" variant="contained" loading={bevestigen.isPending} loadingPosition="start">
              Ik heb de herstelcode bewaard — verder
            </Button>
          </Stack>
        </form>
      </Stack>
    </KluisKader>
  );
}
