import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { Uitvoer } from '../../../shared/contract';
import { datumKort } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers, KoersFoutMelding } from '../../api/koers';
import { DatumInvoer } from '../../components/FormVelden';
import { leesAlsBase64 } from '../../components/bestanden';
import { FoutMelding } from '../../components/Laden';

type Groep = Uitvoer<'pvtGroepOphalen'>;
type Overgeslagen = Uitvoer<'ceremonieBatchStarten'>['overgeslagen'];

/** The batch of forms with progress, then signing recorded per person with an optional scan. */
export function Ceremonie({ groep }: { groep: Groep }) {
  const queryClient = useQueryClient();
  const [plaats, setPlaats] = useState('');
  const [taakId, setTaakId] = useState<string | null>(null);
  // Under the key of the group, so saving attendance (which refreshes the group) refreshes this too.
  const gereedheid = useQuery({
    queryKey: ['pvtGroep', groep.groep.id, 'ceremonieGereedheid'],
    queryFn: () => koers('ceremonieGereedheid', { groepId: groep.groep.id }),
  });
  const starten = useMutation({
    mutationFn: () => koers('ceremonieBatchStarten', { groepId: groep.groep.id, plaats: plaats || null, datum: null }),
    onSuccess: ({ taakId: id }) => setTaakId(id),
  });
  const taak = useQuery({
    queryKey: ['taak', taakId],
    queryFn: () => koers('taakStatus', { taakId: taakId! }),
    enabled: !!taakId,
    refetchInterval: (query) => (query.state.data?.status === 'bezig' || !query.state.data ? 300 : false),
  });
  const annuleren = useMutation({ mutationFn: () => koers('taakAnnuleren', { taakId: taakId! }) });
  const stand = taak.data;
  const bezig = !!taakId && (!stand || stand.status === 'bezig');
  const aantalKlaar = gereedheid.data?.klaar.length ?? 0;
  // After starting: who was left out of that batch; before: who would be left out now.
  const overgeslagen = starten.data && taakId ? starten.data.overgeslagen : (gereedheid.data?.overgeslagen ?? []);

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Ondertekeningsbijeenkomst
      </Typography>
      <Typography sx={{ mb: 2 }}>
        Druk een participatieverklaring af voor iedere deelnemer die klaar is: ten minste 12 uur (uren uit de intake tellen mee) en een excursie of activiteit over een kernwaarde (art. 3.1
        lid 2 en 3 Besluit). Aanwezigheid bij de ondertekeningsbijeenkomst zelf is geen voorwaarde: daar tekenen zij. Datum en handtekening vullen zij op de bijeenkomst met de hand in.
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <TextField label="Plaats van de bijeenkomst (optioneel)" value={plaats} onChange={(e) => setPlaats(e.target.value)} sx={{ maxWidth: 320 }} />
        <Button variant="contained" onClick={() => starten.mutate()} disabled={bezig || aantalKlaar === 0} loading={starten.isPending || gereedheid.isPending}>
          Participatieverklaringen afdrukken ({aantalKlaar})
        </Button>
        {bezig && (
          <Button variant="text" onClick={() => annuleren.mutate()}>
            Annuleren
          </Button>
        )}
      </Stack>
      {taakId && stand && (
        <div role="status" aria-live="polite">
          <LinearProgress variant="determinate" value={stand.totaal ? (stand.voortgang / stand.totaal) * 100 : 0} aria-label="Voortgang van het afdrukken" sx={{ mb: 1 }} />
          <Typography variant="body2">
            {stand.status === 'bezig' && `Bezig: ${stand.voortgang} van ${stand.totaal} verklaringen…`}
            {stand.status === 'klaar' && stand.resultaat?.opgeslagen && `Klaar: ${stand.totaal} ${stand.totaal === 1 ? 'verklaring' : 'verklaringen'} opgeslagen als ${stand.resultaat.bestandsnaam}.`}
            {stand.status === 'klaar' && !stand.resultaat?.opgeslagen && 'Klaar, maar niet opgeslagen.'}
            {stand.status === 'geannuleerd' && 'Het afdrukken is geannuleerd.'}
            {stand.status === 'mislukt' && (stand.fout ?? 'Het afdrukken is mislukt.')}
          </Typography>
        </div>
      )}
      {(starten.error ?? taak.error ?? gereedheid.error) && <FoutMelding fout={starten.error ?? taak.error ?? gereedheid.error} />}
      <GeenFormulier overgeslagen={overgeslagen} afgedrukt={!!(starten.data && taakId)} />
      <Ondertekening groep={groep} vernieuw={() => queryClient.invalidateQueries({ queryKey: ['pvtGroep', groep.groep.id] })} />
    </Paper>
  );
}

/** Who gets no form, with every reason written out (not shown by colour alone). */
function GeenFormulier({ overgeslagen, afgedrukt }: { overgeslagen: Overgeslagen; afgedrukt: boolean }) {
  const titelId = useId();
  if (overgeslagen.length === 0) return null;
  const titel = `${afgedrukt ? 'Niet afgedrukt' : 'Krijgen geen formulier'} (${overgeslagen.length})`;
  return (
    <>
      <Typography variant="subtitle1" component="h3" id={titelId} sx={{ mt: 3, mb: 1, fontWeight: 700 }}>
        {titel}
      </Typography>
      <Table size="small" aria-labelledby={titelId}>
        <TableHead>
          <TableRow>
            <TableCell>Deelnemer</TableCell>
            <TableCell>Waarom geen formulier</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {overgeslagen.map((o) => (
            <TableRow key={o.inburgeraarId}>
              <TableCell>{o.naam}</TableCell>
              <TableCell>
                <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
                  {o.redenen.map((reden) => (
                    <li key={reden}>{reden}</li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function Ondertekening({ groep, vernieuw }: { groep: Groep; vernieuw: () => Promise<void> }) {
  const [datum, setDatum] = useState(vandaagInNederland());
  const [plaats, setPlaats] = useState('');
  const invoer = useRef<HTMLInputElement>(null);
  const [scanVoor, setScanVoor] = useState<number | null>(null);
  const vastleggen = useMutation({ mutationFn: (inburgeraarId: number) => koers('pvtOndertekeningVastleggen', { inburgeraarId, datum, plaats }), onSuccess: vernieuw });
  const scan = useMutation({
    mutationFn: async ({ inburgeraarId, bestand }: { inburgeraarId: number; bestand: File }) => {
      const mime = bestand.type;
      if (mime !== 'application/pdf' && mime !== 'image/png' && mime !== 'image/jpeg') throw new KoersFoutMelding('ONGELDIGE_INVOER', 'Kies een scan als PDF, PNG of JPG.');
      return koers('pvtScanOpslaan', { inburgeraarId, mime, base64: await leesAlsBase64(bestand) });
    },
    onSuccess: vernieuw,
  });
  return (
    <>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 3, mb: 1, fontWeight: 700 }}>
        Ondertekening vastleggen (datum voor DUO)
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 1 }}>
        <DatumInvoer label="Datum ondertekening" naam="datumOndertekening" waarde={datum} wijzig={(w) => w && setDatum(w)} verlaat={() => undefined} />
        <TextField label="Plaats ondertekening" value={plaats} onChange={(e) => setPlaats(e.target.value)} sx={{ maxWidth: 320 }} />
      </Stack>
      <input
        ref={invoer}
        type="file"
        hidden
        accept="application/pdf,image/png,image/jpeg"
        aria-label="Scan kiezen"
        onChange={(e) => {
          const bestand = e.target.files?.[0];
          if (bestand && scanVoor) scan.mutate({ inburgeraarId: scanVoor, bestand });
          e.target.value = '';
        }}
      />
      <Table size="small" aria-label="Ondertekening">
        <TableHead>
          <TableRow>
            <TableCell>Deelnemer</TableCell>
            <TableCell>Ondertekend</TableCell>
            <TableCell>Tekstversie</TableCell>
            <TableCell>Actie</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {groep.deelnemers.map((d) => (
            <TableRow key={d.inburgeraarId}>
              <TableCell>{d.naam}</TableCell>
              <TableCell>{d.datumOndertekening ? datumKort(d.datumOndertekening) : '—'}</TableCell>
              <TableCell>{d.sjabloonVersie ?? '—'}</TableCell>
              <TableCell>
                {!d.datumOndertekening ? (
                  <Button size="small" variant="outlined" disabled={!plaats} onClick={() => vastleggen.mutate(d.inburgeraarId)} aria-label={`Ondertekend: ${d.naam}`}>
                    Ondertekend
                  </Button>
                ) : (
                  <Button
                    size="small"
                    onClick={() => {
                      setScanVoor(d.inburgeraarId);
                      invoer.current?.click();
                    }}
                    aria-label={`${d.scanDocumentId ? 'Scan vervangen' : 'Scan toevoegen'}: ${d.naam}`}
                  >
                    {d.scanDocumentId ? 'Scan vervangen' : 'Scan toevoegen'}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!plaats && <Alert severity="info" sx={{ mt: 1 }}>Vul de plaats van ondertekening in om ondertekeningen vast te leggen.</Alert>}
      {(vastleggen.error ?? scan.error) && <FoutMelding fout={vastleggen.error ?? scan.error} />}
    </>
  );
}
