import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { Afspraken } from './Afspraken';
import { Notities } from './Notities';

/** The afspraken and the journaal of one dossier. */
export function JournaalTab({ inburgeraarId }: { inburgeraarId: number }) {
  const journaal = useQuery({ queryKey: ['journaal', inburgeraarId], queryFn: () => koers('journaalOphalen', { inburgeraarId }) });
  if (journaal.isPending) return <Laden />;
  if (journaal.isError) return <FoutMelding fout={journaal.error} />;
  const vandaag = vandaagInNederland();
  return (
    <Stack spacing={3}>
      <Afspraken inburgeraarId={inburgeraarId} afspraken={journaal.data.afspraken} vandaag={vandaag} />
      <Notities inburgeraarId={inburgeraarId} notities={journaal.data.notities} vandaag={vandaag} />
    </Stack>
  );
}
