import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Invoer, Uitvoer } from '../../../shared/contract';
import { LOGBOEK_OBJECT_LABELS, LOGBOEK_OBJECTEN, type LogboekObject, type LogboekResultaat } from '../../../shared/domain/logboek';
import { isIsoDatum } from '../../../shared/rules/datum';
import { getal, tijdstipKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumInvoer } from '../../components/FormVelden';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding } from '../../components/Laden';

// The logboek of the whole vault (BIO 8.15.01): read page by page from the vault, never whole. "Keten controleren"
// recomputes the hash chain (BIO 8.15.05); the export carries the chain hash of every row for an auditor.

type Rij = Uitvoer<'logboekLijst'>['rijen'][number];
type Filter = Invoer<'logboekLijst'>['filter'];

const PAGINAGROOTTES = [25, 50, 100];
const ALLES = '';

const kolommen: GridColDef<Rij>[] = [
  { field: 'tijdstip', headerName: 'Wanneer', width: 150, valueFormatter: (v: string) => tijdstipKort(v) },
  { field: 'actor', headerName: 'Wie', width: 140, sortable: false },
  { field: 'omschrijving', headerName: 'Handeling', flex: 1.5, minWidth: 240, sortable: false },
  { field: 'betreft', headerName: 'Betreft', width: 150, sortable: false },
  {
    field: 'resultaat',
    headerName: 'Resultaat',
    width: 230,
    sortable: false,
    renderCell: ({ row }) => (row.geweigerd ? <Chip size="small" variant="outlined" label={row.resultaat} /> : row.resultaat),
  },
  { field: 'id', headerName: 'Regel', width: 90, sortable: false, type: 'number' },
  {
    field: 'hash',
    headerName: 'Hash',
    width: 130,
    sortable: false,
    renderCell: ({ row }) => (
      <Box component="span" title={row.hash ?? undefined} sx={{ fontFamily: 'monospace' }}>
        {row.hash ? `${row.hash.slice(0, 10)}…` : '—'}
      </Box>
    ),
  },
];

/** A date field's value for the filter: only a complete, valid date filters; an unfinished one waits. */
const alsDatum = (waarde: string | null) => (waarde && isIsoDatum(waarde) ? waarde : null);

export function Logboek() {
  const queryClient = useQueryClient();
  const [van, setVan] = useState<string | null>(null);
  const [tot, setTot] = useState<string | null>(null);
  const [actor, setActor] = useState(ALLES);
  const [object, setObject] = useState(ALLES);
  const [resultaat, setResultaat] = useState(ALLES);
  const [paginering, setPaginering] = useState<GridPaginationModel>({ page: 0, pageSize: PAGINAGROOTTES[0]! });
  const [sortering, setSortering] = useState<GridSortModel>([{ field: 'tijdstip', sort: 'desc' }]);
  const [melding, setMelding] = useState<string | null>(null);

  const filter: Filter = {
    van: alsDatum(van),
    tot: alsDatum(tot),
    actor: actor || null,
    object: (object || null) as LogboekObject | null,
    resultaat: (resultaat || null) as LogboekResultaat | null,
  };
  const periodeFout = filter.van && filter.tot && filter.tot < filter.van ? '"Tot en met" ligt vóór "Van".' : undefined;
  const richting = sortering[0]?.sort === 'asc' ? 'asc' : 'desc';

  const lijst = useQuery({
    queryKey: ['logboekLijst', filter, paginering, richting],
    queryFn: () => koers('logboekLijst', { pagina: paginering.page, paginaGrootte: paginering.pageSize, richting, filter }),
    placeholderData: keepPreviousData,
    enabled: !periodeFout,
  });

  const vernieuw = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['logboekLijst'] }), queryClient.invalidateQueries({ queryKey: ['logboek'] })]);
  const controleren = useMutation({ mutationFn: () => koers('logboekControleren', {}), onSuccess: vernieuw });
  const exporteren = useMutation({
    mutationFn: () => koers('logboekExporteren', { filter }),
    onSuccess: async ({ bestandsnaam, opgeslagen }) => {
      setMelding(opgeslagen ? `Opgeslagen als ${bestandsnaam}.` : null);
      await vernieuw();
    },
  });

  // A new filter starts at the first page.
  const wijzigFilter =
    <T,>(zet: (waarde: T) => void) =>
    (waarde: T) => {
      zet(waarde);
      setPaginering((p) => ({ ...p, page: 0 }));
    };

  const uitkomst = controleren.data;
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Logboek
      </Typography>
      <Typography>
        Koers legt elke handeling vast: wie, wat, wanneer en of het lukte, ook het openen van een dossier, exports en afdrukken. Nooit de inhoud: geen namen,
        geen BSN en geen teksten uit het dossier. Elke regel is met een hash verbonden aan de regel ervoor; &lsquo;Keten controleren&rsquo; laat zien of er
        regels zijn gewijzigd of verwijderd. Het logboek wordt niet opgeschoond: ook na het verwijderen van een dossier blijven de regels bewaard.
      </Typography>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          Filteren
        </Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Box sx={{ width: 190 }}>
            <DatumInvoer label="Van" naam="van" waarde={van} wijzig={wijzigFilter(setVan)} verlaat={() => undefined} />
          </Box>
          <Box sx={{ width: 190 }}>
            <DatumInvoer label="Tot en met" naam="tot" waarde={tot} wijzig={wijzigFilter(setTot)} verlaat={() => undefined} fout={periodeFout} />
          </Box>
          <TextField select label="Wie" name="actor" value={actor} onChange={(e) => wijzigFilter(setActor)(e.target.value)} sx={{ width: 200 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
            <MenuItem value={ALLES}>Iedereen</MenuItem>
            {(lijst.data?.actoren ?? []).map((a) => (
              <MenuItem key={a} value={a}>
                {a}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label="Soort" name="object" value={object} onChange={(e) => wijzigFilter(setObject)(e.target.value)} sx={{ width: 200 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
            <MenuItem value={ALLES}>Alle soorten</MenuItem>
            {LOGBOEK_OBJECTEN.map((o) => (
              <MenuItem key={o} value={o}>
                {LOGBOEK_OBJECT_LABELS[o]}
              </MenuItem>
            ))}
          </TextField>
          <TextField select label="Resultaat" name="resultaat" value={resultaat} onChange={(e) => wijzigFilter(setResultaat)(e.target.value)} sx={{ width: 200 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
            <MenuItem value={ALLES}>Alle resultaten</MenuItem>
            <MenuItem value="gelukt">Gelukt</MenuItem>
            <MenuItem value="geweigerd">Geweigerd</MenuItem>
          </TextField>
        </Stack>
      </Paper>

      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" loading={controleren.isPending} onClick={() => controleren.mutate()}>
          Keten controleren
        </Button>
        <Button variant="outlined" loading={exporteren.isPending} disabled={!!periodeFout} onClick={() => exporteren.mutate()}>
          Exporteren naar Excel
        </Button>
      </Stack>
      {uitkomst && (
        <Alert severity={uitkomst.ok ? 'success' : 'error'} onClose={() => controleren.reset()}>
          {uitkomst.melding}
        </Alert>
      )}
      {melding && (
        <Alert severity="success" onClose={() => setMelding(null)}>
          {melding}
        </Alert>
      )}
      {controleren.isError && <FoutMelding fout={controleren.error} />}
      {exporteren.isError && <FoutMelding fout={exporteren.error} />}
      {lijst.isError && <FoutMelding fout={lijst.error} />}

      <Typography role="status">
        {lijst.data ? `${getal(lijst.data.totaal, 0)} ${lijst.data.totaal === 1 ? 'regel' : 'regels'}` : 'Regels tellen…'}
        {filter.van || filter.tot || filter.actor || filter.object || filter.resultaat ? ' met dit filter' : ' in het logboek'}
      </Typography>
      <DataGrid
        aria-label="Logboek van de kluis"
        rows={lijst.data?.rijen ?? []}
        columns={kolommen}
        rowCount={lijst.data?.totaal ?? 0}
        loading={lijst.isFetching}
        paginationMode="server"
        sortingMode="server"
        paginationModel={paginering}
        onPaginationModelChange={setPaginering}
        pageSizeOptions={PAGINAGROOTTES}
        sortModel={sortering}
        onSortModelChange={(model) => {
          setSortering(model);
          setPaginering((p) => ({ ...p, page: 0 }));
        }}
        // Only tijdstip sorts, newest or oldest first; there is no unsorted state.
        sortingOrder={['desc', 'asc']}
        disableColumnFilter
        disableRowSelectionOnClick
        density="compact"
        autoHeight
        localeText={GRID_TEKSTEN}
      />
    </Stack>
  );
}
