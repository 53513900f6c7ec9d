import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { WIJZIGING_LABELS, type Pip } from '../../../shared/domain/pip';
import { datumKort, datumLang } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { DocumentKnop } from '../../components/DocumentKnop';
import { DatumInvoer } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const STATUS = { concept: 'Concept', vastgesteld: 'Vastgesteld', verzonden: 'Verzonden' } as const;

/** Days between two ISO dates. */
function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

/** The history of PIP versions, and the steps after vaststellen: verzonden, bezwaar, beroep. */
export function PipVersies({ versies, pipUiterlijk }: { versies: Pip[]; pipUiterlijk: string | null }) {
  const eerste = versies.find((v) => v.soort === 'pip' && v.dagtekening);
  // Besluit 5.3 lid 1–2: a PIP set after its deadline stays visible as such, with the reason recorded.
  const teLaat = eerste?.dagtekening && pipUiterlijk && eerste.dagtekening > pipUiterlijk ? eerste : null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Versies
      </Typography>
      {teLaat && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Het PIP is vastgesteld op {datumLang(teLaat.dagtekening!)}: {dagenTussen(pipUiterlijk!, teLaat.dagtekening!)} dagen na de termijn van tien weken (uiterlijk{' '}
          {datumLang(pipUiterlijk!)}, art. 5.3 lid 1 Besluit). Reden: {teLaat.inhoud.redenTermijnOverschreden ?? 'niet vastgelegd'}
          {teLaat.inhoud.informatieDerdeOntvangenOp ? `; informatie van de derde ontvangen op ${datumLang(teLaat.inhoud.informatieDerdeOntvangenOp)}` : ''}.
        </Alert>
      )}
      <Table size="small" aria-label="Versies van het PIP">
        <TableHead>
          <TableRow>
            <TableCell>Versie</TableCell>
            <TableCell>Soort</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Kenmerk</TableCell>
            <TableCell>Dagtekening</TableCell>
            <TableCell>Verzonden</TableCell>
            <TableCell>Bezwaartermijn tot en met</TableCell>
            <TableCell>Beschikking</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {versies.map((v) => (
            <TableRow key={v.id}>
              <TableCell>{v.versie}</TableCell>
              <TableCell>{v.soort === 'pip' ? 'PIP' : `Wijziging: ${v.wijzigingReden ? WIJZIGING_LABELS[v.wijzigingReden].split(' (')[0] : ''}`}</TableCell>
              <TableCell>{STATUS[v.status]}</TableCell>
              <TableCell>{v.kenmerk ?? (v.geimporteerd ? 'geïmporteerd, zonder brief' : '—')}</TableCell>
              <TableCell>{v.dagtekening ? datumKort(v.dagtekening) : '—'}</TableCell>
              <TableCell>{v.verzenddatum ? datumKort(v.verzenddatum) : '—'}</TableCell>
              <TableCell>{v.bezwaartermijnEinde ? datumKort(v.bezwaartermijnEinde) : '—'}</TableCell>
              <TableCell>{v.documentId ? <DocumentKnop documentId={v.documentId} label="Opslaan als PDF" /> : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {versies.filter((v) => v.status !== 'concept').map((v) => (
        <Nazorg key={v.id} pip={v} />
      ))}
    </Paper>
  );
}

function Nazorg({ pip }: { pip: Pip }) {
  const queryClient = useQueryClient();
  const [datum, setDatum] = useState(vandaagInNederland());
  const vernieuw = () => queryClient.invalidateQueries({ queryKey: ['pip', pip.inburgeraarId] });
  const verzonden = useMutation({ mutationFn: () => koers('pipVerzonden', { pipId: pip.id, verzenddatum: datum }), onSuccess: vernieuw });
  const fout = verzonden.error;

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 2, alignItems: 'center' }} aria-label={`Versie ${pip.versie}`} role="group">
      <Typography sx={{ minWidth: 140 }}>
        Versie {pip.versie} ({pip.kenmerk ?? (pip.geimporteerd ? 'geïmporteerd' : 'zonder kenmerk')})
      </Typography>
      {pip.status === 'vastgesteld' && (
        <>
          <DatumInvoer label="Verzenddatum" naam={`verzonden-${pip.id}`} waarde={datum} wijzig={(w) => w && setDatum(w)} verlaat={() => undefined} />
          <Button variant="outlined" onClick={() => verzonden.mutate()} loading={verzonden.isPending}>
            Verzonden
          </Button>
        </>
      )}
      {pip.status === 'verzonden' && (
        <Typography>
          Bezwaar mogelijk tot en met {datumKort(pip.bezwaartermijnEinde!)} (art. 6:7–6:8 Awb). Een bezwaar of beroep legt u vast op het tabblad{' '}
          <Link component={RouterLink} to={`/inburgeraars/${pip.inburgeraarId}?tab=bezwaar`}>
            Bezwaar
          </Link>
          ; daar staan ook de beslistermijn en de brieven.
        </Typography>
      )}
      {fout && <FoutMelding fout={fout} />}
    </Stack>
  );
}
