import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import type { Invoer } from '../../../shared/contract';
import type { InburgeraarRij } from '../../../shared/domain/inburgeraar';
import { bsnWeergave, datumKort, naamAchternaamEerst } from '../../../shared/format';
import { DOELGROEPEN, DOELGROEP_LABELS, type Doelgroep } from '../../../shared/rules/doelgroep';
import { STATUSSEN, STATUS_LABELS, type Status } from '../../../shared/rules/status';
import { LIJST_STANDAARD_AANTAL, PIP_FILTERS, PIP_FILTER_LABELS, type LijstSortering, type PipFilter } from '../../../shared/zoeken';
import { koers } from '../../api/koers';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding } from '../../components/Laden';
import { ExporterenKnop } from '../importeren/ExporterenKnop';
import { useNaPauze } from './DossierKiezer';

const kolommen: GridColDef<InburgeraarRij>[] = [
  {
    field: 'naam',
    headerName: 'Naam',
    flex: 1.4,
    minWidth: 200,
    valueGetter: (_waarde, rij) => naamAchternaamEerst(rij),
    renderCell: ({ row, value }) => (
      <Link component={RouterLink} to={`/inburgeraars/${row.id}`}>
        {value as string}
      </Link>
    ),
  },
  { field: 'bsn', headerName: 'BSN', width: 130, valueFormatter: (waarde: string) => bsnWeergave(waarde) },
  { field: 'geboortedatum', headerName: 'Geboortedatum', width: 140, valueFormatter: (waarde: string) => datumKort(waarde) },
  { field: 'doelgroep', headerName: 'Doelgroep', width: 170, valueFormatter: (waarde: Doelgroep) => DOELGROEP_LABELS[waarde] },
  { field: 'status', headerName: 'Status', width: 150, valueFormatter: (waarde: Status) => STATUS_LABELS[waarde] },
  {
    field: 'pipUiterlijk',
    headerName: 'PIP uiterlijk',
    width: 130,
    sortable: false,
    valueFormatter: (waarde: string | null) => (waarde ? datumKort(waarde) : '—'),
  },
  { field: 'woonplaats', headerName: 'Woonplaats', flex: 0.8, minWidth: 120 },
];

const SORTEERBAAR: Record<string, LijstSortering> = {
  naam: 'naam',
  bsn: 'bsn',
  geboortedatum: 'geboortedatum',
  doelgroep: 'doelgroep',
  status: 'status',
  woonplaats: 'woonplaats',
};
const PAGINAGROOTTES = [25, 50, 100];
const STANDAARD_SORTERING: GridSortModel = [{ field: 'naam', sort: 'asc' }];

// The two PIP counts of the werkvoorraad link here (?pip=…): the server applies the same rule on the same date.
function alsPipFilter(waarde: string | null): PipFilter | '' {
  return (PIP_FILTERS as readonly string[]).includes(waarde ?? '') ? (waarde as PipFilter) : '';
}

function alsStatus(waarde: string | null): Status | '' {
  return (STATUSSEN as readonly string[]).includes(waarde ?? '') ? (waarde as Status) : '';
}

function alsDoelgroep(waarde: string | null): Doelgroep | '' {
  return (DOELGROEPEN as readonly string[]).includes(waarde ?? '') ? (waarde as Doelgroep) : '';
}

/**
 * The inburgeraars list: search, filters, sorting and paging happen in the vault (keyset paging, issue 14);
 * the window holds one page. The cursor of every page seen is kept, so "vorige" and "volgende" walk back and on.
 */
export function InburgeraarsLijst() {
  const [zoekterm, setZoekterm] = useState('');
  const term = useNaPauze(zoekterm.trim(), 200);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const doelgroep = alsDoelgroep(params.get('doelgroep'));
  const status = alsStatus(params.get('status'));
  const pip = alsPipFilter(params.get('pip'));
  const [sortering, setSortering] = useState<GridSortModel>(STANDAARD_SORTERING);
  const [paginering, setPaginering] = useState<GridPaginationModel>({ page: 0, pageSize: LIJST_STANDAARD_AANTAL });
  // cursors[p] opens page p; page 0 needs none.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);

  const sorteer = SORTEERBAAR[sortering[0]?.field ?? 'naam'] ?? 'naam';
  const richting = sortering[0]?.sort === 'desc' ? 'desc' : 'asc';
  const vraag = useMemo(
    () => ({
      ...(term ? { zoekterm: term } : {}),
      ...(status ? { status } : {}),
      ...(doelgroep ? { doelgroep } : {}),
      ...(pip ? { pip } : {}),
      sorteer,
      richting,
      aantal: paginering.pageSize,
    }),
    [term, status, doelgroep, pip, sorteer, richting, paginering.pageSize],
  ) satisfies Invoer<'inburgeraarsLijst'>;

  // Another question starts again on the first page.
  const sleutel = JSON.stringify(vraag);
  const [vorigeSleutel, setVorigeSleutel] = useState(sleutel);
  if (sleutel !== vorigeSleutel) {
    setVorigeSleutel(sleutel);
    setCursors([undefined]);
    setPaginering((p) => ({ ...p, page: 0 }));
  }
  const pagina = sleutel === vorigeSleutel ? paginering.page : 0;
  const na = cursors[pagina];

  const lijst = useQuery({
    queryKey: ['inburgeraars', 'lijst', vraag, pagina, na ?? null],
    queryFn: () => koers('inburgeraarsLijst', { ...vraag, ...(na ? { na } : {}) }),
    placeholderData: keepPreviousData,
  });
  const alle = useQuery({ queryKey: ['inburgeraars', 'totaal'], queryFn: () => koers('inburgeraarsLijst', { aantal: 1 }) });

  useEffect(() => {
    const volgende = lijst.data?.volgende;
    if (lijst.isPlaceholderData || !volgende) return;
    setCursors((c) => (c[pagina + 1] === volgende ? c : [...c.slice(0, pagina + 1), volgende]));
  }, [lijst.data, lijst.isPlaceholderData, pagina]);

  const zetFilter = (naam: 'doelgroep' | 'status' | 'pip', waarde: string) => {
    const volgende = new URLSearchParams(params);
    if (waarde) volgende.set(naam, waarde);
    else volgende.delete(naam);
    setParams(volgende, { replace: true });
  };

  const totaal = lijst.data?.totaal ?? 0;
  return (
    <>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h4" component="h1">
          Inburgeraars
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <ExporterenKnop kanaal="inburgeraarsExporteren" />
          <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/inburgeraars/nieuw">
            Nieuwe inburgeraar
          </Button>
        </Stack>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <TextField
          label="Zoek op naam of BSN"
          type="search"
          value={zoekterm}
          onChange={(event) => setZoekterm(event.target.value)}
          helperText="Begin van een naam (accenten mogen weg), BSN, V-nummer of kenmerk"
          autoFocus
          sx={{ flex: 2 }}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <TextField select label="Doelgroep" value={doelgroep} onChange={(event) => zetFilter('doelgroep', event.target.value)} sx={{ flex: 1 }}>
          <MenuItem value="">Alle doelgroepen</MenuItem>
          {DOELGROEPEN.map((d) => (
            <MenuItem key={d} value={d}>
              {DOELGROEP_LABELS[d]}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label="Status" value={status} onChange={(event) => zetFilter('status', event.target.value)} sx={{ flex: 1 }}>
          <MenuItem value="">Alle statussen</MenuItem>
          {STATUSSEN.map((s) => (
            <MenuItem key={s} value={s}>
              {STATUS_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label="PIP-termijn" value={pip} onChange={(event) => zetFilter('pip', event.target.value)} sx={{ flex: 1 }}>
          <MenuItem value="">Alle termijnen</MenuItem>
          {PIP_FILTERS.map((p) => (
            <MenuItem key={p} value={p}>
              {PIP_FILTER_LABELS[p]}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {lijst.isError && <FoutMelding fout={lijst.error} />}
      <Typography role="status" aria-live="polite" sx={{ mb: 1 }} color="text.secondary">
        {lijst.isPending || alle.isPending ? 'Bezig met laden…' : `${totaal} van ${alle.data?.totaal ?? 0} inburgeraars`}
      </Typography>
      <Box sx={{ height: 'calc(100vh - 300px)', minHeight: 360 }}>
        <DataGrid
          aria-label="Inburgeraars"
          rows={lijst.data?.rijen ?? []}
          columns={kolommen}
          rowCount={totaal}
          loading={lijst.isFetching}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          paginationModel={{ ...paginering, page: pagina }}
          onPaginationModelChange={(model) => {
            // Keyset paging: one page on or back at a time (the cursor of a page far ahead is not known).
            setPaginering(model.pageSize !== paginering.pageSize ? { ...model, page: 0 } : { ...model, page: Math.min(model.page, cursors.length - 1) });
          }}
          pageSizeOptions={PAGINAGROOTTES}
          sortModel={sortering}
          onSortModelChange={(model) => setSortering(model.length > 0 ? model : STANDAARD_SORTERING)}
          sortingOrder={['asc', 'desc']}
          disableColumnFilter
          disableRowSelectionOnClick
          onCellKeyDown={(cel, event) => {
            if (event.key === 'Enter') navigate(`/inburgeraars/${cel.id}`);
          }}
          onRowDoubleClick={(rij) => navigate(`/inburgeraars/${rij.id}`)}
          density="compact"
          localeText={GRID_TEKSTEN}
        />
      </Box>
    </>
  );
}
