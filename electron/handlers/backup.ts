import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BACKUP_MAP,
  backupMappen,
  controleerBackupMap,
  controleerLosseBackup,
  integriteitVanKluis,
  leesBackupInstelling,
  leesManifest,
  losseBackups,
  maakBackupMap,
  nieuwsteBackup,
  ruimBackupsOp,
  schrijfBackupInstelling,
  sleutelsUitSleutelbestand,
  zetBackupTerug,
  type BackupGeheim,
  type BackupUitkomst,
  type SleutelCache,
} from '../../db/backup';
import { controleerLogboek, schrijfLogboek } from '../../db/logboek';
import { backupKanalen } from '../../shared/contract/backup';
import { BACKUP_PLEK_LABELS, type BackupPlek, type BackupReden, type BackupRegel, type ControleOnderdeel } from '../../shared/domain/backup';
import { KoersFout } from '../../shared/fouten';
import { dagelijkseBackupNodig } from '../../shared/rules/backup';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// Backups and restore (issue 11 item 3, BIO 8.13). A backup goes to the folder the regisseur chose (a network share or
// USB disk); without one, or when it is unreachable, to the vault's own folder "backups" (and the answer says so).
// Not always both: a second copy on the same disk adds no safety against losing the laptop, only more copies of
// the data on it. Only automatic backups are pruned (7 daily, 4 weekly, 12 monthly).

function grootte(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

export function backupHandlers(deps: HandlerDeps): UseCasesVan<typeof backupKanalen> {
  const { kluis, nu = () => new Date() } = deps;
  const { mutatie } = maakUseCases(deps);
  const koersVersie = deps.koersVersie ?? 'onbekend';
  const kluisMap = () => join(kluis.folder, BACKUP_MAP);

  function ontgrendeld(): boolean {
    try {
      return !!kluis.db;
    } catch {
      return false;
    }
  }

  async function gekozenMap(): Promise<string | null> {
    return (await leesBackupInstelling(kluis.db)).map;
  }

  function plekPad(plek: BackupPlek, gekozen: string | null): string {
    if (plek === 'kluis') return kluisMap();
    if (!gekozen) throw new KoersFout('NIET_GEVONDEN', 'Er is nog geen backupmap gekozen. Kies eerst een map.');
    return gekozen;
  }

  async function log(actie: string, resultaat = 'gelukt'): Promise<void> {
    await schrijfLogboek(kluis.db, { actie, object: 'kluis', resultaat, actor: kluis.actor }, nu());
  }

  /** To the chosen folder, or next to the vault when none is chosen or it cannot be written. */
  async function maak(reden: BackupReden): Promise<{ uitkomst: BackupUitkomst; plek: BackupPlek; waarschuwing: string }> {
    const gekozen = await gekozenMap();
    const opties = { sleutelbestand: kluis.sleutelPad, reden, nu: nu(), koersVersie };
    if (gekozen) {
      try {
        return { uitkomst: await maakBackupMap(kluis.db, { ...opties, naar: gekozen }), plek: 'gekozen', waarschuwing: '' };
      } catch (fout) {
        if (!(fout instanceof KoersFout)) throw fout;
        const uitkomst = await maakBackupMap(kluis.db, { ...opties, naar: kluisMap() });
        return { uitkomst, plek: 'kluis', waarschuwing: ' De gekozen backupmap was niet bereikbaar; deze backup staat daarom naast de kluis. Sluit de schijf of netwerkmap aan.' };
      }
    }
    return {
      uitkomst: await maakBackupMap(kluis.db, { ...opties, naar: kluisMap() }),
      plek: 'kluis',
      waarschuwing: ' Er is nog geen backupmap gekozen: kies een map op een andere schijf of netwerkmap, zodat een backup een verloren laptop overleeft.',
    };
  }

  const bewaarMap = mutatie({ actie: 'backupmap gekozen', object: 'kluis' }, async ({ map }: { map: string }, { trx }) => {
    await schrijfBackupInstelling(trx, { map });
    return { map };
  });

  /** The current vault's data key(s), from its own key file with this passphrase: for backups made before a passphrase change. */
  function huidigeSleutels(wachtwoord: string): Buffer[] {
    try {
      return sleutelsUitSleutelbestand(readFileSync(kluis.sleutelPad, 'utf8'), { wachtwoord });
    } catch {
      return [];
    }
  }

  return {
    backupOverzicht: async () => {
      const map = await gekozenMap();
      const backups: BackupRegel[] = [];
      const plekken: [BackupPlek, string][] = map ? [['gekozen', map], ['kluis', kluisMap()]] : [['kluis', kluisMap()]];
      for (const [plek, pad] of plekken) {
        for (const naam of backupMappen(pad)) {
          const controle = controleerBackupMap(join(pad, naam));
          const m = controle.manifest;
          backups.push({
            naam,
            plek,
            tijdstip: m?.tijdstip ?? null,
            reden: m?.reden ?? null,
            koersVersie: m?.koersVersie ?? null,
            schemaVersie: m?.schemaVersie ?? null,
            grootte: m?.grootte ?? null,
            status: controle.status,
            melding: controle.melding,
          });
        }
      }
      backups.sort((a, b) => (b.tijdstip ?? '').localeCompare(a.tijdstip ?? ''));
      return { map, nieuwste: nieuwsteBackup(plekken.map(([, pad]) => pad)), backups };
    },

    backupMapKiezen: async () => {
      if (!deps.kiesMap) throw new KoersFout('REGEL_GESCHONDEN', 'Een backupmap kiezen kan alleen in het venster van Koers. Gebruik op de opdrachtregel --naar <map>.');
      const map = await deps.kiesMap('Map voor de backups van Koers');
      if (!map) return { map: null };
      try {
        mkdirSync(map, { recursive: true });
        accessSync(map, constants.W_OK);
      } catch {
        throw new KoersFout('REGEL_GESCHONDEN', 'In deze map kan Koers niet schrijven. Kies een andere map; de vorige keuze blijft gelden.');
      }
      return bewaarMap({ map });
    },

    backupMaken: async () => {
      try {
        const { uitkomst, plek, waarschuwing } = await maak('handmatig');
        await log(`backup gemaakt: handmatig, ${BACKUP_PLEK_LABELS[plek].toLowerCase()}`);
        return {
          naam: uitkomst.naam,
          plek,
          tijdstip: uitkomst.manifest.tijdstip,
          grootte: uitkomst.manifest.grootte,
          melding: `Backup gemaakt (${grootte(uitkomst.manifest.grootte)}): ${uitkomst.naam}.${waarschuwing}`,
        };
      } catch (fout) {
        if (fout instanceof KoersFout && fout.code !== 'KLUIS_VERGRENDELD') await log('backup gemaakt: handmatig', `geweigerd: ${fout.code}`);
        throw fout;
      }
    },

    backupAutomatisch: async ({ reden }) => {
      if (!ontgrendeld()) {
        return { gemaakt: false, naam: null, verwijderd: 0, melding: 'De kluis is vergrendeld; er is geen backup gemaakt.' };
      }
      const gekozen = await gekozenMap();
      if (reden === 'dagelijks' && !dagelijkseBackupNodig(nieuwsteBackup(gekozen ? [gekozen, kluisMap()] : [kluisMap()]), nu())) {
        return { gemaakt: false, naam: null, verwijderd: 0, melding: 'De nieuwste backup is nog geen 24 uur oud.' };
      }
      const { uitkomst, plek, waarschuwing } = await maak(reden);
      const verwijderd = ruimBackupsOp(plek === 'gekozen' && gekozen ? gekozen : kluisMap(), nu());
      await log(`backup gemaakt: ${reden}, ${BACKUP_PLEK_LABELS[plek].toLowerCase()}${verwijderd ? `; ${verwijderd} oude verwijderd` : ''}`);
      return { gemaakt: true, naam: uitkomst.naam, verwijderd, melding: `Backup gemaakt: ${uitkomst.naam}.${waarschuwing}` };
    },

    backupTerugzetten: async (invoer) => {
      const gekozen = invoer.plek === 'gekozen' ? await gekozenMap() : null;
      const van = join(plekPad(invoer.plek, gekozen), invoer.naam);
      const geheim: BackupGeheim = 'wachtwoord' in invoer ? { wachtwoord: invoer.wachtwoord } : { herstelcode: invoer.herstelcode };
      if (!existsSync(van)) throw new KoersFout('NIET_GEVONDEN', 'Deze backup bestaat niet meer in de map. Er is niets veranderd.');
      const actor = kluis.actor;
      try {
        const { voorHerstel, manifest } = await zetBackupTerug({ van, kluisPad: kluis.folder, geheim, nu: nu(), actor, voorVervangen: () => kluis.vergrendelen() });
        return {
          voorHerstel,
          tijdstip: manifest.tijdstip,
          melding: `De backup is teruggezet en de kluis is vergrendeld. Ontgrendel hem met het wachtwoord van die backup.${voorHerstel ? ` De vervangen kluis staat in de map ${voorHerstel}.` : ''}`,
        };
      } catch (fout) {
        // Refused before anything changed: the attempt goes into the (still open) vault's logboek.
        if (fout instanceof KoersFout) {
          try {
            await log('backup teruggezet', `geweigerd: ${fout.code}`);
          } catch {
            // The vault is already closed: nothing to log into.
          }
        }
        throw fout;
      }
    },

    backupControleren: async ({ wachtwoord }) => {
      const onderdelen: ControleOnderdeel[] = [];
      const integriteit = await integriteitVanKluis(kluis.db);
      onderdelen.push({
        onderdeel: 'Kluis',
        ok: integriteit.ok,
        melding: integriteit.ok ? 'In orde (integrity_check).' : `integrity_check meldt ${integriteit.meldingen} fout(en). Maak geen nieuwe backups meer over de oude heen en zet een goede backup terug.`,
      });

      const gekozen = await gekozenMap();
      const plekken: [BackupPlek, string][] = gekozen ? [['kluis', kluisMap()], ['gekozen', gekozen]] : [['kluis', kluisMap()]];
      if (gekozen && !existsSync(gekozen)) onderdelen.push({ onderdeel: 'Gekozen backupmap', ok: false, melding: 'De gekozen backupmap is niet bereikbaar. Sluit de schijf of netwerkmap aan.' });
      const cache: SleutelCache = new Map();
      let kluisSleutels: Buffer[] | null = null;
      const koppen: { id: number; hash: string }[] = [];
      for (const [plek, pad] of plekken) {
        for (const naam of backupMappen(pad)) {
          let controle = controleerBackupMap(join(pad, naam), { wachtwoord }, cache);
          let melding = controle.melding;
          if (controle.status === 'onbekend') {
            // Made before a passphrase change: the vault's data key may still open it.
            kluisSleutels ??= huidigeSleutels(wachtwoord);
            for (const datasleutel of kluisSleutels) {
              const metSleutel = controleerBackupMap(join(pad, naam), { datasleutel });
              if (metSleutel.status === 'in_orde') {
                controle = metSleutel;
                melding = `${metSleutel.melding} Het huidige wachtwoord opent het sleutelbestand niet: terugzetten vraagt het wachtwoord van toen of de herstelcode.`;
                break;
              }
            }
          }
          const kop = controle.manifest?.ketenkop ?? leesManifest(join(pad, naam))?.ketenkop;
          if (kop) koppen.push(kop);
          onderdelen.push({ onderdeel: `Backup ${naam} (${BACKUP_PLEK_LABELS[plek].toLowerCase()})`, ok: controle.status === 'in_orde', melding });
        }
        for (const naam of losseBackups(pad)) {
          const controle = controleerLosseBackup(join(pad, naam), { wachtwoord }, cache);
          onderdelen.push({ onderdeel: `Backup ${naam} (${BACKUP_PLEK_LABELS[plek].toLowerCase()})`, ok: controle.status === 'in_orde', melding: controle.melding });
        }
      }

      const logboek = await controleerLogboek(kluis.db, koppen);
      onderdelen.splice(1, 0, { onderdeel: 'Logboek', ok: logboek.ok, melding: logboek.melding });
      const problemen = onderdelen.filter((o) => !o.ok).length;
      await log(`controle uitgevoerd: ${problemen === 0 ? 'in orde' : `${problemen} ${problemen === 1 ? 'probleem' : 'problemen'}`}`);
      return { ok: problemen === 0, onderdelen };
    },
  };
}
