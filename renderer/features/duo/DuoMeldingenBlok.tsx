import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { VERWIJTBAARHEID_ONDERDEEL_LABELS, verwijtbaarheidInvoer, type VerwijtbaarheidOnderdeel } from '../../../shared/domain/duo';
import { datumKort, datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { DatumVeld, KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';
import { eerderGemeldTekst, statusTekst, veldLabel, waardeTekst } from './duoTeksten';

type Dossier = Uitvoer<'duoMeldingenDossier'>;

/**
 * The DUO facts of one dossier, compact: what is still to report (marked here as reported today) and the
 * verwijtbaarheid of a PVT or MAP not completed. Meant for a dossier tab; `kop` sets the heading level.
 */
export function DuoMeldingenBlok({ inburgeraarId, kop = 'h2' }: { inburgeraarId: number; kop?: 'h2' | 'h3' }) {
  const queryClient = useQueryClient();
  const dossier = useQuery({ queryKey: ['duoDossier', inburgeraarId], queryFn: () => koers('duoMeldingenDossier', { inburgeraarId }) });
  const teMelden = (dossier.data?.velden ?? []).filter((v) => v.status === 'nog_te_melden');
  const markeren = useMutation({
    mutationFn: () => koers('duoGemeldMarkeren', { items: teMelden.map((v) => ({ inburgeraarId, veld: v.veld })), gemeldOp: dossier.data!.vandaag }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['duoDossier', inburgeraarId] });
      await queryClient.invalidateQueries({ queryKey: ['duoMeldingen'] });
      await queryClient.invalidateQueries({ queryKey: ['logboek', inburgeraarId] });
    },
  });

  if (dossier.isPending) return <Laden />;
  if (dossier.isError) return <FoutMelding fout={dossier.error} />;
  const bekend = dossier.data.velden.filter((v) => v.status !== 'leeg' || v.gemeld);
  const subkop = kop === 'h2' ? 'h3' : 'h4';

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component={kop} gutterBottom>
        DUO-meldingen
      </Typography>
      {bekend.length === 0 ? (
        <Typography>Er is nog niets te melden aan DUO: er is geen PIP vastgesteld en niets over PVT of MAP vastgelegd.</Typography>
      ) : (
        <Table size="small" aria-label="Gegevens voor DUO">
          <TableHead>
            <TableRow>
              <TableCell>Gegeven</TableCell>
              <TableCell>Waarde</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>DUO heeft nu</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {bekend.map((v) => (
              <TableRow key={v.veld}>
                <TableCell>{veldLabel(v.veld)}</TableCell>
                <TableCell>{waardeTekst(v)}</TableCell>
                <TableCell sx={{ fontWeight: v.status === 'nog_te_melden' ? 'bold' : undefined }}>{statusTekst(v)}</TableCell>
                <TableCell>{eerderGemeldTekst(v)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {teMelden.length > 0 && (
        <Button variant="outlined" sx={{ mt: 2 }} loading={markeren.isPending} onClick={() => markeren.mutate()}>
          {teMelden.length === 1 ? 'Markeren als gemeld' : `Alle ${teMelden.length} markeren als gemeld`} op {datumKort(dossier.data.vandaag)}
        </Button>
      )}
      {markeren.isError && <FoutMelding fout={markeren.error} />}
      <Verwijtbaarheid inburgeraarId={inburgeraarId} v={dossier.data.verwijtbaarheid} vandaag={dossier.data.vandaag} kop={subkop} />
    </Paper>
  );
}

function Verwijtbaarheid({ inburgeraarId, v, vandaag, kop }: { inburgeraarId: number; v: Dossier['verwijtbaarheid']; vandaag: string; kop: 'h3' | 'h4' }) {
  return (
    <Stack spacing={1} sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component={kop}>
        Verwijtbaarheid PVT en MAP
      </Typography>
      <Typography variant="body2">
        {v.venster
          ? `Is het PVT of de MAP niet afgerond, dan meldt u aan DUO of dat verwijtbaar is. Dat kan alleen in de laatste twee maanden van de inburgeringstermijn: van ${datumLang(v.venster.van)} tot en met ${datumLang(v.venster.tot)}.`
          : 'Verwijtbaarheid meldt u in de laatste twee maanden van de inburgeringstermijn. Die termijn begint met het PIP.'}
      </Typography>
      {v.onderdelen.map((o) => (
        <Stack key={o.onderdeel} spacing={1}>
          <Typography variant="body2">
            <strong>{VERWIJTBAARHEID_ONDERDEEL_LABELS[o.onderdeel]}</strong>
            {o.vastgelegd
              ? `: ${o.vastgelegd.verwijtbaar ? 'verwijtbaar' : 'niet verwijtbaar'}, vastgesteld op ${datumLang(o.vastgelegd.vastgesteldOp)}${o.vastgelegd.toelichting ? ` — ${o.vastgelegd.toelichting}` : ''}.`
              : ''}
          </Typography>
          {o.weigering ? (
            <Typography variant="body2" color="text.secondary">
              {o.weigering}
            </Typography>
          ) : (
            <VerwijtbaarheidFormulier inburgeraarId={inburgeraarId} onderdeel={o.onderdeel} vandaag={vandaag} vastgelegd={o.vastgelegd} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}

// The form asks ja/nee; the contract takes a boolean.
const formulier = verwijtbaarheidInvoer.extend({ verwijtbaar: z.enum(['ja', 'nee'], { error: 'Geef aan of het verwijtbaar is.' }) });

function VerwijtbaarheidFormulier({
  inburgeraarId,
  onderdeel,
  vandaag,
  vastgelegd,
}: {
  inburgeraarId: number;
  onderdeel: VerwijtbaarheidOnderdeel;
  vandaag: string;
  vastgelegd: Dossier['verwijtbaarheid']['onderdelen'][number]['vastgelegd'];
}) {
  const queryClient = useQueryClient();
  const [opgeslagen, setOpgeslagen] = useState(false);
  const { control, handleSubmit } = useForm<z.input<typeof formulier>, unknown, z.output<typeof formulier>>({
    resolver: zodResolver(formulier),
    defaultValues: { inburgeraarId, onderdeel, verwijtbaar: vastgelegd?.verwijtbaar === false ? 'nee' : 'ja', vastgesteldOp: vastgelegd?.vastgesteldOp ?? vandaag, toelichting: vastgelegd?.toelichting ?? '' },
  });
  const vastleggen = useMutation({
    mutationFn: (invoer: z.output<typeof verwijtbaarheidInvoer>) => koers('verwijtbaarheidVastleggen', invoer),
    onSuccess: async () => {
      setOpgeslagen(true);
      await queryClient.invalidateQueries({ queryKey: ['duoDossier', inburgeraarId] });
      await queryClient.invalidateQueries({ queryKey: ['duoMeldingen'] });
      await queryClient.invalidateQueries({ queryKey: ['logboek', inburgeraarId] });
    },
  });
  const naam = onderdeel === 'pvt' ? 'PVT' : 'MAP';
  return (
    <form onSubmit={handleSubmit((invoer) => vastleggen.mutate({ ...invoer, verwijtbaar: invoer.verwijtbaar === 'ja' }))} noValidate aria-label={`Verwijtbaarheid ${naam} vastleggen`}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <KeuzeVeld
          control={control}
          name="verwijtbaar"
          label={`${naam} niet afgerond: verwijtbaar?`}
          opties={[{ waarde: 'ja', label: 'Verwijtbaar' }, { waarde: 'nee', label: 'Niet verwijtbaar' }]}
          sx={{ minWidth: 240 }}
        />
        <DatumVeld control={control} name="vastgesteldOp" label="Vastgesteld op" verplicht />
        <TekstVeld control={control} name="toelichting" label="Toelichting (niet naar DUO)" sx={{ minWidth: 260 }} />
        <Button type="submit" variant="outlined" loading={vastleggen.isPending} sx={{ mt: 1, flexShrink: 0 }}>
          Vastleggen
        </Button>
      </Stack>
      {opgeslagen && !vastleggen.isError && (
        <Alert severity="success" sx={{ mt: 1 }} onClose={() => setOpgeslagen(false)}>
          Vastgelegd. Meld het nu aan DUO.
        </Alert>
      )}
      {vastleggen.isError && <FoutMelding fout={vastleggen.error} />}
    </form>
  );
}
