import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { WERKVOORRAAD_MAX_AANTAL, WERKVOORRAAD_STANDAARD_AANTAL, type WerkvoorraadDeel } from '../../../shared/contract/werkvoorraad';
import { SECTIES, SIGNAALSOORTEN, SIGNAALSOORT_LABELS, type Signaal, type Signaalsoort, type WachtOpDerde } from '../../../shared/domain/signaal';
import { datumLang } from '../../../shared/format';
import { DOELGROEPEN, DOELGROEP_LABELS, type Doelgroep } from '../../../shared/rules/doelgroep';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { WerkvoorraadBestanden } from './Bestanden';
import { Overzicht } from './Overzicht';
import { MeerTonen } from './MeerTonen';
import { SignaalSectie } from './SignaalSectie';
import { UitstelDialoog } from './UitstelDialoog';
import { Uitgesteld } from './Uitgesteld';
import { WachtOpDerdeDialoog } from './WachtOpDerdeDialoog';
import { dossierAdres } from './weergave';

const MEER_PER_KEER = 100;

function alsDoelgroep(waarde: string | null): Doelgroep | null {
  return (DOELGROEPEN as readonly string[]).includes(waarde ?? '') ? (waarde as Doelgroep) : null;
}

function alsSoort(waarde: string | null): Signaalsoort | null {
  return (SIGNAALSOORTEN as readonly string[]).includes(waarde ?? '') ? (waarde as Signaalsoort) : null;
}

/** Besluit 5.3 lid 2: the dossiers whose PIP waits for a third party, with since when and until when. */
function WachtOpDerdeLijst({ wachtOpDerde, totaal, meerTonen, openen }: { wachtOpDerde: WachtOpDerde[]; totaal: number; meerTonen: () => void; openen: (w: WachtOpDerde) => void }) {
  return (
    <section aria-labelledby="wacht-kop">
      <Typography id="wacht-kop" variant="h5" component="h2" sx={{ mt: 3, mb: 1 }}>
        Wacht op informatie van derden ({totaal})
      </Typography>
      {wachtOpDerde.length === 0 ? (
        <Typography color="text.secondary">Geen PIP wacht op informatie van derden.</Typography>
      ) : (
        <Table size="small" aria-labelledby="wacht-kop">
          <TableHead>
            <TableRow>
              <TableCell>Naam</TableCell>
              <TableCell>Waarop</TableCell>
              <TableCell>Sinds</TableCell>
              <TableCell>Verwacht op</TableCell>
              <TableCell>Ontvangen op</TableCell>
              <TableCell>Doen</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {wachtOpDerde.map((w) => (
              <TableRow key={w.inburgeraarId}>
                <TableCell>
                  <Link component={RouterLink} to={dossierAdres(w.inburgeraarId, 'pip')}>
                    {w.naam}
                  </Link>
                </TableCell>
                <TableCell>{w.omschrijving}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{datumLang(w.sinds)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{w.verwachtOp ? datumLang(w.verwachtOp) : '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{w.ontvangenOp ? datumLang(w.ontvangenOp) : 'nog niet'}</TableCell>
                <TableCell>
                  <Link component="button" type="button" onClick={() => openen(w)} aria-haspopup="dialog">
                    {w.ontvangenOp ? 'Wijzigen' : 'Ontvangst vastleggen'}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <MeerTonen getoond={wachtOpDerde.length} totaal={totaal} meerTonen={meerTonen} />
    </section>
  );
}

type Dialoog = { soort: 'uitstel'; signaal: Signaal } | { soort: 'wacht'; inburgeraarId: number; naam: string } | null;

/** The "wacht op derde" of one dossier: from the page when it is there, otherwise from the dossier's own signals. */
function WachtDialoog({ inburgeraarId, naam, opPagina, vandaag, sluiten }: { inburgeraarId: number; naam: string; opPagina: WachtOpDerde | undefined; vandaag: string; sluiten: () => void }) {
  const dossier = useQuery({ queryKey: ['dossierSignalen', inburgeraarId], queryFn: () => koers('dossierSignalen', { inburgeraarId }), enabled: !opPagina });
  if (!opPagina && dossier.isPending) return null;
  return <WachtOpDerdeDialoog inburgeraarId={inburgeraarId} naam={naam} wacht={opPagina ?? dossier.data?.wachtOpDerde ?? undefined} vandaag={vandaag} sluiten={sluiten} />;
}

/**
 * The home screen: every open signal of every dossier in four sections by due date, each row with what
 * to do, the article and a button to the tab where it is done; snoozed signals below; the counts last.
 */
export function Home() {
  const [params, setParams] = useSearchParams();
  const doelgroep = alsDoelgroep(params.get('doelgroep'));
  const soort = alsSoort(params.get('soort'));
  const alleenWacht = params.get('wacht') === '1';
  const [dialoog, setDialoog] = useState<Dialoog>(null);
  // Rows shown per part; "Meer tonen" asks the server for more (issue 14: never the whole list at once).
  const [aantal, setAantal] = useState<Partial<Record<WerkvoorraadDeel, number>>>({});
  // The filters run on the server, so the list only carries the rows shown.
  const lijst = useQuery({
    queryKey: ['werkvoorraadLijst', { doelgroep, soort, alleenWacht, aantal }],
    queryFn: () => koers('werkvoorraadLijst', { doelgroep, soort, alleenWachtOpDerde: alleenWacht, aantal }),
    placeholderData: keepPreviousData,
  });
  const meer = (deel: WerkvoorraadDeel) => () =>
    setAantal((a) => ({ ...a, [deel]: Math.min((a[deel] ?? WERKVOORRAAD_STANDAARD_AANTAL) + MEER_PER_KEER, WERKVOORRAAD_MAX_AANTAL) }));

  const zetFilter = (naam: 'doelgroep' | 'soort' | 'wacht', waarde: string | null) => {
    const volgende = new URLSearchParams(params);
    if (waarde) volgende.set(naam, waarde);
    else volgende.delete(naam);
    setParams(volgende, { replace: true });
    setAantal({});
  };

  const data = lijst.data;
  const signalen = data?.signalen ?? [];
  const uitgesteld = data?.uitgesteld ?? [];
  const wachtOpDerde = data?.wachtOpDerde ?? [];

  return (
    <>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 1 }}>
        <Typography variant="h4" component="h1">
          Werkvoorraad
        </Typography>
        <WerkvoorraadBestanden filters={{ doelgroep, soort }} />
      </Stack>
      {data && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {datumLang(data.vandaag)}: wat te laat is, wat deze week moet gebeuren en wat daarna komt.
        </Typography>
      )}
      <Stack role="search" aria-label="Werkvoorraad filteren" direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 1, alignItems: { md: 'center' } }}>
        <TextField select label="Doelgroep" value={doelgroep ?? ''} onChange={(e) => zetFilter('doelgroep', e.target.value || null)} sx={{ minWidth: 220 }}>
          <MenuItem value="">Alle doelgroepen</MenuItem>
          {DOELGROEPEN.map((d) => (
            <MenuItem key={d} value={d}>
              {DOELGROEP_LABELS[d]}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label="Soort signaal" value={soort ?? ''} onChange={(e) => zetFilter('soort', e.target.value || null)} sx={{ minWidth: 300 }}>
          <MenuItem value="">Alle soorten</MenuItem>
          {SIGNAALSOORTEN.map((s) => (
            <MenuItem key={s} value={s}>
              {SIGNAALSOORT_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          control={<Checkbox checked={alleenWacht} onChange={(e) => zetFilter('wacht', e.target.checked ? '1' : null)} />}
          label={`Wacht op derde (${data?.totalen.wachtOpDerde ?? '…'})`}
        />
      </Stack>
      {lijst.isPending && <Laden />}
      {lijst.isError && <FoutMelding fout={lijst.error} />}
      {data && (
        <>
          {alleenWacht && (
            <WachtOpDerdeLijst
              wachtOpDerde={wachtOpDerde}
              totaal={data.totalen.wachtOpDerde}
              meerTonen={meer('wachtOpDerde')}
              openen={(w) => setDialoog({ soort: 'wacht', inburgeraarId: w.inburgeraarId, naam: w.naam })}
            />
          )}
          {SECTIES.map((sectie) => (
            <SignaalSectie
              key={sectie}
              sectie={sectie}
              signalen={signalen.filter((s) => s.sectie === sectie)}
              totaal={data.totalen[sectie]}
              meerTonen={meer(sectie)}
              uitstellen={(signaal) => setDialoog({ soort: 'uitstel', signaal })}
              wachtOpDerdeOpenen={(signaal) => setDialoog({ soort: 'wacht', inburgeraarId: signaal.inburgeraarId, naam: signaal.naam })}
            />
          ))}
          <Uitgesteld signalen={uitgesteld} totaal={data.totalen.uitgesteld} meerTonen={meer('uitgesteld')} />
          {dialoog?.soort === 'uitstel' && <UitstelDialoog signaal={dialoog.signaal} vandaag={data.vandaag} sluiten={() => setDialoog(null)} />}
          {dialoog?.soort === 'wacht' && (
            <WachtDialoog
              inburgeraarId={dialoog.inburgeraarId}
              naam={dialoog.naam}
              opPagina={wachtOpDerde.find((w) => w.inburgeraarId === dialoog.inburgeraarId)}
              vandaag={data.vandaag}
              sluiten={() => setDialoog(null)}
            />
          )}
        </>
      )}
      <Overzicht />
    </>
  );
}
