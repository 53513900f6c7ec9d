import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { DOELGROEPEN, DOELGROEP_LABELS } from '../../../shared/rules/doelgroep';
import { STATUSSEN, STATUS_LABELS } from '../../../shared/rules/status';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';

function Teller({ label, aantal, naar, nadruk }: { label: string; aantal: number; naar: string; nadruk?: boolean }) {
  return (
    <Card variant="outlined" sx={nadruk && aantal > 0 ? { borderColor: 'error.main', borderWidth: 2 } : undefined}>
      <CardActionArea component={RouterLink} to={naar}>
        <CardContent>
          <Typography variant="h4" component="p">
            {aantal}
          </Typography>
          <Typography color="text.secondary">{label}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/** The werkvoorraad: counts now; lists of tasks follow with the intake and PIP work. */
export function Home() {
  const werkvoorraad = useQuery({ queryKey: ['werkvoorraad'], queryFn: () => koers('werkvoorraad', {}) });
  if (werkvoorraad.isPending) return <Laden />;
  if (werkvoorraad.isError) return <FoutMelding fout={werkvoorraad.error} />;
  const w = werkvoorraad.data;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Werkvoorraad
      </Typography>
      <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
        Termijn PIP (art. 5.3 Besluit inburgering 2021)
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Teller label="PIP-termijn verstreken" aantal={w.pipTermijnVerstreken} naar="/inburgeraars" nadruk />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Teller label="PIP uiterlijk binnen 2 weken" aantal={w.pipBinnenTweeWeken} naar="/inburgeraars" />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <Teller label="Inburgeraars in totaal" aantal={w.totaal} naar="/inburgeraars" />
        </Grid>
      </Grid>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        Per status
      </Typography>
      <Grid container spacing={2}>
        {STATUSSEN.map((status) => (
          <Grid key={status} size={{ xs: 6, sm: 4, md: 2 }}>
            <Teller label={STATUS_LABELS[status]} aantal={w.perStatus[status] ?? 0} naar={`/inburgeraars?status=${status}`} />
          </Grid>
        ))}
      </Grid>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        Per doelgroep
      </Typography>
      <Grid container spacing={2}>
        {DOELGROEPEN.map((doelgroep) => (
          <Grid key={doelgroep} size={{ xs: 12, sm: 4, md: 3 }}>
            <Teller label={DOELGROEP_LABELS[doelgroep]} aantal={w.perDoelgroep[doelgroep] ?? 0} naar={`/inburgeraars?doelgroep=${doelgroep}`} />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
