import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BESCHIKKING_SOORT_LABELS, type Beschikking } from '../../../shared/domain/bezwaar';
import { datumKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { BezwaarKaart } from './BezwaarKaart';
import { BezwaarFormulier } from './BezwaarFormulieren';

/** Bezwaar and beroep against the beschikkingen of this dossier (Awb hoofdstuk 6–8). */
export function BezwaarTab({ inburgeraarId }: { inburgeraarId: number }) {
  const overzicht = useQuery({ queryKey: ['bezwaar', inburgeraarId], queryFn: () => koers('bezwaarOverzicht', { inburgeraarId }) });
  const ondertekenaars = useQuery({ queryKey: ['ondertekenaars'], queryFn: () => koers('ondertekenaarsLijst', {}) });
  const [registreren, setRegistreren] = useState<Beschikking | null>(null);

  if (overzicht.isPending || ondertekenaars.isPending) return <Laden />;
  if (overzicht.isError) return <FoutMelding fout={overzicht.error} />;
  if (ondertekenaars.isError) return <FoutMelding fout={ondertekenaars.error} />;
  const { beschikkingen, bezwaren, rechtbank } = overzicht.data;

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="kop-beschikkingen">
        <Typography variant="h6" component="h2" id="kop-beschikkingen" gutterBottom>
          Beschikkingen
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Bezwaar kan binnen zes weken na de verzending (art. 6:7 en 6:8 Awb; eindigt de termijn in het weekend of op een feestdag, dan loopt hij door tot de volgende werkdag).
        </Typography>
        {beschikkingen.length === 0 ? (
          <Typography>Er is nog geen beschikking in dit dossier.</Typography>
        ) : (
          <Table size="small" aria-label="Beschikkingen">
            <TableHead>
              <TableRow>
                <TableCell>Soort</TableCell>
                <TableCell>Kenmerk</TableCell>
                <TableCell>Verzonden</TableCell>
                <TableCell>Bezwaartermijn tot en met</TableCell>
                <TableCell>Acties</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {beschikkingen.map((b) => (
                <TableRow key={b.documentId}>
                  <TableCell>{BESCHIKKING_SOORT_LABELS[b.soort]}</TableCell>
                  <TableCell>{b.kenmerk ?? '—'}</TableCell>
                  <TableCell>{b.verzenddatum ? datumKort(b.verzenddatum) : '—'}</TableCell>
                  <TableCell>{b.bezwaartermijnEinde ? datumKort(b.bezwaartermijnEinde) : '—'}</TableCell>
                  <TableCell>
                    <Button size="small" variant="outlined" onClick={() => setRegistreren(b)} aria-label={`Bezwaar registreren tegen ${b.kenmerk ?? b.titel}`}>
                      Bezwaar registreren
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Paper>

      <section aria-labelledby="kop-bezwaren">
        <Typography variant="h6" component="h2" id="kop-bezwaren" gutterBottom>
          Bezwaren en beroep
        </Typography>
        {ondertekenaars.data.length === 0 && (
          <Alert severity="info" sx={{ mb: 2 }}>
            Er is nog geen ondertekenaar. Voeg bij Instellingen een ondertekenaar toe; de brieven hebben die nodig.
          </Alert>
        )}
        {bezwaren.length === 0 ? (
          <Typography>Er is geen bezwaar geregistreerd.</Typography>
        ) : (
          <Stack spacing={2}>
            {[...bezwaren].reverse().map((b) => (
              <BezwaarKaart key={b.id} bezwaar={b} beschikkingen={beschikkingen} ondertekenaars={ondertekenaars.data} rechtbank={rechtbank} />
            ))}
          </Stack>
        )}
      </section>
      {registreren && <BezwaarFormulier inburgeraarId={inburgeraarId} beschikking={registreren} sluiten={() => setRegistreren(null)} />}
    </Stack>
  );
}
