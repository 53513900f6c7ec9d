import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Uitvoer } from '../../../shared/contract';
import { BEPERKING_LABELS } from '../../../shared/domain/ontheffing';
import { datumLang } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { BriefVoorbeeld } from '../../components/BriefVoorbeeld';
import { DocumentKnop } from '../../components/DocumentKnop';
import { DatumInvoer } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';

/**
 * Wi 14 lid 6: when the intake records a visual or auditory impairment, the college sets a beschikking on the
 * ontheffing of the leerbaarheidstoets, with its own motivering. Frozen at vaststellen like the PIP.
 */
export function OntheffingSectie({ inburgeraarId }: { inburgeraarId: number }) {
  // Under the intake's key, so saving the intake (which records the impairment) refreshes this section too.
  const gegevens = useQuery({ queryKey: ['intake', inburgeraarId, 'ontheffing'], queryFn: () => koers('ontheffingOphalen', { inburgeraarId }) });
  const ondertekenaars = useQuery({ queryKey: ['ondertekenaars'], queryFn: () => koers('ondertekenaarsLijst', {}) });
  if (gegevens.isPending || ondertekenaars.isPending) return <Laden />;
  if (gegevens.isError) return <FoutMelding fout={gegevens.error} />;
  if (ondertekenaars.isError) return <FoutMelding fout={ondertekenaars.error} />;
  const { ontheffing, inIntake } = gegevens.data;
  if (!ontheffing && inIntake === 'geen') return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="ontheffing-kop">
      <Typography variant="h6" component="h2" id="ontheffing-kop" gutterBottom>
        Ontheffing leerbaarheidstoets (art. 14 lid 6)
      </Typography>
      {ontheffing ? (
        <Stack spacing={1}>
          <Typography>
            Beschikking vastgesteld op {datumLang(ontheffing.dagtekening)}, kenmerk {ontheffing.kenmerk}. Reden: {BEPERKING_LABELS[ontheffing.beperking].toLowerCase()}.
            Ondertekend door {ontheffing.ondertekenaar.naam}, {ontheffing.ondertekenaar.functie}.
          </Typography>
          <div>
            <DocumentKnop documentId={ontheffing.documentId} label="Beschikking opslaan (PDF)" />
          </div>
        </Stack>
      ) : (
        <Formulier inburgeraarId={inburgeraarId} beperking={BEPERKING_LABELS[inIntake as Exclude<typeof inIntake, 'geen'>]} ondertekenaars={ondertekenaars.data} />
      )}
    </Paper>
  );
}

function Formulier({ inburgeraarId, beperking, ondertekenaars }: { inburgeraarId: number; beperking: string; ondertekenaars: Uitvoer<'ondertekenaarsLijst'> }) {
  const queryClient = useQueryClient();
  const [dagtekening, setDagtekening] = useState(vandaagInNederland());
  const [motivering, setMotivering] = useState('');
  const [onderbouwing, setOnderbouwing] = useState('');
  const [ondertekenaarId, setOndertekenaarId] = useState<number | ''>(ondertekenaars[0]?.id ?? '');
  const [bevestigen, setBevestigen] = useState(false);
  const invoer = { inburgeraarId, dagtekening, motivering, onderbouwing: onderbouwing || null };
  const voorbeeld = useMutation({ mutationFn: () => koers('ontheffingVoorbeeld', { ...invoer, ondertekenaarId: ondertekenaarId || null }) });
  const vaststellen = useMutation({
    mutationFn: () => koers('ontheffingVaststellen', { ...invoer, ondertekenaarId: Number(ondertekenaarId) }),
    onSettled: () => setBevestigen(false),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['intake', inburgeraarId] });
      await queryClient.invalidateQueries({ queryKey: ['documenten', inburgeraarId] });
    },
  });
  return (
    <>
      <Typography sx={{ mb: 2 }}>
        In de intake staat: {beperking.toLowerCase()}. Leg in een beschikking vast dat de inburgeraar de leerbaarheidstoets niet hoeft te doen. Schrijf in de
        motivering welke feiten laten zien dat de toets niet kan, in korte zinnen.
      </Typography>
      {ondertekenaars.length === 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Er is nog geen ondertekenaar. Voeg bij Instellingen een ondertekenaar toe met functie en mandaatbesluit.
        </Alert>
      )}
      <Stack spacing={2} sx={{ mb: 2 }}>
        <TextField label="Motivering" required multiline minRows={3} value={motivering} onChange={(e) => setMotivering(e.target.value)} slotProps={{ htmlInput: { maxLength: 4000 } }} />
        <TextField
          label="Onderbouwing (stukken)"
          helperText="Bijvoorbeeld: verklaring van de oogarts van 2 april 2026"
          value={onderbouwing}
          onChange={(e) => setOnderbouwing(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <Stack direction={{ xs: 'column', md: 'row' }} useFlexGap spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <DatumInvoer label="Dagtekening" naam="ontheffingDagtekening" waarde={dagtekening} wijzig={(w) => w && w !== 'ongeldig' && setDagtekening(w)} verlaat={() => undefined} hulptekst="Dag van verzending" />
          <TextField select label="Ondertekenaar (namens het college)" value={ondertekenaarId} onChange={(e) => setOndertekenaarId(Number(e.target.value))} sx={{ minWidth: 320 }}>
            {ondertekenaars.map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.naam}, {o.functie}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" onClick={() => voorbeeld.mutate()} loading={voorbeeld.isPending}>
            Voorbeeld tonen
          </Button>
          <Button variant="contained" disabled={!ondertekenaarId} onClick={() => setBevestigen(true)}>
            Beschikking ontheffing vaststellen…
          </Button>
        </Stack>
      </Stack>
      {voorbeeld.isError && <FoutMelding fout={voorbeeld.error} />}
      {vaststellen.isError && <FoutMelding fout={vaststellen.error} />}
      {voorbeeld.data && <BriefVoorbeeld brief={voorbeeld.data.brief} />}
      <Dialog open={bevestigen} onClose={() => setBevestigen(false)} aria-labelledby="ontheffing-vaststellen-titel">
        <DialogTitle id="ontheffing-vaststellen-titel">Beschikking ontheffing vaststellen?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            De beschikking krijgt dagtekening {datumLang(dagtekening)} en een kenmerk. Daarna verandert zij niet meer: de PDF wordt vastgelegd zoals hij is.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setBevestigen(false)}>Annuleren</Button>
          <Button variant="contained" onClick={() => vaststellen.mutate()} loading={vaststellen.isPending}>
            Vaststellen
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
