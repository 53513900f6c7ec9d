import SearchIcon from '@mui/icons-material/Search';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Uitvoer } from '../../shared/contract';
import { bsnWeergave, datumKort } from '../../shared/format';
import { STATUS_LABELS } from '../../shared/rules/status';
import { ZOEK_VELD_LABELS } from '../../shared/zoeken';
import { koers } from '../api/koers';

type Resultaat = Uitvoer<'dossierZoeken'>[number];

// A short name of its own, so a label such as "BSN" elsewhere on a screen stays unique; the hint is its description.
export const ZOEKVELD_LABEL = 'Dossier zoeken';
const ZOEKVELD_HINT = 'Op naam, BSN, V-nummer of kenmerk. Enter opent het dossier, Escape sluit.';

// On a Mac, Ctrl+K deletes to the end of the line in a text field: there the shortcut is Cmd+K.
const MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent);
export const SNELTOETS = MAC ? '⌘K' : 'Ctrl+K';

function isZoekSneltoets(event: KeyboardEvent): boolean {
  const toets = MAC ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return toets && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** The term after the user paused typing, so not every keystroke asks the vault. */
function useNaPauze(waarde: string, ms: number): string {
  const [uit, setUit] = useState(waarde);
  useEffect(() => {
    const timer = setTimeout(() => setUit(waarde), ms);
    return () => clearTimeout(timer);
  }, [waarde, ms]);
  return uit;
}

function Treffer({ r }: { r: Resultaat }) {
  const waarde = r.gevondenOp === 'bsn' ? bsnWeergave(r.treffer) : r.treffer;
  return (
    <Box>
      <Typography>{r.naam}</Typography>
      <Typography variant="body2" color="text.secondary">
        geboren {datumKort(r.geboortedatum)} · {STATUS_LABELS[r.status]}
        {r.gevondenOp !== 'naam' && ` · ${ZOEK_VELD_LABELS[r.gevondenOp]} ${waarde}`}
      </Typography>
    </Box>
  );
}

/**
 * The search field in the top bar: Ctrl+K (⌘K on a Mac) from anywhere, type a name (accents optional), BSN,
 * V-nummer or kenmerk, Enter opens the highlighted dossier. Escape empties the field and gives the focus back.
 */
export function Zoeken() {
  const navigate = useNavigate();
  const invoer = useRef<HTMLInputElement>(null);
  const vorigeFocus = useRef<HTMLElement | null>(null);
  const hintId = useId();
  const [tekst, setTekst] = useState('');
  const term = useNaPauze(tekst.trim(), 150);
  const resultaten = useQuery({
    queryKey: ['dossierZoeken', term],
    queryFn: () => koers('dossierZoeken', { zoekterm: term }),
    enabled: term !== '',
  });
  // Enter pressed before the answer for what was typed arrived: open the first dossier when it does.
  const [enterWacht, setEnterWacht] = useState(false);

  useEffect(() => {
    const sneltoets = (event: KeyboardEvent) => {
      if (!isZoekSneltoets(event)) return;
      event.preventDefault();
      if (document.activeElement !== invoer.current) vorigeFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      invoer.current?.focus();
      invoer.current?.select();
    };
    window.addEventListener('keydown', sneltoets);
    return () => window.removeEventListener('keydown', sneltoets);
  }, []);

  const sluit = (focusNaar: HTMLElement | null) => {
    setTekst('');
    setEnterWacht(false);
    (focusNaar ?? document.getElementById('inhoud'))?.focus();
    vorigeFocus.current = null;
  };

  const actueel = term !== '' && term === tekst.trim();
  const opties = actueel ? (resultaten.data ?? []) : [];
  const bezig = tekst.trim() !== '' && (!actueel || resultaten.isFetching);

  const open = (id: number) => {
    navigate(`/inburgeraars/${id}`);
    sluit(null);
  };
  useEffect(() => {
    if (!enterWacht || !actueel || !resultaten.isSuccess || resultaten.isFetching) return;
    setEnterWacht(false);
    const eerste = resultaten.data[0];
    if (eerste) open(eerste.id);
  }, [enterWacht, actueel, resultaten.isSuccess, resultaten.isFetching, resultaten.data]);

  return (
    <>
      <Box component="span" id={hintId} sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
        {ZOEKVELD_HINT}
      </Box>
      <Autocomplete<Resultaat, false, false, false>
        options={opties}
        filterOptions={(x) => x}
        value={null}
        inputValue={tekst}
        onInputChange={(_event, waarde, reden) => {
          if (reden === 'input' || reden === 'clear') {
            setTekst(waarde);
            setEnterWacht(false);
          }
        }}
        onChange={(_event, keuze) => {
          if (keuze) open(keuze.id);
        }}
        onKeyDown={(event) => {
          const mui = event as typeof event & { defaultMuiPrevented?: boolean };
          if (event.key === 'Enter' && opties.length === 0 && bezig) {
            event.preventDefault();
            mui.defaultMuiPrevented = true;
            setEnterWacht(true);
          }
          if (event.key !== 'Escape') return;
          // One Escape closes the list and the search, whatever the list was doing.
          mui.defaultMuiPrevented = true;
          sluit(vorigeFocus.current);
        }}
        getOptionLabel={(r) => r.naam}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        autoHighlight
        openOnFocus={false}
        forcePopupIcon={false}
        loading={bezig}
        loadingText="Zoeken…"
        noOptionsText={tekst.trim() ? 'Geen dossier gevonden' : 'Typ een naam, BSN, V-nummer of kenmerk'}
        sx={{ width: 230 }}
        slotProps={{ popper: { sx: { minWidth: 360 } } }}
        renderOption={({ key, ...props }, r) => (
          <li key={key} {...props}>
            <Treffer r={r} />
          </li>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={invoer}
            size="small"
            placeholder={`Zoek dossier (${SNELTOETS})`}
            sx={{ bgcolor: 'background.paper', borderRadius: 1 }}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon fontSize="small" />
                  </InputAdornment>
                ),
              },
              htmlInput: { ...params.slotProps.htmlInput, 'aria-label': ZOEKVELD_LABEL, 'aria-describedby': hintId, 'aria-keyshortcuts': MAC ? 'Meta+K' : 'Control+K' },
            }}
          />
        )}
      />
    </>
  );
}
