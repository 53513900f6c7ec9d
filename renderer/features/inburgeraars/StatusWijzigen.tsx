import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Inburgeraar } from '../../../shared/domain/inburgeraar';
import { datumKort } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { STATUS_LABELS, isEindstatus, volgendeStatussen, type Status } from '../../../shared/rules/status';
import { EINDGEBEURTENIS, GEVOLG_EINDSTATUS, statuswijzigingBevindingen } from '../../../shared/rules/statuswijziging';
import { koers } from '../../api/koers';
import { BevestigDialoog } from '../../components/BevestigDialoog';
import { DatumInvoer } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

type Vernieuwen = () => Promise<void>;

/** The status with its next steps, the history of every change, and the correction of a mistaken end status. */
export function StatusWijzigen({ inburgeraar, vernieuwen }: { inburgeraar: Inburgeraar; vernieuwen: Vernieuwen }) {
  const { id, status } = inburgeraar;
  const opties = volgendeStatussen(status);
  const [keuze, setKeuze] = useState<Status | ''>('');
  const [sluiten, setSluiten] = useState<Status | null>(null);
  const [corrigeren, setCorrigeren] = useState(false);
  const geschiedenis = useQuery({ queryKey: ['inburgeraar', id, 'statusGeschiedenis'], queryFn: () => koers('statusGeschiedenis', { id }) });
  const wijzigen = useMutation({
    mutationFn: (nieuw: Status) => koers('inburgeraarStatusWijzigen', { id, status: nieuw }),
    onSuccess: async () => {
      setKeuze('');
      await vernieuwen();
    },
  });
  const laatste = geschiedenis.data?.at(-1);
  const corrigeerbaar = isEindstatus(status) && laatste?.naar === status;

  const kies = () => {
    if (!keuze) return;
    // An end status closes the dossier: first its day, its reason and a confirmation.
    if (isEindstatus(keuze)) setSluiten(keuze);
    else wijzigen.mutate(keuze);
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Status: {STATUS_LABELS[status]}
      </Typography>
      {opties.length === 0 ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <Typography>Dit dossier is gesloten; de status verandert niet meer met de volgende stap.</Typography>
          {corrigeerbaar && (
            <Button variant="outlined" onClick={() => setCorrigeren(true)}>
              Status corrigeren
            </Button>
          )}
        </Stack>
      ) : (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField select label="Nieuwe status" value={keuze} onChange={(e) => setKeuze(e.target.value as Status)} sx={{ maxWidth: 320 }}>
            {opties.map((s) => (
              <MenuItem key={s} value={s}>
                {STATUS_LABELS[s]}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" disabled={!keuze} loading={wijzigen.isPending} onClick={kies}>
            Status wijzigen
          </Button>
        </Stack>
      )}
      {wijzigen.isError && <FoutMelding fout={wijzigen.error} />}
      {geschiedenis.isError && <FoutMelding fout={geschiedenis.error} />}
      {!!geschiedenis.data?.length && (
        <>
          <Typography variant="subtitle1" component="h3" sx={{ mt: 3 }}>
            Geschiedenis van de status
          </Typography>
          <Table size="small" aria-label="Geschiedenis van de status">
            <TableHead>
              <TableRow>
                <TableCell>Datum</TableCell>
                <TableCell>Van</TableCell>
                <TableCell>Naar</TableCell>
                <TableCell>Reden</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {geschiedenis.data.map((w) => (
                <TableRow key={w.id}>
                  <TableCell>{datumKort(w.datum)}</TableCell>
                  <TableCell>{STATUS_LABELS[w.van]}</TableCell>
                  <TableCell>
                    {STATUS_LABELS[w.naar]}
                    {w.correctie && ' (correctie)'}
                  </TableCell>
                  <TableCell>
                    {w.reden ?? '—'}
                    {w.nieuweGemeente && ` · naar gemeente ${w.nieuweGemeente}`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {sluiten && (
        <DossierSluiten
          key={sluiten}
          inburgeraar={inburgeraar}
          naar={sluiten}
          sluit={() => setSluiten(null)}
          klaar={async () => {
            setSluiten(null);
            setKeuze('');
            await vernieuwen();
          }}
        />
      )}
      {corrigeren && laatste && (
        <StatusCorrigeren
          id={id}
          huidig={status}
          terugNaar={laatste.van}
          sluit={() => setCorrigeren(false)}
          klaar={async () => {
            setCorrigeren(false);
            await vernieuwen();
          }}
        />
      )}
    </Paper>
  );
}

type Veld = 'datum' | 'reden' | 'nieuweGemeente';
const VELD_VAN_REGEL: Record<string, Veld> = {
  'datum-ontbreekt': 'datum',
  'datum-in-toekomst': 'datum',
  'datum-voor-dossier': 'datum',
  'reden-ontbreekt': 'reden',
  'nieuwe-gemeente-ontbreekt': 'nieuweGemeente',
};

/** Closing a dossier: the day, the reason, for a verhuizing the new gemeente, and what it means. */
function DossierSluiten({ inburgeraar, naar, sluit, klaar }: { inburgeraar: Inburgeraar; naar: Status; sluit: () => void; klaar: Vernieuwen }) {
  const [datum, setDatum] = useState<string | null>(null);
  const [reden, setReden] = useState('');
  const [nieuweGemeente, setNieuweGemeente] = useState('');
  const [geprobeerd, setGeprobeerd] = useState(false);
  const verhuizing = naar === 'verhuisd';
  const ongeldigeDatum = datum === 'ongeldig';
  const wijziging = { naar, datum: ongeldigeDatum ? null : datum, reden: reden.trim() || null, nieuweGemeente: verhuizing ? nieuweGemeente.trim() || null : null };
  // The same rules and messages as the main process.
  const bevindingen = statuswijzigingBevindingen(wijziging, inburgeraar, vandaagInNederland());
  const fout = (veld: Veld): string | undefined => {
    if (!geprobeerd) return undefined;
    if (veld === 'datum' && ongeldigeDatum) return 'Vul een geldige datum in als dd-mm-jjjj.';
    const meldingen = bevindingen.filter((b) => VELD_VAN_REGEL[b.regel] === veld).map((b) => b.melding);
    return meldingen.length ? meldingen.join(' ') : undefined;
  };
  const opslaan = useMutation({
    mutationFn: () => koers('inburgeraarStatusWijzigen', { id: inburgeraar.id, status: naar, datum: wijziging.datum, reden: wijziging.reden, nieuweGemeente: wijziging.nieuweGemeente }),
    onSuccess: klaar,
  });
  return (
    <BevestigDialoog
      open
      titel={`Dossier sluiten: ${STATUS_LABELS[naar]}`}
      bevestigLabel="Dossier sluiten"
      gevaarlijk
      bezig={opslaan.isPending}
      fout={opslaan.isError ? opslaan.error : null}
      bevestig={() => {
        setGeprobeerd(true);
        if (bevindingen.length === 0 && !ongeldigeDatum) opslaan.mutate();
      }}
      annuleer={sluit}
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        {GEVOLG_EINDSTATUS} Was het een vergissing, dan kunt u de status daarna corrigeren; beide blijven in de geschiedenis.
      </Alert>
      <Stack spacing={2}>
        <DatumInvoer
          label={`Datum van ${EINDGEBEURTENIS[naar] ?? 'de wijziging'}`}
          naam="datum"
          waarde={datum}
          wijzig={setDatum}
          verlaat={() => undefined}
          verplicht
          fout={fout('datum')}
        />
        {verhuizing && (
          <TextField label="Nieuwe gemeente" value={nieuweGemeente} onChange={(e) => setNieuweGemeente(e.target.value)} required error={!!fout('nieuweGemeente')} helperText={fout('nieuweGemeente')} />
        )}
        <TextField
          label="Reden"
          value={reden}
          onChange={(e) => setReden(e.target.value)}
          required
          multiline
          minRows={2}
          error={!!fout('reden')}
          helperText={fout('reden') ?? 'Bijvoorbeeld het bericht uit de BRP of het besluit van DUO.'}
        />
      </Stack>
    </BevestigDialoog>
  );
}

/** A mistaken end status back to the status before it, with a reason. */
function StatusCorrigeren({ id, huidig, terugNaar, sluit, klaar }: { id: number; huidig: Status; terugNaar: Status; sluit: () => void; klaar: Vernieuwen }) {
  const [reden, setReden] = useState('');
  const [geprobeerd, setGeprobeerd] = useState(false);
  const corrigeren = useMutation({ mutationFn: () => koers('statusCorrigeren', { id, naarStatus: terugNaar, reden }), onSuccess: klaar });
  const redenFout = geprobeerd && !reden.trim() ? 'Vul de reden van de correctie in.' : undefined;
  return (
    <BevestigDialoog
      open
      titel="Status corrigeren"
      bevestigLabel={`Terugzetten naar ${STATUS_LABELS[terugNaar]}`}
      bezig={corrigeren.isPending}
      fout={corrigeren.isError ? corrigeren.error : null}
      bevestig={() => {
        setGeprobeerd(true);
        if (reden.trim()) corrigeren.mutate();
      }}
      annuleer={sluit}
    >
      <Typography sx={{ mb: 2 }}>
        Alleen voor een vergissing: de status gaat van {STATUS_LABELS[huidig]} terug naar {STATUS_LABELS[terugNaar]} en het dossier staat weer in de werkvoorraad. De
        geschiedenis houdt beide wijzigingen; het logboek noemt de correctie zonder de reden.
      </Typography>
      <TextField label="Reden van de correctie" value={reden} onChange={(e) => setReden(e.target.value)} required multiline minRows={2} error={!!redenFout} helperText={redenFout} />
    </BevestigDialoog>
  );
}
