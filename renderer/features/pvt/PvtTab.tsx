import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Uitvoer } from '../../../shared/contract';
import { MAP_THEMA_LABELS, PVT_STATUS_LABELS, type MapThemaInvoer } from '../../../shared/domain/pvt';
import { datumLang } from '../../../shared/format';
import { formatUren } from '../../../shared/rules/pvt';
import { koers } from '../../api/koers';
import { Bevindingen } from '../../components/Bevindingen';
import { DatumInvoer } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';

export function PvtTab({ inburgeraarId }: { inburgeraarId: number }) {
  const dossier = useQuery({ queryKey: ['pvtDossier', inburgeraarId], queryFn: () => koers('pvtDossier', { inburgeraarId }) });
  if (dossier.isPending) return <Laden />;
  if (dossier.isError) return <FoutMelding fout={dossier.error} />;
  return (
    <Stack spacing={3}>
      <PvtStand inburgeraarId={inburgeraarId} d={dossier.data} />
      <MapStand key={JSON.stringify(dossier.data.map.themas)} inburgeraarId={inburgeraarId} map={dossier.data.map} />
    </Stack>
  );
}

function PvtStand({ inburgeraarId, d }: { inburgeraarId: number; d: Uitvoer<'pvtDossier'> }) {
  const queryClient = useQueryClient();
  const [intakeUren, setIntakeUren] = useState(String(d.intakeUren));
  const opslaan = useMutation({
    mutationFn: () => koers('pvtIntakeUren', { inburgeraarId, intakeUren: intakeUren.replace(',', '.') }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pvtDossier', inburgeraarId] }),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Participatieverklaringstraject — {PVT_STATUS_LABELS[d.status]}
      </Typography>
      <Typography>
        {formatUren(d.uren)} van ten minste 12 uur (art. 3.1 lid 3 Besluit) · excursie of activiteit: {d.excursieOfActiviteit ? 'ja' : 'nee'} · ondertekeningsbijeenkomst:{' '}
        {d.ondertekeningsbijeenkomst ? 'aanwezig' : 'nog niet'}
      </Typography>
      <Typography sx={{ mt: 1 }}>Groep: {d.groepen.map((g) => g.naam).join(', ') || 'nog niet ingeschreven'}</Typography>
      {d.datumOndertekening && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Ondertekend op {datumLang(d.datumOndertekening)} te {d.plaatsOndertekening} (tekstversie {d.sjabloonVersie ?? 'onbekend'}). Deze datum gaat naar DUO.
        </Alert>
      )}
      {!d.datumOndertekening && <Bevindingen titel="Nog nodig" bevindingen={d.ontbreekt} ernst="info" />}
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
        <TextField label="Uren uit de intake die meetellen (art. 3.1 lid 5)" value={intakeUren} onChange={(e) => setIntakeUren(e.target.value)} sx={{ maxWidth: 360 }} />
        <Button variant="outlined" onClick={() => opslaan.mutate()} loading={opslaan.isPending}>
          Opslaan
        </Button>
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </Paper>
  );
}

function MapStand({ inburgeraarId, map }: { inburgeraarId: number; map: Uitvoer<'pvtDossier'>['map'] }) {
  const queryClient = useQueryClient();
  const [themas, setThemas] = useState<MapThemaInvoer[]>(map.themas);
  const [eindgesprek, setEindgesprek] = useState<string | null>(map.eindgesprek);
  const opslaan = useMutation({
    // Only the person's own hours: the hours of MAP group sessions come from the attendance.
    mutationFn: () => koers('mapOpslaan', { inburgeraarId, themas: themas.map(({ thema, status, uren, aanbieder }) => ({ thema, status, uren, aanbieder })), eindgesprek }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['pvtDossier', inburgeraarId] }),
  });
  const wijzig = (index: number, velden: Partial<MapThemaInvoer>) => setThemas(themas.map((t, i) => (i === index ? { ...t, ...velden } : t)));

  if (!map.vanToepassing) {
    return (
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Module arbeidsmarkt en participatie
        </Typography>
        <Alert severity="info">
          {map.weigering?.melding} ({map.weigering?.artikel})
        </Alert>
      </Paper>
    );
  }
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Module arbeidsmarkt en participatie — {map.afgerond ? 'afgerond' : `${formatUren(map.uren)} van ${map.urenNorm} uur`}
      </Typography>
      <Table size="small" aria-label="Thema's van de MAP">
        <TableHead>
          <TableRow>
            <TableCell>Thema (art. 3.2 lid 1 Besluit)</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Uren (los)</TableCell>
            <TableCell>Uren in een MAP-groep</TableCell>
            <TableCell>Aanbieder</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {themas.map((t, index) => (
            <TableRow key={t.thema}>
              <TableCell>{MAP_THEMA_LABELS[t.thema]}</TableCell>
              <TableCell>
                <TextField select size="small" value={t.status} onChange={(e) => wijzig(index, { status: e.target.value as MapThemaInvoer['status'] })} slotProps={{ htmlInput: { 'aria-label': `Status ${MAP_THEMA_LABELS[t.thema]}` } }}>
                  <MenuItem value="open">Open</MenuItem>
                  <MenuItem value="bezig">Bezig</MenuItem>
                  <MenuItem value="afgerond">Afgerond</MenuItem>
                </TextField>
              </TableCell>
              <TableCell>
                <TextField size="small" type="number" value={t.uren} onChange={(e) => wijzig(index, { uren: Number(e.target.value) })} slotProps={{ htmlInput: { 'aria-label': `Uren ${MAP_THEMA_LABELS[t.thema]}`, min: 0 } }} sx={{ width: 90 }} />
              </TableCell>
              <TableCell>{formatUren(map.themas[index]?.groepsUren ?? 0)}</TableCell>
              <TableCell>
                <TextField size="small" value={t.aanbieder ?? ''} onChange={(e) => wijzig(index, { aanbieder: e.target.value || null })} slotProps={{ htmlInput: { 'aria-label': `Aanbieder ${MAP_THEMA_LABELS[t.thema]}` } }} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
        <DatumInvoer label="Eindgesprek met het college" naam="eindgesprek" waarde={eindgesprek} wijzig={(w) => setEindgesprek(w && w !== 'ongeldig' ? w : null)} verlaat={() => undefined} />
        <Button variant="contained" onClick={() => opslaan.mutate()} loading={opslaan.isPending}>
          MAP opslaan
        </Button>
      </Stack>
      <Bevindingen titel="Nog nodig voor afronding" bevindingen={map.ontbreekt} ernst="info" />
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </Paper>
  );
}
