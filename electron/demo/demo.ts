import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kluis } from '../../db/vault';
import type { ScryptParameters } from '../../db/sleutels';
import type { Status } from '../../shared/rules/status';
import { isEindstatus, volgendeStatussen } from '../../shared/rules/status';
import { heeftVerblijfsvergunningAsiel } from '../../shared/rules/doelgroep';
import { plusDagen, vandaagInNederland } from '../../shared/rules/datum';
import { makeHandlers, type Handlers } from '../handlers';
import { voorbeeldstadLogo } from './logo';
import { AANTAL_SYNTHETISCHE_NAMEN, maakRandom, synthetischeInburgeraar } from './synthetisch';
import { verwacht, type Klok } from './stappen';
import { voorbeeldOntzorgen } from './voorbeeld-ontzorgen';
import { voorbeeldPipHistorie } from './voorbeeld-pip';
import { trajectAanmaken, trajectenAfmaken, trajectVan } from './voorbeeld-trajecten';
import { selamsJaar, selamsVolgendeGesprek } from './voorbeeld-voortgang';
import { voorbeeldHandhaving } from './voorbeeld-handhaving';
import { alleInburgeraars, voorbeeldWeek, voorbeeldWeeklijsten } from './voorbeeld-werkvoorraad';
import { voorbeeldJaarverslag } from './voorbeeld-jaarverslag';

export interface DemoUitkomst {
  kluisPad: string;
  wachtwoord: string;
  herstelcode: string;
  documenten: string[];
  aantalInburgeraars: number;
}

const WOORDEN = ['molen', 'dijk', 'tulp', 'polder', 'fiets', 'haven', 'klomp', 'sluis', 'duin', 'gracht'] as const;

function demoWachtwoord(): string {
  return ['voorbeeldstad', ...Array.from({ length: 3 }, () => WOORDEN[randomInt(WOORDEN.length)]), String(randomInt(100, 1000))].join('-');
}

/** Walks the status line up to `doel`, the way the regisseur would; closing a dossier takes its day and reason. */
async function zetStatus(handlers: Handlers, id: number, doel: Status, vandaag: string): Promise<void> {
  const pad: Status[] = ['aangemeld', 'intake', 'pip_vastgesteld', 'in_traject', 'afgerond'];
  const wijzig = (status: Status) =>
    verwacht(
      handlers.inburgeraarStatusWijzigen(
        isEindstatus(status)
          ? { id, status, datum: vandaag, reden: 'Voorbeeld: bericht ontvangen', nieuweGemeente: status === 'verhuisd' ? 'Andere Stad' : null }
          : { id, status },
      ),
    );
  if (doel === 'aangemeld') return;
  if (!pad.includes(doel)) {
    await wijzig(doel);
    return;
  }
  let huidig: Status = 'aangemeld';
  while (huidig !== doel) {
    const volgende: Status = volgendeStatussen(huidig)[0]!;
    await wijzig(volgende);
    huidig = volgende;
  }
}

/**
 * The PIP path: an oproep and a schriftelijke waarschuwing for one person (letters), and for another a
 * PIP history in a legally possible order: PIP, a year of lessons, then afschalen (two beschikkingen).
 */
async function voorbeeldPip(handlers: Handlers, klok: Klok, vandaag: string): Promise<{ nietVerschenen: number; selam: number; ondertekenaarId: number }> {
  const ondertekenaarId = (await verwacht(handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein Voorbeeldstad 2025' })))[0]!.id;
  // An asielstatushouder still "aangemeld", earliest kennisgeving first: the PIP deadline is nearest.
  const [nietVerschenen] = (await alleInburgeraars(handlers, { doelgroep: 'asielstatushouder', status: 'aangemeld' }))
    .filter((r) => r.doelgroep === 'asielstatushouder' && r.status === 'aangemeld' && r.datumKennisgevingDuo)
    .sort((a, b) => a.datumKennisgevingDuo!.localeCompare(b.datumKennisgevingDuo!));
  if (!nietVerschenen) throw new Error('De demo heeft ten minste één aangemelde asielstatushouder nodig.');
  const bewaar = async (documentId: number) => verwacht(handlers.documentOpslaan({ documentId }));

  // Wi 14: an oproep, then a schriftelijke waarschuwing with a herhaalde oproep, each sent on its own day.
  const plaats = '10.00 uur, gemeentehuis, Markt 1';
  klok.zet(plusDagen(vandaag, -21));
  const een = await verwacht(handlers.oproepVersturen({ inburgeraarId: nietVerschenen.id, verzonden: plusDagen(vandaag, -21), verschijnenOp: plusDagen(vandaag, -14), tijdEnPlaats: plaats }));
  klok.zet(plusDagen(vandaag, -13));
  await verwacht(handlers.oproepUitkomst({ oproepId: een.oproepId, uitkomst: 'niet_verschenen' }));
  const twee = await verwacht(handlers.oproepVersturen({ inburgeraarId: nietVerschenen.id, verzonden: plusDagen(vandaag, -13), verschijnenOp: plusDagen(vandaag, 1), tijdEnPlaats: plaats }));
  klok.zet(vandaag);
  await bewaar(een.documentId);
  await bewaar(twee.documentId);

  const selam = await voorbeeldPipHistorie(handlers, verwacht, klok, vandaag, ondertekenaarId, (historie) => selamsJaar(handlers, klok, historie));
  return { nietVerschenen: nietVerschenen.id, selam, ondertekenaarId };
}

/** A PVT group of five with three sessions, attendance, a presentielijst, the ceremony batch and one signing. */
async function voorbeeldPvt(handlers: Handlers, ids: number[], vandaag: string): Promise<void> {
  const { id: groepId } = await verwacht(handlers.pvtGroepAanmaken({ naam: 'Najaar', notitie: 'Demo: drie bijeenkomsten in de bibliotheek.' }));
  const sessie = async (soort: 'inleiding_kernwaarden' | 'excursie' | 'ondertekeningsbijeenkomst', dagen: number, uren: number, kernwaarde: 'solidariteit' | null = null) =>
    (await verwacht(handlers.pvtSessieToevoegen({ groepId, datum: plusDagen(vandaag, dagen), tijd: '13:30', plaats: 'Bibliotheek Voorbeeldstad', uitvoerder: 'Stichting Samen Voorbeeldstad', tolk: 'Arabisch en Tigrinya', uren, soort, kernwaarde }))).id;
  const sessies = [await sessie('inleiding_kernwaarden', -28, 8), await sessie('excursie', -14, 2, 'solidariteit'), await sessie('ondertekeningsbijeenkomst', 0, 2)];
  const deelnemers = ids.slice(0, 5);
  await verwacht(handlers.pvtInschrijven({ groepId, inburgeraarIds: deelnemers }));
  for (const sessieId of sessies) {
    await verwacht(handlers.pvtAanwezigheidRegistreren({ sessieId, aanwezigheid: deelnemers.map((inburgeraarId, i) => ({ inburgeraarId, aanwezig: !(i === 4 && sessieId === sessies[1]) })) }));
  }
  await verwacht(handlers.presentielijstOpslaan({ sessieId: sessies[2]! }));
  const { taakId } = await verwacht(handlers.ceremonieBatchStarten({ groepId, plaats: 'Voorbeeldstad', datum: null }));
  for (;;) {
    const stand = await verwacht(handlers.taakStatus({ taakId }));
    if (stand.status === 'klaar') break;
    if (stand.status !== 'bezig') throw new Error(stand.fout ?? 'Het afdrukken van de participatieverklaringen is mislukt.');
    await new Promise((klaar) => setTimeout(klaar, 20));
  }
  await verwacht(handlers.pvtOndertekeningVastleggen({ inburgeraarId: deelnemers[0]!, datum: vandaag, plaats: 'Voorbeeldstad' }));
}

/**
 * A demo vault for the fictional gemeente Voorbeeldstad with synthetic inburgeraars, and every
 * document Koers can make in <map>/documenten/. Goes through the same handlers as the app.
 */
export async function maakDemo(folder: string, opties: { aantal?: number; zaad?: number; scrypt?: ScryptParameters; nu?: Date } = {}): Promise<DemoUitkomst> {
  const kluisPad = join(folder, 'kluis');
  const documentenPad = join(folder, 'documenten');
  if (existsSync(kluisPad) && readdirSync(kluisPad).length > 0) {
    throw new Error(`Er staat al een kluis in ${kluisPad}. Kies een lege map voor de demo.`);
  }
  mkdirSync(documentenPad, { recursive: true });
  const nu = opties.nu ?? new Date();
  // The demo's clock: each step of a dossier happens on its own day, as it would have in the gemeente.
  let moment = nu;
  const klok: Klok = { zet: (datum) => void (moment = datum === vandaagInNederland(nu) ? nu : new Date(`${datum}T10:00:00+01:00`)) };
  const kluis = new Kluis(kluisPad, opties.scrypt ? { scrypt: opties.scrypt } : {});
  const handlers = makeHandlers({
    kluis,
    resourcesPad: join(import.meta.dirname, '../../resources'),
    nu: () => moment,
    bewaarBestand: async (naam, bytes) => {
      writeFileSync(join(documentenPad, naam), bytes);
      return true;
    },
  });

  try {
    const wachtwoord = demoWachtwoord();
    const { herstelcode } = await verwacht(handlers.kluisAanmaken({ wachtwoord }));
    // The demo's data is synthetic, so its passphrase may sit beside it (issue 11 item 10): backup, controleer, herstel.
    writeFileSync(join(folder, 'demo-wachtwoord.txt'), `${wachtwoord}\n`, { mode: 0o600 });
    await verwacht(handlers.kluisHerstelcodeBevestigen({ herstelcode }));
    await verwacht(handlers.herstelcodeAfdrukken({ herstelcode }));
    await verwacht(
      handlers.instellingenOpslaan({
        gemeentenaam: 'Voorbeeldstad',
        postadres: 'Postbus 1234',
        postcode: '9900 AA',
        plaats: 'Voorbeeldstad',
        ondertekenaarNaam: 'drs. J. de Vries',
        ondertekenaarFunctie: 'wethouder inburgering',
        vergrendelenNaMinuten: 10,
        behandelaarNaam: 'R. Jansen',
        behandelaarTelefoon: '14 0999',
        rechtbank: 'de rechtbank Noord-Nederland',
      }),
    );
    await verwacht(handlers.logoOpslaan({ mime: 'image/png', base64: voorbeeldstadLogo().toString('base64') }));

    const random = maakRandom(opties.zaad ?? 2026);
    const vandaag = vandaagInNederland(nu);
    // No "afgerond": that takes a finished trajectory (exams, PVT, MAP); Selam's is the longest the demo tells.
    const statussen: Status[] = ['aangemeld', 'aangemeld', 'intake', 'intake', 'pip_vastgesteld', 'in_traject', 'in_traject', 'vertrokken', 'verhuisd'];
    const ids: number[] = [];
    const trajecten: Parameters<typeof trajectenAfmaken>[4] = [];
    const aantal = opties.aantal ?? 25;
    // Four more dossiers come from the PIP history, the ontzorgen example and the handhaving example below.
    while (ids.length < aantal - 4) {
      // Every name of the list once (all nationalities, with and without an original-script name), then at random.
      const persoon = ids.length < AANTAL_SYNTHETISCHE_NAMEN ? ids.length : undefined;
      const formulier = synthetischeInburgeraar(random, vandaag, persoon);
      const getrokken = statussen[(ids.length + 1) % statussen.length]!;
      // The first five join the PVT group below, which comes after their PIP: in traject, the PIP six weeks back.
      const pvt = ids.length < 5;
      const status: Status = pvt && getrokken !== 'pip_vastgesteld' ? 'in_traject' : getrokken;
      if (status === 'pip_vastgesteld' || status === 'in_traject') {
        // Intake now, the PIP after the printed letters (voorbeeldPip) so that their kenmerken come first.
        const traject = trajectVan(formulier, vandaag, status === 'in_traject', pvt || status === 'in_traject' ? 42 : 21);
        const id = await trajectAanmaken(handlers, klok, vandaag, traject.formulier, traject.dagen);
        if (id === null) continue; // a rare duplicate synthetic BSN: draw again
        ids.push(id);
        // The jaarverslag's leerroute mix: one Z-route and one onderwijsroute among the first PIPs.
        const leerroute = trajecten.length === 1 ? 'z' : trajecten.length === 3 ? 'onderwijs' : 'b1';
        trajecten.push({ id, asiel: traject.formulier.doelgroep === 'asielstatushouder', vergunningAsiel: heeftVerblijfsvergunningAsiel(traject.formulier.doelgroepcode), brp: traject.formulier.datumInschrijvingBrp ?? null, dagen: traject.dagen, leerroute });
        continue;
      }
      const antwoord = await handlers.inburgeraarToevoegen(formulier);
      if (!antwoord.ok) continue; // a rare duplicate synthetic BSN: draw again
      ids.push(antwoord.data.id);
      await zetStatus(handlers, antwoord.data.id, status, vandaag);
    }
    // Two households: a couple, and a parent with an adult child.
    await verwacht(handlers.huishoudenKoppelen({ id: ids[1]!, metId: ids[0]! }));
    await verwacht(handlers.huishoudenKoppelen({ id: ids[3]!, metId: ids[2]! }));

    const pip = await voorbeeldPip(handlers, klok, vandaag);
    ids.push(pip.selam);
    await trajectenAfmaken(handlers, klok, vandaag, pip.ondertekenaarId, trajecten);
    await voorbeeldPvt(handlers, ids, vandaag);

    // The first five: BRP names with Turkish, Serbian and Polish letters; Đorđe Petrović has a Cyrillic name
    // without the box ticked (BRP name only); Ahmed Ivanov and Mohammad Al-Ahmad get their Cyrillic and
    // Arabic names printed under the BRP name.
    for (const id of ids.slice(0, 5)) {
      await verwacht(handlers.participatieverklaringOpslaan({ inburgeraarId: id, plaats: 'Voorbeeldstad', datum: null }));
    }

    // The regisseur's week: begeleiding, ontzorgen, afspraken, a snoozed signal, a MAP group; then Monday's lists.
    const rasha = await voorbeeldOntzorgen(handlers, klok, vandaag, pip.ondertekenaarId);
    ids.push(rasha);
    await voorbeeldWeek(handlers, klok, vandaag, { nietVerschenen: pip.nietVerschenen, selam: pip.selam, rasha });
    await selamsVolgendeGesprek(handlers, klok, pip.selam, vandaag);
    // Handhaving: a Wi 22 boete after two missed oproepen, a Wi 23 boete with recidive, a beslissing op bezwaar.
    const handhaving = await voorbeeldHandhaving(handlers, klok, vandaag, pip.ondertekenaarId, random);
    ids.push(...handhaving.inburgeraarIds);
    await voorbeeldWeeklijsten(handlers, klok, vandaag);
    await voorbeeldJaarverslag(handlers, klok, vandaag, trajecten);

    return { kluisPad, wachtwoord, herstelcode, documenten: readdirSync(documentenPad).sort(), aantalInburgeraars: ids.length };
  } finally {
    await kluis.vergrendelen();
  }
}
