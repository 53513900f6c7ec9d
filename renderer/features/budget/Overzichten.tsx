import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { KOSTEN_COMPONENT_LABELS, type ComponentRegel, type PersoonRegel } from '../../../shared/domain/budget';
import { bedrag, datumKort } from '../../../shared/format';
import { DOELGROEP_LABELS } from '../../../shared/rules/doelgroep';
import { koers } from '../../api/koers';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding, Laden } from '../../components/Laden';

const euro = (cent: number) => bedrag(cent / 100);
const bedragKolom = { type: 'number' as const, width: 150, valueFormatter: (v: number) => euro(v) };

function useOverzicht(jaar: number) {
  return useQuery({ queryKey: ['budgetOverzicht', jaar], queryFn: () => koers('budgetOverzicht', { jaar }) });
}

type ComponentRij = ComponentRegel & { id: string; label: string };

export function PerComponent({ jaar }: { jaar: number }) {
  const overzicht = useOverzicht(jaar);
  if (overzicht.isPending) return <Laden />;
  if (overzicht.isError) return <FoutMelding fout={overzicht.error} />;
  const o = overzicht.data;
  const rijen: ComponentRij[] = [
    ...o.perComponent.map((r) => ({ ...r, id: r.component, label: KOSTEN_COMPONENT_LABELS[r.component] })),
    { id: 'totaal', label: 'Totaal', component: 'overig', besteedCent: o.totaal.besteedCent, normCent: o.totaal.normCent, verschilCent: o.totaal.normCent - o.totaal.besteedCent, aantalRegels: o.perComponent.reduce((n, r) => n + r.aantalRegels, 0), tenLasteVanSpuk: false },
  ];
  const kolommen: GridColDef<ComponentRij>[] = [
    { field: 'label', headerName: 'Component', flex: 1, minWidth: 200 },
    { field: 'tenLasteVanSpuk', headerName: 'Uit SPUK', width: 100, valueGetter: (_v, r) => (r.id === 'totaal' ? '' : r.tenLasteVanSpuk ? 'ja' : 'nee') },
    { field: 'aantalRegels', headerName: 'Regels', type: 'number', width: 90 },
    { field: 'besteedCent', headerName: `Besteed ${jaar}`, ...bedragKolom },
    { field: 'normCent', headerName: 'Normbedragen instroom', ...bedragKolom, width: 190 },
    { field: 'verschilCent', headerName: 'Verschil', ...bedragKolom },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Per component
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Besteed in {jaar} naast de som van de normbedragen van de {o.totaal.aantalInCohort} {o.totaal.aantalInCohort === 1 ? 'inburgeraar' : 'inburgeraars'} van wie de inburgeringsplicht in {jaar}{' '}
        begon (kennisgeving DUO, anders inschrijving BRP). Het normbedrag voor de leerroute telt bij de route van het PIP; zonder PIP nog niet. Ten laste van de SPUK:{' '}
        <strong>{euro(o.totaal.besteedSpukCent)}</strong>.
      </Typography>
      <DataGrid
        aria-label={`Budget per component ${jaar}`}
        rows={rijen}
        columns={kolommen}
        density="compact"
        autoHeight
        hideFooter
        disableRowSelectionOnClick
        localeText={GRID_TEKSTEN}
        getRowClassName={({ row }) => (row.id === 'totaal' ? 'totaal' : '')}
        sx={{ '& .totaal': { fontWeight: 700 } }}
      />
    </Paper>
  );
}

type PersoonRij = PersoonRegel & { id: number };

export function PerInburgeraar({ jaar }: { jaar: number }) {
  // The persons are paged on the server (issue 14); the count and sums are of all of them.
  const [paginering, setPaginering] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const overzicht = useQuery({
    queryKey: ['budgetOverzicht', jaar, 'personen', paginering.page, paginering.pageSize],
    queryFn: () => koers('budgetOverzicht', { jaar, pagina: paginering.page, aantal: paginering.pageSize }),
    placeholderData: keepPreviousData,
  });
  if (overzicht.isPending) return <Laden />;
  if (overzicht.isError) return <FoutMelding fout={overzicht.error} />;
  const o = overzicht.data;
  const rijen: PersoonRij[] = o.perPersoon.map((p) => ({ ...p, id: p.inburgeraarId }));
  const som = (veld: 'besteedJaarCent' | 'besteedTotaalCent' | 'normCent') => o.perPersoonTotaal[veld];
  const aantal = o.perPersoonTotaal.aantal;
  const kolommen: GridColDef<PersoonRij>[] = [
    {
      field: 'naam',
      headerName: 'Naam',
      flex: 1,
      minWidth: 180,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`/inburgeraars/${row.inburgeraarId}`}>
          {row.naam}
        </Link>
      ),
    },
    { field: 'doelgroep', headerName: 'Doelgroep', width: 160, valueGetter: (_v, r) => DOELGROEP_LABELS[r.doelgroep] },
    { field: 'startdatum', headerName: 'Start plicht', width: 120, valueFormatter: (v: string | null) => (v ? datumKort(v) : '') },
    { field: 'inCohort', headerName: `Instroom ${jaar}`, width: 120, valueGetter: (_v, r) => (r.inCohort ? 'ja' : 'nee') },
    { field: 'besteedJaarCent', headerName: `Kosten ${jaar}`, ...bedragKolom },
    { field: 'besteedTotaalCent', headerName: `Kosten t/m ${jaar}`, ...bedragKolom, width: 160 },
    { field: 'normCent', headerName: 'Normbedragen', ...bedragKolom },
    { field: 'verschilCent', headerName: 'Ruimte tot norm', ...bedragKolom, width: 160 },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Per inburgeraar
      </Typography>
      <Typography sx={{ mb: 1 }}>
        De instroom van {jaar} en iedereen aan wie in {jaar} kosten zijn gekoppeld. De normbedragen zijn die voor de doelgroep, zoals ze golden bij de start van de plicht.
      </Typography>
      <Typography role="status" sx={{ mb: 2 }}>
        {aantal} {aantal === 1 ? 'inburgeraar' : 'inburgeraars'}; kosten {jaar}: <strong>{euro(som('besteedJaarCent'))}</strong>; kosten t/m {jaar}: {euro(som('besteedTotaalCent'))}; normbedragen samen: {euro(som('normCent'))}.
      </Typography>
      <DataGrid
        aria-label={`Budget per inburgeraar ${jaar}`}
        rows={rijen}
        columns={kolommen}
        density="compact"
        autoHeight
        disableRowSelectionOnClick
        loading={overzicht.isFetching}
        paginationMode="server"
        rowCount={aantal}
        paginationModel={paginering}
        onPaginationModelChange={setPaginering}
        disableColumnSorting
        pageSizeOptions={[25, 50, 100]}
        localeText={GRID_TEKSTEN}
      />
    </Paper>
  );
}
