import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useMutation, useQuery } from '@tanstack/react-query';
import { datumKort } from '../../../shared/format';
import { DocumentKnop } from '../../components/DocumentKnop';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Inburgeraar } from '../../../shared/domain/inburgeraar';
import { optioneleDatum, optioneleTekst } from '../../../shared/domain/velden';
import { koers } from '../../api/koers';
import { DatumVeld, TekstVeld } from '../../components/FormVelden';
import { FoutMelding, Laden } from '../../components/Laden';

const schema = z.object({ datum: optioneleDatum('Datum'), plaats: optioneleTekst('Plaats', 80) });

const SOORTEN: Record<string, string> = {
  beschikking_pip: 'Beschikking PIP',
  beschikking_wijziging: 'Beschikking wijziging PIP',
  oproep: 'Oproep brede intake',
  waarschuwing: 'Waarschuwing en herhaalde oproep',
};

function VastgelegdeDocumenten({ inburgeraarId }: { inburgeraarId: number }) {
  const documenten = useQuery({ queryKey: ['documenten', inburgeraarId], queryFn: () => koers('documentenLijst', { inburgeraarId }) });
  if (documenten.isPending) return <Laden />;
  if (documenten.isError) return <FoutMelding fout={documenten.error} />;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Vastgelegde documenten
      </Typography>
      {documenten.data.length === 0 ? (
        <Typography>Er zijn nog geen brieven of beschikkingen gemaakt.</Typography>
      ) : (
        <Table size="small" aria-label="Vastgelegde documenten">
          <TableHead>
            <TableRow>
              <TableCell>Soort</TableCell>
              <TableCell>Titel</TableCell>
              <TableCell>Gemaakt</TableCell>
              <TableCell>Opslaan</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {documenten.data.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{SOORTEN[d.soort] ?? d.soort}</TableCell>
                <TableCell>{d.titel}</TableCell>
                <TableCell>{datumKort(d.aangemaakt.slice(0, 10))}</TableCell>
                <TableCell>
                  <DocumentKnop documentId={d.id} label="Opslaan als PDF" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

export function DocumentenTab({ inburgeraar }: { inburgeraar: Inburgeraar }) {
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { datum: null, plaats: '' },
  });
  const opslaan = useMutation({
    mutationFn: (waarden: z.output<typeof schema>) => koers('participatieverklaringOpslaan', { inburgeraarId: inburgeraar.id, ...waarden }),
  });
  return (
    <>
      <VastgelegdeDocumenten inburgeraarId={inburgeraar.id} />
      <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Participatieverklaring
      </Typography>
      <Typography sx={{ mb: 2 }}>
        De verklaring met de tekst van de Wet inburgering 2021, op naam van deze inburgeraar, om op de ondertekeningsbijeenkomst te tekenen. Het
        BSN staat er niet op. Laat datum en plaats leeg om ze op de bijeenkomst met de hand in te vullen.
      </Typography>
      <form onSubmit={handleSubmit((waarden) => opslaan.mutate(waarden))} noValidate>
        <Grid container spacing={2} sx={{ mb: 2 }}>
          <Grid size={{ xs: 12, md: 4 }}>
            <DatumVeld control={control} name="datum" label="Datum ondertekening (optioneel)" />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TekstVeld control={control} name="plaats" label="Plaats (optioneel)" />
          </Grid>
        </Grid>
        <Button type="submit" variant="contained" loading={opslaan.isPending} loadingPosition="start">
          Participatieverklaring opslaan als PDF
        </Button>
      </form>
      {opslaan.isError && <FoutMelding fout={opslaan.error} />}
      {opslaan.data?.opgeslagen && (
        <Alert severity="success" sx={{ mt: 2 }}>
          Opgeslagen: {opslaan.data.bestandsnaam}
        </Alert>
      )}
    </Paper>
    </>
  );
}
