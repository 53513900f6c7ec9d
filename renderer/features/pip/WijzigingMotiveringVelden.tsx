import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import { SCHAKEL_UITZONDERINGEN, SCHAKEL_UITZONDERING_LABELS, VOORTGANG_LABELS, VOORTGANG_OORDELEN, type PipFormulier, type WijzigingReden } from '../../../shared/domain/pip';
import { AFSCHALEN_UREN } from '../../../shared/rules/pip';
import { KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';

const FEITEN_LABEL: Record<WijzigingReden, string> = {
  afschalen: 'Feiten: waarom B1 voor deze onderdelen niet haalbaar is (art. 17 lid 3 Wi)',
  schakelen: 'Feiten over de voortgang (art. 17 lid 2 Wi)',
  verhuizing: 'Toelichting op wat in onze gemeente anders is (optioneel)',
  anders: 'Waarom het plan verandert (art. 3:46 Awb)',
};

/** The reasoning a wijziging carries of its own (Wi 17): the fields follow the reason. */
export function WijzigingMotiveringVelden({ control, reden }: { control: Control<PipFormulier>; reden: WijzigingReden }) {
  return (
    <Grid container spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Grid size={12}>
        <Typography component="legend" variant="subtitle1">
          Motivering van de wijziging — deze tekst komt in de beschikking, niet de motivering van het eerste plan
        </Typography>
      </Grid>
      {reden === 'afschalen' && (
        <>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="wijziging.urenNt2NaPip" label={`Uren NT2 gevolgd na het eerste PIP (ten minste ${AFSCHALEN_UREN})`} type="number" />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <VinkVeld control={control} name="wijziging.urenBijErkendeInstelling" label="Gevolgd bij een instelling met keurmerk of een erkende instelling (art. 5.5 lid 1 Besluit)" />
          </Grid>
          <Grid size={12}>
            <TekstVeld control={control} name="wijziging.inspanningen" label="Aanzienlijke inspanningen: aanwezigheid, examenpogingen (art. 5.3 lid 6 Besluit)" multiline minRows={2} />
          </Grid>
        </>
      )}
      {reden === 'schakelen' && (
        <>
          <Grid size={{ xs: 12, md: 4 }}>
            <KeuzeVeld control={control} name="wijziging.voortgang" label="Voortgang" opties={VOORTGANG_OORDELEN.map((v) => ({ waarde: v, label: VOORTGANG_LABELS[v] }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <KeuzeVeld
              control={control}
              name="wijziging.schakelUitzondering"
              label="Na anderhalf jaar: uitzondering (art. 5.4 Besluit)"
              opties={SCHAKEL_UITZONDERINGEN.map((u) => ({ waarde: u, label: SCHAKEL_UITZONDERING_LABELS[u] }))}
            />
          </Grid>
          <Grid size={12}>
            <TekstVeld control={control} name="wijziging.schakelUitzonderingMotivering" label="Motivering van de uitzondering (alleen als u er een kiest)" multiline minRows={2} />
          </Grid>
        </>
      )}
      <Grid size={12}>
        <TekstVeld control={control} name="wijziging.feiten" label={FEITEN_LABEL[reden]} multiline minRows={3} />
      </Grid>
    </Grid>
  );
}
