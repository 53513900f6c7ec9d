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
          <Typography variant="h5" component="p">
            {aantal}
          </Typography>
          <Typography color="text.secondary">{label}</Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

/**
 * The counts of all dossiers. Each count links to the inburgeraars list filtered to exactly the dossiers it
 * counted (?status=, ?doelgroep=, ?pip=verstreken|binnen2weken, by the same rule on the same day).
 */
export function Overzicht() {
  const tellingen = useQuery({ queryKey: ['werkvoorraad'], queryFn: () => koers('werkvoorraad', {}) });
  return (
    <section aria-labelledby="overzicht-kop">
      <Typography id="overzicht-kop" variant="h5" component="h2" sx={{ mt: 4, mb: 1 }}>
        Overzicht
      </Typography>
      {tellingen.isPending && <Laden />}
      {tellingen.isError && <FoutMelding fout={tellingen.error} />}
      {tellingen.data && (
        <>
          <Typography variant="h6" component="h3" sx={{ mt: 1, mb: 1 }}>
            Termijn PIP (art. 5.3 Besluit inburgering 2021)
          </Typography>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Teller label="PIP-termijn verstreken" aantal={tellingen.data.pipTermijnVerstreken} naar="/inburgeraars?pip=verstreken" nadruk />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Teller label="PIP uiterlijk binnen 2 weken" aantal={tellingen.data.pipBinnenTweeWeken} naar="/inburgeraars?pip=binnen2weken" />
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 3 }}>
              <Teller label="Inburgeraars in totaal" aantal={tellingen.data.totaal} naar="/inburgeraars" />
            </Grid>
          </Grid>
          <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
            Per status
          </Typography>
          <Grid container spacing={2}>
            {STATUSSEN.map((status) => (
              <Grid key={status} size={{ xs: 6, sm: 4, md: 2 }}>
                <Teller label={STATUS_LABELS[status]} aantal={tellingen.data.perStatus[status] ?? 0} naar={`/inburgeraars?status=${status}`} />
              </Grid>
            ))}
          </Grid>
          <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
            Per doelgroep
          </Typography>
          <Grid container spacing={2}>
            {DOELGROEPEN.map((doelgroep) => (
              <Grid key={doelgroep} size={{ xs: 12, sm: 4, md: 3 }}>
                <Teller label={DOELGROEP_LABELS[doelgroep]} aantal={tellingen.data.perDoelgroep[doelgroep] ?? 0} naar={`/inburgeraars?doelgroep=${doelgroep}`} />
              </Grid>
            ))}
          </Grid>
        </>
      )}
    </section>
  );
}
