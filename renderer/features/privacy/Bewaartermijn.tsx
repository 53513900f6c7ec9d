import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Uitvoer } from '../../../shared/contract';
import { datumKort, datumLang } from '../../../shared/format';
import { STATUS_LABELS } from '../../../shared/rules/status';
import { koers } from '../../api/koers';
import { BevestigDialoog } from '../../components/BevestigDialoog';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding, Laden } from '../../components/Laden';

// Besluit inburgering 2021 art. 9.9: the dossiers past their bewaartermijn, checked on today's date each time
// the tab opens; the regisseur selects and confirms. Kerngegevens past fifty years are listed the same way.

type Lijst = Uitvoer<'privacyBewaartermijnLijst'>;
type DossierRij = Lijst['dossiers'][number];
type KernRij = Lijst['kerngegevensVerlopen'][number];

const GEEN: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** The rows a selection model holds; "select all" gives an exclude-model. */
function gekozenUit<R>(rijen: readonly R[], selectie: GridRowSelectionModel, id: (r: R) => number): R[] {
  return selectie.type === 'include' ? rijen.filter((r) => selectie.ids.has(id(r))) : rijen.filter((r) => !selectie.ids.has(id(r)));
}

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

export function Bewaartermijn() {
  const queryClient = useQueryClient();
  const lijst = useQuery({ queryKey: ['bewaartermijn'], queryFn: () => koers('privacyBewaartermijnLijst', {}) });
  const [dossierSelectie, setDossierSelectie] = useState<GridRowSelectionModel>(GEEN);
  const [kernSelectie, setKernSelectie] = useState<GridRowSelectionModel>(GEEN);
  const [bevestigen, setBevestigen] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);

  const dossiers = gekozenUit(lijst.data?.dossiers ?? [], dossierSelectie, (r) => r.inburgeraarId);
  const kern = gekozenUit(lijst.data?.kerngegevensVerlopen ?? [], kernSelectie, (r) => r.id);

  const opschonen = useMutation({
    mutationFn: () => koers('privacyOpschonen', { inburgeraarIds: dossiers.map((d) => d.inburgeraarId), kerngegevensIds: kern.map((k) => k.id) }),
    onSuccess: async (uit) => {
      setBevestigen(false);
      setDossierSelectie(GEEN);
      setKernSelectie(GEEN);
      const delen = [uit.dossiers > 0 ? `${meervoud(uit.dossiers, 'dossier', 'dossiers')} opgeschoond` : '', uit.kerngegevens > 0 ? `${meervoud(uit.kerngegevens, 'regel', 'regels')} kerngegevens verwijderd` : ''];
      setMelding(`${delen.filter(Boolean).join(' en ')}.`.replace(/^./, (c) => c.toUpperCase()));
      for (const sleutel of ['bewaartermijn', 'inburgeraars', 'inburgeraar', 'werkvoorraad', 'logboek']) await queryClient.invalidateQueries({ queryKey: [sleutel] });
    },
  });

  if (lijst.isPending) return <Laden />;
  if (lijst.isError) return <FoutMelding fout={lijst.error} />;
  const l = lijst.data;

  const dossierKolommen: GridColDef<DossierRij>[] = [
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
    { field: 'geboortedatum', headerName: 'Geboren', width: 110, valueFormatter: (v: string) => datumKort(v) },
    { field: 'status', headerName: 'Status', width: 120, valueGetter: (_v, r) => STATUS_LABELS[r.status] },
    { field: 'eindeOp', headerName: 'Einde plicht of overleden', width: 190, valueFormatter: (v: string) => datumKort(v) },
    { field: 'verwijderenVanaf', headerName: 'Verwijderen vanaf', width: 150, valueFormatter: (v: string) => datumKort(v) },
    { field: 'kerngegevensTot', headerName: 'Kerngegevens tot', width: 150, valueFormatter: (v: string) => datumKort(v) },
    { field: 'artikel', headerName: 'Grond', flex: 1, minWidth: 200 },
  ];
  const kernKolommen: GridColDef<KernRij>[] = [
    { field: 'naam', headerName: 'Naam', flex: 1, minWidth: 180 },
    { field: 'geboortedatum', headerName: 'Geboren', width: 110, valueFormatter: (v: string) => datumKort(v) },
    { field: 'wijze', headerName: 'Einde van de plicht', flex: 1.2, minWidth: 220 },
    { field: 'eindeOp', headerName: 'Op', width: 110, valueFormatter: (v: string) => datumKort(v) },
    { field: 'bewarenTot', headerName: 'Bewaren tot en met', width: 160, valueFormatter: (v: string) => datumKort(v) },
  ];

  return (
    <Stack spacing={3}>
      <Typography variant="h5" component="h2">
        Bewaartermijn
      </Typography>
      <Typography>
        De gemeente verwijdert de persoonsgegevens van een inburgeraar vijf jaar nadat de inburgeringsplicht is geëindigd, of als de inburgeraar is
        overleden (art. 9.9 lid 1 Besluit inburgering 2021). Alleen de kerngegevens blijven, hoogstens vijftig jaar (lid 2): {l.blijftBewaard}. Koers
        controleert dit elke keer dat u dit scherm opent, op de datum van vandaag ({datumLang(l.vandaag)}).
      </Typography>
      {melding && (
        <Alert severity="success" onClose={() => setMelding(null)}>
          {melding}
        </Alert>
      )}

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          Dossiers met een verstreken bewaartermijn
        </Typography>
        {l.dossiers.length === 0 ? (
          <Typography role="status">Er zijn geen dossiers waarvan de bewaartermijn verstreken is.</Typography>
        ) : (
          <>
            <Typography role="status" sx={{ mb: 2 }}>
              {meervoud(l.dossiersTotaal, 'dossier moet', 'dossiers moeten')} worden opgeschoond. Kies de dossiers en bevestig.
              {l.dossiers.length < l.dossiersTotaal && ` Hier staan de eerste ${l.dossiers.length}; na het opschonen volgen de andere.`}
            </Typography>
            <DataGrid
              aria-label="Dossiers met een verstreken bewaartermijn"
              rows={l.dossiers}
              columns={dossierKolommen}
              getRowId={(r) => r.inburgeraarId}
              checkboxSelection
              disableRowSelectionOnClick
              rowSelectionModel={dossierSelectie}
              onRowSelectionModelChange={setDossierSelectie}
              density="compact"
              autoHeight
              localeText={GRID_TEKSTEN}
            />
          </>
        )}
      </Paper>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          Kerngegevens na vijftig jaar
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Koers bewaart de kerngegevens van {meervoud(l.kerngegevensBewaard + l.kerngegevensVerlopenTotaal, 'opgeschoond dossier', 'opgeschoonde dossiers')}.
          Ze staan niet meer bij de inburgeraars en niet in de werkvoorraad.
        </Typography>
        {l.kerngegevensVerlopen.length === 0 ? (
          <Typography role="status">Er zijn geen kerngegevens waarvan de vijftig jaar voorbij zijn.</Typography>
        ) : (
          <DataGrid
            aria-label="Kerngegevens waarvan de vijftig jaar voorbij zijn"
            rows={l.kerngegevensVerlopen}
            columns={kernKolommen}
            getRowId={(r) => r.id}
            checkboxSelection
            disableRowSelectionOnClick
            rowSelectionModel={kernSelectie}
            onRowSelectionModelChange={setKernSelectie}
            density="compact"
            autoHeight
            localeText={GRID_TEKSTEN}
          />
        )}
      </Paper>

      <Stack direction="row" spacing={2}>
        <Button variant="contained" color="error" disabled={dossiers.length + kern.length === 0} onClick={() => setBevestigen(true)}>
          Gekozen gegevens verwijderen ({dossiers.length + kern.length})
        </Button>
      </Stack>

      <BevestigDialoog
        open={bevestigen}
        titel="Gegevens verwijderen na de bewaartermijn"
        bevestigLabel="Definitief verwijderen"
        gevaarlijk
        focusOpAnnuleren
        bezig={opschonen.isPending}
        fout={opschonen.error}
        bevestig={() => opschonen.mutate()}
        annuleer={() => {
          setBevestigen(false);
          opschonen.reset();
        }}
      >
        {dossiers.length > 0 && (
          <>
            <Typography gutterBottom>
              U schoont {meervoud(dossiers.length, 'dossier', 'dossiers')} op: {dossiers.map((d) => d.naam).join(', ')}.
            </Typography>
            <Typography gutterBottom>
              <strong>Wordt verwijderd:</strong> {l.wordtVerwijderd}
            </Typography>
            <Typography gutterBottom>
              <strong>Blijft bewaard</strong> (hoogstens vijftig jaar): {l.blijftBewaard}.
            </Typography>
          </>
        )}
        {kern.length > 0 && (
          <Typography gutterBottom>
            Van {meervoud(kern.length, 'opgeschoond dossier', 'opgeschoonde dossiers')} worden ook de kerngegevens verwijderd: {kern.map((k) => k.naam).join(', ')}. Daarna
            is er niets meer van over.
          </Typography>
        )}
        <Typography>Dit kan niet ongedaan worden gemaakt. Het logboek noemt alleen het dossiernummer.</Typography>
      </BevestigDialoog>
    </Stack>
  );
}
