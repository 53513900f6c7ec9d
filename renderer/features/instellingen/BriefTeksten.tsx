import { zodResolver } from '@hookform/resolvers/zod';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { briefTekstenInvoer, type BriefTeksten as Teksten } from '../../../shared/domain/teksten';
import { koers } from '../../api/koers';
import { TekstVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';

type Lijstveld = 'motiveringBouwstenen' | 'wijzigingBouwstenen' | 'watMoetUDoen';

const VELDEN: [Exclude<keyof Teksten, 'versie' | Lijstveld>, string][] = [
  ['onderwerpPip', 'Onderwerp PIP'],
  ['onderwerpWijziging', 'Onderwerp wijziging'],
  ['aanhef', 'Aanhef'],
  ['inleidingPip', 'Inleiding PIP'],
  ['inleidingWijziging', 'Inleiding wijziging'],
  ['besluitInleiding', 'Inleiding van het besluit'],
  ['besluitInleidingWijziging', 'Inleiding van het besluit (wijziging)'],
  ['termijnPip', 'Termijn (PIP)'],
  ['termijnVerhuizing', 'Termijn (PIP na verhuizing)'],
  ['termijnWijziging', 'Termijn (wijziging)'],
  ['uitlegIntensiteit', 'Uitleg: intensiteit'],
  ['uitlegPvt', 'Uitleg: participatieverklaringstraject'],
  ['uitlegMap', 'Uitleg: MAP'],
  ['uitlegVve', 'Uitleg: VVE'],
  ['zelfRegelen', 'Zelf regelen (gezinsmigranten en overige migranten)'],
  ['gevolgenNietMeedoen', 'Gevolgen van niet meedoen (art. 23 Wi)'],
  ['rechtsmiddelen', 'Rechtsmiddelen (art. 3:45 Awb)'],
  ['vragen', 'Vragen'],
  ['slot', 'Slot'],
  ['ontzorgen', 'Besluit financieel ontzorgen (bijlage 2)'],
  ['oproepInleiding', 'Oproep: inleiding'],
  ['oproepVerplichting', 'Oproep: wat moet u doen?'],
  ['waarschuwing', 'Schriftelijke waarschuwing (2e oproep)'],
  ['laatsteOproep', 'Schriftelijke waarschuwing en laatste oproep (3e oproep)'],
  ['onderwerpZienswijze', 'Zienswijze: onderwerp'],
  ['zienswijzeInleiding', 'Zienswijze: inleiding (art. 4:8 Awb)'],
  ['zienswijzeHoe', 'Zienswijze: hoe reageren (wat moet u doen?)'],
  ['zienswijzeGeenBesluit', 'Zienswijze: nog geen besluit'],
  ['onderwerpBoeteWi22', 'Boete brede intake: onderwerp'],
  ['boeteWi22Besluit', 'Boete brede intake: besluit (art. 22 Wi; art. 5:9 Awb)'],
  ['boeteWi22NieuweTermijn', 'Boete brede intake: nieuwe termijn (art. 22 lid 2 Wi)'],
  ['onderwerpBoeteWi23', 'Boete art. 23: onderwerp'],
  ['boeteWi23Besluit', 'Boete art. 23: besluit (art. 23 Wi; art. 5:9 Awb)'],
  ['boeteBetalen', 'Boete betalen (art. 4:87 Awb)'],
  ['onderwerpOntheffing', 'Ontheffing leerbaarheidstoets: onderwerp'],
  ['ontheffingBesluit', 'Ontheffing leerbaarheidstoets: besluit (art. 14 lid 6 Wi)'],
  ['ontheffingGevolg', 'Ontheffing leerbaarheidstoets: wat betekent dit?'],
];

const LIJSTVELDEN: [Lijstveld, string][] = [
  ['watMoetUDoen', 'Wat moet u doen? (één punt per regel)'],
  ['motiveringBouwstenen', 'Bouwstenen voor de motivering (één per regel)'],
  ['wijzigingBouwstenen', 'Bouwstenen voor de motivering van een wijziging (één per regel)'],
];

type Waarden = z.input<typeof briefTekstenInvoer>;

/** Standard texts as versioned data: every save is a new version; printed letters keep theirs. */
export function BriefTeksten() {
  const teksten = useQuery({ queryKey: ['briefTeksten'], queryFn: () => koers('briefTekstenOphalen', {}) });
  if (teksten.isPending) return <Laden />;
  if (teksten.isError) return <FoutMelding fout={teksten.error} />;
  return <Formulier key={teksten.data.versie} teksten={teksten.data} />;
}

function Formulier({ teksten }: { teksten: Teksten }) {
  const queryClient = useQueryClient();
  const { versie, ...beginwaarden } = teksten;
  const { control, handleSubmit } = useForm<Waarden, unknown, z.output<typeof briefTekstenInvoer>>({ resolver: zodResolver(briefTekstenInvoer), defaultValues: beginwaarden });
  const opslaan = useMutation({
    mutationFn: (waarden: z.output<typeof briefTekstenInvoer>) => koers('briefTekstenOpslaan', waarden),
    onSuccess: (nieuw) => queryClient.setQueryData(['briefTeksten'], nieuw),
  });
  return (
    <Accordion variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="teksten-inhoud" id="teksten-kop">
        <Typography variant="h6" component="h2">
          Standaardteksten van brieven (versie {versie})
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="teksten-inhoud">
        <Typography sx={{ mb: 2 }}>
          Woorden tussen accolades, zoals {'{kenmerk}'}, vult Koers zelf in. Opslaan maakt een nieuwe versie; al gedrukte brieven houden hun tekst.
        </Typography>
        <form onSubmit={handleSubmit((waarden) => opslaan.mutate(waarden))} noValidate aria-label="Standaardteksten">
          <Stack spacing={2}>
            {VELDEN.map(([naam, label]) => (
              <TekstVeld key={naam} control={control} name={naam} label={label} multiline minRows={1} />
            ))}
            {LIJSTVELDEN.map(([naam, label]) => (
              <Controller
                key={naam}
                control={control}
                name={naam}
                render={({ field, fieldState }) => (
                  <TextField
                    label={label}
                    multiline
                    minRows={4}
                    value={(field.value ?? []).join('\n')}
                    onChange={(e) => field.onChange(e.target.value.split('\n').filter((regel) => regel.trim()))}
                    error={!!fieldState.error}
                    helperText={fieldState.error?.message}
                  />
                )}
              />
            ))}
            <Button type="submit" variant="contained" loading={opslaan.isPending} sx={{ alignSelf: 'flex-start' }}>
              Teksten opslaan als nieuwe versie
            </Button>
            {opslaan.isSuccess && <Alert severity="success">Opgeslagen als versie {opslaan.data.versie}.</Alert>}
            {opslaan.isError && <FoutMelding fout={opslaan.error} />}
          </Stack>
        </form>
      </AccordionDetails>
    </Accordion>
  );
}
