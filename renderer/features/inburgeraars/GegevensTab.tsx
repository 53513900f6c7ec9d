import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Uitvoer } from '../../../shared/contract';
import { GESLACHT_LABELS, type InburgeraarFormulier as Waarden, type InburgeraarInvoer } from '../../../shared/domain/inburgeraar';
import { EXAMENONDERDELEN, EXAMENONDERDEEL_LABELS, LEERROUTE_LABELS } from '../../../shared/domain/pip';
import { bsnWeergave, datumKort, datumLang, tijdstipKort, volledigeNaam } from '../../../shared/format';
import { DOELGROEP_LABELS, isAsielgroep } from '../../../shared/rules/doelgroep';
import { isBrpNaam } from '../../../shared/rules/naam';
import { STATUS_LABELS } from '../../../shared/rules/status';
import { koers } from '../../api/koers';
import { FoutMelding } from '../../components/Laden';
import { DossierPrivacy } from '../privacy/DossierPrivacy';
import { DossierKiezer, type GekozenDossier } from './DossierKiezer';
import { InburgeraarFormulier } from './InburgeraarFormulier';
import { StatusWijzigen } from './StatusWijzigen';

type DossierData = Uitvoer<'inburgeraarOphalen'>;

function useVernieuwen(id: number) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['inburgeraar'] });
    await queryClient.invalidateQueries({ queryKey: ['inburgeraars'] });
    await queryClient.invalidateQueries({ queryKey: ['werkvoorraad'] });
    void id;
  };
}

function Gegeven({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4 }}>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {children || '—'}
      </Typography>
    </Grid>
  );
}

export function GegevensTab({ dossier }: { dossier: DossierData }) {
  const [bewerken, setBewerken] = useState(false);
  const { inburgeraar: i } = dossier;
  const vernieuwen = useVernieuwen(i.id);
  const wijzigen = useMutation({
    mutationFn: (gegevens: InburgeraarInvoer) => koers('inburgeraarWijzigen', { id: i.id, gegevens }),
    onSuccess: async () => {
      await vernieuwen();
      setBewerken(false);
    },
  });

  if (bewerken) {
    return (
      <InburgeraarFormulier
        beginwaarden={i as unknown as Waarden}
        opslaanLabel="Wijzigingen opslaan"
        bezig={wijzigen.isPending}
        opslaan={(gegevens) => wijzigen.mutate(gegevens)}
        annuleren={() => setBewerken(false)}
        melding={wijzigen.isError ? <FoutMelding fout={wijzigen.error} /> : undefined}
      />
    );
  }

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="h6" component="h2">
            Persoonsgegevens
          </Typography>
          <Button variant="outlined" onClick={() => setBewerken(true)}>
            Gegevens wijzigen
          </Button>
        </Stack>
        {![i.voornamen, i.tussenvoegsel ?? '', i.achternaam].every(isBrpNaam) && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            De naam staat niet in Latijnse letters, zoals in de BRP. Kies Gegevens wijzigen en vul de naam in zoals in de BRP. De naam in het
            oorspronkelijke schrift kunt u apart invullen.
          </Alert>
        )}
        <Grid container spacing={2} component="dl" sx={{ m: 0 }}>
          <Gegeven label="BSN">{bsnWeergave(i.bsn)}</Gegeven>
          <Gegeven label="Naam (zoals in de BRP)">{volledigeNaam(i)}</Gegeven>
          {i.naamOorspronkelijkSchrift && (
            <Gegeven label="Naam in oorspronkelijk schrift">
              <span dir="auto">{i.naamOorspronkelijkSchrift}</span>
              {i.oorspronkelijkSchriftOpDocumenten ? ' (ook op de participatieverklaring)' : ''}
            </Gegeven>
          )}
          <Gegeven label="Geboortedatum">{datumLang(i.geboortedatum)}</Gegeven>
          <Gegeven label="Geslacht">{GESLACHT_LABELS[i.geslacht]}</Gegeven>
          <Gegeven label="Nationaliteit">{i.nationaliteit}</Gegeven>
          <Gegeven label="Taal">{`${i.taal}${i.tolkNodig ? ' (tolk nodig)' : ''}`}</Gegeven>
          <Gegeven label="Adres">{`${i.straat} ${i.huisnummer}, ${i.postcode} ${i.woonplaats}`}</Gegeven>
          <Gegeven label="Telefoon">{i.telefoon}</Gegeven>
          <Gegeven label="E-mail">{i.email}</Gegeven>
          <Gegeven label="Doelgroep">{`${DOELGROEP_LABELS[i.doelgroep]} (DUO: ${i.doelgroepcode})`}</Gegeven>
          <Gegeven label="V-nummer">{i.vNummer}</Gegeven>
          <Gegeven label="Kennisgeving DUO">{i.datumKennisgevingDuo && datumKort(i.datumKennisgevingDuo)}</Gegeven>
          <Gegeven label="Inschrijving BRP">{i.datumInschrijvingBrp && datumKort(i.datumInschrijvingBrp)}</Gegeven>
          <Gegeven label="Koppeling COA">{i.datumKoppelingCoa && datumKort(i.datumKoppelingCoa)}</Gegeven>
          {i.geimporteerdOp && <Gegeven label="Herkomst">{`Geïmporteerd op ${tijdstipKort(i.geimporteerdOp)}; nationaliteit en taal kunnen nog "Onbekend" zijn`}</Gegeven>}
          {isAsielgroep(i.doelgroep) && (
            <Gegeven label="Gehuisvest via het COA (art. 28 Huisvestingswet 2014)">{i.huisvestingArt28 ? 'Ja: de PIP-termijn telt vanaf de inschrijving BRP als die later is' : 'Nee'}</Gegeven>
          )}
          {i.verhuisdVanGemeente && (
            <>
              <Gegeven label="Verhuisd uit">{`gemeente ${i.verhuisdVanGemeente}`}</Gegeven>
              <Gegeven label="Start inburgeringstermijn (vorige gemeente)">{i.termijnStartEerder && datumLang(i.termijnStartEerder)}</Gegeven>
              <Gegeven label="Leerroute in het vorige PIP">
                {i.leerrouteEerder && LEERROUTE_LABELS[i.leerrouteEerder]}
                {i.niveausEerder && ` (${EXAMENONDERDELEN.map((o) => `${EXAMENONDERDEEL_LABELS[o].toLowerCase()} ${i.niveausEerder![o]}`).join(', ')})`}
              </Gegeven>
            </>
          )}
        </Grid>
      </Paper>
      <StatusWijzigen inburgeraar={i} vernieuwen={vernieuwen} />
      <Huishouden dossier={dossier} vernieuwen={vernieuwen} />
      <DossierPrivacy inburgeraar={i} />
    </Stack>
  );
}

function Huishouden({ dossier, vernieuwen }: { dossier: DossierData; vernieuwen: () => Promise<void> }) {
  const { inburgeraar, huisgenoten } = dossier;
  const [met, setMet] = useState<GekozenDossier | null>(null);
  const koppelen = useMutation({
    mutationFn: (ander: number) => koers('huishoudenKoppelen', { id: inburgeraar.id, metId: ander }),
    onSuccess: async () => {
      setMet(null);
      await vernieuwen();
    },
  });
  const ontkoppelen = useMutation({ mutationFn: () => koers('huishoudenOntkoppelen', { id: inburgeraar.id }), onSuccess: vernieuwen });
  const uitsluiten = [inburgeraar.id, ...huisgenoten.map((h) => h.id)];

  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Huishouden
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Inburgeraars in één huishouden krijgen samen één plan van aanpak.
      </Typography>
      {huisgenoten.length === 0 ? (
        <Typography sx={{ mb: 2 }}>Niet gekoppeld aan een huishouden.</Typography>
      ) : (
        <List dense aria-label="Huisgenoten">
          {huisgenoten.map((h) => (
            <ListItem key={h.id} disableGutters>
              <Link component={RouterLink} to={`/inburgeraars/${h.id}`}>
                {volledigeNaam(h)}
              </Link>
              &nbsp;— geboren {datumKort(h.geboortedatum)}, {STATUS_LABELS[h.status]}
            </ListItem>
          ))}
        </List>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <DossierKiezer label="Koppelen aan het huishouden van" waarde={met} onChange={setMet} uitsluiten={uitsluiten} />
        <Button variant="outlined" disabled={met === null} loading={koppelen.isPending} onClick={() => met !== null && koppelen.mutate(met.id)}>
          Koppelen
        </Button>
        {huisgenoten.length > 0 && (
          <Button variant="text" color="error" loading={ontkoppelen.isPending} onClick={() => ontkoppelen.mutate()}>
            Uit dit huishouden halen
          </Button>
        )}
      </Stack>
      {koppelen.isError && <FoutMelding fout={koppelen.error} />}
      {ontkoppelen.isError && <FoutMelding fout={ontkoppelen.error} />}
    </Paper>
  );
}
