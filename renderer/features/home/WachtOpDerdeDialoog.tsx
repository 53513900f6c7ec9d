import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { wachtOpDerdeInvoer, wachtOpDerdeOntvangenInvoer, type WachtOpDerde } from '../../../shared/domain/signaal';
import { datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { useWerkvoorraadVernieuwen } from './vernieuwen';

const nieuw = wachtOpDerdeInvoer.omit({ inburgeraarId: true });
const ontvangen = wachtOpDerdeOntvangenInvoer.omit({ inburgeraarId: true });

function niet(datum: string, vandaag: string, label: string) {
  return datum <= vandaag || `${label} kan niet na vandaag (${datumLang(vandaag)}) liggen.`;
}

interface Stap {
  vandaag: string;
  klaar: () => Promise<void>;
  sluiten: () => void;
}

function Vastleggen({ inburgeraarId, vandaag, klaar, sluiten }: Stap & { inburgeraarId: number }) {
  const schema = nieuw.superRefine((w, ctx) => {
    const fout = niet(w.sinds, vandaag, 'Wacht sinds');
    if (fout !== true) ctx.addIssue({ code: 'custom', path: ['sinds'], message: fout });
    if (w.verwachtOp && w.verwachtOp < w.sinds) ctx.addIssue({ code: 'custom', path: ['verwachtOp'], message: 'Verwacht op kan niet vóór de datum liggen waarop het wachten begon.' });
  });
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { omschrijving: '', sinds: vandaag, verwachtOp: null },
  });
  const vastleggen = useMutation({ mutationFn: (w: z.output<typeof schema>) => koers('wachtOpDerdeVastleggen', { inburgeraarId, ...w }), onSuccess: klaar });
  return (
    <>
      <Stack component="form" id="wacht-formulier" aria-label="Wacht op informatie van derde vastleggen" noValidate spacing={2} sx={{ pt: 1 }} onSubmit={handleSubmit((w) => vastleggen.mutate(w))}>
        <TekstVeld control={control} name="omschrijving" label="Waarop wordt gewacht" required multiline minRows={2} fullWidth helperText="Bijvoorbeeld: medische informatie van de huisarts" />
        <DatumVeld control={control} name="sinds" label="Wacht sinds" verplicht />
        <DatumVeld control={control} name="verwachtOp" label="Verwacht op" />
      </Stack>
      {vastleggen.isError && <FoutMelding fout={vastleggen.error} />}
      <DialogActions sx={{ px: 0, pb: 0 }}>
        <Button onClick={sluiten}>Annuleren</Button>
        <Button type="submit" form="wacht-formulier" variant="contained" loading={vastleggen.isPending}>
          Vastleggen
        </Button>
      </DialogActions>
    </>
  );
}

function Ontvangen({ wacht, vandaag, klaar, sluiten }: Stap & { wacht: WachtOpDerde }) {
  const schema = ontvangen.superRefine((w, ctx) => {
    const fout = niet(w.ontvangenOp, vandaag, 'Ontvangen op');
    if (fout !== true) ctx.addIssue({ code: 'custom', path: ['ontvangenOp'], message: fout });
    if (w.ontvangenOp < wacht.sinds) ctx.addIssue({ code: 'custom', path: ['ontvangenOp'], message: `Ontvangen op kan niet vóór ${datumLang(wacht.sinds)} liggen, de dag waarop het wachten begon.` });
  });
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { ontvangenOp: wacht.ontvangenOp ?? vandaag },
  });
  const registreren = useMutation({ mutationFn: (w: z.output<typeof schema>) => koers('wachtOpDerdeOntvangen', { inburgeraarId: wacht.inburgeraarId, ...w }), onSuccess: klaar });
  const opheffen = useMutation({ mutationFn: () => koers('wachtOpDerdeOpheffen', { inburgeraarId: wacht.inburgeraarId }), onSuccess: klaar });
  return (
    <>
      <Typography sx={{ mb: 2 }}>
        Wacht sinds {datumLang(wacht.sinds)} op: {wacht.omschrijving}
        {wacht.verwachtOp ? ` (verwacht op ${datumLang(wacht.verwachtOp)})` : ''}.
        {wacht.ontvangenOp ? ` Ontvangen op ${datumLang(wacht.ontvangenOp)}.` : ''}
      </Typography>
      <Stack component="form" id="ontvangen-formulier" aria-label="Informatie van derde ontvangen" noValidate spacing={2} sx={{ pt: 1 }} onSubmit={handleSubmit((w) => registreren.mutate(w))}>
        <DatumVeld control={control} name="ontvangenOp" label="Ontvangen op" verplicht hulptekst="Het PIP wordt uiterlijk twee weken na deze dag vastgesteld." />
      </Stack>
      {registreren.isError && <FoutMelding fout={registreren.error} />}
      {opheffen.isError && <FoutMelding fout={opheffen.error} />}
      <DialogActions sx={{ px: 0, pb: 0 }}>
        <Button onClick={sluiten}>Annuleren</Button>
        <Button color="inherit" onClick={() => opheffen.mutate()} loading={opheffen.isPending}>
          Notitie opheffen
        </Button>
        <Button type="submit" form="ontvangen-formulier" variant="contained" loading={registreren.isPending}>
          Ontvangst vastleggen
        </Button>
      </DialogActions>
    </>
  );
}

/**
 * Besluit inburgering 2021 art. 5.3 lid 2: when the PIP waits for information from a third party, the college
 * sets it within two weeks after receiving that information. Record the wait here, and later the day it arrived.
 */
export function WachtOpDerdeDialoog({
  inburgeraarId,
  naam,
  wacht,
  vandaag,
  sluiten,
}: {
  inburgeraarId: number;
  naam: string;
  wacht: WachtOpDerde | undefined;
  vandaag: string;
  sluiten: () => void;
}) {
  const vernieuwen = useWerkvoorraadVernieuwen();
  const klaar = async () => {
    await vernieuwen();
    sluiten();
  };
  return (
    <Dialog open onClose={sluiten} aria-labelledby="wacht-titel" aria-describedby="wacht-tekst" fullWidth maxWidth="sm">
      <DialogTitle id="wacht-titel">Wacht op informatie van derde</DialogTitle>
      <DialogContent>
        <DialogContentText id="wacht-tekst" sx={{ mb: 2 }}>
          {naam}. Wacht het PIP op informatie van een ander (bijvoorbeeld een arts of een vorige gemeente), dan stelt het college het PIP
          uiterlijk twee weken na ontvangst daarvan vast (art. 5.3 lid 2 Besluit inburgering 2021).
        </DialogContentText>
        {wacht ? (
          <Ontvangen wacht={wacht} vandaag={vandaag} klaar={klaar} sluiten={sluiten} />
        ) : (
          <Vastleggen inburgeraarId={inburgeraarId} vandaag={vandaag} klaar={klaar} sluiten={sluiten} />
        )}
      </DialogContent>
    </Dialog>
  );
}
