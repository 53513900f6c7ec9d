import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import type { Inburgeraar } from '../../../shared/domain/inburgeraar';
import { koers } from '../../api/koers';
import { Bevindingen } from '../../components/Bevindingen';
import { FoutMelding, Laden } from '../../components/Laden';
import { DuoMeldingenBlok } from '../duo/DuoMeldingenBlok';
import { PipEditor } from './PipEditor';
import { PipVaststellen } from './PipVaststellen';
import { PipVersies } from './PipVersies';
import { WijzigingStarten } from './WijzigingStarten';

export function PipTab({ inburgeraar }: { inburgeraar: Inburgeraar }) {
  const overzicht = useQuery({ queryKey: ['pip', inburgeraar.id], queryFn: () => koers('pipOverzicht', { inburgeraarId: inburgeraar.id }) });
  const ondertekenaars = useQuery({ queryKey: ['ondertekenaars'], queryFn: () => koers('ondertekenaarsLijst', {}) });
  const teksten = useQuery({ queryKey: ['briefTeksten'], queryFn: () => koers('briefTekstenOphalen', {}) });
  if (overzicht.isPending || ondertekenaars.isPending || teksten.isPending) return <Laden />;
  const fout = overzicht.error ?? ondertekenaars.error ?? teksten.error;
  if (fout) return <FoutMelding fout={fout} />;
  const { versies, intakeAfgerond } = overzicht.data!;
  const concept = versies.find((v) => v.status === 'concept');

  return (
    <Stack spacing={3}>
      {!intakeAfgerond && versies.length === 0 && (
        <Alert severity="info">U kunt het PIP al voorbereiden. Vaststellen kan pas als de brede intake is afgerond (art. 15 lid 1 Wi 2021).</Alert>
      )}
      {versies.some((v) => v.status !== 'concept') && <PipVersies versies={versies} pipUiterlijk={overzicht.data!.pipUiterlijk} />}
      {(concept || versies.length === 0) && (
        <>
          {/* One editor for the first PIP (also across its first save); a wijziging gets a fresh one. */}
          <PipEditor
            key={concept?.soort === 'wijziging' ? concept.id : 'pip'}
            inburgeraar={inburgeraar}
            concept={concept}
            bouwstenen={concept?.soort === 'wijziging' ? teksten.data!.wijzigingBouwstenen : teksten.data!.motiveringBouwstenen}
            pipUiterlijk={overzicht.data!.pipUiterlijk}
          />
          {concept && <Bevindingen titel="Nog nodig voor vaststellen" bevindingen={overzicht.data!.bevindingen} ernst="info" />}
          {concept && <PipVaststellen concept={concept} ondertekenaars={ondertekenaars.data!} />}
        </>
      )}
      {!concept && versies.length > 0 && <WijzigingStarten inburgeraarId={inburgeraar.id} />}
      {/* What DUO must know about this plan (Besluit 9.2, 9.3): the werkvoorraad's duo_melden signal opens this tab. */}
      {versies.some((v) => v.status !== 'concept') && <DuoMeldingenBlok inburgeraarId={inburgeraar.id} />}
    </Stack>
  );
}
