import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Weigering, handlersVoor, kluisMap, ontgrendel, opties, verwacht } from './gedeeld';

// `npm run koers -- jaarverslag --vault <map> --jaar <jjjj> --out <map>` (issue 13 item 7): writes
// jaarverslag-<jjjj>.xlsx (intern, exact numbers) and jaarverslag-<jjjj>.pdf (the raad report) through the
// same handlers as the app. Exit 0 done, 2 refused (a Dutch reason), 1 anything else.

/** Lines for the help text. */
export const JAARVERSLAG_HULP = `  npm run koers -- jaarverslag --vault <map> --jaar <jjjj> --out <map>
      Schrijft jaarverslag-<jjjj>.pdf (voor de raad) en jaarverslag-<jjjj>.xlsx (intern, exacte aantallen).
`;

/** A year of exactly four digits; anything else is refused with a reason. */
export function leesJaar(waarde: string | undefined): number {
  if (!waarde) throw new Weigering('Geef met --jaar het jaar van het verslag op, bijvoorbeeld --jaar 2026.');
  if (!/^\d{4}$/.test(waarde.trim())) throw new Weigering(`"${waarde}" is geen jaartal. Geef het jaar met vier cijfers, bijvoorbeeld --jaar 2026.`);
  const jaar = Number(waarde.trim());
  if (jaar < 2000 || jaar > 2100) throw new Weigering(`Kies een jaar van 2000 tot en met 2100, niet ${jaar}.`);
  return jaar;
}

export async function jaarverslagOpdracht(args: string[]): Promise<number> {
  const { values, positionals } = opties(args, { vault: { type: 'string' }, jaar: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length > 0) throw new Weigering(`Onbekend argument "${positionals[0]}". Zie: npm run koers -- help`);
  const folder = kluisMap(values.vault);
  const jaar = leesJaar(values.jaar);
  if (!values.out) throw new Weigering('Geef met --out de map op waarin het jaarverslag komt, bijvoorbeeld --out ./verslag.');
  const doelmap = resolve(values.out);
  mkdirSync(doelmap, { recursive: true });
  const geschreven: string[] = [];
  const { kluis, handlers } = handlersVoor(folder, async (naam, bytes) => {
    const pad = join(doelmap, naam);
    writeFileSync(pad, bytes, { mode: 0o600 });
    geschreven.push(pad);
    return true;
  });
  try {
    await ontgrendel(kluis, handlers);
    const { taakId } = await verwacht(handlers.jaarverslagStarten({ jaar }));
    for (;;) {
      const stand = await verwacht(handlers.taakStatus({ taakId }));
      if (process.stdout.isTTY) process.stdout.write(`\rJaarverslag ${jaar}: stap ${stand.voortgang} van ${stand.totaal}…`);
      if (stand.status === 'mislukt') throw new Error(stand.fout ?? 'Het jaarverslag kon niet worden gemaakt.');
      if (stand.status !== 'bezig') break;
      await new Promise((klaar) => setTimeout(klaar, 50));
    }
    if (process.stdout.isTTY) process.stdout.write('\n');
    const kern = await verwacht(handlers.jaarverslagKerncijfers({ jaar }));
    await verwacht(handlers.jaarverslagOpslaanXlsx({ taakId }));
    console.log(`Geschreven: ${geschreven.at(-1)}`);
    const pdf = await handlers.jaarverslagOpslaanPdf({ taakId });
    if (!pdf.ok) {
      console.error(`Het PDF-bestand (raadsrapportage) kon niet worden gemaakt: ${pdf.fout.message} Het XLSX-bestand is wel geschreven.`);
      return pdf.fout.code === 'ONVERWACHT' ? 1 : 2;
    }
    console.log(`Geschreven: ${geschreven.at(-1)}`);
    console.log(`Kerncijfers ${jaar}:`);
    for (const k of kern) console.log(`  ${k.indicator.padEnd(32)} ${k.waarde ?? ''}`);
    return 0;
  } finally {
    await kluis.vergrendelen();
  }
}
