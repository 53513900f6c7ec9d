import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  BACKUP_CONTROLE_LABELS,
  BACKUP_PLEK_LABELS,
  BACKUP_REDEN_LABELS,
  BACKUP_REDENEN,
  type BackupReden,
  type BackupRegel,
} from '../../../shared/domain/backup';
import { herstelcode, wachtwoord } from '../../../shared/domain/kluis';
import { tijdstipKort } from '../../../shared/format';
import { koers } from '../../api/koers';
import { KeuzeVeld, TekstVeld } from '../../components/FormVelden';
import { GRID_TEKSTEN } from '../../components/gridTeksten';
import { FoutMelding, Laden } from '../../components/Laden';

// Backups (issue 11 item 3, BIO 8.13): where they go, "Nu een backup maken", the list with its check, "Terugzetten"
// (with the passphrase or herstelcode of that time) and "Alles controleren".

function grootte(bytes: number | null): string {
  if (bytes === null) return '—';
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

function redenLabel(reden: string | null): string {
  return reden && (BACKUP_REDENEN as readonly string[]).includes(reden) ? BACKUP_REDEN_LABELS[reden as BackupReden] : '—';
}

function useVernieuwen() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['backupOverzicht'] });
}

const terugzettenSchema = z.discriminatedUnion('met', [
  z.object({ met: z.literal('wachtwoord'), wachtwoord, herstelcode: z.string() }),
  z.object({ met: z.literal('herstelcode'), wachtwoord: z.string(), herstelcode }),
]);
type TerugzettenFormulier = z.input<typeof terugzettenSchema>;

function TerugzettenDialoog({ backup, sluiten }: { backup: BackupRegel; sluiten: () => void }) {
  const queryClient = useQueryClient();
  const { control, handleSubmit } = useForm<TerugzettenFormulier, unknown, z.output<typeof terugzettenSchema>>({
    resolver: zodResolver(terugzettenSchema),
    defaultValues: { met: 'wachtwoord', wachtwoord: '', herstelcode: '' },
  });
  const met = useWatch({ control, name: 'met' });
  const terugzetten = useMutation({
    mutationFn: (w: z.output<typeof terugzettenSchema>) =>
      koers('backupTerugzetten', w.met === 'wachtwoord' ? { naam: backup.naam, plek: backup.plek, wachtwoord: w.wachtwoord } : { naam: backup.naam, plek: backup.plek, herstelcode: w.herstelcode }),
    // The vault is now locked: the app shows the unlock screen.
    onSuccess: () => void queryClient.invalidateQueries(),
  });
  return (
    <Dialog open onClose={terugzetten.isPending ? undefined : sluiten} aria-labelledby="terugzetten-titel" fullWidth maxWidth="sm">
      <form onSubmit={handleSubmit((w) => terugzetten.mutate(w))} noValidate>
        <DialogTitle id="terugzetten-titel">Backup terugzetten</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              De backup van {backup.tijdstip ? tijdstipKort(backup.tijdstip) : backup.naam} vervangt de huidige kluis. Alles wat daarna is ingevoerd, staat niet in
              de backup. Koers controleert de backup eerst helemaal; de huidige kluis blijft bewaard in een map &quot;voor-herstel&quot; naast de kluis. Daarna
              vergrendelt Koers de kluis: ontgrendel hem met het wachtwoord van toen.
            </DialogContentText>
            <KeuzeVeld
              control={control}
              name="met"
              label="Openen met"
              opties={[
                { waarde: 'wachtwoord', label: 'Het wachtwoord van toen' },
                { waarde: 'herstelcode', label: 'De herstelcode van toen' },
              ]}
            />
            {met === 'wachtwoord' ? (
              <TekstVeld control={control} name="wachtwoord" label="Wachtwoord van de backup" type="password" autoComplete="current-password" autoFocus />
            ) : (
              <TekstVeld control={control} name="herstelcode" label="Herstelcode van de backup" autoComplete="off" helperText="32 tekens, zoals op de afdruk." />
            )}
            {terugzetten.isError && <FoutMelding fout={terugzetten.error} />}
            {terugzetten.isSuccess && <Alert severity="success">{terugzetten.data.melding}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={sluiten} disabled={terugzetten.isPending}>
            {terugzetten.isSuccess ? 'Sluiten' : 'Annuleren'}
          </Button>
          {!terugzetten.isSuccess && (
            <Button type="submit" variant="contained" color="warning" loading={terugzetten.isPending} loadingPosition="start">
              Terugzetten
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}

const controleSchema = z.object({ wachtwoord });

function AllesControleren() {
  const { control, handleSubmit, reset } = useForm({ resolver: zodResolver(controleSchema), defaultValues: { wachtwoord: '' } });
  const controleren = useMutation({
    mutationFn: (w: z.output<typeof controleSchema>) => koers('backupControleren', w),
    onSettled: () => reset(),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h3" gutterBottom>
        Alles controleren
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Controleert de kluis, de keten van het logboek en van elke backup de hashes, of uw wachtwoord het sleutelbestand opent en of de database heel is.
      </Typography>
      <form onSubmit={handleSubmit((w) => controleren.mutate(w))} noValidate>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'flex-start' } }}>
          <TekstVeld control={control} name="wachtwoord" label="Uw wachtwoord" type="password" autoComplete="current-password" sx={{ minWidth: 280 }} />
          <Button type="submit" variant="outlined" loading={controleren.isPending} loadingPosition="start">
            Alles controleren
          </Button>
        </Stack>
      </form>
      {controleren.isPending && <Laden tekst="Bezig met controleren…" />}
      {controleren.isError && <FoutMelding fout={controleren.error} />}
      {controleren.data && (
        <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
          <Alert severity={controleren.data.ok ? 'success' : 'error'}>
            {controleren.data.ok ? 'Alles is in orde.' : `${controleren.data.onderdelen.filter((o) => !o.ok).length} onderdeel/onderdelen niet in orde.`}
          </Alert>
          <List dense aria-label="Uitkomst van de controle">
            {controleren.data.onderdelen.map((o) => (
              <ListItem key={o.onderdeel} disableGutters>
                <Chip size="small" color={o.ok ? 'success' : 'error'} variant="outlined" label={o.ok ? 'In orde' : 'Fout'} sx={{ mr: 1, minWidth: 72 }} />
                <ListItemText primary={o.onderdeel} secondary={o.melding} />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </Paper>
  );
}

export function Backups() {
  const vernieuwen = useVernieuwen();
  const overzicht = useQuery({ queryKey: ['backupOverzicht'], queryFn: () => koers('backupOverzicht', {}) });
  const kiezen = useMutation({ mutationFn: () => koers('backupMapKiezen', {}), onSuccess: () => vernieuwen() });
  const maken = useMutation({ mutationFn: () => koers('backupMaken', {}), onSuccess: () => vernieuwen() });
  const [terug, setTerug] = useState<BackupRegel | null>(null);

  const kolommen: GridColDef<BackupRegel & { id: string }>[] = [
    { field: 'tijdstip', headerName: 'Gemaakt', width: 150, valueFormatter: (v: string | null) => (v ? tijdstipKort(v) : '—') },
    { field: 'reden', headerName: 'Soort', width: 160, valueFormatter: (v: string | null) => redenLabel(v) },
    { field: 'plek', headerName: 'Waar', width: 140, valueFormatter: (v: BackupRegel['plek']) => BACKUP_PLEK_LABELS[v] },
    { field: 'koersVersie', headerName: 'Versie', width: 90, valueFormatter: (v: string | null) => v ?? '—' },
    { field: 'grootte', headerName: 'Grootte', width: 100, valueFormatter: (v: number | null) => grootte(v) },
    {
      field: 'status',
      headerName: 'Controle',
      width: 150,
      renderCell: ({ row }) => (
        <Chip size="small" variant="outlined" color={row.status === 'in_orde' ? 'success' : 'error'} label={BACKUP_CONTROLE_LABELS[row.status]} title={row.melding} />
      ),
    },
    {
      field: 'acties',
      headerName: 'Terugzetten',
      width: 150,
      sortable: false,
      renderCell: ({ row }) => (
        <Button size="small" onClick={() => setTerug(row)} disabled={row.status !== 'in_orde'} aria-label={`Backup van ${row.tijdstip ? tijdstipKort(row.tijdstip) : row.naam} terugzetten`}>
          Terugzetten
        </Button>
      ),
    },
  ];

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h2">
        Backups maken en terugzetten
      </Typography>
      {overzicht.isPending && <Laden />}
      {overzicht.isError && <FoutMelding fout={overzicht.error} />}
      {overzicht.data && (
        <>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography variant="h6" component="h3" gutterBottom>
              Backupmap
            </Typography>
            {overzicht.data.map ? (
              <Typography sx={{ mb: 1 }}>
                Backups gaan naar <Box component="span" sx={{ fontFamily: 'monospace' }}>{overzicht.data.map}</Box>. Is die map niet bereikbaar, dan zet Koers de backup naast de kluis.
              </Typography>
            ) : (
              <Alert severity="warning" sx={{ mb: 1 }}>
                Er is nog geen backupmap gekozen: backups staan nu alleen naast de kluis, op dezelfde schijf. Kies een netwerkmap of een USB-schijf.
              </Alert>
            )}
            <Button variant="outlined" onClick={() => kiezen.mutate()} loading={kiezen.isPending} loadingPosition="start">
              {overzicht.data.map ? 'Andere map kiezen' : 'Map kiezen'}
            </Button>
            {kiezen.isError && <FoutMelding fout={kiezen.error} />}
          </Paper>

          <Paper variant="outlined" sx={{ p: 2 }}>
            <Typography variant="h6" component="h3" gutterBottom>
              Nu een backup maken
            </Typography>
            <Typography variant="body2" sx={{ mb: 2 }}>
              Koers maakt zelf elke dag een backup zolang de kluis open is, en een bij het afsluiten. Van die automatische backups bewaart Koers er 7 van de
              laatste dagen, 4 van de laatste weken en 12 van de laatste maanden; backups die u zelf maakt blijven staan.
              {overzicht.data.nieuwste && ` De nieuwste is van ${tijdstipKort(overzicht.data.nieuwste)}.`}
            </Typography>
            <Button variant="contained" onClick={() => maken.mutate()} loading={maken.isPending} loadingPosition="start">
              Nu een backup maken
            </Button>
            <Box role="status" aria-live="polite" sx={{ mt: maken.isPending || maken.isSuccess ? 2 : 0 }}>
              {maken.isPending && 'Bezig met de backup…'}
              {maken.isSuccess && <Alert severity={maken.data.plek === 'gekozen' ? 'success' : 'warning'}>{maken.data.melding}</Alert>}
            </Box>
            {maken.isError && <FoutMelding fout={maken.error} />}
          </Paper>

          <Box>
            <Typography variant="h6" component="h3" gutterBottom>
              Backups
            </Typography>
            <DataGrid
              aria-label="Backups"
              rows={overzicht.data.backups.map((b) => ({ ...b, id: `${b.plek}/${b.naam}` }))}
              columns={kolommen}
              disableColumnFilter
              disableRowSelectionOnClick
              density="compact"
              autoHeight
              localeText={GRID_TEKSTEN}
              initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
              pageSizeOptions={[25, 50, 100]}
            />
          </Box>

          <AllesControleren />
        </>
      )}
      {terug && <TerugzettenDialoog backup={terug} sluiten={() => setTerug(null)} />}
    </Stack>
  );
}
