import FileDownloadIcon from '@mui/icons-material/FileDownload';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { GekozenKoppeling, ImportVoorbeeld, VoorbeeldRij } from '../../../shared/domain/importeren';
import { RIJ_UITKOMST_LABELS } from '../../../shared/domain/importeren';
import { koers } from '../../api/koers';
import { leesAlsBase64 } from '../../components/bestanden';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding, Laden } from '../../components/Laden';
import { KolomKoppelen } from './KolomKoppelen';

interface Bestand {
  naam: string;
  inhoud: string;
}

const kolommen: GridColDef<VoorbeeldRij>[] = [
  { field: 'rij', headerName: 'Rij', width: 70, type: 'number' },
  { field: 'uitkomst', headerName: 'Uitkomst', width: 190, valueFormatter: (waarde: VoorbeeldRij['uitkomst']) => RIJ_UITKOMST_LABELS[waarde] },
  { field: 'naam', headerName: 'Naam', flex: 1, minWidth: 180 },
  { field: 'metPip', headerName: 'PIP', width: 130, valueFormatter: (waarde: boolean) => (waarde ? 'geïmporteerd' : '—') },
  {
    field: 'toelichting',
    headerName: 'Toelichting',
    flex: 2,
    minWidth: 260,
    sortable: false,
    valueGetter: (_w, rij) => [...rij.fouten.map((f) => `${f.kolom}: ${f.reden}`), ...rij.meldingen].join(' · '),
  },
];

function Aantallen({ voorbeeld }: { voorbeeld: ImportVoorbeeld }) {
  const { totaal, nieuw, aanwezig, fout, metPip } = voorbeeld.aantallen;
  return (
    <Typography role="status" aria-live="polite" sx={{ mb: 1 }}>
      {totaal} {totaal === 1 ? 'rij' : 'rijen'}: <strong>{nieuw} nieuw</strong>
      {metPip > 0 && ` (waarvan ${metPip} met een PIP)`} · <strong>{aanwezig} al aanwezig</strong> (zelfde BSN, wordt overgeslagen) · <strong>{fout} met een fout</strong>
    </Typography>
  );
}

function Fouten({ rijen }: { rijen: VoorbeeldRij[] }) {
  const titelId = useId();
  const fouten = rijen.flatMap((r) => r.fouten.map((f, i) => ({ sleutel: `${r.rij}-${i}`, rij: r.rij, ...f })));
  if (fouten.length === 0) return null;
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h6" component="h3" id={titelId} gutterBottom>
        Fouten ({fouten.length})
      </Typography>
      <Box component="ul" aria-labelledby={titelId} sx={{ maxHeight: 260, overflow: 'auto', m: 0, pl: 3 }} tabIndex={0}>
        {fouten.map((f) => (
          <li key={f.sleutel}>
            Rij {f.rij}, kolom {f.kolom}: {f.reden}
          </li>
        ))}
      </Box>
    </Box>
  );
}

/** Import an existing caseload: choose a file, map its columns when needed, check the preview, import. */
export function Importeren() {
  const queryClient = useQueryClient();
  const invoer = useRef<HTMLInputElement>(null);
  const [bestand, setBestand] = useState<Bestand | null>(null);
  const [koppeling, setKoppeling] = useState<GekozenKoppeling | null>(null);
  const [keuze, setKeuze] = useState<'alles' | 'alleenCorrecte'>('alles');
  const [taakId, setTaakId] = useState<string | null>(null);

  const sjabloon = useMutation({ mutationFn: () => koers('importsjabloonOpslaan', {}) });
  const voorbeeld = useMutation({
    mutationFn: ({ bestand: b, koppeling: k }: { bestand: Bestand; koppeling: GekozenKoppeling | null }) => koers('importVoorbeeld', { bestandsnaam: b.naam, inhoud: b.inhoud, koppeling: k }),
  });
  const starten = useMutation({
    mutationFn: () => koers('importStarten', { bestandsnaam: bestand!.naam, inhoud: bestand!.inhoud, koppeling, alleenCorrecte: keuze === 'alleenCorrecte' }),
    onSuccess: ({ taakId: id }) => setTaakId(id),
  });
  const taak = useQuery({
    queryKey: ['taak', taakId],
    queryFn: () => koers('taakStatus', { taakId: taakId! }),
    enabled: !!taakId,
    refetchInterval: (query) => (query.state.data?.status === 'bezig' || !query.state.data ? 300 : false),
  });
  const klaar = !!taakId && !!taak.data && taak.data.status !== 'bezig';
  const uitkomst = useQuery({
    queryKey: ['importUitkomst', taakId],
    queryFn: async () => {
      const u = await koers('importUitkomst', { taakId: taakId! });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'importUitkomst' && q.queryKey[0] !== 'taak' });
      return u;
    },
    enabled: klaar,
    retry: false,
  });
  const annuleren = useMutation({ mutationFn: () => koers('taakAnnuleren', { taakId: taakId! }) });

  const kies = async (gekozen: File) => {
    const nieuw = { naam: gekozen.name, inhoud: await leesAlsBase64(gekozen) };
    setBestand(nieuw);
    setKoppeling(null);
    setKeuze('alles');
    setTaakId(null);
    starten.reset();
    voorbeeld.mutate({ bestand: nieuw, koppeling: null });
  };
  const gebruikKoppeling = (k: GekozenKoppeling) => {
    setKoppeling(k);
    voorbeeld.mutate({ bestand: bestand!, koppeling: k });
  };

  const v = voorbeeld.data;
  const stand = taak.data;
  const bezig = !!taakId && (!stand || stand.status === 'bezig');
  const teImporteren = v ? v.aantallen.nieuw : 0;
  const magStarten = !!v && !v.koppelingNodig && teImporteren > 0 && (v.aantallen.fout === 0 || keuze === 'alleenCorrecte') && !taakId;

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Importeren
      </Typography>
      <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Bestaande inburgeraars overzetten
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Kies een Excel-bestand (.xlsx) of CSV-bestand met uw huidige inburgeraars. Koers laat eerst per rij zien wat er gebeurt; er wordt pas iets opgeslagen als u op Importeren klikt. Een
          rij met een dagtekening van het PIP en een leerroute wordt een geïmporteerd PIP, zonder brief. Een BSN dat al in Koers staat, wordt overgeslagen.
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => invoer.current?.click()} disabled={bezig}>
            Bestand kiezen
          </Button>
          <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={() => sjabloon.mutate()} loading={sjabloon.isPending}>
            Importsjabloon downloaden
          </Button>
          {bestand && <Typography>Gekozen: {bestand.naam}</Typography>}
          {sjabloon.data?.opgeslagen && <Typography role="status">Opgeslagen als {sjabloon.data.bestandsnaam}</Typography>}
        </Stack>
        <input
          ref={invoer}
          type="file"
          hidden
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-label="Importbestand kiezen"
          onChange={(e) => {
            const gekozen = e.target.files?.[0];
            if (gekozen) void kies(gekozen);
            e.target.value = '';
          }}
        />
        {sjabloon.isError && <FoutMelding fout={sjabloon.error} />}
      </Paper>

      {voorbeeld.isPending && <Laden tekst="Bestand lezen en controleren…" />}
      {voorbeeld.isError && <FoutMelding fout={voorbeeld.error} />}

      {v?.koppelingNodig && <KolomKoppelen key={`${bestand?.naam}:${bestand?.inhoud.length}`} kolommen={v.kolommen} ontbrekend={v.ontbrekend} gebruik={gebruikKoppeling} />}

      {v && !v.koppelingNodig && (
        <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            Voorbeeld
          </Typography>
          <Aantallen voorbeeld={v} />
          {v.bestandsmeldingen.map((m) => (
            <Alert key={m} severity="info" sx={{ mb: 1 }}>
              {m}
            </Alert>
          ))}
          {v.kolommen.some((k) => k.kop && !k.veld) && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Niet geïmporteerd: {v.kolommen.filter((k) => k.kop && !k.veld).map((k) => k.kop).join(', ')}.
            </Typography>
          )}
          <Fouten rijen={v.rijen} />
          <Box sx={{ height: 420, mb: 2 }}>
            <DataGrid aria-label="Voorbeeld per rij" rows={v.rijen} getRowId={(r) => r.rij} columns={kolommen} density="compact" disableRowSelectionOnClick localeText={GRID_TEKSTEN} />
          </Box>
          {v.aantallen.fout > 0 && (
            <FormControl sx={{ mb: 2 }}>
              <FormLabel id="importkeuze">Wat doet Koers met de rijen met een fout?</FormLabel>
              <RadioGroup aria-labelledby="importkeuze" value={keuze} onChange={(e) => setKeuze(e.target.value as typeof keuze)}>
                <FormControlLabel value="alles" control={<Radio />} label="Niets importeren tot alle fouten in het bestand zijn hersteld (alles of niets)" />
                <FormControlLabel value="alleenCorrecte" control={<Radio />} label={`Alleen de ${teImporteren} correcte nieuwe rijen importeren; de rijen met een fout overslaan`} />
              </RadioGroup>
            </FormControl>
          )}
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="contained" onClick={() => starten.mutate()} disabled={!magStarten} loading={starten.isPending}>
              Importeren ({teImporteren} nieuw)
            </Button>
            {bezig && (
              <Button variant="text" onClick={() => annuleren.mutate()}>
                Annuleren
              </Button>
            )}
            {teImporteren === 0 && v.aantallen.fout === 0 && <Typography>Niets te importeren: alle rijen staan al in Koers.</Typography>}
          </Stack>
          {starten.isError && <FoutMelding fout={starten.error} />}
          {taakId && stand && (
            <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
              <LinearProgress variant="determinate" value={stand.totaal ? (stand.voortgang / stand.totaal) * 100 : stand.status === 'bezig' ? 0 : 100} aria-label="Voortgang van de import" sx={{ mb: 1 }} />
              <Typography variant="body2">
                {stand.status === 'bezig' && `Bezig: ${stand.voortgang} van ${stand.totaal} dossiers…`}
                {stand.status === 'geannuleerd' && !uitkomst.data && 'De import is geannuleerd; er is niets veranderd.'}
                {stand.status === 'mislukt' && (stand.fout ?? 'De import is mislukt; er is niets veranderd.')}
              </Typography>
            </Box>
          )}
          {uitkomst.data && (
            <Alert severity="success" sx={{ mt: 2 }}>
              Geïmporteerd: {uitkomst.data.nieuw} {uitkomst.data.nieuw === 1 ? 'nieuw dossier' : 'nieuwe dossiers'}
              {uitkomst.data.metPip > 0 && ` (${uitkomst.data.metPip} met een geïmporteerd PIP)`}; {uitkomst.data.aanwezig} al aanwezig
              {uitkomst.data.overgeslagen > 0 && `; ${uitkomst.data.overgeslagen} rijen met een fout overgeslagen`}.{' '}
              <Link component={RouterLink} to="/inburgeraars">
                Naar de inburgeraars
              </Link>
            </Alert>
          )}
        </Paper>
      )}
    </>
  );
}
