import Alert from '@mui/material/Alert';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { BOETE_REGIME_LABELS } from '../../../shared/domain/handhaving';
import { bedrag, datumLang } from '../../../shared/format';
import { DOELGROEP_LABELS } from '../../../shared/rules/doelgroep';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { BoeteKaart } from './BoeteKaart';
import { BoeteVoornemen } from './BoeteVoornemen';

/** Handhaving of the dossier: the boetes of the college (Wi 22, Wi 23), their terms, and the per-doelgroep switch. */
export function HandhavingTab({ inburgeraarId }: { inburgeraarId: number }) {
  const overzicht = useQuery({ queryKey: ['handhaving', inburgeraarId], queryFn: () => koers('handhavingOphalen', { inburgeraarId }) });
  const ondertekenaars = useQuery({ queryKey: ['ondertekenaars'], queryFn: () => koers('ondertekenaarsLijst', {}) });
  if (overzicht.isPending || ondertekenaars.isPending) return <Laden />;
  const fout = overzicht.error ?? ondertekenaars.error;
  if (fout) return <FoutMelding fout={fout} />;
  const data = overzicht.data!;
  const { regime } = data;
  const open = data.boetes.filter((b) => b.status !== 'ingetrokken').length;

  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h2">
        Handhaving
      </Typography>
      <Alert severity={regime.regime === 'aan' ? 'info' : 'warning'}>
        Boetes voor {DOELGROEP_LABELS[regime.doelgroep].toLowerCase()}: {BOETE_REGIME_LABELS[regime.regime].toLowerCase()}
        {regime.sinds ? ` (sinds ${datumLang(regime.sinds)}; reden: ${regime.reden})` : ' (standaard; instelbaar bij Instellingen → Boetes per doelgroep)'}. Opgelegd in deze termijn:{' '}
        {bedrag(data.reedsOpgelegd)} van hoogstens {bedrag(data.maximumPerTermijn)}.
      </Alert>
      {data.termijnen.length > 0 && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" component="h3">
            Lopende termijnen
          </Typography>
          <List dense aria-label="Lopende termijnen">
            {data.termijnen.map((t) => (
              <ListItem key={`${t.boeteId}-${t.soort}`}>
                <ListItemText primary={`${datumLang(t.datum)}: ${t.omschrijving}`} secondary={t.artikel} />
              </ListItem>
            ))}
          </List>
        </Paper>
      )}
      {open === 0 && <Typography>Er zijn nog geen boetes in dit dossier.</Typography>}
      {data.boetes.map((boete) => (
        <BoeteKaart key={boete.id} boete={boete} regime={regime} ondertekenaars={ondertekenaars.data!} />
      ))}
      <BoeteVoornemen inburgeraarId={inburgeraarId} data={data} />
    </Stack>
  );
}
