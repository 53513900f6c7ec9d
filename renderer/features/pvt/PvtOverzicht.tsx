import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { z } from 'zod';
import { groepInvoer, TRAJECT_KORT, TRAJECT_LABELS, TRAJECTEN } from '../../../shared/domain/pvt';
import { datumKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { Werklijst } from './Werklijst';

export function PvtOverzicht() {
  const navigate = useNavigate();
  const groepen = useQuery({ queryKey: ['pvtGroepen'], queryFn: () => koers('pvtGroepen', {}) });
  const { control, handleSubmit } = useForm<z.input<typeof groepInvoer>, unknown, z.output<typeof groepInvoer>>({
    resolver: zodResolver(groepInvoer),
    defaultValues: { naam: '', notitie: '', traject: 'pvt' },
  });
  const aanmaken = useMutation({ mutationFn: (invoer: z.output<typeof groepInvoer>) => koers('pvtGroepAanmaken', invoer), onSuccess: ({ id }) => navigate(`/pvt/groepen/${id}`) });

  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Participatieverklaringstraject en MAP
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Wie moet nog — eerst wie het eerst aan het einde van de termijn is
        </Typography>
        <Werklijst />
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Groepen
        </Typography>
        {groepen.isError && <FoutMelding fout={groepen.error} />}
        <List dense aria-label="Groepen">
          {(groepen.data ?? []).map((g) => (
            <ListItem key={g.id} disableGutters>
              <ListItemText
                primary={<Link component={RouterLink} to={`/pvt/groepen/${g.id}`}>{g.naam}</Link>}
                secondary={`${TRAJECT_KORT[g.traject]} · ${g.aantalDeelnemers} deelnemers · ${g.aantalSessies} sessies${g.eersteDatum ? ` · vanaf ${datumKort(g.eersteDatum)}` : ''}`}
              />
            </ListItem>
          ))}
        </List>
        <form onSubmit={handleSubmit((invoer) => aanmaken.mutate(invoer))} noValidate aria-label="Nieuwe groep">
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TekstVeld control={control} name="naam" label="Naam van de nieuwe groep" sx={{ maxWidth: 360 }} />
            <KeuzeVeld
              control={control}
              name="traject"
              label="Traject"
              opties={TRAJECTEN.map((t) => ({ waarde: t, label: `${TRAJECT_KORT[t]}: ${TRAJECT_LABELS[t].toLowerCase()}` }))}
              sx={{ maxWidth: 360 }}
            />
            <Button type="submit" variant="contained" loading={aanmaken.isPending}>
              Groep aanmaken
            </Button>
          </Stack>
        </form>
        {aanmaken.isError && <FoutMelding fout={aanmaken.error} />}
      </Paper>
    </Stack>
  );
}
