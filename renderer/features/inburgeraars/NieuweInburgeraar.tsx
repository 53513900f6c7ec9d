import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { koers } from '../../api/koers';
import { FoutMelding } from '../../components/Laden';
import { InburgeraarFormulier, LEEG_FORMULIER } from './InburgeraarFormulier';

export function NieuweInburgeraar() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toevoegen = useMutation({
    mutationFn: (invoer: Parameters<typeof koers<'inburgeraarToevoegen'>>[1]) => koers('inburgeraarToevoegen', invoer),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['inburgeraars'] });
      await queryClient.invalidateQueries({ queryKey: ['werkvoorraad'] });
      navigate(`/inburgeraars/${id}`);
    },
  });
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Nieuwe inburgeraar
      </Typography>
      <InburgeraarFormulier
        beginwaarden={LEEG_FORMULIER}
        opslaanLabel="Inburgeraar opslaan"
        bezig={toevoegen.isPending}
        opslaan={(invoer) => toevoegen.mutate(invoer)}
        annuleren={() => navigate('/inburgeraars')}
        melding={toevoegen.isError ? <FoutMelding fout={toevoegen.error} /> : undefined}
      />
    </>
  );
}
