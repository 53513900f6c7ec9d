import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { contract } from '../../../shared/contract';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const formulier = contract.ondertekenaarOpslaan.input;

/** Who signs beschikkingen "namens dezen" under mandaat (Awb 10:10), with the mandaatbesluit. */
export function Ondertekenaars() {
  const queryClient = useQueryClient();
  const lijst = useQuery({ queryKey: ['ondertekenaars'], queryFn: () => koers('ondertekenaarsLijst', {}) });
  const { control, handleSubmit, reset } = useForm<z.input<typeof formulier>, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: { naam: '', functie: '', mandaatbesluit: '' },
  });
  const bijwerken = (nieuw: Awaited<ReturnType<typeof koers<'ondertekenaarsLijst'>>>) => queryClient.setQueryData(['ondertekenaars'], nieuw);
  const opslaan = useMutation({
    mutationFn: (waarden: z.output<typeof formulier>) => koers('ondertekenaarOpslaan', waarden),
    onSuccess: (nieuw) => {
      bijwerken(nieuw);
      reset();
    },
  });
  const verwijderen = useMutation({ mutationFn: (id: number) => koers('ondertekenaarVerwijderen', { id }), onSuccess: bijwerken });

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Ondertekenaars
      </Typography>
      <Typography sx={{ mb: 1 }}>Beschikkingen worden ondertekend met &quot;Burgemeester en wethouders van …, namens dezen,&quot; door een gemandateerde.</Typography>
      <List dense aria-label="Ondertekenaars">
        {(lijst.data ?? []).map((o) => (
          <ListItem
            key={o.id}
            secondaryAction={
              <Button size="small" color="error" onClick={() => verwijderen.mutate(o.id)} aria-label={`${o.naam} verwijderen`}>
                Verwijderen
              </Button>
            }
          >
            <ListItemText primary={`${o.naam}, ${o.functie}`} secondary={o.mandaatbesluit} />
          </ListItem>
        ))}
      </List>
      <form onSubmit={handleSubmit((waarden) => opslaan.mutate(waarden))} noValidate aria-label="Ondertekenaar toevoegen">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="naam" label="Naam ondertekenaar" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="functie" label="Functie" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="mandaatbesluit" label="Mandaatbesluit" helperText="Naam en vindplaats" />
          </Grid>
        </Grid>
        <Button type="submit" variant="outlined" sx={{ mt: 2 }} loading={opslaan.isPending}>
          Ondertekenaar toevoegen
        </Button>
      </form>
      {(opslaan.error ?? verwijderen.error) && <FoutMelding fout={opslaan.error ?? verwijderen.error} />}
    </Paper>
  );
}
