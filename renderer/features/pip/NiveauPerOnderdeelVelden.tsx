import Grid from '@mui/material/Grid';
import type { Control } from 'react-hook-form';
import { EXAMENONDERDELEN, EXAMENONDERDEEL_LABELS, PIP_NIVEAUS, type PipFormulier } from '../../../shared/domain/pip';
import { KeuzeVeld } from '../../components/FormVelden';

/** Wi 17 lid 3: after afschalen the level can differ per exam part; KNM has no level. */
export function NiveauPerOnderdeelVelden({ control }: { control: Control<PipFormulier> }) {
  return (
    <>
      {EXAMENONDERDELEN.map((onderdeel) => (
        <Grid key={onderdeel} size={{ xs: 6, md: 3 }}>
          <KeuzeVeld
            control={control}
            name={`niveauPerOnderdeel.${onderdeel}`}
            label={`Niveau ${EXAMENONDERDEEL_LABELS[onderdeel].toLowerCase()}`}
            opties={PIP_NIVEAUS.map((n) => ({ waarde: n, label: n }))}
          />
        </Grid>
      ))}
    </>
  );
}
