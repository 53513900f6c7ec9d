import type { InburgeraarRij } from '../../shared/domain/inburgeraar';
import { datumLang } from '../../shared/format';
import { plusDagen } from '../../shared/rules/datum';
import { isEindstatus } from '../../shared/rules/status';
import type { Handlers } from '../handlers';
import { speelAf, verwacht, werkdagTot, werkdagVanaf, type Klok, type Stap } from './stappen';
import { begeleidingGedaan } from './voorbeeld-voortgang';

// The regisseur's week: what happened in the other dossiers before today, so that the werkvoorraad shows a
// real week (something overdue, something this week, within four weeks and later), and the two lists the
// regisseur takes along on Monday: the week list on paper and the DUO-meldingen for the portal.

const GEMEENTEHUIS = 'Gemeentehuis, Markt 1';

/** Who the other steps already gave a story. */
export interface DemoPersonen {
  /** Missed the intake; the herhaalde oproep is tomorrow. */
  nietVerschenen: number;
  /** The PIP history and a year of voortgang (voorbeeld-pip.ts, voorbeeld-voortgang.ts). */
  selam: number;
  /** Ontzorgen ends within four weeks (voorbeeld-ontzorgen.ts). */
  rasha: number;
}


/**
 * Wi 13 lid 3: begeleiding from the BRP day for each asiel dossier that has lived here for more than a week,
 * also before the intake; registered two weeks after the keys, with the items done by then. This week's
 * arrivals and the person who does not answer keep their signal.
 */
function begeleidingGestart(handlers: Handlers, lijst: InburgeraarRij[], vandaag: string, overslaan: Set<number>): Stap[] {
  return lijst
    .filter((r) => r.doelgroep === 'asielstatushouder' && !isEindstatus(r.status) && !overslaan.has(r.id))
    .filter((r): r is typeof r & { datumInschrijvingBrp: string } => r.datumInschrijvingBrp !== null && r.datumInschrijvingBrp <= plusDagen(vandaag, -7))
    .map((r): Stap => {
      const brp = r.datumInschrijvingBrp;
      const geregistreerd = werkdagTot([plusDagen(brp, 14), plusDagen(vandaag, -1)].sort()[0]!);
      return [
        geregistreerd,
        () => verwacht(handlers.begeleidingOpslaan({ inburgeraarId: r.id, start: brp, geplandEinde: null, uitvoerder: 'Stichting Samen Voorbeeldstad', onderdelen: begeleidingGedaan(brp, geregistreerd) })),
      ];
    });
}

/** The asiel dossier that arrived this week (BRP date in the last seven days), without begeleiding yet. */
function nieuwkomer(lijst: InburgeraarRij[], vandaag: string, overslaan: Set<number>): { id: number; brp: string } | null {
  const rij = lijst.find(
    (r) => r.doelgroep === 'asielstatushouder' && !isEindstatus(r.status) && !overslaan.has(r.id) && r.datumInschrijvingBrp && r.datumInschrijvingBrp > plusDagen(vandaag, -7) && r.datumInschrijvingBrp <= vandaag,
  );
  return rij ? { id: rij.id, brp: rij.datumInschrijvingBrp! } : null;
}

/** Besluit 5.3 lid 2: of the dossiers in intake, the one with the nearest PIP deadline waits for its huisarts. */
function wachtOpHuisarts(handlers: Handlers, lijst: InburgeraarRij[], vandaag: string, overslaan: Set<number>): Stap[] {
  const [rij] = lijst.filter((r) => r.status === 'intake' && r.pipUiterlijk && !overslaan.has(r.id)).sort((a, b) => a.pipUiterlijk!.localeCompare(b.pipUiterlijk!));
  if (!rij) return [];
  const sinds = werkdagTot([plusDagen(rij.pipUiterlijk!, -14), plusDagen(vandaag, -1)].sort()[0]!);
  const verwachtOp = plusDagen(vandaag, 10);
  return [
    [
      sinds,
      async () => {
        await verwacht(handlers.wachtOpDerdeVastleggen({ inburgeraarId: rij.id, omschrijving: 'Advies van de huisarts over de belastbaarheid voor de lessen', sinds, verwachtOp }));
        await verwacht(
          handlers.journaalNotitieToevoegen({
            inburgeraarId: rij.id,
            datum: sinds,
            soort: 'e-mail',
            metTolk: false,
            tekst: `Met toestemming de huisarts gevraagd naar de belastbaarheid voor de lessen. Antwoord verwacht rond ${datumLang(verwachtOp)}; het PIP volgt binnen twee weken daarna.`,
          }),
        );
      },
    ],
  ];
}

/** A MAP group for Selam (second year) and Rasha (her PIP plans it next to the lessons): two sessions held, one to come. */
function mapGroep(handlers: Handlers, vandaag: string, deelnemers: number[]): Stap[] {
  const dag = (dagen: number) => (dagen < 0 ? werkdagTot : werkdagVanaf)(plusDagen(vandaag, dagen));
  let groepId = 0;
  const sessies: number[] = [];
  const themas = [
    ['beroepenorientatie', -21],
    ['werknemerscompetenties', -7],
    ['netwerk_opbouwen', 7],
  ] as const;
  return [
    [
      dag(-35),
      async () => {
        groepId = (await verwacht(handlers.pvtGroepAanmaken({ naam: 'MAP najaar', notitie: 'Demo: drie bijeenkomsten op het Werkplein.', traject: 'map' }))).id;
        for (const [mapThema, dagen] of themas) {
          const sessie = { groepId, datum: dag(dagen), tijd: '09:30', plaats: 'Werkplein Voorbeeldstad', uitvoerder: 'Stichting Samen Voorbeeldstad', tolk: 'Tigrinya en Arabisch', uren: 4 };
          sessies.push((await verwacht(handlers.pvtSessieToevoegen({ ...sessie, soort: 'map_bijeenkomst', kernwaarde: null, mapThema }))).id);
        }
        await verwacht(handlers.pvtInschrijven({ groepId, inburgeraarIds: deelnemers }));
      },
    ],
    [dag(-21), () => verwacht(handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[0]!, aanwezigheid: deelnemers.map((inburgeraarId) => ({ inburgeraarId, aanwezig: true })) }))],
    // The second time one of them was ill.
    [dag(-7), () => verwacht(handlers.pvtAanwezigheidRegistreren({ sessieId: sessies[1]!, aanwezigheid: deelnemers.map((inburgeraarId, i) => ({ inburgeraarId, aanwezig: i === 0 })) }))],
  ];
}

/** Every dossier of the (small) demo caseload, page by page in the order of the list. */
export async function alleInburgeraars(handlers: Handlers, filter: { status?: InburgeraarRij['status']; doelgroep?: InburgeraarRij['doelgroep'] } = {}): Promise<InburgeraarRij[]> {
  const uit: InburgeraarRij[] = [];
  let na: string | undefined;
  do {
    const pagina = await verwacht(handlers.inburgeraarsLijst({ ...filter, aantal: 200, ...(na ? { na } : {}) }));
    uit.push(...pagina.rijen);
    na = pagina.volgende ?? undefined;
  } while (na);
  return uit;
}

/** Everything of the regisseur's last weeks in the other dossiers, each step on its day; the clock ends on today. */
export async function voorbeeldWeek(handlers: Handlers, klok: Klok, vandaag: string, personen: DemoPersonen): Promise<void> {
  klok.zet(vandaag);
  const eigenVerhaal = new Set([personen.nietVerschenen, personen.selam, personen.rasha]);
  const lijst = await alleInburgeraars(handlers);
  const nieuw = nieuwkomer(lijst, vandaag, eigenVerhaal);
  const begeleiding = begeleidingGestart(handlers, lijst, vandaag, nieuw ? new Set([...eigenVerhaal, nieuw.id]) : eigenVerhaal);
  const wacht = wachtOpHuisarts(handlers, lijst, vandaag, eigenVerhaal);
  const maandag = werkdagVanaf(vandaag);
  const herhaaldeOproep = plusDagen(vandaag, 1);
  // The day after the missed intake (the demo's oproep was for two weeks ago).
  const gebeld = werkdagVanaf(plusDagen(vandaag, -13));

  await speelAf(klok, [
    ...begeleiding,
    ...wacht,
    ...mapGroep(handlers, vandaag, [personen.selam, personen.rasha]),
    // The person who missed the intake does not answer the phone: the begeleiding waits for the herhaalde oproep.
    [
      gebeld,
      async () => {
        const id = personen.nietVerschenen;
        await verwacht(handlers.journaalNotitieToevoegen({ inburgeraarId: id, datum: gebeld, soort: 'telefoon', metTolk: false, tekst: 'Gebeld omdat de intake gemist is. Geen gehoor; voicemail ingesproken en een sms gestuurd met de datum van de nieuwe afspraak.' }));
        const { signalen } = await verwacht(handlers.dossierSignalen({ inburgeraarId: id }));
        const signaal = signalen.find((s) => s.soort === 'begeleiding_starten') ?? signalen[0];
        if (!signaal) return;
        const reden = `Niet bereikbaar. De begeleider komt mee naar de herhaalde oproep van ${datumLang(herhaaldeOproep)} en start dan.`;
        await verwacht(handlers.signaalUitstellen({ inburgeraarId: id, sleutel: signaal.sleutel, tot: plusDagen(herhaaldeOproep, 1), reden }));
      },
    ],
    // This week's arrival: the COA's message, and the first appointment on Monday to start the begeleiding.
    ...(nieuw
      ? [
          [
            nieuw.brp,
            async () => {
              await verwacht(handlers.journaalNotitieToevoegen({ inburgeraarId: nieuw.id, datum: nieuw.brp, soort: 'contact', metTolk: false, tekst: 'Bericht van het COA: vandaag de sleutel van de woning gekregen en ingeschreven in de BRP.' }));
              const { inburgeraar } = await verwacht(handlers.inburgeraarOphalen({ id: nieuw.id }));
              await verwacht(handlers.afspraakToevoegen({ inburgeraarId: nieuw.id, datum: maandag, tijd: '10:00', plaats: GEMEENTEHUIS, onderwerp: 'Kennismaking en start maatschappelijke begeleiding', metTolk: inburgeraar.tolkNodig }));
            },
          ] satisfies Stap,
        ]
      : []),
  ]);
  klok.zet(vandaag);
}

/** Monday's two lists, written to the documenten folder: the week list (no BSN) and the DUO-meldingen. */
export async function voorbeeldWeeklijsten(handlers: Handlers, klok: Klok, vandaag: string): Promise<void> {
  klok.zet(vandaag);
  await verwacht(handlers.werkvoorraadWeeklijstPdf({}));
  await verwacht(handlers.duoMeldingenExporteren({ filter: 'alles' }));
}
