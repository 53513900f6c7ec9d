import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridRowSelectionModel } from '@mui/x-data-grid';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Uitvoer } from '../../../shared/contract';
import { WERKLIJST_STANDAARD_AANTAL } from '../../../shared/contract/werklijst';
import { PVT_STATUS_LABELS, TRAJECT_KORT } from '../../../shared/domain/pvt';
import { datumKort } from '../../../shared/format';
import { formatUren } from '../../../shared/rules/pvt';
import { koers } from '../../api/koers';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding } from '../../components/Laden';
import { ExporterenKnop } from '../importeren/ExporterenKnop';

type Rij = Uitvoer<'pvtMapWerklijst'>['rijen'][number];

/** Enrol in a group: click "Inschrijven", click the group. */
function InschrijvenMenu({ ids, label, groepen, klaar }: { ids: number[]; label: string; groepen: Uitvoer<'pvtGroepen'>; klaar: (aantal: number) => void }) {
  const [anker, setAnker] = useState<HTMLElement | null>(null);
  const queryClient = useQueryClient();
  const inschrijven = useMutation({
    mutationFn: (groepId: number) => koers('pvtInschrijven', { groepId, inburgeraarIds: ids }),
    onSuccess: async ({ ingeschreven }) => {
      klaar(ingeschreven);
      await queryClient.invalidateQueries({ queryKey: ['pvtWerklijst'] });
      await queryClient.invalidateQueries({ queryKey: ['pvtGroepen'] });
    },
    onSettled: () => setAnker(null),
  });
  return (
    <>
      <Button size="small" variant="outlined" disabled={ids.length === 0 || groepen.length === 0} onClick={(e) => setAnker(e.currentTarget)} aria-haspopup="menu">
        {label}
      </Button>
      <Menu anchorEl={anker} open={!!anker} onClose={() => setAnker(null)}>
        {groepen.map((g) => (
          <MenuItem key={g.id} onClick={() => inschrijven.mutate(g.id)}>
            {g.naam} ({TRAJECT_KORT[g.traject]})
          </MenuItem>
        ))}
      </Menu>
      {inschrijven.isError && <FoutMelding fout={inschrijven.error} />}
    </>
  );
}

export function Werklijst() {
  // Paged on the server (issue 14): the window only holds the page it shows.
  const [paginering, setPaginering] = useState<GridPaginationModel>({ page: 0, pageSize: WERKLIJST_STANDAARD_AANTAL });
  const werklijst = useQuery({
    queryKey: ['pvtWerklijst', paginering.page, paginering.pageSize],
    queryFn: () => koers('pvtMapWerklijst', { pagina: paginering.page, aantal: paginering.pageSize }),
    placeholderData: keepPreviousData,
  });
  const groepen = useQuery({ queryKey: ['pvtGroepen'], queryFn: () => koers('pvtGroepen', {}) });
  const [selectie, setSelectie] = useState<GridRowSelectionModel>({ type: 'include', ids: new Set() });
  const [melding, setMelding] = useState<string | null>(null);
  const klaar = (aantal: number) => setMelding(`${aantal} ingeschreven.`);

  const kolommen: GridColDef<Rij>[] = [
    { field: 'naam', headerName: 'Naam', flex: 1.2, minWidth: 180, renderCell: ({ row }) => <Link component={RouterLink} to={`/inburgeraars/${row.id}`}>{row.naam}</Link> },
    { field: 'termijnEinde', headerName: 'Einde termijn', width: 130, valueFormatter: (v: string | null) => (v ? datumKort(v) : 'geen PIP') },
    { field: 'pvtStatus', headerName: 'PVT', width: 190, valueFormatter: (v: Rij['pvtStatus']) => PVT_STATUS_LABELS[v] },
    { field: 'pvtUren', headerName: 'PVT-uren', width: 100, valueFormatter: (v: number) => `${formatUren(v)} / 12` },
    { field: 'mapAfgerond', headerName: 'MAP', width: 150, valueGetter: (_v, r) => (!r.mapVanToepassing ? 'n.v.t. (onderwijsroute)' : r.mapAfgerond ? 'Afgerond' : 'Nog niet af') },
    { field: 'groepen', headerName: 'Groep', flex: 1, minWidth: 140 },
    {
      field: 'acties',
      headerName: 'Inschrijven',
      width: 150,
      sortable: false,
      renderCell: ({ row }) => <InschrijvenMenu ids={[row.id]} label="Inschrijven" groepen={groepen.data ?? []} klaar={klaar} />,
    },
  ];
  // "Select all" gives an exclude-model: every row of this page except the ids listed.
  const rijIds = (werklijst.data?.rijen ?? []).map((r) => r.id);
  const gekozen = selectie.type === 'include' ? [...selectie.ids].map(Number) : rijIds.filter((id) => !selectie.ids.has(id));

  return (
    <>
      {werklijst.isError && <FoutMelding fout={werklijst.error} />}
      <Stack direction="row" spacing={3} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography role="status">
          <strong>{werklijst.data?.pvtOpen ?? '…'}</strong> nog zonder afgeronde PVT · <strong>{werklijst.data?.mapOpen ?? '…'}</strong> nog zonder afgeronde MAP
        </Typography>
        <InschrijvenMenu ids={gekozen} label={`Geselecteerden inschrijven (${gekozen.length})`} groepen={groepen.data ?? []} klaar={klaar} />
        <ExporterenKnop kanaal="pvtWerklijstExporteren" />
      </Stack>
      {melding && <Alert severity="success" sx={{ mb: 2 }} onClose={() => setMelding(null)}>{melding}</Alert>}
      {groepen.data?.length === 0 && <Alert severity="info" sx={{ mb: 2 }}>Maak eerst een groep aan om inburgeraars in te schrijven.</Alert>}
      <DataGrid
        aria-label="Nog te doen: PVT en MAP"
        rows={werklijst.data?.rijen ?? []}
        columns={kolommen}
        loading={werklijst.isFetching}
        paginationMode="server"
        rowCount={werklijst.data?.totaal ?? 0}
        paginationModel={paginering}
        onPaginationModelChange={setPaginering}
        pageSizeOptions={[25, 50, WERKLIJST_STANDAARD_AANTAL]}
        sortingMode="server"
        disableColumnSorting
        checkboxSelection
        disableRowSelectionOnClick
        rowSelectionModel={selectie}
        onRowSelectionModelChange={setSelectie}
        density="compact"
        autoHeight
        localeText={GRID_TEKSTEN}
      />
    </>
  );
}
