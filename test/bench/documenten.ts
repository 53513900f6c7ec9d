import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { maakBriefPdf } from '../../electron/documents/brief-pdf';
import { maakParticipatieverklaringen, maakParticipatieverklaring, namenOpVerklaring, type ParticipatieverklaringGegevens } from '../../electron/documents/participatieverklaring';
import { participatieverklaringSjabloonLaden, type ParticipatieverklaringSjabloon } from '../../electron/documents/sjablonen';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP, volledigeIntakeOp } from '../../electron/demo/voorbeelddossier';
import type { Brief } from '../../shared/domain/brief';
import type { Instellingen } from '../../shared/domain/instellingen';
import { RESOURCES, TEST_WACHTWOORD, data, testOmgeving } from '../fixtures/omgeving';

// Documents against the Word route (issue 14, items 3 and 6): Koers's 4-page PIP beschikking, a
// participatieverklaring, a ceremony batch of 100 forms and 100 beschikkingen, next to LibreOffice
// headless converting an equivalent letter (the same text, generated here as flat ODT) once and as a
// batch of 100 in one call. Synthetic people only. `npx tsx test/bench/documenten.ts` prints the table;
// test/bench/meting.ts (`npm run bench`) takes the rows into results.md.

export interface DocumentMeting {
  wat: string;
  mediaanMs: number;
  p95Ms: number;
  doel?: string;
  gehaald?: boolean;
  opmerking?: string;
}

export interface Beschikking {
  brief: Brief;
  instellingen: Instellingen;
  kenmerk: string;
}

export interface DocumentInvoer {
  beschikkingen: Beschikking[];
  sjabloon: ParticipatieverklaringSjabloon;
  formInstellingen: Instellingen;
  personen: ParticipatieverklaringGegevens[];
}

const NU = new Date('2026-11-23T10:00:00+01:00');
const DAGTEKENING = '2026-11-23';
const CONCEPTKENMERK = 'CONCEPT — nog geen kenmerk';
const GEZINSMIGRANT_PIP = {
  geschatteIntensiteitUren: null, intensiteitUrenPerWeek: null, maatschappelijkeBegeleiding: null, ontzorgen: false, startBijstand: null,
} as const;

/**
 * The letters through the real path: synthetic asielstatushouders in an encrypted test vault, intake
 * afgerond, a full PIP concept, and the Brief the app previews (`pipVoorbeeld`), with a kenmerk filled in.
 */
export async function documentInvoer(aantal = 100): Promise<DocumentInvoer> {
  const o = testOmgeving({ nu: () => NU });
  try {
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
    data(await o.handlers.instellingenOpslaan({
      gemeentenaam: 'Voorbeeldstad', postadres: 'Postbus 100', postcode: '9900 AA', plaats: 'Voorbeeldstad', vergrendelenNaMinuten: 10,
      behandelaarNaam: 'R. Jansen', behandelaarTelefoon: '14 0123', bezwaarAdres: 'Postbus 100, 9900 AA Voorbeeldstad', rechtbank: 'de rechtbank Noord-Nederland',
      kenmerkPatroon: 'INB-{jaar}-{volgnummer}',
    }));
    const ondertekenaarId = data(await o.handlers.ondertekenaarOpslaan({ naam: 'mr. A.B. de Boer', functie: 'teamleider Werk en Inkomen', mandaatbesluit: 'Mandaatbesluit Sociaal Domein 2025 (Gemeenteblad 2025, 1234)' }))[0]!.id;
    const instellingen = data(await o.handlers.instellingenOphalen({}));
    const random = maakRandom(14);
    const beschikkingen: Beschikking[] = [];
    const personen: ParticipatieverklaringGegevens[] = [];
    for (let i = 0; i < aantal; i += 1) {
      const persoon = synthetischeInburgeraar(random, DAGTEKENING, i);
      // A gezinsmigrant in the B1-route: the letter, bijlage 1 with the plan, four pages.
      const { id } = data(await o.handlers.inburgeraarToevoegen({
        ...persoon, doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', huisvestingArt28: false,
        datumKennisgevingDuo: '2026-09-01', datumInschrijvingBrp: null, datumKoppelingCoa: null,
      }));
      data(await o.handlers.intakeOpslaan({ inburgeraarId: id, gegevens: volledigeIntakeOp('2026-10-10') }));
      data(await o.handlers.intakeAfronden({ inburgeraarId: id, datum: '2026-10-20', inAfwezigheid: false }));
      const { pip } = data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, ...GEZINSMIGRANT_PIP } }));
      const { brief } = data(await o.handlers.pipVoorbeeld({ pipId: pip.id, dagtekening: DAGTEKENING, ondertekenaarId }));
      const kenmerk = `INB-2026-${String(i + 1).padStart(4, '0')}`;
      beschikkingen.push({ brief: JSON.parse(JSON.stringify(brief).replaceAll(CONCEPTKENMERK, kenmerk)) as Brief, instellingen, kenmerk });
      const { inburgeraar } = data(await o.handlers.inburgeraarOphalen({ id }));
      personen.push({ ...namenOpVerklaring(inburgeraar), geboortedatum: inburgeraar.geboortedatum, datum: '2026-12-10', plaats: 'Voorbeeldstad' });
    }
    const sjabloon = participatieverklaringSjabloonLaden(RESOURCES, { peildatum: DAGTEKENING });
    return { beschikkingen, sjabloon, formInstellingen: instellingen, personen };
  } finally {
    await o.opruimen();
  }
}

export function statistiek(tijden: number[]): { mediaanMs: number; p95Ms: number } {
  const gesorteerd = [...tijden].sort((a, b) => a - b);
  return {
    mediaanMs: gesorteerd[Math.floor(gesorteerd.length / 2)]!,
    p95Ms: gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil(gesorteerd.length * 0.95) - 1)]!,
  };
}

async function tijd(doe: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await doe();
  return performance.now() - start;
}

async function herhaal(keer: number, doe: () => Promise<unknown>): Promise<number[]> {
  const tijden: number[] = [];
  for (let i = 0; i < keer; i += 1) tijden.push(await tijd(doe));
  return tijden;
}

export function paginas(pdf: Uint8Array | string): number | null {
  try {
    const folder = typeof pdf === 'string' ? null : mkdtempSync(join(tmpdir(), 'koers-bench-pdf-'));
    const pad = folder ? join(folder, 'd.pdf') : (pdf as string);
    if (folder) writeFileSync(pad, pdf as Uint8Array);
    try {
      const info = execFileSync('pdfinfo', [pad], { encoding: 'utf8' });
      return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    } finally {
      if (folder) rmSync(folder, { recursive: true, force: true });
    }
  } catch {
    return null;
  }
}

// ---- LibreOffice: the same letter as flat ODT ----

function xml(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function alineaXml(stijl: string, tekst: string): string {
  return tekst.split('\n').map((regel) => `<text:p text:style-name="${stijl}">${xml(regel)}</text:p>`).join('');
}

/**
 * The beschikking as a flat ODT with the same text, fonts (DejaVu Sans), page size and margins as
 * Koers's PDF: letterhead, address, reference line, body with headings, label/value rows, signature
 * block, bijlagen on new pages, and "Pagina x van y" in the footer.
 */
export function briefAlsFodt(b: Beschikking): string {
  const { brief, instellingen } = b;
  const delen: string[] = [];
  delen.push(alineaXml('Briefhoofd', `Gemeente ${instellingen.gemeentenaam}`));
  delen.push(alineaXml('Postadres', instellingen.postadres), alineaXml('Postadres', `${instellingen.postcode} ${instellingen.plaats}`));
  delen.push(`<text:p text:style-name="Adresruimte"/>`);
  for (const regel of brief.geadresseerde) delen.push(alineaXml('Adres', regel));
  delen.push(`<text:p text:style-name="Adresna"/>`);
  delen.push(`<text:p text:style-name="Referentie">${brief.referentie.map((r) => `${xml(r.label)}: ${xml(r.waarde)}`).join('<text:tab/>')}</text:p>`);
  delen.push(alineaXml('Onderwerp', `Onderwerp: ${brief.onderwerp}`));
  delen.push(alineaXml('Aanhef', brief.aanhef));
  const secties = (secties: Brief['secties']) => {
    for (const s of secties) {
      if (s.kop) delen.push(alineaXml('Kop', s.kop));
      for (const a of s.alineas) delen.push(alineaXml('Tekst', a));
      for (const { label, waarde } of s.lijst) delen.push(alineaXml('Label', label), alineaXml('Waarde', waarde));
    }
  };
  secties(brief.secties);
  delen.push(alineaXml('Slot', brief.slot));
  for (const regel of brief.ondertekening.namens) delen.push(alineaXml('Regel', regel));
  delen.push(`<text:p text:style-name="Handtekening"/>`);
  delen.push(alineaXml('Regel', brief.ondertekening.naam), alineaXml('Regel', brief.ondertekening.functie));
  if (brief.ondertekening.mandaat) delen.push(alineaXml('Mandaat', brief.ondertekening.mandaat));
  for (const bijlage of brief.bijlagen) {
    delen.push(alineaXml('Bijlagetitel', bijlage.titel));
    secties(bijlage.secties);
  }
  const p = (naam: string, tekst: string, alinea = '') =>
    `<style:style style:name="${naam}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${alinea}/><style:text-properties ${tekst}/></style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xml(brief.titel)}</dc:title><dc:language>nl-NL</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="nl" fo:country="NL"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:line-height="140%"/></style:style>
${p('Briefhoofd', 'fo:font-size="12pt" fo:font-weight="bold"', 'fo:text-align="end"')}
${p('Postadres', 'fo:font-size="8.5pt" fo:color="#595959"', 'fo:text-align="end"')}
${p('Adresruimte', '', 'fo:margin-top="14mm"')}
${p('Adres', 'fo:font-size="10.5pt"', 'fo:margin-left="-3mm"')}
${p('Adresna', '', 'fo:margin-top="12mm"')}
${p('Referentie', 'fo:font-size="9.5pt"', 'fo:margin-bottom="8mm"')}
${p('Onderwerp', 'fo:font-size="10.5pt" fo:font-weight="bold"', 'fo:margin-bottom="6mm"')}
${p('Aanhef', '', 'fo:margin-bottom="3mm"')}
${p('Kop', 'fo:font-size="10.5pt" fo:font-weight="bold"', 'fo:margin-bottom="1mm" fo:keep-with-next="always"')}
${p('Tekst', '', 'fo:margin-bottom="2.5mm"')}
${p('Label', 'fo:font-weight="bold"', 'fo:keep-with-next="always"')}
${p('Waarde', '', 'fo:margin-left="5mm" fo:margin-bottom="2mm"')}
${p('Slot', '', 'fo:margin-top="2mm" fo:keep-with-next="always"')}
${p('Regel', '', 'fo:keep-with-next="always"')}
${p('Handtekening', '', 'fo:margin-top="16mm" fo:keep-with-next="always"')}
${p('Mandaat', 'fo:font-size="8pt" fo:color="#595959"')}
${p('Bijlagetitel', 'fo:font-size="13pt" fo:font-weight="bold"', 'fo:break-before="page" fo:margin-bottom="5mm"')}
${p('Voet', 'fo:font-size="8pt" fo:color="#595959"', 'fo:text-align="end"')}
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-left="25mm" fo:margin-right="20mm" fo:margin-top="20mm" fo:margin-bottom="12mm"/><style:footer-style><style:header-footer-properties fo:min-height="10mm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Voet">${xml(b.kenmerk)}<text:tab/>Pagina <text:page-number text:select-page="current"/> van <text:page-count/></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>${delen.join('\n')}</office:text></office:body>
</office:document>
`;
}

function sofficePad(): string | null {
  for (const pad of ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice']) {
    if (existsSync(pad)) return pad;
  }
  return null;
}

interface LibreOfficeUitslag {
  enkel: number[];
  batchTotaalMs: number;
  batchAantal: number;
  paginas: number | null;
}

/** Converts in a temp dir with a profile of its own; the first conversion (profile set-up) is not timed. */
function meetLibreOffice(soffice: string, beschikkingen: Beschikking[], keer: number): LibreOfficeUitslag {
  const folder = mkdtempSync(join(tmpdir(), 'koers-bench-lo-'));
  try {
    const profiel = pathToFileURL(join(folder, 'profiel')).href;
    const invoer = join(folder, 'invoer');
    mkdirSync(invoer);
    beschikkingen.forEach((b, i) => writeFileSync(join(invoer, `brief-${String(i + 1).padStart(3, '0')}.fodt`), briefAlsFodt(b)));
    const enkelIn = join(invoer, 'brief-001.fodt');
    const converteer = (bestanden: string[], uit: string) =>
      execFileSync(soffice, [`-env:UserInstallation=${profiel}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', uit, ...bestanden], { stdio: 'pipe', timeout: 600_000 });
    converteer([enkelIn], join(folder, 'opwarmen'));
    const enkel: number[] = [];
    for (let i = 0; i < keer; i += 1) {
      const start = performance.now();
      converteer([enkelIn], join(folder, `enkel-${i}`));
      enkel.push(performance.now() - start);
    }
    const aantal = paginas(join(folder, 'enkel-0', 'brief-001.pdf'));
    const alle = readdirSync(invoer).sort().map((naam) => join(invoer, naam));
    const start = performance.now();
    converteer(alle, join(folder, 'batch'));
    const batchTotaalMs = performance.now() - start;
    const gemaakt = readdirSync(join(folder, 'batch')).filter((naam) => naam.endsWith('.pdf')).length;
    if (gemaakt !== alle.length) throw new Error(`LibreOffice maakte ${gemaakt} van de ${alle.length} PDF's.`);
    return { enkel, batchTotaalMs, batchAantal: alle.length, paginas: aantal };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const keerOfMeer = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

export async function meetDocumenten(opties: { herhalingen?: number; invoer?: DocumentInvoer; libreOffice?: boolean } = {}): Promise<DocumentMeting[]> {
  const herhalingen = opties.herhalingen ?? 30;
  const invoer = opties.invoer ?? (await documentInvoer(100));
  const { beschikkingen, sjabloon, formInstellingen, personen } = invoer;
  const eerste = beschikkingen[0]!;
  const beschikking = () => maakBriefPdf(RESOURCES, eerste.brief, eerste.instellingen, eerste.kenmerk);
  const formulier = () => maakParticipatieverklaring(RESOURCES, sjabloon, formInstellingen, personen[4 % personen.length]!);
  const honderdFormulieren = () => maakParticipatieverklaringen(RESOURCES, sjabloon, formInstellingen, personen.slice(0, 100));
  const honderdBeschikkingen = async () => {
    for (const b of beschikkingen.slice(0, 100)) await maakBriefPdf(RESOURCES, b.brief, b.instellingen, b.kenmerk);
  };

  // Cold: the first beschikking in this process parses the fonts and measures its words.
  const koudBeschikking = await tijd(beschikking);
  const paginasBeschikking = paginas(await beschikking());
  const b = statistiek(await herhaal(herhalingen, beschikking));
  const f = statistiek(await herhaal(herhalingen, formulier));
  const batchKeer = Math.max(3, Math.round(herhalingen / 6));
  const hf = statistiek(await herhaal(batchKeer, honderdFormulieren));
  const hb = statistiek(await herhaal(batchKeer, honderdBeschikkingen));

  const rijen: DocumentMeting[] = [
    {
      wat: `PIP-beschikking, ${paginasBeschikking ?? '?'} pagina's (PDF/A, 3 lettertypen als subset)`,
      ...b,
      doel: '≤ 30 ms',
      gehaald: b.mediaanMs <= 30,
      opmerking: `de eerste in dit proces (lettertypen inlezen, woorden meten): ${koudBeschikking.toFixed(0)} ms`,
    },
    { wat: 'Participatieverklaring (1 pagina, naam ook in Arabisch schrift)', ...f },
    { wat: `Ceremoniebatch: ${Math.min(100, personen.length)} participatieverklaringen in één PDF`, ...hf, doel: '≤ 500 ms', gehaald: hf.mediaanMs <= 500 },
    { wat: `${Math.min(100, beschikkingen.length)} PIP-beschikkingen na elkaar (elk een eigen PDF)`, ...hb, opmerking: `${(hb.mediaanMs / Math.min(100, beschikkingen.length)).toFixed(1)} ms per brief` },
  ];

  const soffice = opties.libreOffice === false ? null : sofficePad();
  if (!soffice) {
    rijen.push({ wat: 'LibreOffice (Word-route)', mediaanMs: Number.NaN, p95Ms: Number.NaN, opmerking: 'LibreOffice niet geïnstalleerd' });
    return rijen;
  }
  const lo = meetLibreOffice(soffice, beschikkingen.slice(0, 100), Math.max(3, Math.min(5, Math.round(herhalingen / 6))));
  const loEnkel = statistiek(lo.enkel);
  const loPerBrief = lo.batchTotaalMs / lo.batchAantal;
  const koersPerBrief = hb.mediaanMs / Math.min(100, beschikkingen.length);
  const factorEnkel = loEnkel.mediaanMs / b.mediaanMs;
  const factorBatch = loPerBrief / koersPerBrief;
  rijen.push(
    {
      wat: `LibreOffice headless, dezelfde brief als .fodt → PDF, één conversie (${lo.paginas ?? '?'} pagina's)`,
      ...loEnkel,
      opmerking: `soffice --convert-to pdf met een eigen profielmap, opstarten inbegrepen (eerste conversie niet geteld)`,
    },
    {
      wat: `LibreOffice headless, ${lo.batchAantal} brieven in één aanroep`,
      mediaanMs: lo.batchTotaalMs,
      p95Ms: lo.batchTotaalMs,
      opmerking: `${loPerBrief.toFixed(1)} ms per brief (één meting)`,
    },
    {
      wat: 'Koers tegen één LibreOffice-conversie (beschikking)',
      mediaanMs: b.mediaanMs,
      p95Ms: b.p95Ms,
      doel: '≥ 40× sneller',
      gehaald: factorEnkel >= 40,
      opmerking: `${keerOfMeer(loEnkel.mediaanMs, b.mediaanMs)} sneller`,
    },
    {
      wat: 'Koers tegen LibreOffice-batch, per brief',
      mediaanMs: koersPerBrief,
      p95Ms: hb.p95Ms / Math.min(100, beschikkingen.length),
      doel: '≥ 2,5× sneller',
      gehaald: factorBatch >= 2.5,
      opmerking: `${keerOfMeer(loPerBrief, koersPerBrief)} sneller per brief`,
    },
  );
  return rijen;
}

export function documentTabel(rijen: DocumentMeting[]): string {
  const getal = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  return [
    '| meting | mediaan (ms) | p95 (ms) | doel | gehaald | opmerking |',
    '|---|---:|---:|---|---|---|',
    ...rijen.map((r) => `| ${r.wat} | ${getal(r.mediaanMs)} | ${getal(r.p95Ms)} | ${r.doel ?? ''} | ${r.gehaald === undefined ? '' : r.gehaald ? 'ja' : 'nee'} | ${r.opmerking ?? ''} |`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rijen = await meetDocumenten();
  console.log(documentTabel(rijen));
}

