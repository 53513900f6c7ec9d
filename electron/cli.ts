import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { groepeerHerstelcode } from '../shared/domain/kluis';
import { maakDemo } from './demo/demo';

// `npm run koers -- <opdracht>`: tasks that run under plain Node, without Electron.

const HULP = `Gebruik:
  npm run demo -- --out <map>     Maakt een demokluis (gemeente Voorbeeldstad) met synthetische
                                  inburgeraars, en alle documenten in <map>/documenten/.
  npm run koers -- demo --out <map>   (hetzelfde)`;

async function main(argumenten: string[]): Promise<number> {
  const [opdracht, ...rest] = argumenten;
  if (opdracht === 'demo') {
    const { values } = parseArgs({ args: rest, options: { out: { type: 'string' }, aantal: { type: 'string' } } });
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
  console.error(HULP);
  return opdracht ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (fout: unknown) => {
    console.error(fout instanceof Error ? fout.message : 'Er ging iets mis.');
    process.exit(1);
  },
);
