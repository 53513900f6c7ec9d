import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import type { InburgeraarRij } from '../../../shared/domain/inburgeraar';
import { bsnWeergave, datumKort, naamAchternaamEerst } from '../../../shared/format';
import { DOELGROEPEN, DOELGROEP_LABELS, type Doelgroep } from '../../../shared/rules/doelgroep';
import { plusDagen, vandaagInNederland } from '../../../shared/rules/datum';
import { STATUSSEN, STATUS_LABELS, type Status } from '../../../shared/rules/status';
import { koers } from '../../api/koers';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding } from '../../components/Laden';
import { ExporterenKnop } from '../importeren/ExporterenKnop';
import { pastBijZoekterm } from './zoeken';

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
    valueFormatter: (waarde: string | null) => (waarde ? datumKort(waarde) : '—'),
  },
  { field: 'woonplaats', headerName: 'Woonplaats', flex: 0.8, minWidth: 120 },
];

// The two PIP counts of the werkvoorraad (`werkvoorraad` in electron/handlers/inburgeraars.ts), by the same
// rule on the same date: a link from a count opens exactly the dossiers it counted.
const PIP_FILTERS = {
  verstreken: { label: 'Termijn verstreken', past: (uiterlijk: string, vandaag: string) => uiterlijk < vandaag },
  binnen2weken: { label: 'Uiterlijk binnen 2 weken', past: (uiterlijk: string, vandaag: string) => uiterlijk >= vandaag && uiterlijk <= plusDagen(vandaag, 14) },
} as const;
type PipFilter = keyof typeof PIP_FILTERS;

function alsPipFilter(waarde: string | null): PipFilter | '' {
  return waarde === 'verstreken' || waarde === 'binnen2weken' ? waarde : '';
}

export function InburgeraarsLijst() {
  const lijst = useQuery({ queryKey: ['inburgeraars'], queryFn: () => koers('inburgeraarsLijst', {}) });
  const [zoekterm, setZoekterm] = useState('');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const doelgroep = params.get('doelgroep') ?? '';
  const status = params.get('status') ?? '';
  const pip = alsPipFilter(params.get('pip'));
  const vandaag = vandaagInNederland();

  const zetFilter = (naam: 'doelgroep' | 'status' | 'pip', waarde: string) => {
    const volgende = new URLSearchParams(params);
    if (waarde) volgende.set(naam, waarde);
    else volgende.delete(naam);
    setParams(volgende, { replace: true });
  };

  const rijen = useMemo(
    () =>
      (lijst.data ?? []).filter(
        (rij) =>
          pastBijZoekterm(rij, zoekterm) &&
          (!doelgroep || rij.doelgroep === doelgroep) &&
          (!status || rij.status === status) &&
          (!pip || (rij.pipUiterlijk !== null && PIP_FILTERS[pip].past(rij.pipUiterlijk, vandaag))),
      ),
    [lijst.data, zoekterm, doelgroep, status, pip, vandaag],
  );

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
          autoFocus
          sx={{ flex: 2 }}
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
          {(Object.keys(PIP_FILTERS) as PipFilter[]).map((p) => (
            <MenuItem key={p} value={p}>
              {PIP_FILTERS[p].label}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {lijst.isError && <FoutMelding fout={lijst.error} />}
      <Typography role="status" aria-live="polite" sx={{ mb: 1 }} color="text.secondary">
        {lijst.isPending ? 'Bezig met laden…' : `${rijen.length} van ${lijst.data?.length ?? 0} inburgeraars`}
      </Typography>
      <Box sx={{ height: 'calc(100vh - 300px)', minHeight: 360 }}>
        <DataGrid
          aria-label="Inburgeraars"
          rows={rijen}
          columns={kolommen}
          loading={lijst.isPending}
          disableRowSelectionOnClick
          initialState={{ sorting: { sortModel: [{ field: 'naam', sort: 'asc' }] } }}
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
