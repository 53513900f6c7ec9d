import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { NOTITIESOORTEN, NOTITIESOORT_LABELS, notitieInvoer, zoekInNotities, type Notitie, type NotitieInvoer } from '../../../shared/domain/journaal';
import { datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld, VinkVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { VerwijderDialoog } from '../../components/VerwijderDialoog';
import { vernieuwJournaal } from './vernieuwen';
import { dagLang } from './weergave';

type Waarden = z.input<typeof notitieInvoer>;

const SOORT_OPTIES = NOTITIESOORTEN.map((s) => ({ waarde: s, label: NOTITIESOORT_LABELS[s] }));

/** The journaal of one dossier: newest first, searchable, each note editable. */
export function Notities({ inburgeraarId, notities, vandaag }: { inburgeraarId: number; notities: Notitie[]; vandaag: string }) {
  const queryClient = useQueryClient();
  const [zoekterm, setZoekterm] = useState('');
  const [bewerkId, setBewerkId] = useState<number | null>(null);
  const [teVerwijderen, setTeVerwijderen] = useState<Notitie | null>(null);
  const gevonden = zoekInNotities(notities, zoekterm);
  const verwijderen = useMutation({
    mutationFn: (n: Notitie) => koers('journaalNotitieVerwijderen', { id: n.id }),
    onSuccess: async () => {
      setTeVerwijderen(null);
      await vernieuwJournaal(queryClient, inburgeraarId);
    },
  });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="journaal-kop">
      <Typography id="journaal-kop" variant="h6" component="h2" gutterBottom>
        Journaal
      </Typography>
      <NotitieFormulier inburgeraarId={inburgeraarId} vandaag={vandaag} notitie={null} klaar={() => undefined} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 3, mb: 2, alignItems: { md: 'center' } }}>
        <TextField type="search" label="Zoeken in het journaal" value={zoekterm} onChange={(e) => setZoekterm(e.target.value)} sx={{ minWidth: 320 }} helperText="Op woorden uit de tekst, de soort of een datum (23-11-2026)" />
        <Typography role="status" aria-live="polite" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {zoekterm.trim() ? `${gevonden.length} van ${notities.length} notities` : `${notities.length} ${notities.length === 1 ? 'notitie' : 'notities'}`}
        </Typography>
      </Stack>
      {gevonden.length === 0 && notities.length > 0 && <Typography>Geen notities gevonden met deze woorden.</Typography>}
      {notities.length === 0 && <Typography color="text.secondary">Er zijn nog geen notities.</Typography>}
      <Stack spacing={2} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label="Notities, nieuwste eerst">
        {gevonden.map((n) => (
          <Box component="li" key={n.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
              {dagLang(n.datum)} · {NOTITIESOORT_LABELS[n.soort]}
              {n.metTolk ? ' · met tolk' : ''}
            </Typography>
            {bewerkId === n.id ? (
              <NotitieFormulier inburgeraarId={inburgeraarId} vandaag={vandaag} notitie={n} klaar={() => setBewerkId(null)} />
            ) : (
              <>
                <Typography sx={{ whiteSpace: 'pre-wrap', my: 1 }}>{n.tekst}</Typography>
                <Stack direction="row" spacing={1}>
                  <Button size="small" onClick={() => setBewerkId(n.id)} aria-label={`Notitie van ${datumLang(n.datum)} wijzigen`}>
                    Wijzigen
                  </Button>
                  <Button size="small" color="error" onClick={() => setTeVerwijderen(n)} aria-haspopup="dialog" aria-label={`Notitie van ${datumLang(n.datum)} verwijderen`}>
                    Verwijderen
                  </Button>
                </Stack>
              </>
            )}
          </Box>
        ))}
      </Stack>
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
      <VerwijderDialoog
        open={teVerwijderen !== null}
        titel="Notitie verwijderen?"
        tekst={teVerwijderen ? `De notitie van ${dagLang(teVerwijderen.datum)} wordt verwijderd. Dit kan niet ongedaan worden gemaakt.` : ''}
        knop="Verwijderen"
        bezig={verwijderen.isPending}
        annuleren={() => setTeVerwijderen(null)}
        bevestigen={() => teVerwijderen && verwijderen.mutate(teVerwijderen)}
      />
    </Paper>
  );
}

/** Adds a note, or changes the one given. */
function NotitieFormulier({ inburgeraarId, vandaag, notitie, klaar }: { inburgeraarId: number; vandaag: string; notitie: Notitie | null; klaar: () => void }) {
  const queryClient = useQueryClient();
  const leeg: Waarden = { inburgeraarId, datum: vandaag, soort: 'gesprek', metTolk: false, tekst: '' };
  const { control, handleSubmit, reset } = useForm<Waarden, unknown, NotitieInvoer>({ resolver: zodResolver(notitieInvoer), defaultValues: notitie ?? leeg });
  const opslaan = useMutation({
    mutationFn: ({ inburgeraarId: dossier, ...velden }: NotitieInvoer) =>
      notitie
        ? koers('journaalNotitieWijzigen', { id: notitie.id, ...velden }).then(() => undefined)
        : koers('journaalNotitieToevoegen', { inburgeraarId: dossier, ...velden }).then(() => undefined),
    onSuccess: async () => {
      if (!notitie) reset(leeg);
      klaar();
      await vernieuwJournaal(queryClient, inburgeraarId);
    },
  });
  const naam = notitie ? `Notitie van ${datumLang(notitie.datum)} wijzigen` : 'Notitie toevoegen';
  return (
    <Box component="form" onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-label={naam} sx={{ mt: 1 }}>
      {!notitie && (
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
          Notitie toevoegen
        </Typography>
      )}
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 12, md: 3 }}>
          <DatumVeld control={control} name="datum" label="Datum" verplicht />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <KeuzeVeld control={control} name="soort" label="Soort" opties={SOORT_OPTIES} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 3 }}>
          <VinkVeld control={control} name="metTolk" label="Met tolk" />
        </Grid>
        <Grid size={12}>
          <TekstVeld control={control} name="tekst" label="Tekst" multiline minRows={3} required fullWidth autoFocus={!!notitie} />
        </Grid>
      </Grid>
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        <Button type="submit" variant={notitie ? 'contained' : 'outlined'} loading={opslaan.isPending}>
          {notitie ? 'Wijziging opslaan' : 'Notitie toevoegen'}
        </Button>
        {notitie && <Button onClick={klaar}>Annuleren</Button>}
      </Stack>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </Box>
  );
}
