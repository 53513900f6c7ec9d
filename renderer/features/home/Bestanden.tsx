import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import type { Invoer } from '../../../shared/contract';
import { koers } from '../../api/koers';
import { FoutMelding } from '../../components/Laden';

type Filters = Invoer<'werkvoorraadWeeklijstPdf'>;

function BestandKnop({ label, maak }: { label: string; maak: () => Promise<{ bestandsnaam: string; opgeslagen: boolean }> }) {
  const opslaan = useMutation({ mutationFn: maak });
  return (
    <span>
      <Button variant="outlined" onClick={() => opslaan.mutate()} loading={opslaan.isPending}>
        {label}
      </Button>
      {opslaan.data?.opgeslagen && <span role="status"> Opgeslagen: {opslaan.data.bestandsnaam}</span>}
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </span>
  );
}

/** The week list to print (te laat and deze week, no BSN) and the whole werkvoorraad for Excel, with the chosen filters. */
export function WerkvoorraadBestanden({ filters }: { filters: Filters }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <BestandKnop label="Weeklijst (PDF)" maak={() => koers('werkvoorraadWeeklijstPdf', filters)} />
      <BestandKnop label="Exporteren (Excel)" maak={() => koers('werkvoorraadExporteren', filters)} />
    </Stack>
  );
}
