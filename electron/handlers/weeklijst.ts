import { leesInstellingen } from '../../db/instellingen';
import { geboortedatums, werkvoorraadFeiten } from '../../db/werkvoorraad';
import type { Transactie } from '../../db/verbinding';
import { weeklijstKanalen } from '../../shared/contract/weeklijst';
import { SECTIE_LABELS, SIGNAALSOORT_LABELS, type Signaal, type Signaalsoort } from '../../shared/domain/signaal';
import { DOELGROEP_LABELS, type Doelgroep } from '../../shared/rules/doelgroep';
import { plusDagen } from '../../shared/rules/datum';
import { signalenVoorWerkvoorraad } from '../../shared/rules/signalen';
import { WEEKLIJST_SECTIES, maakWerkvoorraadPdf, werkvoorraadBestandsnaam } from '../documents/werkvoorraad-pdf';
import { maakXlsxBlad } from '../documents/xlsx';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The werkvoorraad on paper and in Excel: the open (not snoozed) signals of the home screen, with its filters.
// Both leave the vault, so neither carries a BSN; the birth date tells two people with one name apart.

interface Filters {
  doelgroep?: Doelgroep | null | undefined;
  soort?: Signaalsoort | null | undefined;
}

type Rij = Signaal & { geboortedatum: string };

async function openSignalen(trx: Transactie, vandaag: string, { doelgroep, soort }: Filters): Promise<Rij[]> {
  const { signalen } = signalenVoorWerkvoorraad(await werkvoorraadFeiten(trx), vandaag, await leesInstellingen(trx));
  const gekozen = signalen.filter((s) => (!doelgroep || s.doelgroep === doelgroep) && (!soort || s.soort === soort));
  // The facts of a signal carry no birth date; one read of the register adds it, for these dossiers only.
  const geboren = await geboortedatums(trx, [...new Set(gekozen.map((s) => s.inburgeraarId))]);
  return gekozen.map((s) => ({ ...s, geboortedatum: geboren.get(s.inburgeraarId) ?? '' }));
}

export function weeklijstHandlers(deps: HandlerDeps): UseCasesVan<typeof weeklijstKanalen> {
  const { bestandOpslaan } = maakUseCases(deps);
  return {
    // Te laat and deze week (0–7 days, as on the screen), for the regisseur's Monday.
    werkvoorraadWeeklijstPdf: bestandOpslaan(
      { actie: 'weeklijst werkvoorraad afgedrukt', object: 'lijst' },
      async (filters, { trx, vandaag }) => ({
        vandaag,
        gemeentenaam: (await leesInstellingen(trx)).gemeentenaam,
        rijen: (await openSignalen(trx, vandaag, filters)).filter((s) => (WEEKLIJST_SECTIES as readonly string[]).includes(s.sectie)),
      }),
      async ({ vandaag, gemeentenaam, rijen }) => ({
        bestandsnaam: werkvoorraadBestandsnaam(vandaag, 'pdf'),
        bytes: await maakWerkvoorraadPdf(deps.resourcesPad, { gemeentenaam, vandaag, totEnMet: plusDagen(vandaag, 7), rijen }, deps.nu?.()),
        logdetail: `${rijen.length} signalen`,
      }),
    ),

    werkvoorraadExporteren: bestandOpslaan(
      { actie: 'werkvoorraad geëxporteerd', object: 'lijst' },
      async (filters, { trx, vandaag }) => ({ vandaag, rijen: await openSignalen(trx, vandaag, filters) }),
      async ({ vandaag, rijen }) => ({
        bestandsnaam: werkvoorraadBestandsnaam(vandaag, 'xlsx'),
        bytes: await maakXlsxBlad(
          {
            naam: 'Werkvoorraad',
            kolommen: [
              { kop: 'Naam', soort: 'tekst', breedte: 28, waarde: (r: Rij) => r.naam },
              { kop: 'Geboortedatum', soort: 'datum', waarde: (r) => r.geboortedatum },
              { kop: 'Doelgroep', soort: 'tekst', breedte: 18, waarde: (r) => DOELGROEP_LABELS[r.doelgroep] },
              { kop: 'Wat', soort: 'tekst', breedte: 40, waarde: (r) => r.wat },
              { kop: 'Soort', soort: 'tekst', breedte: 30, waarde: (r) => SIGNAALSOORT_LABELS[r.soort] },
              { kop: 'Datum', soort: 'datum', waarde: (r) => r.datum },
              { kop: 'Dagen', soort: 'getal', waarde: (r) => r.dagenOver },
              { kop: 'Sectie', soort: 'tekst', breedte: 18, waarde: (r) => SECTIE_LABELS[r.sectie] },
              { kop: 'Artikel', soort: 'tekst', breedte: 36, waarde: (r) => r.artikel },
            ],
            rijen,
          },
          { titel: `Werkvoorraad ${vandaag}`, ...(deps.nu ? { nu: deps.nu() } : {}) },
        ),
        logdetail: `${rijen.length} signalen`,
      }),
    ),
  };
}
