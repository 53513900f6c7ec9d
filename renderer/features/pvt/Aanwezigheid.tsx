import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Uitvoer } from '../../../shared/contract';
import { MAP_THEMA_LABELS, PVT_STATUS_LABELS, SESSIESOORT_LABELS } from '../../../shared/domain/pvt';
import { datumKort } from '../../../shared/format';
import { formatUren } from '../../../shared/rules/pvt';
import { koers } from '../../api/koers';
import { BevestigDialoog } from '../../components/BevestigDialoog';
import { FoutMelding } from '../../components/Laden';

type Groep = Uitvoer<'pvtGroepOphalen'>;
type Deelnemer = Groep['deelnemers'][number];
const sleutel = (sessieId: number, inburgeraarId: number) => `${sessieId}:${inburgeraarId}`;
/** The short name of a session in a column head: the soort (PVT) or the thema (MAP). */
const kort = (s: Groep['sessies'][number]) => (s.mapThema ? MAP_THEMA_LABELS[s.mapThema] : SESSIESOORT_LABELS[s.soort]);

/** Besluit 3.1 lid 4: attendance per session, as on the signed presentielijst. In a MAP group the hours count toward the MAP. */
export function Aanwezigheid({ groep }: { groep: Groep }) {
  const queryClient = useQueryClient();
  const map = groep.groep.traject === 'map';
  const [uitTeSchrijven, setUitTeSchrijven] = useState<Deelnemer | null>(null);
  const [vinkjes, setVinkjes] = useState(() => new Map(groep.aanwezigheid.map((a) => [sleutel(a.sessieId, a.inburgeraarId), a.aanwezig])));
  const opslaan = useMutation({
    mutationFn: async () => {
      for (const s of groep.sessies) {
        await koers('pvtAanwezigheidRegistreren', {
          sessieId: s.id,
          aanwezigheid: groep.deelnemers.map((d) => ({ inburgeraarId: d.inburgeraarId, aanwezig: vinkjes.get(sleutel(s.id, d.inburgeraarId)) ?? false })),
        });
      }
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['pvtGroep', groep.groep.id] });
      await queryClient.invalidateQueries({ queryKey: ['pvtWerklijst'] });
    },
  });
  const uitschrijven = useMutation({
    mutationFn: (inburgeraarId: number) => koers('pvtUitschrijven', { groepId: groep.groep.id, inburgeraarId }),
    onSuccess: async () => {
      setUitTeSchrijven(null);
      await queryClient.invalidateQueries({ queryKey: ['pvtGroep', groep.groep.id] });
      await queryClient.invalidateQueries({ queryKey: ['pvtWerklijst'] });
    },
  });

  if (groep.deelnemers.length === 0) {
    return (
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Deelnemers en aanwezigheid
        </Typography>
        <Typography>Nog geen deelnemers. Schrijf inburgeraars in vanuit de werklijst bij PVT en MAP.</Typography>
      </Paper>
    );
  }
  return (
    <Paper variant="outlined" sx={{ p: 2, overflowX: 'auto' }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Deelnemers en aanwezigheid
      </Typography>
      <Table size="small" aria-label="Aanwezigheid">
        <TableHead>
          <TableRow>
            <TableCell>Deelnemer</TableCell>
            <TableCell>{map ? 'MAP-uren' : 'Uren'}</TableCell>
            {!map && <TableCell>Status</TableCell>}
            {groep.sessies.map((s) => (
              <TableCell key={s.id} align="center">
                {datumKort(s.datum)}
                <br />
                {kort(s)}
              </TableCell>
            ))}
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {groep.deelnemers.map((d) => (
            <TableRow key={d.inburgeraarId}>
              <TableCell>{d.naam}</TableCell>
              <TableCell>{map ? `${formatUren(d.mapUren)} / ${formatUren(groep.mapUrenNorm)}` : `${formatUren(d.uren)} / 12`}</TableCell>
              {!map && <TableCell>{PVT_STATUS_LABELS[d.status]}</TableCell>}
              {groep.sessies.map((s) => (
                <TableCell key={s.id} align="center">
                  <Checkbox
                    checked={vinkjes.get(sleutel(s.id, d.inburgeraarId)) ?? false}
                    onChange={(e) => setVinkjes(new Map(vinkjes).set(sleutel(s.id, d.inburgeraarId), e.target.checked))}
                    slotProps={{ input: { 'aria-label': `${d.naam} aanwezig op ${datumKort(s.datum)} (${kort(s)})` } }}
                  />
                </TableCell>
              ))}
              <TableCell>
                <Button size="small" color="error" onClick={() => setUitTeSchrijven(d)} aria-label={`${d.naam} uitschrijven`}>
                  Uitschrijven
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button variant="contained" sx={{ mt: 2 }} onClick={() => opslaan.mutate()} loading={opslaan.isPending} disabled={groep.sessies.length === 0}>
        Aanwezigheid opslaan
      </Button>
      {opslaan.isSuccess && <Alert severity="success" sx={{ mt: 2 }}>De aanwezigheid is opgeslagen.</Alert>}
      {opslaan.error && <FoutMelding fout={opslaan.error} />}
      <BevestigDialoog
        open={!!uitTeSchrijven}
        titel={`${uitTeSchrijven?.naam ?? ''} uitschrijven?`}
        bevestigLabel="Uitschrijven"
        gevaarlijk
        bezig={uitschrijven.isPending}
        fout={uitschrijven.isError ? uitschrijven.error : null}
        bevestig={() => uitTeSchrijven && uitschrijven.mutate(uitTeSchrijven.inburgeraarId)}
        annuleer={() => {
          uitschrijven.reset();
          setUitTeSchrijven(null);
        }}
      >
        <Typography>
          {uitTeSchrijven?.naam} staat dan niet meer in groep {groep.groep.naam} en op de presentielijst. De aanwezigheid die al is vastgelegd blijft bij de persoon en telt
          mee (art. 3.1 lid 4 Besluit). Opnieuw inschrijven kan vanuit de werklijst.
        </Typography>
      </BevestigDialoog>
    </Paper>
  );
}
