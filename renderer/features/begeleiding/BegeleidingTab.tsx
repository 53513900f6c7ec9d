import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { Begeleiding } from './Begeleiding';
import { Ontzorgen } from './Ontzorgen';

/** Maatschappelijke begeleiding (Wi 13) and financieel ontzorgen (Pw 56a) of one dossier. */
export function BegeleidingTab({ inburgeraarId }: { inburgeraarId: number }) {
  const stand = useQuery({ queryKey: ['begeleiding', inburgeraarId], queryFn: () => koers('begeleidingOphalen', { inburgeraarId }) });
  if (stand.isPending) return <Laden />;
  if (stand.isError) return <FoutMelding fout={stand.error} />;
  const { begeleiding, ontzorgen } = stand.data;
  return (
    <Stack spacing={3}>
      <Begeleiding
        key={begeleiding.gegevens?.afgerondOp ?? 'open'}
        inburgeraarId={inburgeraarId}
        vandaag={stand.data.vandaag}
        inschrijvingBrp={stand.data.inschrijvingBrp}
        stand={begeleiding}
      />
      <Ontzorgen key={ontzorgen.gegevens ? 'vastgelegd' : 'nieuw'} inburgeraarId={inburgeraarId} vandaag={stand.data.vandaag} stand={ontzorgen} />
    </Stack>
  );
}
