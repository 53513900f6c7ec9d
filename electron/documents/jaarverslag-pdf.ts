import { createHash } from 'node:crypto';
import { PDFArray, PDFHexString, rgb, type PDFPage } from 'pdf-lib';
import { KERNCIJFER_LABELS, type Cel, type Jaarverslag, type Kerncijfer, type KerncijferIndicator, type KolomSoort, type Sectie, type Tabel } from '../../shared/domain/jaarverslag';
import { bedrag, datumKort, getal, procent } from '../../shared/format';
import { maskeer, VERBORGEN_TEKST } from '../../shared/rules/kleine-aantallen';
import { gemaskeerd, grafiekHoogte, maskerTekst, tekenGrafiek } from './grafiek';
import { A4, Document, GRIJS, MARGE, MM, Stroom, ZWART, type Stijl } from './opmaak';

// The raadsrapportage as a PDF (issue 13 item 2): a cover with the gemeente and the year, a Samenvatting
// with the kerncijfers in words and big numbers, a contents list, one part per Sectie (heading, B1 uitleg,
// charts, tables whose header row repeats after a page break), a Toelichting (definitions, sources, the
// small-cell rule) and "Pagina x van y". Aggregates only; counts below the threshold read "< 5" everywhere,
// also when the Jaarverslag arrives unmasked. PDF/A-2b like the letters.
//
// Deterministic: the same Jaarverslag gives the same bytes apart from the creation date (Info and XMP dates,
// both taken from `gemaaktOp`): the document ID is a hash of the content, not random, and `gemaaktOp` is
// never printed on a page.

export interface JaarverslagPdfOpties {
  /** The gemeente's logo (Instellingen.logo), on the cover. */
  logo?: { mime: 'image/png' | 'image/jpeg'; base64: string } | null;
}

const BLAUW = rgb(0.13, 0.27, 0.47);
const LICHT = rgb(0.94, 0.95, 0.97);
const TEKST: Stijl = { grootte: 10 };
const ONDER = MARGE.onder + 12;


/** A count column's cell value as the raad sees it; other columns in their Dutch format. */
export function celTekst(waarde: Cel, soort: KolomSoort, drempel: number): string {
  if (waarde === null) return '–';
  if (typeof waarde === 'string') {
    if (soort === 'datum' && /^\d{4}-\d{2}-\d{2}$/.test(waarde)) return datumKort(waarde);
    return waarde.replace(/^<\s*(\d+)$/, (_m, n: string) => maskerTekst(Number(n)));
  }
  switch (soort) {
    case 'aantal':
      return gemaskeerd(waarde, drempel) ? maskerTekst(drempel) : getal(waarde, 0);
    case 'aandeel':
      return procent(waarde);
    case 'bedrag':
      return bedrag(waarde);
    case 'getal':
    case 'dagen':
      return getal(waarde, 1);
    default:
      return String(waarde);
  }
}

function kerncijferGemaskeerd(k: Kerncijfer, drempel: number): boolean {
  return !!k.gemaskeerd || (k.indicator !== 'pip_doorlooptijd_mediaan_dagen' && gemaskeerd(k.waarde, drempel));
}

/** The median over fewer PIPs than the threshold would be (nearly) one person's own figure: not shown. */
function zonderKleineMediaan(verslag: Jaarverslag): Jaarverslag {
  const pips = verslag.kerncijfers.find((k) => k.indicator === 'pip_vastgesteld');
  if (!pips || !(pips.gemaskeerd || gemaskeerd(pips.waarde, verslag.drempelKleineAantallen))) return verslag;
  return { ...verslag, kerncijfers: verslag.kerncijfers.map((k) => (k.indicator === 'pip_doorlooptijd_mediaan_dagen' ? { ...k, waarde: null } : k)) };
}

/** The big number of a tile: "47", "< 5", "52 dagen", "–". */
export function kerncijferTekst(k: Kerncijfer, drempel: number): string {
  if (k.verborgen) return VERBORGEN_TEKST;
  if (kerncijferGemaskeerd(k, drempel)) return maskerTekst(drempel);
  if (k.waarde === null) return '–';
  if (k.indicator === 'pip_doorlooptijd_mediaan_dagen') return `${getal(k.waarde, 1)} ${k.waarde === 1 ? 'dag' : 'dagen'}`;
  return getal(k.waarde, 0);
}

/** The Samenvatting in words, from the kerncijfers; masked counts read "minder dan 5". */
export function samenvattingTekst(verslag: Jaarverslag): string[] {
  const drempel = verslag.drempelKleineAantallen;
  const k = new Map(verslag.kerncijfers.map((c) => [c.indicator, c]));
  const aantal = (i: KerncijferIndicator): string | null => {
    const c = k.get(i);
    if (!c || c.verborgen) return null; // hidden so a small count cannot be computed back: left out
    if (kerncijferGemaskeerd(c, drempel)) return `minder dan ${drempel}`;
    return c.waarde === null ? null : getal(c.waarde, 0);
  };
  const zinnen: string[] = [];
  const instroom = aantal('instroom_totaal');
  if (instroom !== null) {
    const delen = [
      [aantal('instroom_asiel'), 'asielstatushouder', 'asielstatushouders'],
      [aantal('instroom_gezin'), 'gezinsmigrant', 'gezinsmigranten'],
      [aantal('instroom_overig'), 'overige migrant', 'overige migranten'],
    ].filter(([n]) => n !== null && n !== '0') as [string, string, string][];
    const opsomming = delen.map(([n, een, meer]) => `${n} ${n === '1' ? een : meer}`);
    zinnen.push(
      `In ${verslag.jaar} kregen ${instroom} ${instroom === '1' ? 'persoon' : 'personen'} in onze gemeente de inburgeringsplicht${opsomming.length ? `: ${lijst(opsomming)}` : ''}.`,
    );
  }
  const pips = aantal('pip_vastgesteld');
  const binnen = k.get('pip_binnen_termijn');
  const pipsC = k.get('pip_vastgesteld');
  if (pips !== null) {
    let zin = `Wij stelden ${pips} ${pips === '1' ? 'persoonlijk plan (PIP)' : 'persoonlijke plannen (PIP’s)'} vast`;
    const binnenTekst = aantal('pip_binnen_termijn');
    if (binnenTekst !== null && binnen && pipsC) {
      const deel =
        !kerncijferGemaskeerd(binnen, drempel) && !kerncijferGemaskeerd(pipsC, drempel) && pipsC.waarde && binnen.waarde !== null
          ? ` (${procent((binnen.waarde / pipsC.waarde) * 100, 0)})`
          : '';
      zin += `; ${binnenTekst}${deel} daarvan binnen de wettelijke termijn van 10 weken`;
    }
    zinnen.push(`${zin}.`);
  }
  const mediaan = k.get('pip_doorlooptijd_mediaan_dagen');
  if (mediaan && mediaan.waarde !== null && !kerncijferGemaskeerd(mediaan, drempel)) {
    zinnen.push(`De helft van de PIP’s was klaar binnen ${getal(mediaan.waarde, 1)} dagen na de start van de termijn (de mediaan).`);
  }
  const routes = [
    [aantal('route_b1'), 'de B1-route'],
    [aantal('route_onderwijs'), 'de onderwijsroute'],
    [aantal('route_z'), 'de Z-route'],
  ].filter(([n]) => n !== null) as [string, string][];
  if (routes.length) zinnen.push(`In de nieuwe plannen staat ${lijst(routes.map(([n, r]) => `${n} keer ${r}`))}.`);
  const pvt = aantal('pvt_ondertekend');
  const map = aantal('map_afgerond');
  if (pvt !== null || map !== null) {
    const wie = (n: string, een: string, meer: string) => (n === '0' ? `niemand ${een}` : `${n} ${n === '1' ? `inburgeraar ${een}` : `inburgeraars ${meer}`}`);
    const delen = [
      pvt !== null ? `${wie(pvt, 'ondertekende', 'ondertekenden')} de participatieverklaring` : null,
      map !== null ? `${wie(map, 'rondde', 'rondden')} de Module Arbeidsmarkt en Participatie (MAP) af` : null,
    ].filter(Boolean) as string[];
    zinnen.push(`${hoofdletter(lijst(delen))}.`);
  }
  return zinnen;
}

function lijst(delen: string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

// ——— Tables ———

const RECHTS: ReadonlySet<KolomSoort> = new Set(['aantal', 'getal', 'aandeel', 'dagen', 'bedrag']);
const CEL_MARGE = 2 * MM;

interface TabelOpmaak {
  grootte: number;
  breedtes: number[];
  rechts: boolean[];
  koppen: string[][];
  rijen: { regels: string[][]; vet: boolean }[];
}

/** Column widths: number columns as wide as their widest entry, text columns share the rest; smaller type when crowded. */
export function tabelOpmaak(document: Document, tabel: Tabel, drempel: number, beschikbaar = document.tekstbreedte): TabelOpmaak {
  const teksten = tabel.rijen.map((rij) => tabel.kolommen.map((k, i) => celTekst(rij[i] ?? null, k.soort, drempel)));
  const rechts = tabel.kolommen.map((k) => RECHTS.has(k.soort));
  for (const grootte of [8.5, 8, 7.5, 7, 6.5]) {
    const kop: Stijl = { grootte, vet: true };
    const cel: Stijl = { grootte };
    const breed = (t: string, s: Stijl) => document.font(s).widthOfTextAtSize(t, grootte);
    const langsteWoord = (t: string, s: Stijl) => Math.max(0, ...t.split(/\s+/).map((w) => breed(w, s)));
    const minimaal = tabel.kolommen.map((k, i) => {
      const cellen = teksten.map((r) => (rechts[i] ? breed(r[i]!, cel) : langsteWoord(r[i]!, cel)));
      return Math.max(langsteWoord(k.kop, kop), ...cellen) + CEL_MARGE + 0.5; // + rounding slack: the word must fit when wrapped
    });
    // What text columns would like: their longest cell on one line, within reason.
    const gewenst = tabel.kolommen.map((k, i) => (rechts[i] ? minimaal[i]! : Math.min(Math.max(minimaal[i]!, ...teksten.map((r) => breed(r[i]!, cel) + CEL_MARGE), breed(k.kop, kop) + CEL_MARGE), beschikbaar * 0.45)));
    const somMin = minimaal.reduce((a, b) => a + b, 0);
    if (somMin > beschikbaar && grootte > 6.5) continue;
    const breedtes = [...minimaal];
    let over = beschikbaar - somMin;
    // Give text columns what they want, then spread what is left over the number columns (tables look balanced).
    // In proportion to what each wants, so a second text column is not squeezed to one word a line.
    const wens = tabel.kolommen.map((_k, i) => (rechts[i] ? 0 : gewenst[i]! - minimaal[i]!));
    const totaleWens = wens.reduce((a, b) => a + b, 0);
    if (totaleWens > 0 && over > 0) {
      const deel = Math.min(1, over / totaleWens);
      wens.forEach((w, i) => (breedtes[i]! += w * deel));
      over -= totaleWens * deel;
    }
    if (over > 0) {
      const getallen = rechts.filter(Boolean).length;
      const tekstkolommen = tabel.kolommen.length - getallen;
      // Number columns grow to a sensible width; the rest goes to the first text column.
      const perGetal = getallen ? Math.min(over / getallen, Math.max(0, 22 * MM - Math.min(...minimaal.filter((_m, i) => rechts[i])))) : 0;
      rechts.forEach((r, i) => {
        if (r) breedtes[i]! += perGetal;
      });
      over -= perGetal * getallen;
      const eerste = rechts.findIndex((r) => !r);
      if (tekstkolommen && eerste >= 0 && over > 0) breedtes[eerste]! += over;
    }
    if (somMin > beschikbaar) {
      const factor = beschikbaar / somMin;
      breedtes.forEach((_b, i) => (breedtes[i]! *= factor));
    }
    const koppen = tabel.kolommen.map((k, i) => document.regels(k.kop, kop, breedtes[i]! - CEL_MARGE));
    const rijen = teksten.map((r) => ({
      regels: r.map((t, i) => (rechts[i] ? [t] : document.regels(t, cel, breedtes[i]! - CEL_MARGE))),
      vet: /^totaal\b/i.test(r[0] ?? ''),
    }));
    return { grootte, breedtes, rechts, koppen, rijen };
  }
  throw new Error('onbereikbaar');
}

function rijHoogte(regels: string[][], grootte: number): number {
  return Math.max(1, ...regels.map((r) => r.length)) * grootte * 1.3 + 2.6;
}

function tekenRij(document: Document, regels: string[][], opmaak: TabelOpmaak, stijl: Stijl, achtergrond: boolean): void {
  const grootte = opmaak.grootte;
  const hoogte = rijHoogte(regels, grootte);
  if (achtergrond) document.pagina.drawRectangle({ x: MARGE.links, y: document.y - hoogte, width: opmaak.breedtes.reduce((a, b) => a + b, 0), height: hoogte, color: LICHT });
  let x = MARGE.links;
  regels.forEach((cel, i) => {
    const breedte = opmaak.breedtes[i]!;
    cel.forEach((regel, r) => {
      const y = document.y - 1.3 - (r + 1) * grootte * 1.3 + grootte * 0.3;
      const tx = opmaak.rechts[i] ? x + breedte - CEL_MARGE / 2 - document.font(stijl).widthOfTextAtSize(regel, grootte) : x + CEL_MARGE / 2;
      document.regel(regel, tx, y, { ...stijl, grootte });
    });
    x += breedte;
  });
  document.y -= hoogte;
}

function tabelkop(document: Document, opmaak: TabelOpmaak): void {
  // Header cells sit at the bottom of the header row, so one- and two-line headers line up with the numbers.
  const regels = Math.max(...opmaak.koppen.map((k) => k.length));
  tekenRij(document, opmaak.koppen.map((k) => [...Array<string>(regels - k.length).fill(''), ...k]), opmaak, { vet: true }, false);
  document.lijn(MARGE.links, document.y, MARGE.links + opmaak.breedtes.reduce((a, b) => a + b, 0), 0.8);
}

function titelRegels(document: Document, titel: string): string[] {
  return document.regels(titel, { grootte: 9.5, vet: true });
}

function tabelTitel(document: Document, titel: string): void {
  for (const regel of titelRegels(document, titel)) {
    document.y -= 9.5 * 1.35;
    document.regel(regel, MARGE.links, document.y + 2, { grootte: 9.5, vet: true });
  }
  document.y -= 2;
}

/** The height of a table's title, header and first `rijen` rows: what must share a page. */
function tabelBegin(document: Document, tabel: Tabel, opmaak: TabelOpmaak, rijen: number): number {
  const kop = titelRegels(document, tabel.titel).length * 9.5 * 1.35 + 2 + rijHoogte(opmaak.koppen, opmaak.grootte);
  return kop + opmaak.rijen.slice(0, rijen).reduce((som, r) => som + rijHoogte(r.regels, opmaak.grootte), 0);
}

function tekenTabel(document: Document, tabel: Tabel, drempel: number): void {
  const opmaak = tabelOpmaak(document, tabel, drempel);
  // Title, header and the first rows stay together; a table of up to half a page is never split.
  const geheel = tabelBegin(document, tabel, opmaak, opmaak.rijen.length);
  const samen = geheel <= (A4.hoogte - MARGE.boven - ONDER) * 0.5 ? opmaak.rijen.length : 2;
  if (document.y - tabelBegin(document, tabel, opmaak, samen) < ONDER) document.nieuwePagina();
  tabelTitel(document, tabel.titel);
  tabelkop(document, opmaak);
  opmaak.rijen.forEach((rij, i) => {
    const hoogte = rijHoogte(rij.regels, opmaak.grootte);
    // The last row never stands alone on a new page: with two rows left, both move.
    const nodig = i === opmaak.rijen.length - 2 ? hoogte + rijHoogte(opmaak.rijen[i + 1]!.regels, opmaak.grootte) : hoogte;
    if (document.y - nodig < ONDER) {
      document.nieuwePagina();
      tabelTitel(document, `${tabel.titel} (vervolg)`);
      tabelkop(document, opmaak);
    }
    tekenRij(document, rij.regels, opmaak, rij.vet ? { vet: true } : {}, i % 2 === 1);
    if (rij.vet) document.lijn(MARGE.links, document.y + rijHoogte(rij.regels, opmaak.grootte), MARGE.links + opmaak.breedtes.reduce((a, b) => a + b, 0), 0.4);
  });
  document.lijn(MARGE.links, document.y, MARGE.links + opmaak.breedtes.reduce((a, b) => a + b, 0), 0.6);
  if (tabel.toelichting) {
    document.y -= 1.5 * MM;
    document.tekst(tabel.toelichting, { grootte: 7.5, kleur: GRIJS });
  }
  document.y -= 5 * MM;
}

// ——— Pages ———

async function omslag(document: Document, verslag: Jaarverslag, opties: JaarverslagPdfOpties): Promise<void> {
  const bovenkant = A4.hoogte - MARGE.boven;
  if (opties.logo) {
    const beeld = await document.afbeelding(opties.logo.mime, Buffer.from(opties.logo.base64, 'base64'), 'logo');
    const schaal = Math.min((45 * MM) / beeld.width, (20 * MM) / beeld.height);
    document.pagina.drawImage(beeld, { x: MARGE.links, y: bovenkant - beeld.height * schaal, width: beeld.width * schaal, height: beeld.height * schaal });
  }
  const gemeente = verslag.gemeentenaam ? `Gemeente ${verslag.gemeentenaam}` : 'Gemeente';
  document.pagina.drawText(gemeente, { x: A4.breedte - MARGE.rechts - document.vet.widthOfTextAtSize(gemeente, 12), y: bovenkant - 12, size: 12, font: document.vet });

  const links = MARGE.links;
  let y = A4.hoogte * 0.62;
  document.pagina.drawRectangle({ x: links, y: y + 44, width: 18 * MM, height: 2.2, color: BLAUW });
  document.regel('Jaarverslag inburgering', links, y, { grootte: 26, vet: true });
  y -= 52;
  document.regel(String(verslag.jaar), links, y, { grootte: 44, vet: true, kleur: BLAUW });
  y -= 30;
  for (const regel of document.regels(`Raadsrapportage over de uitvoering van de Wet inburgering 2021${verslag.gemeentenaam ? ` in de gemeente ${verslag.gemeentenaam}` : ''}`, { grootte: 13 }, document.tekstbreedte * 0.85)) {
    document.regel(regel, links, y, { grootte: 13 });
    y -= 18;
  }
  y -= 6;
  document.regel(`Verslagjaar: 1 januari tot en met 31 december ${verslag.jaar}`, links, y, { grootte: 10.5, kleur: GRIJS });

  let onder = MARGE.onder + 40;
  for (const regel of document
    .regels(
      `Dit verslag bevat alleen totalen, geen gegevens over personen. Aantallen onder de ${verslag.drempelKleineAantallen} tonen wij als '${maskerTekst(verslag.drempelKleineAantallen)}' om personen niet herkenbaar te maken.`,
      { grootte: 8.5 },
      document.tekstbreedte * 0.8,
    )
    .reverse()) {
    document.regel(regel, links, onder, { grootte: 8.5, kleur: GRIJS });
    onder += 8.5 * 1.4;
  }
}

function kop(document: Document, tekst: string, grootte = 16): void {
  for (const regel of document.regels(tekst, { grootte, vet: true })) {
    document.y -= grootte * 1.3;
    document.regel(regel, MARGE.links, document.y, { grootte, vet: true });
  }
  document.y -= 4 * MM;
}

function samenvatting(document: Document, verslag: Jaarverslag): void {
  document.nieuwePagina();
  kop(document, 'Samenvatting');
  const stroom = new Stroom(document);
  for (const zin of samenvattingTekst(verslag)) stroom.alinea(zin, { ...TEKST, na: 1.5 * MM });
  document.zet(stroom);
  document.y -= 4 * MM;

  // Tiles: three a row, big number, short name, the B1 sentence.
  const kolommen = 3;
  const tussen = 4 * MM;
  const breedte = (document.tekstbreedte - (kolommen - 1) * tussen) / kolommen;
  const drempel = verslag.drempelKleineAantallen;
  const tegels = verslag.kerncijfers.map((k) => {
    const extra = k.indicator === 'pip_binnen_termijn' ? aandeelBinnen(verslag) : null;
    const omschrijving = document.regels(k.omschrijving + (extra ? ` Dat is ${extra} van de vastgestelde PIP’s.` : ''), { grootte: 8 }, breedte - 5 * MM);
    const naam = document.regels(KERNCIJFER_LABELS[k.indicator] ?? k.indicator, { grootte: 8.5, vet: true }, breedte - 5 * MM);
    return { k, omschrijving, naam };
  });
  for (let rij = 0; rij < tegels.length; rij += kolommen) {
    const deze = tegels.slice(rij, rij + kolommen);
    const hoogte = 4 * MM + 26 + Math.max(...deze.map((t) => t.naam.length * 8.5 * 1.3 + t.omschrijving.length * 8 * 1.3)) + 3 * MM;
    if (document.y - hoogte < ONDER) document.nieuwePagina();
    deze.forEach(({ k, omschrijving, naam }, i) => {
      const x = MARGE.links + i * (breedte + tussen);
      document.pagina.drawRectangle({ x, y: document.y - hoogte, width: breedte, height: hoogte, color: LICHT });
      document.pagina.drawRectangle({ x, y: document.y - hoogte, width: 1.6, height: hoogte, color: BLAUW });
      let y = document.y - 4 * MM - 20;
      document.regel(kerncijferTekst(k, drempel), x + 3 * MM, y, { grootte: 22, vet: true, kleur: BLAUW });
      y -= 4;
      for (const regel of naam) {
        y -= 8.5 * 1.3;
        document.regel(regel, x + 3 * MM, y, { grootte: 8.5, vet: true });
      }
      y -= 2;
      for (const regel of omschrijving) {
        y -= 8 * 1.3;
        document.regel(regel, x + 3 * MM, y, { grootte: 8 });
      }
    });
    document.y -= hoogte + tussen;
  }
}

function aandeelBinnen(verslag: Jaarverslag): string | null {
  const drempel = verslag.drempelKleineAantallen;
  const binnen = verslag.kerncijfers.find((k) => k.indicator === 'pip_binnen_termijn');
  const totaal = verslag.kerncijfers.find((k) => k.indicator === 'pip_vastgesteld');
  if (!binnen || !totaal || binnen.waarde === null || !totaal.waarde) return null;
  if (kerncijferGemaskeerd(binnen, drempel) || kerncijferGemaskeerd(totaal, drempel)) return null;
  return procent((binnen.waarde / totaal.waarde) * 100, 0);
}

const SECTIE_KOP = 14;

/** Heading and uitleg of a section; charts and tables follow. Starts a new page when less than half is left. */
function sectie(document: Document, s: Sectie, nummer: number, drempel: number): number {
  const uitleg = s.uitleg.flatMap((a) => document.regels(a, TEKST)).length * document.regelhoogte(TEKST) + s.uitleg.length * 2 * MM;
  const eersteGrafiek = s.grafieken[0] ? grafiekHoogte(document, s.grafieken[0], document.tekstbreedte, { drempel }) + 4 * MM : 0;
  const eersteTabel = !s.grafieken[0] && s.tabellen[0] ? tabelBegin(document, s.tabellen[0], tabelOpmaak(document, s.tabellen[0], drempel), 3) : 0;
  const samen = document.regels(`${nummer}. ${s.titel}`, { grootte: SECTIE_KOP, vet: true }).length * SECTIE_KOP * 1.3 + 4 * MM + uitleg + eersteGrafiek + eersteTabel;
  const bruikbaar = A4.hoogte - MARGE.boven - ONDER;
  if (document.y - ONDER < Math.max(bruikbaar * 0.45, Math.min(samen, bruikbaar))) document.nieuwePagina();
  else document.y -= 6 * MM;
  const pagina = document.pdf.getPageCount();
  kop(document, `${nummer}. ${s.titel}`, SECTIE_KOP);
  const stroom = new Stroom(document);
  for (const alinea of s.uitleg) stroom.alinea(alinea, { ...TEKST, na: 2 * MM });
  document.zet(stroom);
  document.y -= 3 * MM;
  for (const grafiek of s.grafieken) {
    const hoogte = grafiekHoogte(document, grafiek, document.tekstbreedte, { drempel });
    if (document.y - hoogte < ONDER) document.nieuwePagina();
    tekenGrafiek(document, grafiek, { x: MARGE.links, boven: document.y, breedte: document.tekstbreedte }, { drempel });
    document.y -= hoogte + 6 * MM;
  }
  for (const tabel of s.tabellen) tekenTabel(document, tabel, drempel);
  return pagina;
}

const BEGRIPPEN: [string, string][] = [
  ['Inburgeringsplicht', 'De plicht om in te burgeren begint op de dag dat DUO de inburgeraar een brief (kennisgeving) stuurt. Wij tellen iemand mee in het jaar van die brief.'],
  ['Doelgroep', 'Asielstatushouders, gezinsmigranten en overige migranten. Voor elke groep gelden andere regels en een ander budget.'],
  ['BRP en vestiging', 'De Basisregistratie Personen (BRP) is de lijst van inwoners van de gemeente. Vestiging is de dag waarop iemand in onze gemeente komt wonen en in de BRP komt.'],
  ['Azc', 'Het asielzoekerscentrum. Daar wonen asielzoekers en statushouders tot zij een huis in een gemeente krijgen.'],
  ['PIP', 'Het persoonlijk plan inburgering en participatie. De gemeente stelt het plan vast in een besluit. Een wijziging van het plan telt niet als nieuw PIP.'],
  ['Termijn van het PIP', 'De gemeente moet het PIP vaststellen binnen 10 weken na de start van de inburgeringsplicht, of na de inschrijving in de gemeente als die later is (artikel 5.3 lid 1 Besluit inburgering 2021).'],
  ['Mediaan', 'Het middelste getal als u alle uitkomsten op volgorde zet. De helft is sneller, de helft is langzamer. Eén uitschieter verandert de mediaan bijna niet.'],
  ['Leerroute', 'De B1-route (taal op niveau B1), de onderwijsroute (taal en voorbereiding op een opleiding) of de zelfredzaamheidsroute (Z-route).'],
  ['PVT', 'Het participatieverklaringstraject. Het eindigt met het ondertekenen van de participatieverklaring.'],
  ['MAP', 'De Module Arbeidsmarkt en Participatie: de inburgeraar leert over werk in Nederland. De module eindigt met een eindgesprek.'],
  ['Participatieladder', 'Zes treden van meedoen: 1 isolement, 2 contacten buitenshuis, 3 georganiseerde activiteiten, 4 onbetaald werk, 5 betaald werk met ondersteuning, 6 betaald werk.'],
  ['Ontzorgen', 'De gemeente betaalt in het begin de vaste lasten (huur, energie, verzekering) voor de asielstatushouder.'],
  ['Maatschappelijke begeleiding', 'Hulp in het eerste jaar bij wonen, zorg, geld en de weg in de gemeente.'],
  ['SPUK', 'De specifieke uitkering: het geld dat de gemeente elk jaar van het Rijk krijgt voor de inburgering. Wat over is, gaat terug naar het Rijk.'],
];

function toelichting(document: Document, verslag: Jaarverslag): number {
  document.nieuwePagina();
  const pagina = document.pdf.getPageCount();
  kop(document, 'Toelichting');
  const drempel = verslag.drempelKleineAantallen;
  const stroom = new Stroom(document);
  const sub = (t: string) => {
    stroom.wit(2 * MM);
    stroom.kop(t, { grootte: 11, vet: true, na: 1 * MM });
  };
  sub('Kleine aantallen');
  stroom.alinea(
    `Een klein aantal kan iets zeggen over één persoon. Daarom tonen wij een aantal onder de ${drempel} als '${maskerTekst(drempel)}'. Nul tonen wij wel als 0. Soms laten wij ook een groter aantal weg. Dan staat er een '${VERBORGEN_TEKST}'. Anders kunt u het kleine aantal uitrekenen: het totaal min de andere aantallen. Een streepje (–) betekent: geen cijfer. Dan zijn er te weinig personen voor een percentage, een gemiddelde of een mediaan, of er zijn geen gegevens. In een grafiek is een verborgen aantal een lichte staaf met een stippellijn eromheen, zo hoog als ${drempel}. Die staaf zegt niets over het echte aantal.`,
    { ...TEKST, na: 1.5 * MM },
  );
  stroom.alinea('Dit verslag bevat alleen totalen. Het bevat geen namen, geen BSN en geen andere gegevens over personen.', { ...TEKST, na: 1.5 * MM });
  sub('Begrippen');
  for (const [begrip, uitleg] of BEGRIPPEN) {
    stroom.heel(() => {
      stroom.alinea(begrip, { ...TEKST, vet: true });
      stroom.alinea(uitleg, { ...TEKST, na: 1.5 * MM }, MARGE.links + 5 * MM, document.tekstbreedte - 5 * MM);
    });
  }
  sub('Bronnen');
  stroom.alinea(
    `Alle cijfers komen uit Koers, het dossiersysteem van de regisseur inburgering${verslag.gemeentenaam ? ` van de gemeente ${verslag.gemeentenaam}` : ''}. Het gaat om besluiten, gesprekken en afspraken die de gemeente zelf vastlegt, en om gegevens van DUO (de kennisgeving, examens) zoals de regisseur die heeft ingevoerd of ingelezen. Ook PIP’s uit het oude systeem die in Koers zijn ingelezen, tellen mee.`,
    { ...TEKST, na: 1.5 * MM },
  );
  stroom.alinea(
    'De cijfers zijn berekend op de dag dat dit verslag werd gemaakt; die datum staat in de eigenschappen van dit PDF-bestand. Wie het verslag later opnieuw maakt over dezelfde gegevens, krijgt precies hetzelfde verslag. De controller ontvangt een Excel-bestand met de exacte aantallen (intern).',
    { ...TEKST, na: 1.5 * MM },
  );
  if (verslag.eerdereJaren.length) {
    const jaren = [...verslag.eerdereJaren].sort((a, b) => a - b).map(String);
    stroom.alinea(`Waar het kan, vergelijken wij ${verslag.jaar} met ${lijst(jaren)}.`, { ...TEKST, na: 1.5 * MM });
  }
  document.zet(stroom);
  return pagina;
}

function inhoud(document: Document, pagina: PDFPage, regels: { tekst: string; pagina: number; vet?: boolean }[]): void {
  const eerder = document.pagina;
  const y0 = document.y;
  document.pagina = pagina;
  document.y = A4.hoogte - MARGE.boven;
  kop(document, 'Inhoud');
  for (const r of regels) {
    const stijl: Stijl = { grootte: 10.5, ...(r.vet ? { vet: true } : {}) };
    document.y -= 10.5 * 1.9;
    const nummer = String(r.pagina);
    const font = document.font(stijl);
    const rechts = A4.breedte - MARGE.rechts;
    const tekst = document.regels(r.tekst, stijl, document.tekstbreedte - 20 * MM)[0]!;
    document.regel(tekst, MARGE.links, document.y, stijl);
    pagina.drawText(nummer, { x: rechts - font.widthOfTextAtSize(nummer, 10.5), y: document.y, size: 10.5, font });
    // Dot leaders between title and page number.
    const van = MARGE.links + font.widthOfTextAtSize(tekst, 10.5) + 4;
    const tot = rechts - font.widthOfTextAtSize(nummer, 10.5) - 4;
    const punt = document.gewoon.widthOfTextAtSize('. ', 9);
    const punten = Math.max(0, Math.floor((tot - van) / punt));
    if (punten > 0) pagina.drawText('. '.repeat(punten), { x: tot - punten * punt, y: document.y, size: 9, font: document.gewoon, color: GRIJS });
  }
  document.pagina = eerder;
  document.y = y0;
}

/** The PDF bytes; the same Jaarverslag gives the same bytes apart from the creation date. */
export async function maakJaarverslagPdf(exact: Jaarverslag, resourcesPad: string, opties: JaarverslagPdfOpties = {}): Promise<Uint8Array> {
  // Masked here as well (idempotent): the raad PDF never holds a small count, whoever calls it.
  const verslag = zonderKleineMediaan(maskeer(exact));
  const titel = `Jaarverslag inburgering ${verslag.jaar}${verslag.gemeentenaam ? ` — gemeente ${verslag.gemeentenaam}` : ''}`;
  const document = await Document.nieuw(
    resourcesPad,
    { titel, onderwerp: `Raadsrapportage over de uitvoering van de Wet inburgering 2021 in ${verslag.jaar}`, auteur: verslag.gemeentenaam ? `Gemeente ${verslag.gemeentenaam}` : 'Koers' },
    new Date(verslag.gemaaktOp),
  );
  // A document ID from the content instead of random bytes: same data, same file.
  const { gemaaktOp: _moment, ...inhoudVanVerslag } = verslag;
  const id = PDFHexString.of(createHash('sha256').update(JSON.stringify({ inhoudVanVerslag, logo: opties.logo ?? null })).digest('hex').slice(0, 32));
  const ids = PDFArray.withContext(document.pdf.context);
  ids.push(id);
  ids.push(id);
  document.pdf.context.trailerInfo.ID = ids;

  await omslag(document, verslag, opties);
  samenvatting(document, verslag);
  document.nieuwePagina();
  const inhoudPagina = document.pagina;
  const paginas: { tekst: string; pagina: number; vet?: boolean }[] = [{ tekst: 'Samenvatting', pagina: 2 }];
  // The first section starts on a fresh page after the contents.
  document.y = ONDER;
  verslag.secties.forEach((s, i) => paginas.push({ tekst: `${i + 1}. ${s.titel}`, pagina: sectie(document, s, i + 1, verslag.drempelKleineAantallen) }));
  paginas.push({ tekst: 'Toelichting', pagina: toelichting(document, verslag) });
  inhoud(document, inhoudPagina, paginas);

  const alle = document.pdf.getPages();
  const voet = `Jaarverslag inburgering ${verslag.jaar}${verslag.gemeentenaam ? ` · gemeente ${verslag.gemeentenaam}` : ''}`;
  alle.forEach((pagina, index) => {
    if (index === 0) return; // the cover carries no page number
    const tekst = `Pagina ${index + 1} van ${alle.length}`;
    pagina.drawText(tekst, { x: A4.breedte - MARGE.rechts - document.gewoon.widthOfTextAtSize(tekst, 8), y: MARGE.onder - 10, size: 8, font: document.gewoon, color: GRIJS });
    pagina.drawText(voet, { x: MARGE.links, y: MARGE.onder - 10, size: 8, font: document.gewoon, color: GRIJS });
    pagina.drawLine({ start: { x: MARGE.links, y: MARGE.onder - 2 }, end: { x: A4.breedte - MARGE.rechts, y: MARGE.onder - 2 }, thickness: 0.3, color: ZWART });
  });
  return document.bytes(undefined, false);
}
