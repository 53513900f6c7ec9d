import { leesInstellingen } from '../../db/instellingen';
import * as pvt from '../../db/pvt';
import type { Transactie } from '../../db/verbinding';
import type { Sessie } from '../../shared/domain/pvt';
import { KoersFout, ONVERWACHTE_FOUT } from '../../shared/fouten';
import { volledigeNaam } from '../../shared/format';
import { klaarVoorFormulier, pvtStand } from '../../shared/rules/pvt';
import { veiligeBestandsnaam } from '../documents/bestandsnaam';
import { maakParticipatieverklaringen, namenOpVerklaring } from '../documents/participatieverklaring';
import { participatieverklaringSjabloonLaden } from '../documents/sjablonen';
import { adem, type Taken } from '../jobs/taken';
import type { HandlerDeps } from './deps';
import { ceremonieKanalen } from '../../shared/contract/ceremonie';
import type { UseCasesVan } from './register';
import { maakUseCases } from './use-case';

// The participatieverklaring forms of a group for the ondertekeningsbijeenkomst (Besluit 3.1 lid 1), with
// the text of the bijlage (lid 6). Only those who are ready get a form (klaarVoorFormulier); the others
// are listed with the reasons.
type CeremonieUseCases = UseCasesVan<typeof ceremonieKanalen>;

const opNaam = (a: { naam: string }, b: { naam: string }) => a.naam.localeCompare(b.naam, 'nl');

/** The hours of the group's next ondertekeningsbijeenkomst (today or later), which the forms are printed for. */
function urenVolgendeBijeenkomst(sessies: readonly Sessie[], vandaag: string): number {
  return sessies.find((s) => s.soort === 'ondertekeningsbijeenkomst' && s.datum >= vandaag)?.uren ?? 0;
}

/** Splits the deelnemers into who gets a form and who does not yet, each by name. */
function verdeel(feiten: readonly pvt.PvtFeiten[], urenBijeenkomst: number) {
  const klaar: pvt.PvtFeiten['persoon'][] = [];
  const overgeslagen: { inburgeraarId: number; naam: string; redenen: string[] }[] = [];
  for (const f of feiten) {
    const { redenen } = klaarVoorFormulier(pvtStand(f).voortgang, { urenBijeenkomst, datumOndertekening: f.datumOndertekening });
    if (redenen.length === 0) klaar.push(f.persoon);
    else overgeslagen.push({ inburgeraarId: f.persoon.id, naam: volledigeNaam(f.persoon), redenen });
  }
  klaar.sort((a, b) => volledigeNaam(a).localeCompare(volledigeNaam(b), 'nl'));
  return { klaar, overgeslagen: overgeslagen.sort(opNaam), aantal: feiten.length };
}

export function ceremonieHandlers(deps: HandlerDeps, taken: Taken): CeremonieUseCases {
  const { mutatie, lezing } = maakUseCases(deps);

  // One read for the people (pvtFeiten: one query for the whole group) and one for the sessions.
  const leesGereedheid = async (trx: Transactie, groepId: number, vandaag: string) => {
    const groep = await pvt.groep(trx, groepId);
    const urenBijeenkomst = urenVolgendeBijeenkomst(await pvt.sessiesVan(trx, groepId), vandaag);
    return { groep, ...verdeel(await pvt.pvtFeiten(trx, { groepId }), urenBijeenkomst) };
  };

  const leesGroep = lezing(async (groepId: number, { trx, vandaag }) => {
    const { groep, klaar: personen, overgeslagen, aantal } = await leesGereedheid(trx, groepId, vandaag);
    return { groepNaam: groep.naam, instellingen: await leesInstellingen(trx), personen, overgeslagen, aantal, sjabloon: participatieverklaringSjabloonLaden(deps.resourcesPad, { peildatum: vandaag }) };
  });

  // The text version printed is recorded per person.
  const legAfdrukVast = mutatie<{ groepId: number; ids: number[]; versie: string }, object>(
    { actie: 'participatieverklaringen afgedrukt', object: 'pvtGroep', objectId: ({ groepId }) => groepId, detail: ({ ids, versie }) => `${ids.length} stuks, tekst ${versie}` },
    async ({ ids, versie }, { trx }) => {
      for (const id of ids) await pvt.zetPvtDossier(trx, id, { sjabloonVersie: versie });
      return {};
    },
  );

  return {
    ceremonieGereedheid: lezing(async ({ groepId }, { trx, vandaag }) => {
      const { klaar, overgeslagen } = await leesGereedheid(trx, groepId, vandaag);
      return { klaar: klaar.map((p) => ({ inburgeraarId: p.id, naam: volledigeNaam(p) })), overgeslagen };
    }),

    // Runs as a task with progress and a cancel button; the file is offered when all pages are made.
    ceremonieBatchStarten: async ({ groepId, plaats, datum }) => {
      const { groepNaam, instellingen, personen, overgeslagen, aantal, sjabloon } = await leesGroep(groepId);
      if (aantal === 0) throw new KoersFout('ONGELDIGE_INVOER', 'Er zijn nog geen deelnemers in deze groep.');
      if (personen.length === 0) {
        const wie = aantal === 1 ? 'de enige deelnemer is nog niet klaar' : `geen van de ${aantal} deelnemers is klaar`;
        throw new KoersFout(
          'REGEL_GESCHONDEN',
          `Er is geen participatieverklaring af te drukken: ${wie} (ten minste 12 uur en een excursie of activiteit, art. 3.1 lid 2 en 3 Besluit). Bij Ondertekeningsbijeenkomst staat per deelnemer wat nog ontbreekt; registreer eerst de aanwezigheid.`,
        );
      }
      if (!instellingen.gemeentenaam) throw new KoersFout('ONGELDIGE_INVOER', 'Vul eerst bij Instellingen de naam van de gemeente in; die staat op de participatieverklaring.');
      const taakId = taken.start(
        async ({ meld, geannuleerd }) => {
          meld(0, personen.length);
          const bytes = await maakParticipatieverklaringen(
            deps.resourcesPad,
            sjabloon,
            instellingen,
            personen.map((p) => ({ ...namenOpVerklaring(p), geboortedatum: p.geboortedatum, plaats, datum })),
            { voortgang: async (klaar) => { meld(klaar, personen.length); await adem(); }, stoppen: geannuleerd },
          );
          if (!bytes) return null;
          await legAfdrukVast({ groepId, ids: personen.map((p) => p.id), versie: sjabloon.versie });
          const bestandsnaam = veiligeBestandsnaam(`Participatieverklaringen ${groepNaam}.pdf`);
          return { bestandsnaam, opgeslagen: await deps.bewaarBestand(bestandsnaam, bytes) };
        },
        (fout) => (fout instanceof KoersFout ? fout.message : ONVERWACHTE_FOUT.message),
      );
      return { taakId, totaal: personen.length, overgeslagen };
    },
  };
}
