import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef, type GridPaginationModel } from '@mui/x-data-grid';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { KOSTEN_COMPONENT_LABELS, KOSTEN_COMPONENTEN, type KostenRegel } from '../../../shared/domain/budget';
import { isoDatum, optioneleTekst, verplichteTekst } from '../../../shared/domain/velden';
import { bedrag, datumKort } from '../../../shared/format';
import { leesBedrag } from '../../../shared/rules/budget';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding } from '../../components/Laden';
import { VerwijderDialoog } from '../../components/VerwijderDialoog';
import { DossierKiezer, type GekozenDossier } from '../inburgeraars/DossierKiezer';
import { KostenImport } from './KostenImport';

const BUDGET_SLEUTELS = new Set(['budgetKosten', 'budgetOverzicht', 'budgetJaren', 'sisaIndicatoren', 'spukJaren', 'normbedragen', 'kostenCodes', 'budgetInstellingen', 'logboek']);

/** Everything on the budget screen comes from the same tables: refresh it all after a change. */
export function vernieuwBudget(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ predicate: (q) => BUDGET_SLEUTELS.has(String(q.queryKey[0])) });
}

export const COMPONENT_OPTIES = KOSTEN_COMPONENTEN.map((c) => ({ waarde: c, label: KOSTEN_COMPONENT_LABELS[c] }));

/** An amount as typed in Dutch ("1.040,25", "-12,50") → cents. */
export const bedragVeld = z
  .string({ error: 'Bedrag is verplicht.' })
  .trim()
  .min(1, 'Bedrag is verplicht.')
  .refine((t) => leesBedrag(t) !== null, 'Schrijf het bedrag als 1.040,25 (of -12,50 voor een creditnota).')
  .transform((t) => leesBedrag(t)!);

const formulier = z.object({
  datum: isoDatum('Datum'),
  leverancier: verplichteTekst('Leverancier', 120),
  component: z.enum(KOSTEN_COMPONENTEN, { error: 'Kies een component.' }),
  bedrag: bedragVeld.refine((c) => c !== 0, 'Bedrag mag niet 0 zijn.'),
  omschrijving: optioneleTekst('Omschrijving', 300),
  inburgeraarId: z.number().int().nullable(),
});
type Waarden = z.input<typeof formulier>;

const centNaarTekst = (cent: number) => bedrag(cent / 100).replace('€ ', '');

function KostenFormulier({ jaar, regel, sluit }: { jaar: number; regel: KostenRegel | null; sluit: () => void }) {
  const queryClient = useQueryClient();
  const titelId = useId();
  // The dossier of the entry as the picker shows it; the picker searches, it never loads the whole caseload.
  const [dossier, setDossier] = useState<GekozenDossier | null>(regel?.inburgeraarId != null ? { id: regel.inburgeraarId, naam: regel.inburgeraarNaam ?? '' } : null);
  const leeg: Waarden = regel
    ? { datum: regel.datum, leverancier: regel.leverancier, component: regel.component, bedrag: centNaarTekst(regel.bedragCent), omschrijving: regel.omschrijving ?? '', inburgeraarId: regel.inburgeraarId }
    : { datum: '', leverancier: '', component: '' as never, bedrag: '', omschrijving: '', inburgeraarId: null };
  const { control, handleSubmit } = useForm<Waarden, unknown, z.output<typeof formulier>>({ resolver: zodResolver(formulier), defaultValues: leeg });
  const opslaan = useMutation({
    mutationFn: async ({ bedrag: bedragCent, ...w }: z.output<typeof formulier>) => {
      const invoer = { ...w, bedragCent };
      if (regel) await koers('kostenWijzigen', { ...invoer, id: regel.id });
      else await koers('kostenToevoegen', invoer);
    },
    onSuccess: async () => {
      await vernieuwBudget(queryClient);
      sluit();
    },
  });
  return (
    <Dialog open onClose={opslaan.isPending ? undefined : sluit} aria-labelledby={titelId} maxWidth="sm" fullWidth>
      <form onSubmit={handleSubmit((w) => opslaan.mutate(w))} noValidate aria-labelledby={titelId}>
        <DialogTitle id={titelId}>{regel ? 'Kostenregel wijzigen' : `Kosten toevoegen (${jaar})`}</DialogTitle>
        <DialogContent>
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <DatumVeld control={control} name="datum" label="Datum" verplicht />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TekstVeld control={control} name="bedrag" label="Bedrag in euro" required fullWidth helperText="Bijvoorbeeld 1.040,25; een creditnota als -12,50" />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TekstVeld control={control} name="leverancier" label="Leverancier" required fullWidth />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <KeuzeVeld control={control} name="component" label="Component" opties={COMPONENT_OPTIES} required fullWidth />
            </Grid>
            <Grid size={12}>
              <TekstVeld control={control} name="omschrijving" label="Omschrijving" fullWidth multiline minRows={2} helperText="Komt niet in het logboek." />
            </Grid>
            <Grid size={12}>
              <Controller
                control={control}
                name="inburgeraarId"
                render={({ field }) => (
                  <DossierKiezer
                    label="Inburgeraar (optioneel)"
                    helperText="Voor kosten die bij één persoon horen."
                    waarde={dossier}
                    onChange={(keuze) => {
                      setDossier(keuze);
                      field.onChange(keuze?.id ?? null);
                    }}
                  />
                )}
              />
            </Grid>
          </Grid>
          {opslaan.isError && <FoutMelding fout={opslaan.error} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={sluit} disabled={opslaan.isPending}>
            Annuleren
          </Button>
          <Button type="submit" variant="contained" loading={opslaan.isPending}>
            Opslaan
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function Kosten({ jaar }: { jaar: number }) {
  const queryClient = useQueryClient();
  // Paged on the server (issue 14); the count and the sum are of the whole year.
  const [paginering, setPaginering] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const lijst = useQuery({
    queryKey: ['budgetKosten', jaar, paginering.page, paginering.pageSize],
    queryFn: () => koers('budgetKosten', { jaar, pagina: paginering.page, aantal: paginering.pageSize }),
    placeholderData: keepPreviousData,
  });
  const [bewerken, setBewerken] = useState<KostenRegel | 'nieuw' | null>(null);
  const [weg, setWeg] = useState<KostenRegel | null>(null);
  const verwijderen = useMutation({
    mutationFn: (id: number) => koers('kostenVerwijderen', { id }),
    onSuccess: async () => {
      setWeg(null);
      await vernieuwBudget(queryClient);
    },
  });
  const rijen = lijst.data?.rijen ?? [];
  const aantalRegels = lijst.data?.totaal ?? 0;
  const totaal = lijst.data?.bedragCent ?? 0;
  const kolommen: GridColDef<KostenRegel>[] = [
    { field: 'datum', headerName: 'Datum', width: 110, valueFormatter: (v: string) => datumKort(v) },
    { field: 'leverancier', headerName: 'Leverancier', flex: 1, minWidth: 160 },
    { field: 'component', headerName: 'Component', width: 200, valueGetter: (_v, r) => KOSTEN_COMPONENT_LABELS[r.component] },
    { field: 'bedragCent', headerName: 'Bedrag', width: 130, type: 'number', valueFormatter: (v: number) => bedrag(v / 100) },
    { field: 'omschrijving', headerName: 'Omschrijving', flex: 1, minWidth: 160 },
    { field: 'inburgeraarNaam', headerName: 'Inburgeraar', flex: 1, minWidth: 150 },
    { field: 'bron', headerName: 'Bron', width: 150, valueGetter: (_v, r) => (r.bron === 'import' ? `Import, rij ${r.bronRij ?? ''}` : 'Invoer') },
    {
      field: 'acties',
      headerName: 'Acties',
      width: 200,
      sortable: false,
      filterable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', height: '100%' }}>
          <Button size="small" onClick={() => setBewerken(row)} aria-label={`Wijzigen: ${row.leverancier} ${datumKort(row.datum)} ${bedrag(row.bedragCent / 100)}`}>
            Wijzigen
          </Button>
          <Button size="small" color="error" onClick={() => setWeg(row)} aria-label={`Verwijderen: ${row.leverancier} ${datumKort(row.datum)} ${bedrag(row.bedragCent / 100)}`}>
            Verwijderen
          </Button>
        </Stack>
      ),
    },
  ];
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h2">
            Kostenregels {jaar}
          </Typography>
          <Button variant="contained" onClick={() => setBewerken('nieuw')}>
            Kosten toevoegen
          </Button>
        </Stack>
        <Typography role="status" sx={{ mb: 2 }}>
          {aantalRegels} {aantalRegels === 1 ? 'regel' : 'regels'}, samen <strong>{bedrag(totaal / 100)}</strong>.
        </Typography>
        {lijst.isError && <FoutMelding fout={lijst.error} />}
        <DataGrid
          aria-label={`Kostenregels ${jaar}`}
          rows={rijen}
          columns={kolommen}
          loading={lijst.isFetching}
          density="compact"
          autoHeight
          disableRowSelectionOnClick
          paginationMode="server"
          rowCount={aantalRegels}
          paginationModel={paginering}
          onPaginationModelChange={setPaginering}
          disableColumnSorting
          pageSizeOptions={[25, 50, 100]}
          localeText={GRID_TEKSTEN}
        />
      </Paper>
      <KostenImport />
      {bewerken && <KostenFormulier jaar={jaar} regel={bewerken === 'nieuw' ? null : bewerken} sluit={() => setBewerken(null)} />}
      <VerwijderDialoog
        open={!!weg}
        titel="Kostenregel verwijderen?"
        tekst={weg ? `De regel van ${datumKort(weg.datum)} van ${weg.leverancier} (${bedrag(weg.bedragCent / 100)}) verdwijnt uit het budget en het SiSa-werkblad. Het logboek houdt bij dat hij is verwijderd.` : ''}
        knop="Verwijderen"
        bezig={verwijderen.isPending}
        annuleren={() => {
          verwijderen.reset();
          setWeg(null);
        }}
        bevestigen={() => weg && verwijderen.mutate(weg.id)}
      />
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
    </Stack>
  );
}
