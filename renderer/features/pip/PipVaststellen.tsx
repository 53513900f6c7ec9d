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
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Uitvoer } from '../../../shared/contract';
import type { Pip } from '../../../shared/domain/pip';
import { datumLang } from '../../../shared/format';
import { vandaagInNederland } from '../../../shared/rules/datum';
import { koers } from '../../api/koers';
import { Bevindingen } from '../../components/Bevindingen';
import { BriefVoorbeeld } from '../../components/BriefVoorbeeld';
import { DatumInvoer } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';

/** Preview the beschikking, then set it: dagtekening, ondertekenaar, kenmerk, frozen PDF. */
export function PipVaststellen({ concept, ondertekenaars }: { concept: Pip; ondertekenaars: Uitvoer<'ondertekenaarsLijst'> }) {
  const queryClient = useQueryClient();
  const [dagtekening, setDagtekening] = useState(vandaagInNederland());
  const [ondertekenaarId, setOndertekenaarId] = useState<number | ''>(ondertekenaars[0]?.id ?? '');
  const [bevestigen, setBevestigen] = useState(false);
  const voorbeeld = useMutation({ mutationFn: () => koers('pipVoorbeeld', { pipId: concept.id, dagtekening, ondertekenaarId: ondertekenaarId || null }) });
  const vaststellen = useMutation({
    mutationFn: () => koers('pipVaststellen', { pipId: concept.id, dagtekening, ondertekenaarId: Number(ondertekenaarId) }),
    onSettled: () => setBevestigen(false),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['pip', concept.inburgeraarId] });
      await queryClient.invalidateQueries({ queryKey: ['inburgeraar', concept.inburgeraarId] });
    },
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Voorbeeld en vaststellen
      </Typography>
      {ondertekenaars.length === 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Er is nog geen ondertekenaar. Voeg bij Instellingen een ondertekenaar toe met functie en mandaatbesluit.
        </Alert>
      )}
      <Stack direction={{ xs: 'column', md: 'row' }} useFlexGap spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', mb: 2 }}>
        <DatumInvoer label="Dagtekening" naam="dagtekening" waarde={dagtekening} wijzig={(w) => w && w !== 'ongeldig' && setDagtekening(w)} verlaat={() => undefined} hulptekst="Dag van verzending" />
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
          Vaststellen…
        </Button>
      </Stack>
      {voorbeeld.isError && <FoutMelding fout={voorbeeld.error} />}
      {vaststellen.isError && <FoutMelding fout={vaststellen.error} />}
      {voorbeeld.data && (
        <>
          <Bevindingen titel="Dit moet eerst nog in het PIP" bevindingen={voorbeeld.data.bevindingen} />
          <BriefVoorbeeld brief={voorbeeld.data.brief} />
        </>
      )}
      <Dialog open={bevestigen} onClose={() => setBevestigen(false)} aria-labelledby="vaststellen-titel">
        <DialogTitle id="vaststellen-titel">PIP vaststellen?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            De beschikking krijgt dagtekening {datumLang(dagtekening)} en een kenmerk. Daarna verandert deze versie niet meer: de PDF wordt
            vastgelegd zoals hij is. Een latere verandering wordt een wijziging met een eigen beschikking.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setBevestigen(false)}>Annuleren</Button>
          <Button variant="contained" onClick={() => vaststellen.mutate()} loading={vaststellen.isPending}>
            Vaststellen
          </Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
