import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { datumKort } from '../../../shared/format';
import { koers } from '../../api/koers';

/** A chosen dossier: its id and name (the birth date when known, to tell namesakes apart). */
export interface GekozenDossier {
  id: number;
  naam: string;
  geboortedatum?: string;
}

/** The value after the user paused typing, so not every keystroke asks the vault. */
export function useNaPauze<T>(waarde: T, ms: number): T {
  const [uit, setUit] = useState(waarde);
  useEffect(() => {
    const timer = setTimeout(() => setUit(waarde), ms);
    return () => clearTimeout(timer);
  }, [waarde, ms]);
  return uit;
}

const label = (d: GekozenDossier) => (d.geboortedatum ? `${d.naam} (${datumKort(d.geboortedatum)})` : d.naam);

/**
 * Picks one dossier by searching as you type (name without accents, BSN, V-nummer or kenmerk, through
 * `dossierZoeken`, at most 20): the picker never loads the whole caseload.
 */
export function DossierKiezer({
  label: veldLabel,
  helperText,
  waarde,
  onChange,
  uitsluiten = [],
}: {
  label: string;
  helperText?: string;
  waarde: GekozenDossier | null;
  onChange: (keuze: GekozenDossier | null) => void;
  /** Dossiers that may not be chosen here (the dossier itself, its housemates). */
  uitsluiten?: readonly number[];
}) {
  const [tekst, setTekst] = useState('');
  // What the user typed; not the label MUI puts in the field when a dossier is chosen.
  const [getypt, setGetypt] = useState('');
  const term = useNaPauze(getypt.trim(), 200);
  const zoeken = useQuery({
    queryKey: ['dossierZoeken', term],
    queryFn: () => koers('dossierZoeken', { zoekterm: term }),
    enabled: term !== '',
  });
  const actueel = term !== '' && term === getypt.trim();
  const gevonden: GekozenDossier[] = actueel ? (zoeken.data ?? []).filter((r) => !uitsluiten.includes(r.id)) : [];
  // The chosen dossier stays an option, so the field can show it.
  const opties = waarde && !gevonden.some((g) => g.id === waarde.id) ? [waarde, ...gevonden] : gevonden;
  const bezig = getypt.trim() !== '' && (!actueel || zoeken.isFetching);

  return (
    <Autocomplete<GekozenDossier, false, false, false>
      sx={{ minWidth: 320 }}
      options={opties}
      filterOptions={(x) => x}
      value={waarde}
      onChange={(_e, keuze) => onChange(keuze)}
      inputValue={tekst}
      onInputChange={(_e, nieuw, reden) => {
        setTekst(nieuw);
        setGetypt(reden === 'input' ? nieuw : '');
      }}
      getOptionLabel={label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionKey={(d) => d.id}
      loading={bezig}
      loadingText="Zoeken…"
      noOptionsText={getypt.trim() ? 'Geen dossier gevonden' : 'Typ een naam, BSN of V-nummer'}
      renderInput={(params) => <TextField {...params} label={veldLabel} helperText={helperText} />}
    />
  );
}
