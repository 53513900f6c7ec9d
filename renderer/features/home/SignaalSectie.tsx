import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { SECTIE_LABELS, TABBLAD_LABELS, type Sectie, type Signaal } from '../../../shared/domain/signaal';
import { dagenTekst, datumLang } from '../../../shared/format';
import { MeerTonen } from './MeerTonen';
import { dossierAdres } from './weergave';

const LEEG: Record<Sectie, string> = {
  te_laat: 'Niets is te laat.',
  deze_week: 'Deze week verloopt niets.',
  binnen_vier_weken: 'In de vier weken daarna verloopt niets.',
  later: 'Verder vooruit staat niets.',
};

// The same column widths in every section, so the four tables read as one list.
const KOLOMMEN: [string, string][] = [
  ['Naam', '15%'],
  ['Wat', '29%'],
  ['Datum', '12%'],
  ['Dagen', '11%'],
  ['Artikel', '15%'],
  ['Doen', '18%'],
];

/** Signals about the PIP term can be put on hold for information from a third party (Besluit 5.3 lid 2). */
export function kanWachtenOpDerde(signaal: Signaal): boolean {
  return signaal.soort === 'pip_termijn' || signaal.soort === 'pip_na_derde';
}

interface Props {
  sectie: Sectie;
  signalen: Signaal[];
  /** How many signals the section has in all; the list may show only the first ones. */
  totaal: number;
  meerTonen: () => void;
  uitstellen: (signaal: Signaal) => void;
  wachtOpDerdeOpenen: (signaal: Signaal) => void;
}

/** One section of the werkvoorraad: a heading with its count and a row per signal. */
export function SignaalSectie({ sectie, signalen, totaal, meerTonen, uitstellen, wachtOpDerdeOpenen }: Props) {
  const kopId = `sectie-${sectie}`;
  return (
    <section aria-labelledby={kopId}>
      <Typography id={kopId} variant="h5" component="h2" sx={{ mt: 3, mb: 1 }} color={sectie === 'te_laat' && totaal > 0 ? 'error' : undefined}>
        {SECTIE_LABELS[sectie]} ({totaal})
      </Typography>
      {signalen.length === 0 ? (
        <Typography color="text.secondary">{LEEG[sectie]}</Typography>
      ) : (
        <Table size="small" aria-labelledby={kopId} sx={{ tableLayout: 'fixed' }}>
          <TableHead>
            <TableRow>
              {KOLOMMEN.map(([kop, breedte]) => (
                <TableCell key={kop} sx={{ width: breedte }}>
                  {kop}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {signalen.map((s) => {
              return (
                <TableRow key={`${s.inburgeraarId}:${s.sleutel}`}>
                  <TableCell>
                    <Link component={RouterLink} to={`/inburgeraars/${s.inburgeraarId}`}>
                      {s.naam}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {s.wat}
                    {s.toelichting && (
                      <Typography variant="body2" color="text.secondary">
                        {s.toelichting}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{datumLang(s.datum)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', ...(s.dagenOver < 0 ? { color: 'error.main', fontWeight: 600 } : {}) }}>{dagenTekst(s.dagenOver)}</TableCell>
                  <TableCell>{s.artikel}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      <Button size="small" variant="contained" component={RouterLink} to={dossierAdres(s.inburgeraarId, s.tabblad)}>
                        Naar {TABBLAD_LABELS[s.tabblad]}
                      </Button>
                      <Button size="small" variant="outlined" onClick={() => uitstellen(s)} aria-haspopup="dialog">
                        Uitstellen
                      </Button>
                      {kanWachtenOpDerde(s) && (
                        <Button size="small" variant="outlined" onClick={() => wachtOpDerdeOpenen(s)} aria-haspopup="dialog">
                          Wacht op derde
                        </Button>
                      )}
                    </Stack>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <MeerTonen getoond={signalen.length} totaal={totaal} meerTonen={meerTonen} />
    </section>
  );
}
