import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BACKUP_MAP, backupMappen, controleerBackupMap, maakBackupMap, zetBackupTerug, type BackupGeheim, type SleutelCache } from '../../db/backup';
import { schrijfLogboek } from '../../db/logboek';
import { Kluis } from '../../db/vault';
import { herstelcode } from '../../shared/domain/kluis';
import { KoersFout } from '../../shared/fouten';
import { makeHandlers } from '../handlers';
import { RESOURCES, Weigering, kluisMap, opties, verwacht, wachtwoord } from './gedeeld';

// `npm run koers -- backup | herstel | controleer` (issue 11 items 3 and 10). The passphrase only from
// KOERS_PASSPHRASE or a prompt; a herstelcode only from KOERS_HERSTELCODE. Nothing personal is printed.

/** Lines for the help text, each command with its options and one line of explanation. */
export const BACKUP_HULP = `  npm run koers -- backup --vault <map> [--naar <map>]
      Maakt een versleutelde backup (map koers-backup-…) in --naar, of anders in de gekozen backupmap of naast de kluis.
  npm run koers -- herstel --van <backupmap> --vault <map>
      Controleert de backup (hashes, sleutel, integrity_check) en zet hem dan terug; de vervangen kluis blijft
      bewaard in <map>/voor-herstel-…/. Werkt ook op een lege map (een nieuwe werkplek). Met een herstelcode in
      KOERS_HERSTELCODE in plaats van het wachtwoord.
  npm run koers -- controleer --vault <map> [--backups <map> …]
      Controleert de kluis, de keten van het logboek en alle backups (naast de kluis, in de gekozen backupmap en
      in elke --backups <map>). Exit 0: alles in orde; 2: iets is mis.
`;

const KOERS_VERSIE = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;

function backupHandlersVoor(folder: string) {
  const kluis = new Kluis(folder);
  return { kluis, handlers: makeHandlers({ kluis, resourcesPad: RESOURCES, bewaarBestand: async () => false, koersVersie: KOERS_VERSIE }) };
}

function geenKluis(folder: string): Weigering {
  return new Weigering(`Er staat geen kluis in ${folder}. Controleer --vault, of zet een backup terug met: npm run koers -- herstel --van <backupmap> --vault <map>`);
}

async function backup(args: string[]): Promise<number> {
  const { values } = opties(args, { vault: { type: 'string' }, naar: { type: 'string' } });
  const folder = kluisMap(values.vault);
  const { kluis, handlers } = backupHandlersVoor(folder);
  if (!existsSync(kluis.sleutelPad)) throw geenKluis(folder);
  await verwacht(handlers.kluisOntgrendelen({ wachtwoord: await wachtwoord(false) }));
  try {
    if (!values.naar) {
      const uitkomst = await verwacht(handlers.backupMaken({}));
      console.log(uitkomst.melding);
      return 0;
    }
    const naar = resolve(values.naar);
    try {
      const uitkomst = await maakBackupMap(kluis.db, { naar, sleutelbestand: kluis.sleutelPad, reden: 'handmatig', nu: new Date(), koersVersie: KOERS_VERSIE });
      await schrijfLogboek(kluis.db, { actie: 'backup gemaakt: handmatig, opdrachtregel', object: 'kluis', actor: kluis.actor });
      console.log(`Backup gemaakt: ${uitkomst.pad}`);
      return 0;
    } catch (fout) {
      if (fout instanceof KoersFout) throw new Weigering(fout.message);
      throw fout;
    }
  } finally {
    await kluis.vergrendelen();
  }
}

async function herstel(args: string[]): Promise<number> {
  const { values } = opties(args, { van: { type: 'string' }, vault: { type: 'string' } });
  if (!values.van) throw new Weigering('Geef met --van de backupmap op (koers-backup-…). Er is niets veranderd.');
  const folder = kluisMap(values.vault);
  const van = resolve(values.van);
  if (!existsSync(van)) throw new Weigering(`De backupmap ${van} bestaat niet. Er is niets veranderd.`);
  let geheim: BackupGeheim;
  const code = process.env.KOERS_HERSTELCODE;
  if (code) {
    const gelezen = herstelcode.safeParse(code);
    if (!gelezen.success) throw new Weigering(`KOERS_HERSTELCODE: ${gelezen.error.issues[0]?.message ?? 'ongeldige herstelcode'} Er is niets veranderd.`);
    geheim = { herstelcode: gelezen.data };
  } else {
    geheim = { wachtwoord: await wachtwoord(false) };
  }
  try {
    const { voorHerstel, manifest } = await zetBackupTerug({ van, kluisPad: folder, geheim, nu: new Date() });
    console.log(`Backup van ${manifest.tijdstip} (Koers ${manifest.koersVersie}) gecontroleerd en teruggezet in ${folder}.`);
    if (voorHerstel) console.log(`De vervangen kluis staat in ${join(folder, voorHerstel)}.`);
    console.log(
      'herstelcode' in geheim
        ? 'Ontgrendel de kluis in Koers met deze herstelcode en kies daarbij een nieuw wachtwoord.'
        : 'Ontgrendel de kluis met het wachtwoord van die backup.',
    );
    return 0;
  } catch (fout) {
    if (fout instanceof KoersFout) throw new Weigering(fout.message);
    throw fout;
  }
}

async function controleer(args: string[]): Promise<number> {
  const { values } = opties(args, { vault: { type: 'string' }, backups: { type: 'string', multiple: true } });
  const folder = kluisMap(values.vault);
  const extra = (values.backups ?? []).map((map) => resolve(map));
  for (const map of extra) if (!existsSync(map)) throw new Weigering(`De backupmap ${map} bestaat niet. Controleer --backups.`);
  const { kluis, handlers } = backupHandlersVoor(folder);
  if (!existsSync(kluis.sleutelPad)) throw geenKluis(folder);
  const geheim = await wachtwoord(false);
  await verwacht(handlers.kluisOntgrendelen({ wachtwoord: geheim }));
  try {
    const onderdelen = (await verwacht(handlers.backupControleren({ wachtwoord: geheim }))).onderdelen;
    const cache: SleutelCache = new Map();
    for (const map of extra) {
      for (const naam of backupMappen(map)) {
        const controle = controleerBackupMap(join(map, naam), { wachtwoord: geheim }, cache);
        onderdelen.push({ onderdeel: `Backup ${naam} (${map})`, ok: controle.status === 'in_orde', melding: controle.melding });
      }
    }
    const backups = onderdelen.filter((o) => o.onderdeel.startsWith('Backup ')).length;
    console.log(`Controle van ${folder}: ${backups} ${backups === 1 ? 'backup' : 'backups'} (in ${join(folder, BACKUP_MAP)}, de gekozen backupmap${extra.length ? ' en --backups' : ''}).`);
    for (const o of onderdelen) console.log(`  [${o.ok ? 'in orde' : 'FOUT'}] ${o.onderdeel}: ${o.melding}`);
    const fout = onderdelen.filter((o) => !o.ok);
    if (fout.length === 0) {
      console.log('Alles in orde.');
      return 0;
    }
    console.error(`${fout.length} ${fout.length === 1 ? 'onderdeel is' : 'onderdelen zijn'} niet in orde: ${fout.map((o) => o.onderdeel).join('; ')}.`);
    return 2;
  } finally {
    await kluis.vergrendelen();
  }
}

export const backupOpdrachten: Record<string, (args: string[]) => Promise<number>> = { backup, herstel, controleer };
