import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { koers } from '../../api/koers';
import { FoutMelding, Laden } from '../../components/Laden';
import { GemeenteInstellingen } from './GemeenteInstellingen';
import { BoetesPerDoelgroep } from './BoetesPerDoelgroep';
import { BriefTeksten } from './BriefTeksten';
import { LogoInstelling } from './LogoInstelling';
import { Ondertekenaars } from './Ondertekenaars';
import { WachtwoordWijzigen } from './WachtwoordWijzigen';

export function Instellingen() {
  const instellingen = useQuery({ queryKey: ['instellingen'], queryFn: () => koers('instellingenOphalen', {}) });
  if (instellingen.isPending) return <Laden />;
  if (instellingen.isError) return <FoutMelding fout={instellingen.error} />;
  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Typography variant="h4" component="h1">
        Instellingen
      </Typography>
      <GemeenteInstellingen instellingen={instellingen.data} />
      <LogoInstelling instellingen={instellingen.data} />
      <Ondertekenaars />
      <BriefTeksten />
      <BoetesPerDoelgroep />
      <WachtwoordWijzigen />
    </Stack>
  );
}
