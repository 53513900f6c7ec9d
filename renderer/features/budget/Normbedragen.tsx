import { zodResolver } from '@hookform/resolvers/zod';
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
import { KOSTEN_COMPONENT_LABELS, KOSTEN_COMPONENTEN } from '../../../shared/domain/budget';
import { isoDatum, verplichteTekst } from '../../../shared/domain/velden';
import { bedrag, datumKort } from '../../../shared/format';
import { DOELGROEP_LABELS, DOELGROEPEN } from '../../../shared/rules/doelgroep';
import { BRON_STANDAARD_NORM, leesBedrag } from '../../../shared/rules/budget';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';
import { COMPONENT_OPTIES, vernieuwBudget } from './Kosten';

const DOELGROEP_OPTIES = DOELGROEPEN.map((d) => ({ waarde: d, label: DOELGROEP_LABELS[d] }));

const normFormulier = z.object({
  component: z.enum(KOSTEN_COMPONENTEN, { error: 'Kies een component.' }),
  doelgroep: z.enum(DOELGROEPEN, { error: 'Kies een doelgroep.' }),
  bedrag: z
    .string()
    .trim()
    .min(1, 'Bedrag is verplicht.')
    .refine((t) => (leesBedrag(t) ?? -1) >= 0, 'Schrijf het bedrag als 1.944,00 (0 om een component uit te zetten).'),
  geldigVanaf: isoDatum('Geldig vanaf'),
});
type NormWaarden = z.input<typeof normFormulier>;

function NormToevoegen() {
  const queryClient = useQueryClient();
  const leeg: NormWaarden = { component: '' as never, doelgroep: '' as never, bedrag: '', geldigVanaf: '' };
  const { control, handleSubmit, reset } = useForm<NormWaarden, unknown, z.output<typeof normFormulier>>({ resolver: zodResolver(normFormulier), defaultValues: leeg });
  const opslaan = useMutation({
    mutationFn: (w: z.output<typeof normFormulier>) => koers('normbedragOpslaan', { component: w.component, doelgroep: w.doelgroep, bedragCent: leesBedrag(w.bedrag)!, geldigVanaf: w.geldigVanaf }),
    onSuccess: async () => {
      reset(leeg);
      await vernieuwBudget(queryClient);
    },
  });
  return (
    <form onSubmit={handleSubmit((w) => opslaan.mutate(w))} noValidate aria-label="Normbedrag vastleggen">
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Nieuw normbedrag
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <KeuzeVeld control={control} name="component" label="Component" opties={COMPONENT_OPTIES} required fullWidth />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <KeuzeVeld control={control} name="doelgroep" label="Doelgroep" opties={DOELGROEP_OPTIES} required fullWidth />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <TekstVeld control={control} name="bedrag" label="Bedrag per inburgeraar" required fullWidth />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <DatumVeld control={control} name="geldigVanaf" label="Geldig vanaf" verplicht />
        </Grid>
      </Grid>
      <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={opslaan.isPending}>
        Normbedrag opslaan
      </Button>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </form>
  );
}

const codeFormulier = z.object({ code: verplichteTekst('Code', 40), component: z.enum(KOSTEN_COMPONENTEN, { error: 'Kies een component.' }) });
type CodeWaarden = z.input<typeof codeFormulier>;

function Codes() {
  const queryClient = useQueryClient();
  const codes = useQuery({ queryKey: ['kostenCodes'], queryFn: () => koers('kostenCodes', {}) });
  const leeg: CodeWaarden = { code: '', component: '' as never };
  const { control, handleSubmit, reset } = useForm<CodeWaarden, unknown, z.output<typeof codeFormulier>>({ resolver: zodResolver(codeFormulier), defaultValues: leeg });
  const opslaan = useMutation({
    mutationFn: (w: z.output<typeof codeFormulier>) => koers('kostenCodeOpslaan', w),
    onSuccess: async () => {
      reset(leeg);
      await vernieuwBudget(queryClient);
    },
  });
  const verwijderen = useMutation({ mutationFn: (code: string) => koers('kostenCodeVerwijderen', { code }), onSuccess: () => vernieuwBudget(queryClient) });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Kostenplaatsen en grootboekcodes
      </Typography>
      <Typography sx={{ mb: 2 }}>Heeft de export van het financiële systeem geen kolom met de component, dan zoekt Koers de code van de kostenplaats of grootboekrekening hier op.</Typography>
      {codes.isError && <FoutMelding fout={codes.error} />}
      {codes.data && codes.data.length > 0 && (
        <Table size="small" aria-label="Codes en componenten" sx={{ mb: 2, maxWidth: 640 }}>
          <TableHead>
            <TableRow>
              <TableCell>Code</TableCell>
              <TableCell>Component</TableCell>
              <TableCell>Actie</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {codes.data.map((c) => (
              <TableRow key={c.code}>
                <TableCell>{c.code}</TableCell>
                <TableCell>{KOSTEN_COMPONENT_LABELS[c.component]}</TableCell>
                <TableCell>
                  <Button size="small" color="error" onClick={() => verwijderen.mutate(c.code)} aria-label={`Code ${c.code} verwijderen`}>
                    Verwijderen
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <form onSubmit={handleSubmit((w) => opslaan.mutate(w))} noValidate aria-label="Code koppelen">
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
          <TekstVeld control={control} name="code" label="Code" required />
          <KeuzeVeld control={control} name="component" label="Component" opties={COMPONENT_OPTIES} required sx={{ minWidth: 260 }} />
          <Button type="submit" variant="outlined" loading={opslaan.isPending} sx={{ mt: 1, flexShrink: 0, whiteSpace: 'nowrap' }}>
            Code opslaan
          </Button>
        </Stack>
      </form>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
    </Paper>
  );
}

export function Normbedragen({ jaar }: { jaar: number }) {
  const queryClient = useQueryClient();
  const peildatum = `${jaar}-01-01`;
  const normen = useQuery({ queryKey: ['normbedragen', peildatum], queryFn: () => koers('normbedragenOphalen', { peildatum }) });
  const verwijderen = useMutation({ mutationFn: (id: number) => koers('normbedragVerwijderen', { id }), onSuccess: () => vernieuwBudget(queryClient) });
  if (normen.isPending) return <Laden />;
  if (normen.isError) return <FoutMelding fout={normen.error} />;
  const n = normen.data;
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Normbedragen per inburgeraar op {datumKort(peildatum)}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          Beleidsbedragen per inburgeraar voor het hele traject, geen wettelijke normen: de SPUK is één budget. Standaard: {BRON_STANDAARD_NORM}. Een nieuw bedrag geldt vanaf de datum die u kiest,
          bijvoorbeeld 1 januari; inburgeraars van wie de plicht eerder begon houden het oude bedrag.
        </Typography>
        <Table size="small" aria-label={`Geldende normbedragen op ${datumKort(peildatum)}`} sx={{ mb: 3, maxWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell>Component</TableCell>
              <TableCell>Doelgroep</TableCell>
              <TableCell align="right">Bedrag</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {n.geldend.map((g) => (
              <TableRow key={`${g.component}:${g.doelgroep}`}>
                <TableCell>{KOSTEN_COMPONENT_LABELS[g.component]}</TableCell>
                <TableCell>{DOELGROEP_LABELS[g.doelgroep]}</TableCell>
                <TableCell align="right">{bedrag(g.bedragCent / 100)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {n.ingesteld.length > 0 && (
          <>
            <Typography variant="subtitle1" component="h3" gutterBottom>
              Zelf vastgelegde normbedragen
            </Typography>
            <Table size="small" aria-label="Zelf vastgelegde normbedragen" sx={{ mb: 3, maxWidth: 840 }}>
              <TableHead>
                <TableRow>
                  <TableCell>Component</TableCell>
                  <TableCell>Doelgroep</TableCell>
                  <TableCell align="right">Bedrag</TableCell>
                  <TableCell>Geldig vanaf</TableCell>
                  <TableCell>Actie</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {n.ingesteld.map((r) => (
                  <TableRow key={r.id}>
                    <TableCell>{KOSTEN_COMPONENT_LABELS[r.component]}</TableCell>
                    <TableCell>{DOELGROEP_LABELS[r.doelgroep]}</TableCell>
                    <TableCell align="right">{bedrag(r.bedragCent / 100)}</TableCell>
                    <TableCell>{datumKort(r.geldigVanaf)}</TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        color="error"
                        onClick={() => r.id !== null && verwijderen.mutate(r.id)}
                        aria-label={`Normbedrag ${KOSTEN_COMPONENT_LABELS[r.component]} ${DOELGROEP_LABELS[r.doelgroep]} vanaf ${datumKort(r.geldigVanaf)} verwijderen`}
                      >
                        Verwijderen
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
        {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
        <NormToevoegen />
      </Paper>
      <Codes />
    </Stack>
  );
}
