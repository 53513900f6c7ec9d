import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import type { Uitvoer } from '../../../shared/contract';
import { LEERROUTE_LABELS } from '../../../shared/domain/pip';
import { datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { Examens } from './Examens';
import { Gesprekken } from './Gesprekken';
import { Ladder } from './Ladder';
import { Leerroute } from './Leerroute';
import { uren } from './vernieuwen';
import { ZRoute } from './ZRoute';

type Voortgang = Uitvoer<'voortgangOphalen'>;

/** Voortgang of the inburgering, measured against the geldende PIP. */
export function VoortgangTab({ inburgeraarId }: { inburgeraarId: number }) {
  const voortgang = useQuery({ queryKey: ['voortgang', inburgeraarId], queryFn: () => koers('voortgangOphalen', { inburgeraarId }) });
  if (voortgang.isPending) return <Laden />;
  if (voortgang.isError) return <FoutMelding fout={voortgang.error} />;
  const v = voortgang.data;
  const leerroute = v.pip?.leerroute ?? null;
  return (
    <Stack spacing={3}>
      {v.pip ? (
        <>
          <Alert severity="info" role="note" aria-label="Leerroute">
            Leerroute volgens het PIP: {leerroute ? LEERROUTE_LABELS[leerroute] : 'niet gekozen'}
            {v.pip.niveau ? ` (${v.pip.niveau})` : ''}
            {v.pip.dagtekening ? `, vastgesteld op ${datumLang(v.pip.dagtekening)}` : ''}.
          </Alert>
          <Signalen v={v} />
          <Gesprekken inburgeraarId={inburgeraarId} stand={v.gesprekken} />
          <Leerroute inburgeraarId={inburgeraarId} stand={v.leerroute} />
          <Examens inburgeraarId={inburgeraarId} examens={v.examens} leerroute={leerroute} />
          {v.zRoute && <ZRoute inburgeraarId={inburgeraarId} stand={v.zRoute} />}
        </>
      ) : (
        <Alert severity="info" role="note">
          Dit dossier heeft nog geen vastgesteld PIP. Voortgangsgesprekken, leerroute en examens worden gemeten tegen het plan: stel eerst het PIP vast (art. 15 Wi 2021;
          art. 5.3 lid 5 Besluit). De participatieladder kunt u al bijhouden.
        </Alert>
      )}
      <Ladder inburgeraarId={inburgeraarId} stand={v.ladder} />
    </Stack>
  );
}

/** The afschalen and schakel indications, each with its article; the werkvoorraad shows the same facts as signals. */
function Signalen({ v }: { v: Voortgang }) {
  const { afschalen, schakelen } = v;
  return (
    <>
      {afschalen && afschalen.bereiktOp && (
        <Alert severity="warning" aria-label="Afschalen">
          <AlertTitle>Afschalen naar A2 kan worden overwogen</AlertTitle>
          {uren(afschalen.urenNt2)} uur NT2 gevolgd; de {afschalen.norm} uur is bereikt in de periode tot en met {datumLang(afschalen.bereiktOp)}. Blijkt uit de feiten dat
          de inburgeraar zich voldoende heeft ingespannen, dan kan het college de taalonderdelen geheel of gedeeltelijk op A2 laten examineren ({afschalen.artikel}).
        </Alert>
      )}
      {afschalen && !afschalen.bereiktOp && (
        <Alert severity="info" role="note" aria-label="Afschalen">
          {uren(afschalen.urenNt2)} van {afschalen.norm} uur NT2 gevolgd. Na {afschalen.norm} uur kan afschalen naar A2 worden overwogen ({afschalen.artikel}).
        </Alert>
      )}
      {schakelen && (
        <Alert severity={schakelen.inZicht ? 'warning' : 'info'} role={schakelen.inZicht ? 'alert' : 'note'} aria-label="Schakelen">
          {schakelen.inZicht && <AlertTitle>De termijn om van leerroute te wisselen loopt af</AlertTitle>}
          {schakelen.verstreken
            ? `Van leerroute wisselen kon tot en met ${datumLang(schakelen.uiterlijk)}; daarna alleen na een niet-vrijstellende opleiding of in een bijzonder geval (${schakelen.artikel}).`
            : `Van leerroute wisselen kan tot en met ${datumLang(schakelen.uiterlijk)}: nog ${schakelen.dagenOver} ${schakelen.dagenOver === 1 ? 'dag' : 'dagen'} (${schakelen.artikel}).`}
          {schakelen.onderwijsNaarB1Altijd && ' Van de onderwijsroute naar de B1-route kan altijd.'}
        </Alert>
      )}
    </>
  );
}
