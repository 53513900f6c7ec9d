import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Uitvoer } from '../../../shared/contract';
import { BOETE_SOORT_LABELS, BOETE_STATUS_LABELS, WI23_GEDRAGING_LABELS, type Boete, type BoeteRegimeInstelling } from '../../../shared/domain/handhaving';
import { bedrag, datumLang } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { betalenUiterlijk, type Wi23Gedraging } from '../../../shared/rules/handhaving';
import { koers } from '../../api/koers';
import { DocumentKnop } from '../../components/DocumentKnop';
import { DatumInvoer } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { vernieuwHandhaving } from './vernieuwen';

type Ondertekenaars = Uitvoer<'ondertekenaarsLijst'>;

function Datum({ label, waarde, zet, naam }: { label: string; waarde: string | null; zet: (w: string | null) => void; naam: string }) {
  return <DatumInvoer label={label} naam={naam} waarde={waarde} wijzig={(w) => zet(w && w !== 'ongeldig' ? w : null)} verlaat={() => undefined} />;
}

function OndertekenaarKeuze({ ondertekenaars, waarde, zet }: { ondertekenaars: Ondertekenaars; waarde: number | ''; zet: (id: number) => void }) {
  return (
    <TextField select label="Ondertekenaar (namens het college)" value={waarde} onChange={(e) => zet(Number(e.target.value))} sx={{ minWidth: 300 }}>
      {ondertekenaars.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.naam}, {o.functie}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** One boete: its facts and calculation, and the next step of its path. */
export function BoeteKaart({ boete, regime, ondertekenaars }: { boete: Boete; regime: BoeteRegimeInstelling; ondertekenaars: Ondertekenaars }) {
  const queryClient = useQueryClient();
  const vernieuw = () => vernieuwHandhaving(queryClient, boete.inburgeraarId);
  const vandaag = vandaagInNederland();
  const [datum, setDatum] = useState<string | null>(vandaag);
  const [zienswijzeTot, setZienswijzeTot] = useState<string | null>(null);
  const [ontvangenOp, setOntvangenOp] = useState<string | null>(null);
  const [nieuweAfspraak, setNieuweAfspraak] = useState<string | null>(null);
  const [betaaldOp, setBetaaldOp] = useState<string | null>(null);
  const [invordering, setInvordering] = useState<string | null>(null);
  const [ondertekenaarId, setOndertekenaarId] = useState<number | ''>(ondertekenaars[0]?.id ?? '');
  const [samenvatting, setSamenvatting] = useState('');
  const [weging, setWeging] = useState('');
  const [reden, setReden] = useState('');
  const [wijze, setWijze] = useState<'schriftelijk' | 'mondeling'>('schriftelijk');
  const [rekeningnummer, setRekeningnummer] = useState('');
  const [tijdEnPlaats, setTijdEnPlaats] = useState('');
  const [getoetst, setGetoetst] = useState(false);
  const [getoetstDoor, setGetoetstDoor] = useState('');
  const [getoetstOp, setGetoetstOp] = useState<string | null>(null);

  const actie = useMutation({ mutationFn: async (doe: () => Promise<unknown>) => doe(), onSuccess: vernieuw });
  const doe = (fn: () => Promise<unknown>) => actie.mutate(fn);
  const titel = `${BOETE_SOORT_LABELS[boete.soort]}: ${BOETE_STATUS_LABELS[boete.status].toLowerCase()}`;

  return (
    <Paper variant="outlined" sx={{ p: 2 }} aria-label={titel} component="section">
      <Typography variant="h6" component="h3" gutterBottom>
        {titel} — {bedrag(boete.bedrag)}
      </Typography>
      <Table size="small" aria-label="Gegevens van de boete" sx={{ mb: 2 }}>
        <TableBody>
          <TableRow>
            <TableCell component="th" scope="row">Gedraging</TableCell>
            <TableCell>
              {datumLang(boete.datumGedraging)}:{' '}
              {boete.soort === 'wi22' ? 'niet verschenen op de afspraak voor de brede intake' : WI23_GEDRAGING_LABELS[boete.gedraging as Wi23Gedraging]}
              {boete.gedragingToelichting ? ` — ${boete.gedragingToelichting}` : ''}
            </TableCell>
          </TableRow>
          {boete.berekening.map((stap, i) => (
            <TableRow key={i}>
              <TableCell component="th" scope="row">{i === 0 ? 'Berekening' : ''}</TableCell>
              <TableCell>
                {stap.omschrijving}: {bedrag(stap.bedrag)}
              </TableCell>
            </TableRow>
          ))}
          {boete.zienswijzeTermijnTot && (
            <TableRow>
              <TableCell component="th" scope="row">Zienswijze</TableCell>
              <TableCell>
                Termijn tot en met {datumLang(boete.zienswijzeTermijnTot)}
                {boete.zienswijzeOntvangenOp ? `; ontvangen op ${datumLang(boete.zienswijzeOntvangenOp)} (${boete.zienswijzeWijze}): ${boete.zienswijzeSamenvatting}` : '; nog niet ontvangen'}
              </TableCell>
            </TableRow>
          )}
          {boete.rapportDatum && (
            <TableRow>
              <TableCell component="th" scope="row">Rapport (art. 5:53 Awb)</TableCell>
              <TableCell>{datumLang(boete.rapportDatum)}</TableCell>
            </TableRow>
          )}
          {boete.status === 'vastgesteld' && boete.dagtekening && (
            <>
              <TableRow>
                <TableCell component="th" scope="row">Beschikking</TableCell>
                <TableCell>
                  {boete.kenmerk}, {datumLang(boete.dagtekening)}, ondertekend door {boete.ondertekenaar?.naam}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell component="th" scope="row">Betaling (art. 4:87 Awb)</TableCell>
                <TableCell>
                  Uiterlijk {datumLang(betalenUiterlijk(boete.dagtekening))}
                  {boete.betaaldOp ? `; betaald op ${datumLang(boete.betaaldOp)}` : ''}
                  {boete.invorderingOvergedragenOp ? `; invordering overgedragen op ${datumLang(boete.invorderingOvergedragenOp)}` : ''}
                </TableCell>
              </TableRow>
            </>
          )}
          {boete.nieuweAfspraakOp && (
            <TableRow>
              <TableCell component="th" scope="row">Nieuwe termijn (art. 22 lid 2)</TableCell>
              <TableCell>
                {datumLang(boete.nieuweAfspraakOp)}, {boete.nieuweAfspraakTijdEnPlaats}
                {boete.nieuweAfspraakUitkomst && boete.nieuweAfspraakUitkomst !== 'open' ? ` — ${boete.nieuweAfspraakUitkomst === 'verschenen' ? 'verschenen' : 'niet verschenen'}` : ''}
              </TableCell>
            </TableRow>
          )}
          {boete.intrekkingReden && (
            <TableRow>
              <TableCell component="th" scope="row">Ingetrokken</TableCell>
              <TableCell>{boete.intrekkingReden}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        {boete.zienswijzeDocumentId && <DocumentKnop documentId={boete.zienswijzeDocumentId} label="Zienswijzebrief opslaan" />}
        {boete.documentId && <DocumentKnop documentId={boete.documentId} label="Beschikking opslaan" />}
      </Stack>

      {boete.status === 'voornemen' && (
        <Stack spacing={2} component="form" aria-label="Zienswijzebrief versturen" onSubmit={(e) => (e.preventDefault(), doe(() => koers('boeteZienswijzeBrief', { boeteId: boete.id, verzonden: datum ?? '', termijnTot: zienswijzeTot, ondertekenaarId: ondertekenaarId || null })))}>
          <Typography>Vraag eerst om een zienswijze (art. 4:8 Awb). De brief noemt de feiten, het bedrag en de termijn.</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Datum label="Verzenddatum" naam="zienswijze-verzonden" waarde={datum} zet={setDatum} />
            <Datum label="Zienswijze uiterlijk (standaard 2 weken)" naam="zienswijze-tot" waarde={zienswijzeTot} zet={setZienswijzeTot} />
            <OndertekenaarKeuze ondertekenaars={ondertekenaars} waarde={ondertekenaarId} zet={setOndertekenaarId} />
          </Stack>
          <div>
            <Button type="submit" variant="contained" loading={actie.isPending}>
              Zienswijzebrief maken
            </Button>
          </div>
        </Stack>
      )}

      {boete.status === 'zienswijze' && !boete.zienswijzeOntvangenOp && (
        <Stack spacing={2} component="form" aria-label="Zienswijze vastleggen" sx={{ mb: 3 }} onSubmit={(e) => (e.preventDefault(), doe(() => koers('boeteZienswijzeOntvangen', { boeteId: boete.id, ontvangenOp: ontvangenOp ?? '', wijze, samenvatting })))}>
          <Typography variant="subtitle1" component="h4">Zienswijze ontvangen</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap>
            <Datum label="Ontvangen op" naam="zienswijze-ontvangen" waarde={ontvangenOp} zet={setOntvangenOp} />
            <TextField select label="Wijze" value={wijze} onChange={(e) => setWijze(e.target.value as 'schriftelijk' | 'mondeling')} sx={{ minWidth: 180 }}>
              <MenuItem value="schriftelijk">Schriftelijk</MenuItem>
              <MenuItem value="mondeling">Mondeling</MenuItem>
            </TextField>
          </Stack>
          <TextField label="Samenvatting van de zienswijze" value={samenvatting} onChange={(e) => setSamenvatting(e.target.value)} multiline minRows={2} />
          <div>
            <Button type="submit" variant="outlined" loading={actie.isPending}>
              Zienswijze vastleggen
            </Button>
          </div>
        </Stack>
      )}

      {boete.status === 'zienswijze' && (
        <Stack
          spacing={2}
          component="form"
          aria-label="Boete vaststellen"
          onSubmit={(e) => (
            e.preventDefault(),
            doe(() =>
              koers('boeteVaststellen', {
                boeteId: boete.id,
                dagtekening: datum ?? '',
                ondertekenaarId: Number(ondertekenaarId),
                rekeningnummer,
                weging: boete.zienswijzeOntvangenOp ? weging : null,
                nieuweAfspraakOp: boete.soort === 'wi22' ? nieuweAfspraak : null,
                nieuweAfspraakTijdEnPlaats: boete.soort === 'wi22' ? tijdEnPlaats : null,
                juridischGetoetst: getoetst,
                juridischGetoetstDoor: getoetstDoor,
                juridischGetoetstOp: getoetstOp,
              }),
            )
          )}
        >
          <Typography variant="subtitle1" component="h4">Boete vaststellen</Typography>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Datum label="Dagtekening" naam="boete-dagtekening" waarde={datum} zet={setDatum} />
            <OndertekenaarKeuze ondertekenaars={ondertekenaars} waarde={ondertekenaarId} zet={setOndertekenaarId} />
            <TextField label="Rekeningnummer (IBAN) voor boetes" value={rekeningnummer} onChange={(e) => setRekeningnummer(e.target.value)} required />
          </Stack>
          {boete.soort === 'wi22' && (
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap>
              <Datum label="Nieuwe afspraak (hoogstens 2 maanden)" naam="boete-nieuwe-afspraak" waarde={nieuweAfspraak} zet={setNieuweAfspraak} />
              <TextField label="Tijd en plaats nieuwe afspraak" value={tijdEnPlaats} onChange={(e) => setTijdEnPlaats(e.target.value)} sx={{ minWidth: 300 }} />
            </Stack>
          )}
          {boete.zienswijzeOntvangenOp && <TextField label="Weging van de zienswijze" value={weging} onChange={(e) => setWeging(e.target.value)} multiline minRows={2} />}
          {regime.regime === 'extra_toets' && (
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: 'center' }}>
              <FormControlLabel control={<Checkbox checked={getoetst} onChange={(e) => setGetoetst(e.target.checked)} />} label="Juridisch getoetst" />
              <TextField label="Getoetst door" value={getoetstDoor} onChange={(e) => setGetoetstDoor(e.target.value)} />
              <Datum label="Getoetst op" naam="boete-getoetst-op" waarde={getoetstOp} zet={setGetoetstOp} />
            </Stack>
          )}
          <div>
            <Button type="submit" variant="contained" disabled={!ondertekenaarId} loading={actie.isPending}>
              Boete vaststellen
            </Button>
          </div>
        </Stack>
      )}

      {(boete.status === 'voornemen' || boete.status === 'zienswijze') && (
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
          <TextField label="Reden van intrekken" size="small" value={reden} onChange={(e) => setReden(e.target.value)} />
          <Button sx={{ flexShrink: 0 }} onClick={() => doe(() => koers('boeteIntrekken', { boeteId: boete.id, reden }))}>
            Voornemen intrekken
          </Button>
        </Stack>
      )}

      {boete.status === 'vastgesteld' && (
        <Stack spacing={2}>
          {boete.soort === 'wi22' && boete.nieuweAfspraakUitkomst === 'open' && (
            <Stack direction="row" spacing={1} role="group" aria-label="Uitkomst nieuwe afspraak brede intake">
              <Button size="small" onClick={() => doe(() => koers('boeteNieuweAfspraakUitkomst', { boeteId: boete.id, uitkomst: 'verschenen' }))}>
                Verschenen op de nieuwe afspraak
              </Button>
              <Button size="small" onClick={() => doe(() => koers('boeteNieuweAfspraakUitkomst', { boeteId: boete.id, uitkomst: 'niet_verschenen' }))}>
                Niet verschenen op de nieuwe afspraak
              </Button>
            </Stack>
          )}
          {!boete.betaaldOp && !boete.invorderingOvergedragenOp && (
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: 'center' }}>
              <Datum label="Betaald op" naam="boete-betaald" waarde={betaaldOp} zet={setBetaaldOp} />
              <Datum label="Invordering overgedragen op" naam="boete-invordering" waarde={invordering} zet={setInvordering} />
              <Button variant="outlined" sx={{ flexShrink: 0 }} onClick={() => doe(() => koers('boeteBetaling', { boeteId: boete.id, betaaldOp, invorderingOvergedragenOp: invordering }))}>
                Betaling vastleggen
              </Button>
            </Stack>
          )}
        </Stack>
      )}
      {actie.isError && <FoutMelding fout={actie.error} />}
    </Paper>
  );
}
