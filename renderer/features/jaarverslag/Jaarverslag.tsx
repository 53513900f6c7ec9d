import DescriptionIcon from '@mui/icons-material/Description';
import TableChartIcon from '@mui/icons-material/TableChart';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
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
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { KERNCIJFER_LABELS, type Kerncijfer } from '../../../shared/domain/jaarverslag';
import { getal } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { JaarverslagInstellingen } from './JaarverslagInstellingen';

function waardeTekst(k: Kerncijfer): string {
  if (k.waarde === null) return '–';
  if (k.indicator === 'pip_doorlooptijd_mediaan_dagen') return `${getal(k.waarde, 1)} dagen`;
  return getal(k.waarde, 0);
}

/** The exact kerncijfers of a year, before the report is made (the raad PDF masks small counts). */
function Kerncijfers({ jaar }: { jaar: number }) {
  const kerncijfers = useQuery({ queryKey: ['jaarverslagKerncijfers', jaar], queryFn: () => koers('jaarverslagKerncijfers', { jaar }) });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Kerncijfers {jaar}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Hier ziet u de exacte aantallen. In de PDF voor de raad staan aantallen onder de drempel als &lsquo;&lt; 5&rsquo;.
      </Typography>
      {kerncijfers.isPending && <Laden tekst="Kerncijfers berekenen…" />}
      {kerncijfers.isError && <FoutMelding fout={kerncijfers.error} />}
      {kerncijfers.data && (
        <Table size="small" aria-label={`Kerncijfers ${jaar}`}>
          <TableHead>
            <TableRow>
              <TableCell>Kerncijfer</TableCell>
              <TableCell align="right">Waarde</TableCell>
              <TableCell>Wat het betekent</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {kerncijfers.data.map((k) => (
              <TableRow key={k.indicator}>
                <TableCell component="th" scope="row">
                  {KERNCIJFER_LABELS[k.indicator]}
                </TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {waardeTekst(k)}
                </TableCell>
                <TableCell>{k.omschrijving}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

/** Make the report as a task with progress, then save the raad PDF and the intern Excel file. */
function Maken({ jaar }: { jaar: number }) {
  const [taakId, setTaakId] = useState<string | null>(null);
  const starten = useMutation({
    mutationFn: () => koers('jaarverslagStarten', { jaar }),
    onSuccess: ({ taakId: id }) => setTaakId(id),
  });
  const taak = useQuery({
    queryKey: ['taak', taakId],
    queryFn: () => koers('taakStatus', { taakId: taakId! }),
    enabled: !!taakId,
    refetchInterval: (query) => (query.state.data?.status === 'bezig' || !query.state.data ? 300 : false),
  });
  const stand = taak.data;
  const klaar = !!taakId && stand?.status === 'klaar';
  const verslag = useQuery({ queryKey: ['jaarverslag', taakId], queryFn: () => koers('jaarverslagOphalen', { taakId: taakId! }), enabled: klaar, retry: false });
  const pdf = useMutation({ mutationFn: () => koers('jaarverslagOpslaanPdf', { taakId: taakId! }) });
  const xlsx = useMutation({ mutationFn: () => koers('jaarverslagOpslaanXlsx', { taakId: taakId! }) });
  const annuleren = useMutation({ mutationFn: () => koers('taakAnnuleren', { taakId: taakId! }) });
  const bezig = starten.isPending || (!!taakId && (!stand || stand.status === 'bezig'));
  // A new year needs a new report: the one made for another year is no longer offered.
  const [voorJaar, setVoorJaar] = useState(jaar);
  if (voorJaar !== jaar) {
    setVoorJaar(jaar);
    setTaakId(null);
    pdf.reset();
    xlsx.reset();
  }

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Jaarverslag {jaar} maken
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Koers maakt een PDF voor de gemeenteraad met grafieken, tabellen en uitleg in eenvoudige taal, en een Excel-bestand met alle tabellen en de exacte aantallen voor de
        controller. Het Excel-bestand is intern: geef het niet aan de raad.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <Button
          variant="contained"
          onClick={() => {
            pdf.reset();
            xlsx.reset();
            starten.mutate();
          }}
          loading={bezig}
          loadingPosition="start"
        >
          Jaarverslag maken
        </Button>
        {bezig && taakId && (
          <Button variant="text" onClick={() => annuleren.mutate()}>
            Stoppen
          </Button>
        )}
      </Stack>
      {starten.isError && <FoutMelding fout={starten.error} />}
      {taak.isError && <FoutMelding fout={taak.error} />}
      {stand && (
        <Box sx={{ mb: 2 }}>
          <LinearProgress
            variant="determinate"
            value={stand.totaal ? (stand.voortgang / stand.totaal) * 100 : stand.status === 'bezig' ? 0 : 100}
            aria-label={`Voortgang van het jaarverslag ${jaar}`}
            sx={{ mb: 1 }}
          />
          <Typography variant="body2" role="status" aria-live="polite">
            {stand.status === 'bezig' && `Bezig: ${stand.voortgang} van ${stand.totaal} onderdelen…`}
            {stand.status === 'klaar' && `Klaar: ${stand.totaal} van ${stand.totaal} onderdelen. Het jaarverslag ${jaar} kan worden opgeslagen.`}
            {stand.status === 'geannuleerd' && 'Gestopt. Er is geen jaarverslag gemaakt.'}
            {stand.status === 'mislukt' && (stand.fout ?? 'Het jaarverslag kon niet worden gemaakt.')}
          </Typography>
        </Box>
      )}
      {klaar && (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1 }}>
            <Button variant="contained" startIcon={<DescriptionIcon />} onClick={() => pdf.mutate()} loading={pdf.isPending}>
              PDF opslaan
            </Button>
            <Button variant="outlined" startIcon={<TableChartIcon />} onClick={() => xlsx.mutate()} loading={xlsx.isPending}>
              Excel opslaan (intern)
            </Button>
          </Stack>
          {pdf.data?.opgeslagen && <Typography role="status">De PDF is opgeslagen als {pdf.data.bestandsnaam}.</Typography>}
          {xlsx.data?.opgeslagen && <Typography role="status">Het Excel-bestand is opgeslagen als {xlsx.data.bestandsnaam}.</Typography>}
          {pdf.isError && <FoutMelding fout={pdf.error} />}
          {xlsx.isError && <FoutMelding fout={xlsx.error} />}
          {verslag.isError && <FoutMelding fout={verslag.error} />}
          {verslag.data && (
            <Box sx={{ mt: 2 }}>
              <Typography variant="subtitle1" component="h3">
                Wat in het verslag staat
              </Typography>
              <Box component="ol" sx={{ mt: 0.5, mb: 0 }}>
                {verslag.data.secties.map((s) => (
                  <li key={s.id}>
                    {s.titel}
                    <Typography component="span" variant="body2" color="text.secondary">
                      {' '}
                      ({s.grafieken.length} {s.grafieken.length === 1 ? 'grafiek' : 'grafieken'}, {s.tabellen.length} {s.tabellen.length === 1 ? 'tabel' : 'tabellen'})
                    </Typography>
                  </li>
                ))}
              </Box>
            </Box>
          )}
        </>
      )}
    </Paper>
  );
}

/** /jaarverslag: choose the year, see the kerncijfers, set the planned mix, make and save the report. */
export function Jaarverslag() {
  const vorigJaar = Number(vandaagInNederland().slice(0, 4)) - 1;
  const jaren = useQuery({ queryKey: ['jaarverslagJaren'], queryFn: () => koers('jaarverslagJaren', {}) });
  const instellingen = useQuery({ queryKey: ['jaarverslagInstellingen'], queryFn: () => koers('jaarverslagInstellingenOphalen', {}) });
  const [gekozen, setGekozen] = useState<number | null>(null);
  const jaar = gekozen ?? vorigJaar;
  const keuzes = [...new Set([...(jaren.data?.jaren ?? []), vorigJaar, vorigJaar + 1])].sort((a, b) => b - a);

  return (
    <Stack spacing={3} sx={{ maxWidth: 1000 }}>
      <Typography variant="h4" component="h1">
        Jaarverslag
      </Typography>
      <Typography>
        Het jaarverslag vertelt de gemeenteraad hoe de inburgering in een jaar ging: instroom, plannen, leerroutes, participatie en handhaving. Het bevat alleen totalen.
      </Typography>
      {jaren.isError && <FoutMelding fout={jaren.error} />}
      <TextField select label="Verslagjaar" value={String(jaar)} onChange={(e) => setGekozen(Number(e.target.value))} sx={{ maxWidth: 240 }}>
        {keuzes.map((j) => (
          <MenuItem key={j} value={String(j)}>
            {j}
            {jaren.data && !jaren.data.jaren.includes(j) ? ' (geen gegevens)' : ''}
          </MenuItem>
        ))}
      </TextField>
      {jaren.data && jaren.data.jaren.length === 0 && <Alert severity="info">Er staan nog geen gegevens in Koers. Het jaarverslag blijft dan leeg.</Alert>}
      <Kerncijfers jaar={jaar} />
      <Maken jaar={jaar} />
      {instellingen.isPending && <Laden />}
      {instellingen.isError && <FoutMelding fout={instellingen.error} />}
      {instellingen.data && <JaarverslagInstellingen instellingen={instellingen.data} />}
    </Stack>
  );
}
