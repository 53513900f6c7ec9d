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
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { OPROEP_UITKOMSTEN, OPROEP_UITKOMST_LABELS, oproepInvoer, type Oproep, type OproepUitkomst } from '../../../shared/domain/intake';
import { datumKort, datumLang } from '../../../shared/format';
import { isIsoDatum, vandaagInNederland } from '../../../shared/rules/datum';
import { datumconflictenOproep, laatsteGemisteAfspraak, MAX_OPROEPEN, MIN_DAGEN_TOT_AFSPRAAK, volgendeBriefNummer } from '../../../shared/rules/intake';
import { koers } from '../../api/koers';
import { BevestigDialoog } from '../../components/BevestigDialoog';
import { Bevindingen } from '../../components/Bevindingen';
import { DocumentKnop } from '../../components/DocumentKnop';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

const UITKOMST = OPROEP_UITKOMST_LABELS;
const formulier = oproepInvoer.omit({ inburgeraarId: true });
type Uitkomst = Exclude<OproepUitkomst, 'open'>;
const UITKOMSTEN = OPROEP_UITKOMSTEN.filter((u): u is Uitkomst => u !== 'open');

/** A mistaken outcome of the last oproep, corrected with a reason (the logboek keeps old → new, not the reason). */
function UitkomstCorrigeren({ oproep, sluit, vernieuw }: { oproep: Oproep; sluit: () => void; vernieuw: () => Promise<void> }) {
  const opties = UITKOMSTEN.filter((u) => u !== oproep.uitkomst);
  const [nieuw, setNieuw] = useState<Uitkomst>(opties[0]!);
  const [reden, setReden] = useState('');
  const [geprobeerd, setGeprobeerd] = useState(false);
  const corrigeren = useMutation({
    mutationFn: () => koers('oproepUitkomstCorrigeren', { oproepId: oproep.id, uitkomst: nieuw, reden }),
    onSuccess: async () => {
      await vernieuw();
      sluit();
    },
  });
  const redenFout = geprobeerd && !reden.trim() ? 'Vul de reden van de correctie in.' : undefined;
  return (
    <BevestigDialoog
      open
      titel={`Uitkomst van oproep ${oproep.volgnummer} corrigeren`}
      bevestigLabel="Correctie opslaan"
      bezig={corrigeren.isPending}
      fout={corrigeren.isError ? corrigeren.error : null}
      bevestig={() => {
        setGeprobeerd(true);
        if (reden.trim()) corrigeren.mutate();
      }}
      annuleer={sluit}
    >
      <Typography sx={{ mb: 2 }}>
        Nu vastgelegd: {UITKOMST[oproep.uitkomst]}. De correctie komt met de reden bij de oproep; het logboek noemt de oude en de nieuwe uitkomst.
      </Typography>
      <Stack spacing={2}>
        <TextField select label="Juiste uitkomst" value={nieuw} onChange={(e) => setNieuw(e.target.value as Uitkomst)}>
          {opties.map((u) => (
            <MenuItem key={u} value={u}>
              {UITKOMST[u]}
            </MenuItem>
          ))}
        </TextField>
        <TextField label="Reden van de correctie" value={reden} onChange={(e) => setReden(e.target.value)} required multiline minRows={2} error={!!redenFout} helperText={redenFout} />
      </Stack>
    </BevestigDialoog>
  );
}

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
  const [nietVerschenen, setNietVerschenen] = useState<Oproep | null>(null);
  const [corrigeren, setCorrigeren] = useState<Oproep | null>(null);
  const uitkomst = useMutation({
    mutationFn: (invoer: { oproepId: number; uitkomst: Uitkomst }) => koers('oproepUitkomst', invoer),
    onSuccess: async () => {
      setNietVerschenen(null);
      await vernieuw();
    },
  });
  const stap = data.volgendeStap;
  const afgerond = !!data.intake.afgerondOp;
  const laatsteOproep = data.intake.oproepen.at(-1);
  // The kind of letter follows the no-shows (art. 14 lid 2): a moved or cancelled appointment is none.
  const laatste = volgendeBriefNummer(data.intake.oproepen) >= MAX_OPROEPEN;
  // The same date rules as the main process, while typing.
  const [verzonden, verschijnenOp] = useWatch({ control, name: ['verzonden', 'verschijnenOp'] });
  const conflicten =
    verzonden && verschijnenOp && isIsoDatum(verzonden) && isIsoDatum(verschijnenOp)
      ? datumconflictenOproep({ verzonden, verschijnenOp }, { vandaag: vandaagInNederland(), vorigeAfspraak: laatsteGemisteAfspraak(data.intake.oproepen) })
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
                    <Stack direction="row" spacing={1} role="group" aria-label={`Uitkomst oproep ${o.volgnummer}`} sx={{ flexWrap: 'wrap' }}>
                      <Button size="small" onClick={() => uitkomst.mutate({ oproepId: o.id, uitkomst: 'verschenen' })}>
                        Verschenen
                      </Button>
                      <Button size="small" color="warning" onClick={() => setNietVerschenen(o)}>
                        Niet verschenen
                      </Button>
                      <Button size="small" onClick={() => uitkomst.mutate({ oproepId: o.id, uitkomst: 'verzet' })} title="De afspraak is op verzoek verplaatst">
                        Verzet
                      </Button>
                      <Button size="small" onClick={() => uitkomst.mutate({ oproepId: o.id, uitkomst: 'afgemeld' })} title="Op tijd afgemeld met een geldige reden">
                        Afgemeld
                      </Button>
                    </Stack>
                  ) : (
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <span>
                        {UITKOMST[o.uitkomst]}
                        {o.gecorrigeerdOp && (
                          <Typography component="span" variant="body2" color="text.secondary">
                            {` (gecorrigeerd op ${datumKort(o.gecorrigeerdOp)}: ${o.correctieReden ?? ''})`}
                          </Typography>
                        )}
                      </span>
                      {o.uitkomst !== 'open' && !afgerond && o.id === laatsteOproep?.id && (
                        <Button size="small" variant="text" onClick={() => setCorrigeren(o)} aria-label={`Uitkomst oproep ${o.volgnummer} corrigeren`}>
                          Corrigeren
                        </Button>
                      )}
                    </Stack>
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
      {uitkomst.isError && !nietVerschenen && <FoutMelding fout={uitkomst.error} />}
      <BevestigDialoog
        open={!!nietVerschenen}
        titel={`Niet verschenen op oproep ${nietVerschenen?.volgnummer ?? ''}?`}
        bevestigLabel="Niet verschenen vastleggen"
        gevaarlijk
        bezig={uitkomst.isPending}
        fout={nietVerschenen && uitkomst.isError ? uitkomst.error : null}
        bevestig={() => nietVerschenen && uitkomst.mutate({ oproepId: nietVerschenen.id, uitkomst: 'niet_verschenen' })}
        annuleer={() => {
          uitkomst.reset();
          setNietVerschenen(null);
        }}
      >
        <Typography gutterBottom>
          {nietVerschenen && `De inburgeraar is niet gekomen op de afspraak van ${datumLang(nietVerschenen.verschijnenOp)}.`} Dit telt mee voor de drie keer niet
          verschenen van art. 14 lid 2 Wi 2021: hierna volgt een schriftelijke waarschuwing met een herhaalde oproep, en na de derde keer rondt u de intake af zonder de
          inburgeraar.
        </Typography>
        <Typography>Heeft de inburgeraar de afspraak laten verzetten of zich op tijd afgemeld? Kies dan Annuleren en daarna Verzet of Afgemeld.</Typography>
      </BevestigDialoog>
      {corrigeren && <UitkomstCorrigeren key={corrigeren.id} oproep={corrigeren} sluit={() => setCorrigeren(null)} vernieuw={vernieuw} />}
    </Paper>
  );
}
