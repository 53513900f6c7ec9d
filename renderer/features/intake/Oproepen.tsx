import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
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
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { OPROEP_UITKOMST_LABELS, oproepInvoer } from '../../../shared/domain/intake';
import { datumKort } from '../../../shared/format';
import { isIsoDatum, vandaagInNederland } from '../../../shared/rules/datum';
import { datumconflictenOproep, MAX_OPROEPEN, MIN_DAGEN_TOT_AFSPRAAK } from '../../../shared/rules/intake';
import { koers } from '../../api/koers';
import { Bevindingen } from '../../components/Bevindingen';
import { DocumentKnop } from '../../components/DocumentKnop';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const UITKOMST = OPROEP_UITKOMST_LABELS;
const formulier = oproepInvoer.omit({ inburgeraarId: true });

/** Wi 14 lid 1–2: oproep → schriftelijke waarschuwing met herhaalde oproep → na drie: in afwezigheid. */
export function Oproepen({ inburgeraarId, data }: { inburgeraarId: number; data: Uitvoer<'intakeOphalen'> }) {
  const queryClient = useQueryClient();
  const vernieuw = () => queryClient.invalidateQueries({ queryKey: ['intake', inburgeraarId] });
  const { control, handleSubmit, reset } = useForm<z.input<typeof formulier>, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: { verzonden: '', verschijnenOp: '', tijdEnPlaats: '' },
  });
  const versturen = useMutation({
    mutationFn: (waarden: z.output<typeof formulier>) => koers('oproepVersturen', { inburgeraarId, ...waarden }),
    onSuccess: async () => {
      reset();
      await vernieuw();
    },
  });
  const uitkomst = useMutation({
    mutationFn: (invoer: { oproepId: number; uitkomst: 'verschenen' | 'niet_verschenen' }) => koers('oproepUitkomst', invoer),
    onSuccess: vernieuw,
  });
  const stap = data.volgendeStap;
  const afgerond = !!data.intake.afgerondOp;
  const volgnummer = data.intake.oproepen.length + 1;
  const laatste = volgnummer >= MAX_OPROEPEN;
  // The same date rules as the main process, while typing.
  const [verzonden, verschijnenOp] = useWatch({ control, name: ['verzonden', 'verschijnenOp'] });
  const conflicten =
    verzonden && verschijnenOp && isIsoDatum(verzonden) && isIsoDatum(verschijnenOp)
      ? datumconflictenOproep({ verzonden, verschijnenOp }, { vandaag: vandaagInNederland(), vorigeAfspraak: data.intake.oproepen.at(-1)?.verschijnenOp ?? null })
      : [];

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Oproepen (art. 14 Wi 2021)
      </Typography>
      {data.intake.oproepen.length > 0 && (
        <Table size="small" aria-label="Oproepen" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Nr.</TableCell>
              <TableCell>Verzonden</TableCell>
              <TableCell>Afspraak</TableCell>
              <TableCell>Uitkomst</TableCell>
              <TableCell>Brief</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.intake.oproepen.map((o) => (
              <TableRow key={o.id}>
                <TableCell>{o.volgnummer}</TableCell>
                <TableCell>{datumKort(o.verzonden)}</TableCell>
                <TableCell>
                  {datumKort(o.verschijnenOp)}, {o.tijdEnPlaats}
                </TableCell>
                <TableCell>
                  {o.uitkomst === 'open' && !afgerond ? (
                    <Stack direction="row" spacing={1}>
                      <Button size="small" onClick={() => uitkomst.mutate({ oproepId: o.id, uitkomst: 'verschenen' })}>
                        Verschenen
                      </Button>
                      <Button size="small" color="warning" onClick={() => uitkomst.mutate({ oproepId: o.id, uitkomst: 'niet_verschenen' })}>
                        Niet verschenen
                      </Button>
                    </Stack>
                  ) : (
                    UITKOMST[o.uitkomst]
                  )}
                </TableCell>
                <TableCell>{o.documentId && <DocumentKnop documentId={o.documentId} label="Opslaan als PDF" />}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {!afgerond && stap === 'in_afwezigheid_afronden' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          De inburgeraar is na drie oproepen niet verschenen. Rond de intake hieronder af zonder de inburgeraar (art. 14 lid 2 Wi 2021). Er komt geen vierde oproep.
          Een boetebeschikking (art. 22 Wi 2021) maakt Koers nog niet.
        </Alert>
      )}
      {!afgerond && (stap === 'oproep' || stap === 'waarschuwing_en_herhaalde_oproep') && (
        <form onSubmit={handleSubmit((waarden) => versturen.mutate(waarden))} noValidate aria-label="Nieuwe oproep">
          <Typography sx={{ mb: 1 }}>
            {stap === 'oproep'
              ? 'Nodig de inburgeraar uit voor de brede intake.'
              : laatste
                ? 'De inburgeraar is weer niet verschenen. Stuur de derde en laatste oproep, met een schriftelijke waarschuwing en een nieuwe datum. Komt de inburgeraar dan weer niet, dan rondt u de intake af zonder de inburgeraar.'
                : 'De inburgeraar is niet verschenen. Stuur een schriftelijke waarschuwing met een herhaalde oproep en een nieuwe datum. De brief noemt de boete van art. 22 Wi 2021.'}
          </Typography>
          <Bevindingen titel="Vul eerst in bij Instellingen" bevindingen={data.ontbrekendeInstellingen} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 3 }}>
              <DatumVeld control={control} name="verzonden" label="Verzenddatum" verplicht />
            </Grid>
            <Grid size={{ xs: 12, md: 3 }}>
              <DatumVeld control={control} name="verschijnenOp" label="Datum afspraak" verplicht hulptekst={`Minstens ${MIN_DAGEN_TOT_AFSPRAAK} dagen na verzending`} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TekstVeld control={control} name="tijdEnPlaats" label="Tijd en plaats" required />
            </Grid>
          </Grid>
          <Bevindingen titel="Deze datums kunnen niet kloppen" bevindingen={conflicten} />
          <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={versturen.isPending}>
            {stap === 'oproep' ? 'Oproep maken' : laatste ? 'Waarschuwing en laatste oproep maken' : 'Waarschuwing en herhaalde oproep maken'}
          </Button>
          {versturen.isError && <FoutMelding fout={versturen.error} />}
        </form>
      )}
      {uitkomst.isError && <FoutMelding fout={uitkomst.error} />}
    </Paper>
  );
}
