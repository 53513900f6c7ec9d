import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  IMPORT_KOSTEN_VELD_LABELS,
  IMPORT_KOSTEN_VELDEN,
  KOSTEN_COMPONENT_LABELS,
  KOSTEN_RIJ_UITKOMST_LABELS,
  type KostenKoppeling,
  type KostenVoorbeeldRij,
} from '../../../shared/domain/budget';
import { bedrag, datumKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { leesAlsBase64 } from '../../components/bestanden';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding, Laden } from '../../components/Laden';
import { vernieuwBudget } from './Kosten';

const GEEN = 'geen';

/** The CSV export of the financial system: choose, map the columns, check every row, then import all or nothing. */
export function KostenImport() {
  const queryClient = useQueryClient();
  const invoer = useRef<HTMLInputElement>(null);
  const [bestand, setBestand] = useState<{ naam: string; inhoud: string } | null>(null);
  const [koppeling, setKoppeling] = useState<KostenKoppeling | null>(null);
  const voorbeeld = useMutation({
    mutationFn: (v: { bestand: { naam: string; inhoud: string }; koppeling: KostenKoppeling | null }) =>
      koers('kostenImportVoorbeeld', { bestandsnaam: v.bestand.naam, inhoud: v.bestand.inhoud, koppeling: v.koppeling }),
    onSuccess: (v) => setKoppeling(v.koppeling),
  });
  const importeren = useMutation({
    mutationFn: () => koers('kostenImporteren', { bestandsnaam: bestand!.naam, inhoud: bestand!.inhoud, koppeling }),
    onSuccess: async () => {
      await vernieuwBudget(queryClient);
    },
  });

  const kies = async (gekozen: File) => {
    const nieuw = { naam: gekozen.name, inhoud: await leesAlsBase64(gekozen) };
    setBestand(nieuw);
    setKoppeling(null);
    importeren.reset();
    voorbeeld.mutate({ bestand: nieuw, koppeling: null });
  };
  const wijzigKoppeling = (veld: keyof KostenKoppeling, waarde: string) => {
    const nieuw = { ...koppeling!, [veld]: waarde === GEEN ? null : Number(waarde) };
    setKoppeling(nieuw);
    importeren.reset();
    voorbeeld.mutate({ bestand: bestand!, koppeling: nieuw });
  };

  const v = voorbeeld.data;
  const fouten = v?.rijen.filter((r) => r.uitkomst === 'fout') ?? [];
  const kolommen: GridColDef<KostenVoorbeeldRij>[] = [
    { field: 'rij', headerName: 'Rij', width: 70, type: 'number' },
    { field: 'uitkomst', headerName: 'Uitkomst', width: 220, valueGetter: (_v, r) => KOSTEN_RIJ_UITKOMST_LABELS[r.uitkomst] },
    { field: 'datum', headerName: 'Datum', width: 110, valueFormatter: (d: string | null) => (d ? datumKort(d) : '') },
    { field: 'leverancier', headerName: 'Leverancier', flex: 1, minWidth: 150 },
    { field: 'component', headerName: 'Component', width: 190, valueGetter: (_v, r) => (r.component ? KOSTEN_COMPONENT_LABELS[r.component] : '') },
    { field: 'bedragCent', headerName: 'Bedrag', width: 130, type: 'number', valueFormatter: (c: number | null) => (c === null ? '' : bedrag(c / 100)) },
    { field: 'fouten', headerName: 'Reden', flex: 1.5, minWidth: 200, sortable: false, valueGetter: (_v, r) => r.fouten.join(' ') },
  ];

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Importeren uit het financiële systeem
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Kies de CSV-export met kostenregels. Koers herkent bedragen als 1.040,25 en -12,50 en datums als 23-11-2026 of 2026-11-23. Een regel die al in Koers staat (zelfde datum,
        leverancier, bedrag en omschrijving) wordt overgeslagen. Heeft één rij een fout, dan wordt niets geïmporteerd.
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => invoer.current?.click()}>
          CSV-bestand kiezen
        </Button>
        {bestand && <Typography>Gekozen: {bestand.naam}</Typography>}
      </Stack>
      <input
        ref={invoer}
        type="file"
        hidden
        accept=".csv,.txt,text/csv"
        aria-label="CSV-bestand met kosten kiezen"
        onChange={(e) => {
          const gekozen = e.target.files?.[0];
          if (gekozen) void kies(gekozen);
          e.target.value = '';
        }}
      />
      {voorbeeld.isPending && <Laden tekst="Bestand lezen en controleren…" />}
      {voorbeeld.isError && <FoutMelding fout={voorbeeld.error} />}
      {v && koppeling && (
        <>
          <Typography variant="subtitle1" component="h3" gutterBottom>
            Kolommen
          </Typography>
          <Grid container spacing={2} sx={{ mb: 2 }}>
            {IMPORT_KOSTEN_VELDEN.map((veld) => (
              <Grid key={veld} size={{ xs: 12, sm: 6, md: 4 }}>
                <TextField select fullWidth size="small" label={IMPORT_KOSTEN_VELD_LABELS[veld]} value={koppeling[veld] === null ? GEEN : String(koppeling[veld])} onChange={(e) => wijzigKoppeling(veld, e.target.value)}>
                  <MenuItem value={GEEN}>Geen kolom</MenuItem>
                  {v.koppen.map((kop, i) => (
                    <MenuItem key={i} value={String(i)}>
                      {kop || `Kolom ${i + 1}`}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            ))}
          </Grid>
          {v.ontbrekend.length > 0 ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              Kies nog een kolom voor: {v.ontbrekend.join(', ')}. Gebruikt het bestand een kostenplaats of grootboekrekening, koppel die codes dan aan een component bij &ldquo;Normbedragen en codes&rdquo;.
            </Alert>
          ) : (
            <>
              <Typography role="status" sx={{ mb: 1 }}>
                {v.aantallen.totaal} rijen: <strong>{v.aantallen.nieuw}</strong> nieuw ({bedrag(v.aantallen.bedragNieuwCent / 100)}), {v.aantallen.dubbel} al aanwezig, {v.aantallen.fout} met een fout.
              </Typography>
              {fouten.length > 0 && (
                <Alert severity="error" sx={{ mb: 2 }}>
                  <Typography>Verbeter deze rijen in het bestand en kies het opnieuw:</Typography>
                  <List dense disablePadding>
                    {fouten.slice(0, 20).map((r) => (
                      <ListItem key={r.rij} disableGutters>
                        Rij {r.rij}: {r.fouten.join(' ')}
                      </ListItem>
                    ))}
                  </List>
                  {fouten.length > 20 && <Typography>En nog {fouten.length - 20} rijen.</Typography>}
                </Alert>
              )}
              <Box sx={{ height: 360, mb: 2 }}>
                <DataGrid aria-label="Voorbeeld van de import per rij" rows={v.rijen} getRowId={(r) => r.rij} columns={kolommen} density="compact" disableRowSelectionOnClick localeText={GRID_TEKSTEN} />
              </Box>
              <Button variant="contained" disabled={fouten.length > 0 || v.aantallen.nieuw === 0 || importeren.isSuccess} loading={importeren.isPending} onClick={() => importeren.mutate()}>
                {v.aantallen.nieuw} {v.aantallen.nieuw === 1 ? 'regel' : 'regels'} importeren
              </Button>
            </>
          )}
          {importeren.isError && <FoutMelding fout={importeren.error} />}
          {importeren.data && (
            <Alert severity="success" sx={{ mt: 2 }}>
              {importeren.data.toegevoegd} {importeren.data.toegevoegd === 1 ? 'regel' : 'regels'} geïmporteerd; {importeren.data.dubbel} al aanwezig en overgeslagen.
            </Alert>
          )}
        </>
      )}
    </Paper>
  );
}
