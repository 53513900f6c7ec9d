import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Uitvoer } from '../../../shared/contract';
import { participatieactiviteitInvoer, zRouteAfrondingInvoer } from '../../../shared/domain/voortgang';
import { datumKort, datumLang } from '../../../shared/format';
import { koers } from '../../api/koers';
import { Bevindingen } from '../../components/Bevindingen';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding } from '../../components/Laden';
import { uren, useVoortgangVernieuwen } from './vernieuwen';

type Stand = NonNullable<Uitvoer<'voortgangOphalen'>['zRoute']>;

/** Besluit 3.14: the Z-route ledger — cursusuren, participatie-uren (asiel group, minus PVT and MAP) and the eindgesprek. */
export function ZRoute({ inburgeraarId, stand }: { inburgeraarId: number; stand: Stand }) {
  const { cursus, participatie } = stand;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="kop-zroute">
      <Typography variant="h6" component="h2" id="kop-zroute" gutterBottom>
        Z-route
      </Typography>
      {stand.afgerondOp && (
        <Alert severity="success" sx={{ mb: 2 }}>
          De Z-route is afgerond op {datumLang(stand.afgerondOp)}. Deze datum gaat naar DUO.
        </Alert>
      )}
      <Table size="small" aria-label="Urenbalans Z-route" sx={{ mb: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>Onderdeel</TableCell>
            <TableCell align="right">Norm</TableCell>
            <TableCell align="right">Afgetrokken (PVT en MAP)</TableCell>
            <TableCell align="right">Gevolgd</TableCell>
            <TableCell align="right">Nog te gaan</TableCell>
            <TableCell>Grond</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>Cursusuren NT2 en KNM</TableCell>
            <TableCell align="right">
              {uren(cursus.norm)}
              {cursus.normUitPip ? ' (PIP)' : ''}
            </TableCell>
            <TableCell align="right">—</TableCell>
            <TableCell align="right">{uren(cursus.gevolgd)}</TableCell>
            <TableCell align="right">{uren(cursus.resterend)}</TableCell>
            <TableCell>{cursus.artikel}</TableCell>
          </TableRow>
          {participatie ? (
            <TableRow>
              <TableCell>Activiteiten voor participatie</TableCell>
              <TableCell align="right">
                {uren(participatie.norm)}
                {participatie.normUitPip ? ' (PIP)' : ''}
              </TableCell>
              <TableCell align="right">
                {uren(participatie.afgetrokken)} (PVT {uren(participatie.pvtUren)}, MAP {uren(participatie.mapUren)})
              </TableCell>
              <TableCell align="right">{uren(participatie.activiteiten)}</TableCell>
              <TableCell align="right">{uren(participatie.resterend)}</TableCell>
              <TableCell>{participatie.artikel}</TableCell>
            </TableRow>
          ) : (
            <TableRow>
              <TableCell colSpan={6}>Geen participatie-uren: voor gezinsmigranten en overige migranten bestaat de Z-route uit cursusuren en het eindgesprek (art. 3.14 lid 3 Besluit).</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {!stand.afgerondOp && <Bevindingen titel="Nog nodig voor afronding" bevindingen={stand.ontbreekt} ernst="info" />}
      {participatie && <Activiteiten inburgeraarId={inburgeraarId} activiteiten={stand.activiteiten} />}
      <Afronding key={`${stand.eindgesprek}-${stand.afgerondOp}`} inburgeraarId={inburgeraarId} stand={stand} />
    </Paper>
  );
}

const activiteitFormulier = participatieactiviteitInvoer;

function Activiteiten({ inburgeraarId, activiteiten }: { inburgeraarId: number; activiteiten: Stand['activiteiten'] }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const leeg = { inburgeraarId, id: null, datum: '', omschrijving: '', uren: '' };
  const { control, handleSubmit, reset } = useForm<z.input<typeof activiteitFormulier>, unknown, z.output<typeof activiteitFormulier>>({
    resolver: zodResolver(activiteitFormulier),
    defaultValues: leeg,
  });
  const opslaan = useMutation({
    mutationFn: (invoer: z.output<typeof activiteitFormulier>) => koers('participatieactiviteitOpslaan', invoer),
    onSuccess: async () => {
      reset(leeg);
      await vernieuwen();
    },
  });
  const verwijderen = useMutation({ mutationFn: (id: number) => koers('participatieactiviteitVerwijderen', { inburgeraarId, id }), onSuccess: vernieuwen });
  return (
    <>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Activiteiten voor participatie (art. 3.14 lid 2 onder b Besluit)
      </Typography>
      {activiteiten.length > 0 && (
        <Table size="small" aria-label="Activiteiten voor participatie" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Datum</TableCell>
              <TableCell>Omschrijving</TableCell>
              <TableCell align="right">Uren</TableCell>
              <TableCell>Acties</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {activiteiten.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{datumKort(a.datum)}</TableCell>
                <TableCell>{a.omschrijving}</TableCell>
                <TableCell align="right">{uren(a.uren)}</TableCell>
                <TableCell>
                  <Button size="small" color="error" onClick={() => verwijderen.mutate(a.id)} aria-label={`Verwijderen: activiteit van ${datumKort(a.datum)}`}>
                    Verwijderen
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {verwijderen.isError && <FoutMelding fout={verwijderen.error} />}
      <form onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-label="Activiteit toevoegen">
        <Grid container spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <Grid size={{ xs: 12, md: 3 }}>
            <DatumVeld control={control} name="datum" label="Datum activiteit" verplicht />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <TekstVeld control={control} name="omschrijving" label="Omschrijving (Nederlandstalig, niet in isolement)" required fullWidth />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <TekstVeld control={control} name="uren" label="Uren" required slotProps={{ htmlInput: { inputMode: 'decimal' } }} fullWidth />
          </Grid>
          <Grid size={{ xs: 6, md: 2 }}>
            <Button type="submit" variant="outlined" loading={opslaan.isPending}>
              Activiteit toevoegen
            </Button>
          </Grid>
        </Grid>
      </form>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </>
  );
}

const afrondingFormulier = zRouteAfrondingInvoer;

function Afronding({ inburgeraarId, stand }: { inburgeraarId: number; stand: Stand }) {
  const vernieuwen = useVoortgangVernieuwen(inburgeraarId);
  const { control, handleSubmit } = useForm<z.input<typeof afrondingFormulier>, unknown, z.output<typeof afrondingFormulier>>({
    resolver: zodResolver(afrondingFormulier),
    defaultValues: { inburgeraarId, eindgesprek: stand.eindgesprek, afgerondOp: stand.afgerondOp },
  });
  const opslaan = useMutation({ mutationFn: (invoer: z.output<typeof afrondingFormulier>) => koers('zRouteAfronding', invoer), onSuccess: vernieuwen });
  return (
    <form onSubmit={handleSubmit((invoer) => opslaan.mutate(invoer))} noValidate aria-label="Eindgesprek en afronding">
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Eindgesprek en afronding
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Het eindgesprek voert het college zelf; het mag niet aan een derde worden gemandateerd (art. 3.14 lid 4 Besluit).
      </Typography>
      <Grid container spacing={2} sx={{ alignItems: 'center' }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <DatumVeld control={control} name="eindgesprek" label="Eindgesprek met het college" />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DatumVeld control={control} name="afgerondOp" label="Z-route afgerond op" />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Button type="submit" variant="outlined" loading={opslaan.isPending}>
            Eindgesprek en afronding opslaan
          </Button>
        </Grid>
      </Grid>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
    </form>
  );
}
