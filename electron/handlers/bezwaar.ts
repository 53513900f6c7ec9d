import { beschikkingenVan, beschikkingVanDocument, bezwarenVan, isBeschikkingVan, leesBezwaar, nieuwBezwaar, zetBezwaarVelden } from '../../db/bezwaar';
import { bewaarDocument } from '../../db/documenten';
import { boetesVan, markeerBezwaarTegenBoete } from '../../db/handhaving';
import { haalOp } from '../../db/inburgeraars';
import { leesInstellingen } from '../../db/instellingen';
import { ondertekenaar as leesOndertekenaar } from '../../db/ondertekenaars';
import { leesOntheffing } from '../../db/ontheffing';
import { pipVersies } from '../../db/pip';
import type { Transactie } from '../../db/verbinding';
import { nieuwKenmerk } from '../../db/volgnummers';
import { bezwaarKanalen } from '../../shared/contract/bezwaar';
import type { Brief } from '../../shared/domain/brief';
import type { Bezwaar } from '../../shared/domain/bezwaar';
import type { DocumentSoort } from '../../shared/domain/document';
import type { Instellingen } from '../../shared/domain/instellingen';
import { KoersFout } from '../../shared/fouten';
import { datumLang } from '../../shared/format';
import { beslissingWeigering, beslistermijnVan, bezwaarAfgehandeld, bezwaartermijnVan, verdagingWeigering } from '../../shared/rules/bezwaar';
import { ontbrekendeBriefInstellingen } from '../../shared/rules/brief';
import { bevindingenAlsTekst } from '../../shared/rules/pip';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { beslissingOpBezwaarBrief } from '../documents/beslissing-op-bezwaar';
import { maakBriefPdf } from '../documents/brief-pdf';
import { verdagingBrief } from '../documents/verdaging-brief';
import type { HandlerDeps } from './deps';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The bezwaar and beroep register (Awb hoofdstuk 6–8): every change is one transaction with one logboek
// line on the dossier; the line names the act and a kenmerk, never the gronden, verslag or motivering.

type Uit = { bezwaar: Bezwaar };
const audit = (actie: string, detail?: (b: Bezwaar) => string | null) => ({
  actie,
  object: 'inburgeraar' as const,
  objectId: (_invoer: unknown, uit: Uit) => uit.bezwaar.inburgeraarId,
  detail: (_invoer: unknown, uit: Uit) => [`bezwaar ${uit.bezwaar.id}`, detail?.(uit.bezwaar)].filter(Boolean).join(', '),
});

function weiger(melding: string | null): void {
  if (melding) throw new KoersFout('REGEL_GESCHONDEN', melding);
}

const nietInToekomst = (datum: string | null, vandaag: string, wat: string) => weiger(datum && datum > vandaag ? `${wat} ligt in de toekomst. Vul een datum in van vandaag of eerder.` : null);

const zelfdeNaam = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/** Who signed the beschikking the bezwaar is against: the snapshot frozen with the PIP, boete or ontheffing. */
async function ondertekenaarVanBeschikking(trx: Transactie, bezwaar: Bezwaar): Promise<string | null> {
  const pip = (await pipVersies(trx, bezwaar.inburgeraarId)).find((p) => p.documentId === bezwaar.documentId);
  if (pip) return pip.ondertekenaar?.naam ?? null;
  const boete = (await boetesVan(trx, bezwaar.inburgeraarId)).find((b) => b.documentId === bezwaar.documentId);
  if (boete) return boete.ondertekenaar?.naam ?? null;
  const ontheffing = await leesOntheffing(trx, bezwaar.inburgeraarId);
  return ontheffing?.documentId === bezwaar.documentId ? ontheffing.ondertekenaar.naam : null;
}

async function openBezwaar(trx: Transactie, bezwaarId: number): Promise<Bezwaar> {
  const bezwaar = await leesBezwaar(trx, bezwaarId);
  weiger(bezwaarAfgehandeld(bezwaar) ? 'Op dit bezwaar is al beslist. Dat deel van het register verandert niet meer.' : null);
  return bezwaar;
}

export function bezwaarHandlers(deps: HandlerDeps): UseCasesVan<typeof bezwaarKanalen> {
  const { mutatie, lezing } = maakUseCases(deps);

  /** A letter of this register, frozen at vaststellen: kenmerk from the series, the PDF bytes with their hash. */
  async function briefVastleggen(
    trx: Transactie,
    bezwaar: Bezwaar,
    velden: { dagtekening: string; soort: DocumentSoort; ondertekenaarId: number; instellingen: 'oproep' | 'beschikking' },
    maak: (kenmerk: string, ondertekenaar: { naam: string; functie: string; mandaatbesluit: string }, instellingen: Instellingen) => Brief,
    tijdstip: string,
  ) {
    const instellingen = await leesInstellingen(trx);
    // Awb 3:45, 3:46: a letter never prints a stand-in for an empty setting.
    const ontbreekt = ontbrekendeBriefInstellingen(instellingen, velden.instellingen);
    weiger(ontbreekt.length > 0 ? `De brief is niet gemaakt. ${bevindingenAlsTekst(ontbreekt)}` : null);
    const { naam, functie, mandaatbesluit } = await leesOndertekenaar(trx, velden.ondertekenaarId);
    const ondertekenaar = { naam, functie, mandaatbesluit };
    const kenmerk = await nieuwKenmerk(trx, instellingen.kenmerkPatroon, velden.dagtekening);
    const brief = maak(kenmerk, ondertekenaar, instellingen);
    const pdf = await maakBriefPdf(deps.resourcesPad, brief, instellingen, kenmerk);
    const { id } = await bewaarDocument(
      trx,
      { inburgeraarId: bezwaar.inburgeraarId, soort: velden.soort, titel: brief.onderwerp, bestandsnaam: veiligeBestandsnaam(`${brief.onderwerp} ${kenmerk}.pdf`), pdf },
      tijdstip,
    );
    return { kenmerk, documentId: id, ondertekenaar: JSON.stringify(ondertekenaar) };
  }

  return {
    bezwaarOverzicht: lezing(async ({ inburgeraarId }, { trx }) => {
      await haalOp(trx, inburgeraarId);
      const { extraRustdagen, rechtbank } = await leesInstellingen(trx);
      const beschikkingen = (await beschikkingenVan(trx, inburgeraarId)).map((b) => ({
        ...b,
        bezwaartermijnEinde: b.verzenddatum ? bezwaartermijnVan(b.verzenddatum, extraRustdagen) : null,
      }));
      return { beschikkingen, bezwaren: await bezwarenVan(trx, inburgeraarId), rechtbank };
    }),

    bezwaarRegistreren: mutatie(audit('bezwaar geregistreerd', (b) => b.beschikkingKenmerk), async (invoer, { trx, tijdstip, vandaag }) => {
      const beschikking = await beschikkingVanDocument(trx, invoer.documentId);
      const verzenddatum = beschikking.verzenddatum ?? invoer.verzenddatum;
      if (!verzenddatum) throw new KoersFout('ONGELDIGE_INVOER', 'Vul de verzenddatum van de beschikking in. Koers kent die niet, en de bezwaartermijn telt vanaf die dag (art. 6:8 Awb).');
      weiger(invoer.ontvangenOp < verzenddatum ? 'Het bezwaarschrift kan niet vóór de verzending van de beschikking zijn ontvangen.' : null);
      nietInToekomst(invoer.ontvangenOp, vandaag, 'De datum van ontvangst');
      const lopend = (await bezwarenVan(trx, beschikking.inburgeraarId)).find((b) => b.documentId === beschikking.documentId && !bezwaarAfgehandeld(b));
      weiger(lopend ? 'Tegen deze beschikking loopt al een bezwaar. Werk dat bezwaar bij.' : null);
      const tijdig = invoer.ontvangenOp <= bezwaartermijnVan(verzenddatum, (await leesInstellingen(trx)).extraRustdagen);
      const id = await nieuwBezwaar(
        trx,
        {
          inburgeraarId: beschikking.inburgeraarId,
          documentId: beschikking.documentId,
          beschikkingSoort: beschikking.soort,
          beschikkingKenmerk: beschikking.kenmerk ?? invoer.kenmerk,
          verzenddatum,
          ontvangenOp: invoer.ontvangenOp,
          gronden: invoer.gronden,
          adviescommissie: invoer.adviescommissie ? 1 : 0,
          // Awb 6:11 only concerns a late bezwaar.
          verschoonbaar: !tijdig && invoer.verschoonbaar ? 1 : 0,
          verschoonbaarMotivering: !tijdig && invoer.verschoonbaar ? invoer.verschoonbaarMotivering : null,
        },
        tijdstip,
      );
      // A boete under bezwaar is not onherroepelijk, so it does not count as recidive (Besluit 7.1 lid 3).
      await markeerBezwaarTegenBoete(trx, beschikking.documentId, invoer.ontvangenOp);
      return { bezwaar: await leesBezwaar(trx, id) };
    }),

    bezwaarBijwerken: mutatie(audit('bezwaar bijgewerkt'), async (invoer, { trx, tijdstip, vandaag }) => {
      const bezwaar = await leesBezwaar(trx, invoer.bezwaarId);
      const nieuw = invoer.nieuweBeschikkingDocumentId;
      if (bezwaarAfgehandeld(bezwaar)) {
        const zelfde =
          invoer.ontvangenOp === bezwaar.ontvangenOp && invoer.gronden === bezwaar.gronden && invoer.adviescommissie === bezwaar.adviescommissie &&
          (bezwaar.tijdig || (invoer.verschoonbaar === bezwaar.verschoonbaar && invoer.verschoonbaarMotivering === bezwaar.verschoonbaarMotivering));
        weiger(zelfde ? null : 'Op dit bezwaar is al beslist. De gegevens van het bezwaar veranderen niet meer.');
      }
      if (nieuw !== null && nieuw !== bezwaar.nieuweBeschikkingDocumentId) {
        weiger(bezwaar.uitkomst !== 'gegrond' ? 'Een nieuwe beschikking koppelt u pas als het bezwaar gegrond is verklaard (art. 7:11 Awb).' : null);
        weiger(nieuw === bezwaar.documentId || !(await isBeschikkingVan(trx, nieuw, bezwaar.inburgeraarId)) ? 'Kies een andere beschikking van dit dossier als nieuwe beschikking.' : null);
      }
      weiger(invoer.ontvangenOp < bezwaar.verzenddatum ? 'Het bezwaarschrift kan niet vóór de verzending van de beschikking zijn ontvangen.' : null);
      nietInToekomst(invoer.ontvangenOp, vandaag, 'De datum van ontvangst');
      const tijdig = invoer.ontvangenOp <= bezwaar.bezwaartermijnEinde;
      await zetBezwaarVelden(
        trx,
        bezwaar.id,
        {
          ontvangenOp: invoer.ontvangenOp,
          gronden: invoer.gronden,
          adviescommissie: invoer.adviescommissie ? 1 : 0,
          verschoonbaar: !tijdig && invoer.verschoonbaar ? 1 : 0,
          verschoonbaarMotivering: !tijdig && invoer.verschoonbaar ? invoer.verschoonbaarMotivering : null,
          nieuweBeschikkingDocumentId: nieuw,
        },
        tijdstip,
      );
      return { bezwaar: await leesBezwaar(trx, bezwaar.id) };
    }),

    hoorzittingVastleggen: mutatie(audit('hoorzitting vastgelegd'), async ({ bezwaarId, datum, verslag, afgezienReden }, { trx, tijdstip, vandaag }) => {
      const bezwaar = await openBezwaar(trx, bezwaarId);
      weiger(datum && datum < bezwaar.ontvangenOp ? 'De hoorzitting kan niet vóór de ontvangst van het bezwaarschrift zijn.' : null);
      weiger(datum && verslag && datum > vandaag ? 'Een verslag kan pas na de hoorzitting. Leg nu alleen de datum vast.' : null);
      await zetBezwaarVelden(trx, bezwaarId, { hoorzittingOp: datum, hoorzittingVerslag: datum ? verslag : null, hoorzittingAfgezienReden: datum ? null : afgezienReden }, tijdstip);
      return { bezwaar: await leesBezwaar(trx, bezwaarId) };
    }),

    // Awb 7:10 lid 3: one verdaging of at most six weeks, with a letter.
    bezwaarVerdagen: mutatie(audit('beslissing op bezwaar verdaagd', (b) => b.verdagingKenmerk), async ({ bezwaarId, dagtekening, reden, ondertekenaarId }, { trx, tijdstip, vandaag }) => {
      const bezwaar = await leesBezwaar(trx, bezwaarId);
      const { extraRustdagen } = await leesInstellingen(trx);
      weiger(verdagingWeigering(bezwaar, dagtekening, vandaag, extraRustdagen));
      const inburgeraar = await haalOp(trx, bezwaar.inburgeraarId);
      const nieuweDatum = beslistermijnVan({ ...bezwaar, verdaagdOp: dagtekening }, extraRustdagen);
      const brief = await briefVastleggen(
        trx,
        bezwaar,
        { dagtekening, soort: 'verdaging', ondertekenaarId, instellingen: 'oproep' },
        (kenmerk, ondertekenaar, instellingen) =>
          verdagingBrief({
            inburgeraar,
            instellingen,
            kenmerk,
            dagtekening,
            ontvangenOp: bezwaar.ontvangenOp,
            beschikkingKenmerk: bezwaar.beschikkingKenmerk,
            beschikkingVerzonden: bezwaar.verzenddatum,
            oudeDatum: bezwaar.beslistermijnEinde,
            nieuweDatum,
            reden,
            ondertekenaar,
          }),
        tijdstip,
      );
      await zetBezwaarVelden(
        trx,
        bezwaarId,
        { verdaagdOp: dagtekening, verdagingReden: reden, verdagingDocumentId: brief.documentId, verdagingKenmerk: brief.kenmerk, verdagingOndertekenaar: brief.ondertekenaar },
        tijdstip,
      );
      return { bezwaar: await leesBezwaar(trx, bezwaarId) };
    }),

    // Awb 7:11, 7:12: the beslissing op bezwaar, after hearing (7:2) or a recorded reason not to (7:3).
    beslissingOpBezwaarVaststellen: mutatie(
      audit('beslissing op bezwaar vastgesteld', (b) => [b.uitkomst, b.beslissingKenmerk].filter(Boolean).join(' ')),
      async ({ bezwaarId, uitkomst, dagtekening, motivering, ondertekenaarId }, { trx, tijdstip, vandaag }) => {
        const bezwaar = await leesBezwaar(trx, bezwaarId);
        weiger(beslissingWeigering(bezwaar, uitkomst, dagtekening, vandaag));
        if (uitkomst === 'ingetrokken') {
          await zetBezwaarVelden(trx, bezwaarId, { uitkomst, uitkomstOp: dagtekening, motivering }, tijdstip);
          return { bezwaar: await leesBezwaar(trx, bezwaarId) };
        }
        // Awb 10:3 lid 3: no mandaat to decide on a bezwaar for the person who took the primary besluit.
        const primair = await ondertekenaarVanBeschikking(trx, bezwaar);
        const gekozen = await leesOndertekenaar(trx, ondertekenaarId!);
        weiger(
          primair && zelfdeNaam(primair, gekozen.naam)
            ? 'Deze ondertekenaar heeft ook het besluit ondertekend waartegen het bezwaar is gericht. Wie het besluit nam, mag niet op het bezwaar beslissen (artikel 10:3 lid 3 Awb). Kies een andere ondertekenaar.'
            : null,
        );
        const inburgeraar = await haalOp(trx, bezwaar.inburgeraarId);
        const brief = await briefVastleggen(
          trx,
          bezwaar,
          { dagtekening, soort: 'beslissing_op_bezwaar', ondertekenaarId: ondertekenaarId!, instellingen: 'beschikking' },
          (kenmerk, ondertekenaar, instellingen) =>
            beslissingOpBezwaarBrief({
              inburgeraar,
              instellingen,
              kenmerk,
              dagtekening,
              uitkomst,
              ontvangenOp: bezwaar.ontvangenOp,
              gronden: bezwaar.gronden,
              beschikkingKenmerk: bezwaar.beschikkingKenmerk,
              beschikkingVerzonden: bezwaar.verzenddatum,
              tijdig: bezwaar.tijdig,
              hoorzittingOp: bezwaar.hoorzittingOp,
              hoorzittingAfgezienReden: bezwaar.hoorzittingAfgezienReden,
              adviescommissie: bezwaar.adviescommissie,
              motivering: motivering!,
              ondertekenaar,
            }),
          tijdstip,
        );
        await zetBezwaarVelden(
          trx,
          bezwaarId,
          { uitkomst, uitkomstOp: dagtekening, motivering, beslissingDocumentId: brief.documentId, beslissingKenmerk: brief.kenmerk, beslissingOndertekenaar: brief.ondertekenaar },
          tijdstip,
        );
        return { bezwaar: await leesBezwaar(trx, bezwaarId) };
      },
    ),

    beroepVastleggen: mutatie(audit('beroep vastgelegd', (b) => b.beroepUitkomst), async ({ bezwaarId, ingesteldOp, rechtbank, uitspraakOp, uitkomst }, { trx, tijdstip, vandaag }) => {
      const bezwaar = await leesBezwaar(trx, bezwaarId);
      weiger(!bezwaarAfgehandeld(bezwaar) || bezwaar.uitkomst === 'ingetrokken' ? 'Beroep volgt op de beslissing op bezwaar (art. 7:1 Awb). Leg eerst de beslissing vast.' : null);
      weiger(bezwaar.uitkomstOp && ingesteldOp < bezwaar.uitkomstOp ? `Het beroep kan niet vóór de beslissing op bezwaar van ${datumLang(bezwaar.uitkomstOp)} zijn ingesteld.` : null);
      weiger(bezwaar.hogerBeroepIngesteldOp ? 'Er is al hoger beroep ingesteld. De uitspraak van de rechtbank verandert niet meer.' : null);
      uitspraakControle(ingesteldOp, uitspraakOp, uitkomst, vandaag, 'het beroep');
      await zetBezwaarVelden(trx, bezwaarId, { beroepIngesteldOp: ingesteldOp, beroepRechtbank: rechtbank, beroepUitspraakOp: uitspraakOp, beroepUitkomst: uitkomst }, tijdstip);
      return { bezwaar: await leesBezwaar(trx, bezwaarId) };
    }),

    hogerBeroepVastleggen: mutatie(audit('hoger beroep vastgelegd', (b) => b.hogerBeroepUitkomst), async ({ bezwaarId, ingesteldOp, uitspraakOp, uitkomst }, { trx, tijdstip, vandaag }) => {
      const bezwaar = await leesBezwaar(trx, bezwaarId);
      weiger(!bezwaar.beroepUitspraakOp ? 'Hoger beroep volgt op de uitspraak van de rechtbank. Leg eerst die uitspraak vast.' : null);
      weiger(ingesteldOp < bezwaar.beroepUitspraakOp! ? `Het hoger beroep kan niet vóór de uitspraak van de rechtbank van ${datumLang(bezwaar.beroepUitspraakOp!)} zijn ingesteld.` : null);
      uitspraakControle(ingesteldOp, uitspraakOp, uitkomst, vandaag, 'het hoger beroep');
      await zetBezwaarVelden(trx, bezwaarId, { hogerBeroepIngesteldOp: ingesteldOp, hogerBeroepUitspraakOp: uitspraakOp, hogerBeroepUitkomst: uitkomst }, tijdstip);
      return { bezwaar: await leesBezwaar(trx, bezwaarId) };
    }),
  };
}

function uitspraakControle(ingesteldOp: string, uitspraakOp: string | null, uitkomst: string | null, vandaag: string, wat: string): void {
  nietInToekomst(ingesteldOp, vandaag, `De datum van ${wat}`);
  nietInToekomst(uitspraakOp, vandaag, 'De datum van de uitspraak');
  weiger(uitspraakOp && uitspraakOp < ingesteldOp ? `De uitspraak kan niet vóór ${wat} liggen.` : null);
  weiger((uitspraakOp === null) !== (uitkomst === null) ? 'Vul bij een uitspraak zowel de datum als de uitkomst in.' : null);
}
