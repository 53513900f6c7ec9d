import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridRowSelectionModel } from '@mui/x-data-grid';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Uitvoer } from '../../../shared/contract';
import { PAGINA_STANDAARD } from '../../../shared/contract/paginering';
import type { DuoFilter, DuoVeld } from '../../../shared/domain/duo';
import { bsnWeergave, datumKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumInvoer } from '../../components/FormVelden';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding } from '../../components/Laden';
import { eerderGemeldTekst, statusTekst, veldLabel, waardeTekst } from './duoTeksten';

type Rij = Uitvoer<'duoMeldingenLijst'>['rijen'][number];

const rijId = (r: { inburgeraarId: number; veld: DuoVeld }) => `${r.inburgeraarId}:${r.veld}`;

export function DuoMeldingen() {
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<DuoFilter>('nog_te_melden');
  // Paged on the server (issue 14): the window only holds the page it shows.
  const [paginering, setPaginering] = useState<GridPaginationModel>({ page: 0, pageSize: PAGINA_STANDAARD });
  const lijst = useQuery({
    queryKey: ['duoMeldingen', filter, paginering.page, paginering.pageSize],
    queryFn: () => koers('duoMeldingenLijst', { filter, pagina: paginering.page, aantal: paginering.pageSize }),
    placeholderData: keepPreviousData,
  });
  const [selectie, setSelectie] = useState<GridRowSelectionModel>({ type: 'include', ids: new Set() });
  // undefined: not touched yet, so today.
  const [gemeldOp, setGemeldOp] = useState<string | null | undefined>(undefined);
  const [melding, setMelding] = useState<string | null>(null);

  const rijen = lijst.data?.rijen ?? [];
  const selecteerbaar = rijen.filter((r) => r.status === 'nog_te_melden');
  // "Select all" gives an exclude-model: every selectable row except the ids listed.
  const gekozen = selectie.type === 'include' ? selecteerbaar.filter((r) => selectie.ids.has(rijId(r))) : selecteerbaar.filter((r) => !selectie.ids.has(rijId(r)));
  const datum = gemeldOp === undefined ? (lijst.data?.vandaag ?? null) : gemeldOp;

  const markeren = useMutation({
    mutationFn: () => koers('duoGemeldMarkeren', { items: gekozen.map((r) => ({ inburgeraarId: r.inburgeraarId, veld: r.veld })), gemeldOp: datum ?? '' }),
    onSuccess: async ({ gemarkeerd }) => {
      setMelding(`${gemarkeerd} ${gemarkeerd === 1 ? 'gegeven' : 'gegevens'} gemarkeerd als gemeld op ${datumKort(datum!)}.`);
      setSelectie({ type: 'include', ids: new Set() });
      await queryClient.invalidateQueries({ queryKey: ['duoMeldingen'] });
      await queryClient.invalidateQueries({ queryKey: ['duoDossier'] });
      await queryClient.invalidateQueries({ queryKey: ['logboek'] });
    },
  });
  const exporteren = useMutation({
    mutationFn: () => koers('duoMeldingenExporteren', { filter }),
    onSuccess: ({ bestandsnaam, opgeslagen }) => setMelding(opgeslagen ? `Opgeslagen als ${bestandsnaam}.` : null),
  });

  const kolommen: GridColDef<Rij>[] = [
    {
      field: 'naam',
      headerName: 'Naam',
      flex: 1.2,
      minWidth: 180,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/inburgeraars/${row.inburgeraarId}`}>
          {row.naam}
        </Link>
      ),
    },
    { field: 'bsn', headerName: 'BSN', width: 120, valueFormatter: (v: string) => bsnWeergave(v) },
    { field: 'veld', headerName: 'Gegeven', flex: 1, minWidth: 200, valueGetter: (_v, r) => veldLabel(r.veld) },
    { field: 'waarde', headerName: 'Waarde', width: 150, valueGetter: (_v, r) => waardeTekst(r) },
    { field: 'gemeld', headerName: 'DUO heeft nu', flex: 1, minWidth: 190, sortable: false, valueGetter: (_v, r) => eerderGemeldTekst(r) },
    { field: 'status', headerName: 'Status', width: 220, valueGetter: (_v, r) => statusTekst(r) },
  ];

  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        DUO-meldingen
      </Typography>
      <Typography>
        Deze gegevens registreert de gemeente in het DUO-portaal Inburgering (art. 34 Wet inburgering 2021; art. 9.2 en 9.3 Besluit inburgering 2021). Een
        gegeven blijft &lsquo;nog te melden&rsquo; tot u het als gemeld markeert. Verandert het daarna, bijvoorbeeld door een wijziging van het PIP, dan
        komt het terug met de waarde die DUO nu heeft.
      </Typography>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {filter === 'alles' ? 'Alle gegevens voor DUO' : 'Nog te melden'}
        </Typography>
        {lijst.isError && <FoutMelding fout={lijst.error} />}
        <Stack direction="row" spacing={3} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 2 }}>
          <Typography role="status">
            <strong>{lijst.data?.teMelden ?? '…'}</strong> {lijst.data?.teMelden === 1 ? 'gegeven' : 'gegevens'} nog te melden bij{' '}
            <strong>{lijst.data?.dossiers ?? '…'}</strong> {lijst.data?.dossiers === 1 ? 'inburgeraar' : 'inburgeraars'}
          </Typography>
          <FormControlLabel
            control={
              <Switch
                checked={filter === 'alles'}
                onChange={(e) => {
                  setFilter(e.target.checked ? 'alles' : 'nog_te_melden');
                  setPaginering((p) => ({ ...p, page: 0 }));
                }}
              />
            }
            label="Ook wat al gemeld is tonen"
          />
        </Stack>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'flex-start' } }}>
          <Box sx={{ maxWidth: 220 }}>
            <DatumInvoer label="Gemeld op" naam="gemeldOp" waarde={datum} wijzig={setGemeldOp} verlaat={() => undefined} verplicht />
          </Box>
          <Button variant="contained" disabled={gekozen.length === 0 || !datum} loading={markeren.isPending} onClick={() => markeren.mutate()} sx={{ mt: 1 }}>
            Markeren als gemeld ({gekozen.length})
          </Button>
          <Button variant="outlined" loading={exporteren.isPending} onClick={() => exporteren.mutate()} sx={{ mt: 1 }}>
            Exporteren naar Excel
          </Button>
        </Stack>
        <Alert severity="warning" role="note" sx={{ mb: 2 }}>
          Het Excel-bestand bevat het BSN: het DUO-portaal zoekt inburgeraars op BSN. Het is de enige export van Koers met het BSN. Bewaar het bestand
          alleen zolang u het nodig hebt.
        </Alert>
        {melding && (
          <Alert severity="success" sx={{ mb: 2 }} onClose={() => setMelding(null)}>
            {melding}
          </Alert>
        )}
        {markeren.isError && <FoutMelding fout={markeren.error} />}
        {exporteren.isError && <FoutMelding fout={exporteren.error} />}
        <DataGrid
          aria-label={filter === 'alles' ? 'Alle gegevens voor DUO' : 'Nog te melden aan DUO'}
          rows={rijen}
          columns={kolommen}
          getRowId={rijId}
          loading={lijst.isFetching}
          paginationMode="server"
          rowCount={lijst.data?.totaal ?? 0}
          paginationModel={paginering}
          onPaginationModelChange={setPaginering}
          pageSizeOptions={[25, 50, PAGINA_STANDAARD]}
          checkboxSelection
          isRowSelectable={({ row }) => row.status === 'nog_te_melden'}
          disableRowSelectionOnClick
          rowSelectionModel={selectie}
          onRowSelectionModelChange={setSelectie}
          density="compact"
          autoHeight
          localeText={GRID_TEKSTEN}
        />
      </Paper>
    </Stack>
  );
}
