import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { SpukJaar } from '../../../shared/domain/budget';
import { optioneleDatum, verplichteTekst } from '../../../shared/domain/velden';
import { bedrag } from '../../../shared/format';
import { leesBedrag, SISA_WAARDEN, type SisaWaarde } from '../../../shared/rules/budget';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';
import { vernieuwBudget } from './Kosten';

const euro = (cent: number | null) => (cent === null ? '—' : bedrag(cent / 100));
const alsTekst = (cent: number | null | undefined) => (cent === null || cent === undefined ? '' : bedrag(cent / 100).replace('€ ', ''));

const positiefBedrag = (label: string) =>
  z
    .string()
    .trim()
    .refine((t) => t === '' || (leesBedrag(t) ?? -1) >= 0, `${label}: schrijf het bedrag als 1.250.000,00.`);

const spukFormulier = z.object({
  beschikking: positiefBedrag('Bedrag beschikking').refine((t) => t !== '', 'Bedrag beschikking is verplicht.'),
  beschikkingDatum: optioneleDatum('Datum beschikking'),
  vaststelling: positiefBedrag('Bedrag vaststelling'),
  vaststellingDatum: optioneleDatum('Datum vaststelling'),
});
type SpukWaarden = z.input<typeof spukFormulier>;

function SpukFormulier({ jaar, spuk }: { jaar: number; spuk: SpukJaar | undefined }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit } = useForm<SpukWaarden, unknown, z.output<typeof spukFormulier>>({
    resolver: zodResolver(spukFormulier),
    defaultValues: { beschikking: alsTekst(spuk?.beschikkingCent), beschikkingDatum: spuk?.beschikkingDatum ?? null, vaststelling: alsTekst(spuk?.vaststellingCent), vaststellingDatum: spuk?.vaststellingDatum ?? null },
  });
  const opslaan = useMutation({
    mutationFn: (w: z.output<typeof spukFormulier>) =>
      koers('spukOpslaan', {
        jaar,
        beschikkingCent: leesBedrag(w.beschikking)!,
        beschikkingDatum: w.beschikkingDatum,
        vaststellingCent: w.vaststelling === '' ? null : leesBedrag(w.vaststelling),
        vaststellingDatum: w.vaststellingDatum,
      }),
    onSuccess: () => vernieuwBudget(queryClient),
  });
  return (
    <form onSubmit={handleSubmit((w) => opslaan.mutate(w))} noValidate aria-label={`SPUK ${jaar}`}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TekstVeld control={control} name="beschikking" label="Bedrag beschikking (verlening)" required fullWidth helperText="In euro, bijvoorbeeld 1.250.000,00" />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DatumVeld control={control} name="beschikkingDatum" label="Datum beschikking" />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TekstVeld control={control} name="vaststelling" label="Bedrag vaststelling" fullWidth helperText="Na de vaststelling (art. 10.7 Besluit); leeg zolang die er niet is" />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DatumVeld control={control} name="vaststellingDatum" label="Datum vaststelling" />
        </Grid>
      </Grid>
      <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={opslaan.isPending}>
        SPUK opslaan
      </Button>
      {opslaan.isSuccess && (
        <Alert severity="success" sx={{ mt: 2 }}>
          De SPUK van {jaar} is opgeslagen.
        </Alert>
      )}
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </form>
  );
}

const ruimteFormulier = z.object({
  percentage: z
    .string()
    .trim()
    .refine((t) => /^\d{1,3}([,.]\d{1,2})?$/.test(t) && Number(t.replace(',', '.')) <= 100, 'Vul een percentage tussen 0 en 100 in, bijvoorbeeld 10 of 7,5.'),
});

function Reserveringsruimte({ percentage }: { percentage: number }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit } = useForm<z.input<typeof ruimteFormulier>>({ resolver: zodResolver(ruimteFormulier), defaultValues: { percentage: String(percentage).replace('.', ',') } });
  const opslaan = useMutation({
    mutationFn: (t: string) => koers('budgetInstellingenOpslaan', { reserveringsruimtePercentage: Number(t.replace(',', '.')) }),
    onSuccess: () => vernieuwBudget(queryClient),
  });
  return (
    <form onSubmit={handleSubmit((w) => opslaan.mutate(w.percentage))} noValidate aria-label="Reserveringsruimte">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TekstVeld control={control} name="percentage" label="Reserveringsruimte in % van de SPUK" sx={{ maxWidth: 320 }} helperText="Art. 10.5 Besluit; controleer het percentage in de Regeling" />
        <Button type="submit" variant="outlined" loading={opslaan.isPending} sx={{ mt: 1, flexShrink: 0, whiteSpace: 'nowrap' }}>
          Percentage opslaan
        </Button>
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </form>
  );
}

const codesFormulier = z.object(Object.fromEntries(SISA_WAARDEN.map((w) => [w, verplichteTekst('Code', 20)])) as Record<SisaWaarde, ReturnType<typeof verplichteTekst>>);

/** The codes of the SiSa-bijlage of the year, as the regisseur reads them there (DOMAIN.md §10: Koers does not know them for sure). */
function SisaCodes({ jaar, indicatoren }: { jaar: number; indicatoren: { code: string; omschrijving: string; waarde: SisaWaarde }[] }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit } = useForm<z.input<typeof codesFormulier>, unknown, z.output<typeof codesFormulier>>({
    resolver: zodResolver(codesFormulier),
    defaultValues: Object.fromEntries(SISA_WAARDEN.map((w) => [w, indicatoren.find((i) => i.waarde === w)?.code ?? ''])) as Record<SisaWaarde, string>,
  });
  const opslaan = useMutation({ mutationFn: (codes: Record<SisaWaarde, string>) => koers('sisaCodesOpslaan', { jaar, codes }), onSuccess: () => vernieuwBudget(queryClient) });
  return (
    <form onSubmit={handleSubmit((w) => opslaan.mutate(w))} noValidate aria-label={`Codes uit de SiSa-bijlage van ${jaar}`}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Codes uit de SiSa-bijlage van {jaar}
      </Typography>
      <Grid container spacing={2}>
        {SISA_WAARDEN.map((w) => (
          <Grid key={w} size={{ xs: 12, sm: 6, md: 3 }}>
            <TekstVeld control={control} name={w} label={`Code ${SISA_WAARDE_LABELS[w]}`} required fullWidth />
          </Grid>
        ))}
      </Grid>
      <Button type="submit" variant="outlined" sx={{ mt: 2 }} loading={opslaan.isPending}>
        Codes opslaan
      </Button>
      {opslaan.isSuccess && (
        <Alert severity="success" sx={{ mt: 2 }}>
          De codes gelden vanaf {jaar}.
        </Alert>
      )}
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </form>
  );
}

const SISA_WAARDE_LABELS: Record<SisaWaarde, string> = { besteding: 'besteding', reservering: 'reservering', overbesteding: 'overbesteding', toelichting: 'toelichting' };

export function SpukSisa({ jaar }: { jaar: number }) {
  const spukJaren = useQuery({ queryKey: ['spukJaren'], queryFn: () => koers('spukJaren', {}) });
  const instellingen = useQuery({ queryKey: ['budgetInstellingen'], queryFn: () => koers('budgetInstellingenOphalen', {}) });
  const overzicht = useQuery({ queryKey: ['budgetOverzicht', jaar], queryFn: () => koers('budgetOverzicht', { jaar }) });
  const sisa = useQuery({ queryKey: ['sisaIndicatoren', jaar], queryFn: () => koers('sisaIndicatoren', { jaar }) });
  const werkblad = useMutation({ mutationFn: () => koers('sisaWerkbladOpslaan', { jaar }) });

  if (spukJaren.isPending || instellingen.isPending || overzicht.isPending || sisa.isPending) return <Laden />;
  const fout = spukJaren.error ?? instellingen.error ?? overzicht.error ?? sisa.error;
  if (fout || !spukJaren.data || !instellingen.data || !overzicht.data || !sisa.data) return <FoutMelding fout={fout} />;
  const s = overzicht.data.spuk;
  const posten: [string, number | null][] = [
    ['SPUK ontvangen (vaststelling, anders beschikking)', s.spukCent],
    ['Reservering uit vorig jaar', s.reserveringVorigJaarCent],
    ['Besteding ten laste van de SPUK', s.besteedCent],
    ['Overbesteding uit vorig jaar (art. 10.6 Besluit)', s.overbestedingVorigJaarCent],
    [`Reserveringsruimte (${String(instellingen.data.reserveringsruimtePercentage).replace('.', ',')} %, art. 10.5 Besluit)`, s.reserveringsruimteCent],
    ['Reservering', s.reserveringCent],
    [`Overbesteding, toegerekend aan ${jaar + 1}`, s.overbestedingCent],
    ['Terug te betalen', s.terugTeBetalenCent],
  ];

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          SPUK {jaar}
        </Typography>
        <SpukFormulier key={jaar} jaar={jaar} spuk={spukJaren.data.find((j) => j.jaar === jaar)} />
      </Paper>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Besteding, reservering en overbesteding
        </Typography>
        {s.meldingen.map((m) => (
          <Alert key={m} severity="info" sx={{ mb: 2 }}>
            {m}
          </Alert>
        ))}
        <Table size="small" aria-label={`Besteding, reservering en overbesteding ${jaar}`} sx={{ mb: 3, maxWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell>Post</TableCell>
              <TableCell align="right">Bedrag</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {posten.map(([post, cent]) => (
              <TableRow key={post}>
                <TableCell>{post}</TableCell>
                <TableCell align="right">{euro(cent)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Reserveringsruimte key={instellingen.data.reserveringsruimtePercentage} percentage={instellingen.data.reserveringsruimtePercentage} />
      </Paper>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          SiSa-werkblad {jaar}
        </Typography>
        <Alert severity={sisa.data.bevestigd ? 'info' : 'warning'} sx={{ mb: 2 }}>
          {sisa.data.notitie}
        </Alert>
        <Table size="small" aria-label={`SiSa-indicatoren ${jaar}`} sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Code</TableCell>
              <TableCell>Indicator</TableCell>
              <TableCell align="right">Waarde</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sisa.data.indicatoren.map((i) => (
              <TableRow key={i.code}>
                <TableCell>{i.code}</TableCell>
                <TableCell>{i.omschrijving}</TableCell>
                <TableCell align="right">{i.waardeCent === null ? 'tekst in het werkblad' : euro(i.waardeCent)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography sx={{ mb: 2 }}>
          Het werkblad (Excel) heeft de indicatoren, de kosten per SPUK-component (leerroutes per route, MAP, PVT, maatschappelijke begeleiding, tolken, kinderopvang en reiskosten), de
          SPUK-berekening, alle kostenregels van {jaar} en een toelichting.
        </Typography>
        <Button variant="contained" onClick={() => werkblad.mutate()} loading={werkblad.isPending}>
          SiSa-werkblad opslaan (Excel)
        </Button>
        {werkblad.data?.opgeslagen && (
          <Typography role="status" sx={{ mt: 1 }}>
            Opgeslagen als {werkblad.data.bestandsnaam}
          </Typography>
        )}
        {werkblad.isError && <FoutMelding fout={werkblad.error} />}
        <Box sx={{ mt: 3 }}>
          <SisaCodes key={jaar} jaar={jaar} indicatoren={sisa.data.indicatoren} />
        </Box>
      </Paper>
    </Stack>
  );
}
