import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { groepeerHerstelcode } from '../shared/domain/kluis';
import { IMPORT_VELDEN, type GekozenKoppeling, type ImportVeld, type ImportVoorbeeld } from '../shared/domain/importeren';
import { foutregels, normaliseerKop, ontbrekendeKolommenTekst } from '../shared/rules/importeren';
import { backupOpdrachten, BACKUP_HULP } from './cli/backup';
import { Weigering, handlersVoor, kluisMap, ontgrendel, opties, verwacht, wachtwoord } from './cli/gedeeld';
import { jaarverslagOpdracht, JAARVERSLAG_HULP } from './cli/jaarverslag';
import { maakDemo } from './demo/demo';

// `npm run koers -- <opdracht>`: tasks that run under plain Node, without Electron, through the same
// handlers as the app. Exit codes: 0 done, 2 refused (a Dutch reason on stderr), 1 anything else.
// The passphrase comes only from KOERS_PASSPHRASE (or a prompt without echo), never from an argument.
// Nothing personal is printed: errors name the row, the column and the reason, never a value.

const HULP = `Gebruik:
  npm run koers -- kluis-aanmaken --vault <map>
      Maakt een nieuwe, lege kluis en toont de herstelcode één keer.
  npm run koers -- import --vault <map> <bestand.xlsx|.csv> [--alleen-correcte] [--koppeling "kop=veld" …]
      Toont het voorbeeld en importeert: alles of niets, of met --alleen-correcte alleen de correcte rijen.
      Met --koppeling koppelt u een kolomkop aan een veld van het importsjabloon (of "kop=" om hem over te slaan).
  npm run koers -- export --vault <map> --lijst inburgeraars --out <bestand.xlsx>
      Schrijft de lijst als Excel-bestand.
${BACKUP_HULP}${JAARVERSLAG_HULP}  npm run demo -- --out <map>     Maakt een demokluis (gemeente Voorbeeldstad) met synthetische
                                  inburgeraars, en alle documenten in <map>/documenten/.
  npm run koers -- demo --out <map>   (hetzelfde)

Het wachtwoord van de kluis komt uit de omgevingsvariabele KOERS_PASSPHRASE; zonder die variabele vraagt
Koers erom (alleen in een terminal). Geef het nooit als argument mee.`;

const LIJSTEN = ['inburgeraars'] as const;

async function kluisAanmaken(args: string[]): Promise<number> {
  const { values } = opties(args, { vault: { type: 'string' } });
  const folder = kluisMap(values.vault);
  const { kluis, handlers } = handlersVoor(folder);
  if (kluis.status().bestaat) throw new Weigering(`Er staat al een kluis in ${folder}. Kies een andere (lege) map.`);
  try {
    const { herstelcode } = await verwacht(handlers.kluisAanmaken({ wachtwoord: await wachtwoord(true) }));
    console.log(`Kluis aangemaakt in ${folder}.`);
    console.log('Herstelcode (schrijf of druk hem nu af en bewaar hem veilig; Koers toont hem niet opnieuw):');
    console.log(`  ${groepeerHerstelcode(herstelcode)}`);
    return 0;
  } finally {
    await kluis.vergrendelen();
  }
}

/** "Geb. datum=geboortedatum" pairs; an empty field means "niet importeren". */
function leesKoppelingen(paren: readonly string[]): Map<string, ImportVeld | null> {
  const uit = new Map<string, ImportVeld | null>();
  for (const paar of paren) {
    const plek = paar.lastIndexOf('=');
    const veld = paar.slice(plek + 1).trim();
    if (plek < 1 || (veld !== '' && !(IMPORT_VELDEN as readonly string[]).includes(veld))) {
      throw new Weigering(`--koppeling "${paar}" klopt niet. Schrijf "kolomkop=veld" met een veld uit: ${IMPORT_VELDEN.join(', ')} (of leeg om de kolom over te slaan).`);
    }
    uit.set(normaliseerKop(paar.slice(0, plek)), veld === '' ? null : (veld as ImportVeld));
  }
  return uit;
}

function samenvatting(voorbeeld: ImportVoorbeeld): string {
  const { totaal, nieuw, aanwezig, fout, metPip } = voorbeeld.aantallen;
  const hersteld = voorbeeld.rijen.reduce((n, r) => n + r.meldingen.length, 0);
  return [
    `Voorbeeld: ${totaal} ${totaal === 1 ? 'rij' : 'rijen'} gelezen (${voorbeeld.bestandsoort.toUpperCase()}).`,
    `  nieuw:        ${nieuw}${metPip ? ` (waarvan ${metPip} met een PIP)` : ''}`,
    `  al aanwezig:  ${aanwezig} (zelfde BSN, wordt overgeslagen)`,
    `  met een fout: ${fout}`,
    ...(hersteld ? [`  ${hersteld} ${hersteld === 1 ? 'correctie' : 'correcties'} door Koers (zoals een herstelde voorloopnul van een BSN).`] : []),
    ...voorbeeld.bestandsmeldingen.map((m) => `  ${m}`),
  ].join('\n');
}

function koppelingUitleg(voorbeeld: ImportVoorbeeld): string {
  const regels = voorbeeld.kolommen
    .filter((k) => k.kop && k.bron !== 'exact')
    .map((k) => `  kolom "${k.kop}": ${k.veld ? `${k.bron === 'voorstel' ? 'voorstel' : 'gekoppeld aan'} ${k.veld}` : 'wordt niet geïmporteerd'}`);
  const ontbreekt = voorbeeld.ontbrekend.length > 0 ? `\n${ontbrekendeKolommenTekst(voorbeeld.ontbrekend)}` : '';
  return `De kolommen van dit bestand zijn niet allemaal die van het importsjabloon; bevestig de koppeling.${ontbreekt}\n${regels.join('\n')}\nBevestig met --koppeling "kolomkop=veld" per kolom (bijvoorbeeld --koppeling "Geb. datum=geboortedatum"), of koppel ze één keer in het scherm Importeren; Koers onthoudt de koppeling.`;
}

async function importeren(args: string[]): Promise<number> {
  const { values, positionals } = opties(args, { vault: { type: 'string' }, 'alleen-correcte': { type: 'boolean' }, koppeling: { type: 'string', multiple: true } });
  const folder = kluisMap(values.vault);
  if (positionals.length !== 1) throw new Weigering(`Geef precies één bestand op om te importeren.\n\n${HULP}`);
  const pad = resolve(positionals[0]!);
  if (!existsSync(pad)) throw new Weigering(`Het bestand ${pad} bestaat niet.`);
  const koppelingen = leesKoppelingen(values.koppeling ?? []);
  const inhoud = readFileSync(pad).toString('base64');
  const bestandsnaam = basename(pad);
  const { kluis, handlers } = handlersVoor(folder);
  try {
    await ontgrendel(kluis, handlers);
    let koppeling: GekozenKoppeling | null = null;
    let voorbeeld = await verwacht(handlers.importVoorbeeld({ bestandsnaam, inhoud, koppeling }));
    if (koppelingen.size > 0) {
      koppeling = voorbeeld.kolommen.map((k) => ({ index: k.index, veld: koppelingen.has(normaliseerKop(k.kop)) ? koppelingen.get(normaliseerKop(k.kop))! : k.veld }));
      voorbeeld = await verwacht(handlers.importVoorbeeld({ bestandsnaam, inhoud, koppeling }));
    }
    if (voorbeeld.koppelingNodig) throw new Weigering(koppelingUitleg(voorbeeld));
    console.log(samenvatting(voorbeeld));
    const { fout, nieuw } = voorbeeld.aantallen;
    if (fout > 0) {
      console.error(`Fouten (${fout} ${fout === 1 ? 'rij' : 'rijen'}):`);
      for (const regel of foutregels(voorbeeld.rijen)) console.error(`  ${regel}`);
      if (!values['alleen-correcte']) {
        console.error('Er is niets geïmporteerd. Herstel de fouten in het bestand, of importeer met --alleen-correcte alleen de correcte rijen.');
        return 2;
      }
      if (nieuw === 0) {
        console.error('Er is niets geïmporteerd: geen enkele nieuwe rij is correct.');
        return 2;
      }
    }
    if (nieuw === 0) {
      console.log('Niets te importeren: alle rijen staan al in Koers.');
      return 0;
    }
    const { taakId } = await verwacht(handlers.importStarten({ bestandsnaam, inhoud, koppeling, alleenCorrecte: !!values['alleen-correcte'] }));
    for (;;) {
      const stand = await verwacht(handlers.taakStatus({ taakId }));
      if (process.stdout.isTTY) process.stdout.write(`\rImporteren: ${stand.voortgang} van ${stand.totaal}…`);
      if (stand.status === 'mislukt') throw new Weigering(stand.fout ?? 'Het importeren is mislukt; er is niets veranderd.');
      if (stand.status !== 'bezig') break;
      await new Promise((klaar) => setTimeout(klaar, 100));
    }
    if (process.stdout.isTTY) process.stdout.write('\n');
    const uitkomst = await verwacht(handlers.importUitkomst({ taakId }));
    console.log(
      `Geïmporteerd: ${uitkomst.nieuw} ${uitkomst.nieuw === 1 ? 'nieuw dossier' : 'nieuwe dossiers'}${uitkomst.metPip ? ` (${uitkomst.metPip} met een geïmporteerd PIP)` : ''}; ${uitkomst.aanwezig} al aanwezig${uitkomst.overgeslagen ? `; ${uitkomst.overgeslagen} ${uitkomst.overgeslagen === 1 ? 'rij' : 'rijen'} met een fout overgeslagen` : ''}.`,
    );
    return 0;
  } finally {
    await kluis.vergrendelen();
  }
}

async function exporteren(args: string[]): Promise<number> {
  const { values } = opties(args, { vault: { type: 'string' }, lijst: { type: 'string' }, out: { type: 'string' } });
  const folder = kluisMap(values.vault);
  if (!values.lijst || !(LIJSTEN as readonly string[]).includes(values.lijst)) {
    throw new Weigering(`Kies met --lijst welke lijst: ${LIJSTEN.join(', ')}.`);
  }
  if (!values.out) throw new Weigering('Geef met --out het bestand op, bijvoorbeeld --out inburgeraars.xlsx.');
  const doel = resolve(values.out);
  const { kluis, handlers } = handlersVoor(folder, async (_naam, bytes) => {
    writeFileSync(doel, bytes, { mode: 0o600 });
    return true;
  });
  try {
    await ontgrendel(kluis, handlers);
    await verwacht(handlers.inburgeraarsExporteren({}));
    console.log(`Lijst ${values.lijst} geschreven naar ${doel}.`);
    return 0;
  } finally {
    await kluis.vergrendelen();
  }
}

async function demo(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, aantal: { type: 'string' } } });
  if (!values.out) {
    console.error('Geef met --out een (lege) map op voor de demo.\n\n' + HULP);
    return 2;
  }
  const folder = resolve(values.out);
  const uitkomst = await maakDemo(folder, values.aantal ? { aantal: Number(values.aantal) } : {});
  console.log(`Demokluis gemaakt in ${uitkomst.kluisPad} met ${uitkomst.aantalInburgeraars} synthetische inburgeraars.`);
  console.log(`Wachtwoord:  ${uitkomst.wachtwoord}`);
  console.log(`Herstelcode: ${groepeerHerstelcode(uitkomst.herstelcode)}`);
  console.log(`Documenten in ${resolve(folder, 'documenten')}:`);
  for (const document of uitkomst.documenten) console.log(`  ${document}`);
  console.log(`\nOpenen in Koers: KOERS_DATA_DIR="${uitkomst.kluisPad}" npm start`);
  return 0;
}

const OPDRACHTEN: Record<string, (args: string[]) => Promise<number>> = {
  demo,
  'kluis-aanmaken': kluisAanmaken,
  import: importeren,
  export: exporteren,
  ...backupOpdrachten,
  jaarverslag: jaarverslagOpdracht,
};

async function main(argumenten: string[]): Promise<number> {
  const [opdracht, ...rest] = argumenten;
  const uitvoeren = opdracht ? OPDRACHTEN[opdracht] : undefined;
  if (!uitvoeren) {
    if (opdracht === '--help' || opdracht === 'help') {
      console.log(HULP);
      return 0;
    }
    console.error(HULP);
    return opdracht ? 2 : 0;
  }
  try {
    return await uitvoeren(rest);
  } catch (fout) {
    if (fout instanceof Weigering) {
      console.error(fout.message);
      return 2;
    }
    throw fout;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (fout: unknown) => {
    console.error(fout instanceof Error ? fout.message : 'Er ging iets mis.');
    process.exit(1);
  },
);
