import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Uitvoer } from '../../../shared/contract';
import { BESCHIKKING_SOORT_LABELS, BEZWAAR_UITKOMST_LABELS, HOGER_BEROEP_INSTANTIE, UITSPRAAK_UITKOMST_LABELS, type Beschikking, type Bezwaar } from '../../../shared/domain/bezwaar';
import { datumLang } from '../../../shared/format';
import { bezwaarAfgehandeld } from '../../../shared/rules/bezwaar';
import { koers } from '../../api/koers';
import { FoutMelding } from '../../components/Laden';
import { BeroepFormulier, BeslissenFormulier, BezwaarWijzigen, HogerBeroepFormulier, HoorzittingFormulier, VerdagenFormulier } from './BezwaarFormulieren';

type Dialoog = 'wijzigen' | 'hoorzitting' | 'verdagen' | 'beslissen' | 'beroep' | 'hoger_beroep' | null;

/** One bezwaar in the register: its facts in order of the procedure, the next steps and its letters. */
export function BezwaarKaart({ bezwaar: b, beschikkingen, ondertekenaars, rechtbank }: { bezwaar: Bezwaar; beschikkingen: Beschikking[]; ondertekenaars: Uitvoer<'ondertekenaarsLijst'>; rechtbank: string | null }) {
  const [dialoog, setDialoog] = useState<Dialoog>(null);
  const opslaan = useMutation({ mutationFn: (documentId: number) => koers('documentOpslaan', { documentId }) });
  const afgehandeld = bezwaarAfgehandeld(b);
  const sluiten = () => setDialoog(null);
  const kop = `Bezwaar tegen ${BESCHIKKING_SOORT_LABELS[b.beschikkingSoort]}${b.beschikkingKenmerk ? ` ${b.beschikkingKenmerk}` : ''}`;
  const nieuw = beschikkingen.find((x) => x.documentId === b.nieuweBeschikkingDocumentId);
  const regels: { label: string; waarde: string }[] = [
    { label: 'Beschikking verzonden', waarde: `${datumLang(b.verzenddatum)}; bezwaartermijn tot en met ${datumLang(b.bezwaartermijnEinde)}` },
    {
      label: 'Bezwaarschrift ontvangen',
      waarde: `${datumLang(b.ontvangenOp)} — ${b.tijdig ? 'op tijd' : b.verschoonbaar ? `te laat, verschoonbaar: ${b.verschoonbaarMotivering ?? ''}` : 'te laat (art. 6:9 Awb)'}`,
    },
    { label: 'Gronden', waarde: b.gronden ?? '—' },
    { label: 'Adviescommissie', waarde: b.adviescommissie ? 'Ja (twaalf weken, art. 7:13 Awb)' : 'Nee' },
    {
      label: 'Hoorzitting',
      waarde: b.hoorzittingOp ? `${datumLang(b.hoorzittingOp)}${b.hoorzittingVerslag ? ` — ${b.hoorzittingVerslag}` : ''}` : b.hoorzittingAfgezienReden ? `Afgezien (art. 7:3 Awb): ${b.hoorzittingAfgezienReden}` : 'Nog niet gepland',
    },
    { label: 'Verdaagd', waarde: b.verdaagdOp ? `${datumLang(b.verdaagdOp)} (${b.verdagingKenmerk ?? ''}): ${b.verdagingReden ?? ''}` : 'Nee' },
    { label: 'Beslissen uiterlijk', waarde: `${datumLang(b.beslistermijnEinde)} (art. 7:10 Awb)` },
    {
      label: 'Uitkomst',
      waarde: b.uitkomst ? `${BEZWAAR_UITKOMST_LABELS[b.uitkomst]} op ${datumLang(b.uitkomstOp!)}${b.beslissingKenmerk ? ` (${b.beslissingKenmerk})` : ''}` : (b.uitkomstOud ?? 'Nog niet beslist'),
    },
  ];
  if (b.uitkomst === 'gegrond') regels.push({ label: 'Nieuwe beschikking', waarde: nieuw ? `${BESCHIKKING_SOORT_LABELS[nieuw.soort]} ${nieuw.kenmerk ?? nieuw.titel}` : 'Nog niet gemaakt — die vervangt de oude beschikking (art. 7:11 Awb)' });
  if (b.beroepIngesteldOp) {
    regels.push({
      label: 'Beroep',
      waarde: `Ingesteld op ${datumLang(b.beroepIngesteldOp)} bij ${b.beroepRechtbank ?? '—'}${b.beroepUitspraakOp && b.beroepUitkomst ? `; uitspraak ${datumLang(b.beroepUitspraakOp)}: ${UITSPRAAK_UITKOMST_LABELS[b.beroepUitkomst]}` : ''}`,
    });
  }
  if (b.hogerBeroepIngesteldOp) {
    regels.push({
      label: 'Hoger beroep',
      waarde: `Ingesteld op ${datumLang(b.hogerBeroepIngesteldOp)} bij ${HOGER_BEROEP_INSTANTIE}${b.hogerBeroepUitspraakOp && b.hogerBeroepUitkomst ? `; uitspraak ${datumLang(b.hogerBeroepUitspraakOp)}: ${UITSPRAAK_UITKOMST_LABELS[b.hogerBeroepUitkomst]}` : ''}`,
    });
  }
  const beroepMogelijk = afgehandeld && b.uitkomst !== 'ingetrokken';

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="article" aria-labelledby={`kop-bezwaar-${b.id}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h3" id={`kop-bezwaar-${b.id}`}>
          {kop}
        </Typography>
        <Chip size="small" label={afgehandeld ? 'Beslist' : 'Loopt'} color={afgehandeld ? 'default' : 'primary'} />
      </Stack>
      <Table size="small" aria-label={kop}>
        <TableBody>
          {regels.map((r) => (
            <TableRow key={r.label}>
              <TableCell component="th" scope="row" sx={{ width: 220, fontWeight: 500 }}>
                {r.label}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{r.waarde}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
        {(!afgehandeld || b.uitkomst === 'gegrond') && (
          <Button size="small" variant="outlined" onClick={() => setDialoog('wijzigen')}>
            {afgehandeld ? 'Nieuwe beschikking koppelen' : 'Gegevens wijzigen'}
          </Button>
        )}
        {!afgehandeld && (
          <>
            <Button size="small" variant="outlined" onClick={() => setDialoog('hoorzitting')}>
              Hoorzitting vastleggen
            </Button>
            {!b.verdaagdOp && (
              <Button size="small" variant="outlined" onClick={() => setDialoog('verdagen')}>
                Verdagen
              </Button>
            )}
            <Button size="small" variant="contained" onClick={() => setDialoog('beslissen')}>
              Beslissen
            </Button>
          </>
        )}
        {beroepMogelijk && !b.hogerBeroepIngesteldOp && (
          <Button size="small" variant="outlined" onClick={() => setDialoog('beroep')}>
            Beroep vastleggen
          </Button>
        )}
        {b.beroepUitspraakOp && (
          <Button size="small" variant="outlined" onClick={() => setDialoog('hoger_beroep')}>
            Hoger beroep vastleggen
          </Button>
        )}
        {b.verdagingDocumentId && (
          <Button size="small" onClick={() => opslaan.mutate(b.verdagingDocumentId!)} aria-label={`Verdagingsbrief ${b.verdagingKenmerk ?? ''} opslaan`}>
            Verdagingsbrief opslaan
          </Button>
        )}
        {b.beslissingDocumentId && (
          <Button size="small" onClick={() => opslaan.mutate(b.beslissingDocumentId!)} aria-label={`Beslissing op bezwaar ${b.beslissingKenmerk ?? ''} opslaan`}>
            Beslissing op bezwaar opslaan
          </Button>
        )}
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      {dialoog === 'wijzigen' && <BezwaarWijzigen bezwaar={b} beschikkingen={beschikkingen} sluiten={sluiten} />}
      {dialoog === 'hoorzitting' && <HoorzittingFormulier bezwaar={b} sluiten={sluiten} />}
      {dialoog === 'verdagen' && <VerdagenFormulier bezwaar={b} ondertekenaars={ondertekenaars} sluiten={sluiten} />}
      {dialoog === 'beslissen' && <BeslissenFormulier bezwaar={b} ondertekenaars={ondertekenaars} rechtbank={rechtbank} sluiten={sluiten} />}
      {dialoog === 'beroep' && <BeroepFormulier bezwaar={b} rechtbank={rechtbank} sluiten={sluiten} />}
      {dialoog === 'hoger_beroep' && <HogerBeroepFormulier bezwaar={b} sluiten={sluiten} />}
    </Paper>
  );
}
