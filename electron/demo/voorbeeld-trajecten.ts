import { VASTE_LASTEN_56A } from '../../shared/domain/begeleiding';
import type { InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import type { Leerroute, PipFormulier } from '../../shared/domain/pip';
import { laatsteVan, plusDagen } from '../../shared/rules/datum';
import { dagenTussen } from '../../shared/rules/signalen';
import type { Handlers } from '../handlers';
import { speelAf, verwacht, werkdagTot, werkdagVanaf, type Klok, type Stap } from './stappen';
import { VOLLEDIG_PIP, volledigeIntakeOp } from './voorbeelddossier';
import { metLeerroute } from './voorbeeld-jaarverslag';

// The synthetic dossiers that have a PIP, in a legally possible order, each step on its own day: the dossier
// made when DUO's kennisgeving (or, for a statushouder housed by the gemeente, the BRP inschrijving) is in,
// the intake three weeks later and afgerond after five, the PIP after seven weeks — within the ten of
// Besluit 5.3 lid 1 — dated and sent on a weekday, with financieel ontzorgen from the BRP day for a
// verblijfsvergunning asiel (Pw 56a), its facts reported to DUO (Wi 34) and, for those in
// traject, the lessons two weeks later. A dossier drawn too recently for that is moved back in time as a
// whole, so its dates keep their order.

/** Days after the start of the PIP term. */
const INTAKE = 21;
const INTAKE_AFGEROND = 35;
const PIP = 49;

/** The days of one dossier's story. */
export interface TrajectDagen {
  aangemaakt: string;
  intake: string;
  intakeAfgerond: string;
  pip: string;
  /** Start of the lessons (status in_traject); null for a dossier that stays at pip_vastgesteld. */
  lessen: string | null;
}

/** The form with its dates moved back where needed, and the days of its story. */
export function trajectVan(formulier: InburgeraarFormulier, vandaag: string, metLessen: boolean, pipDagenTerug: number): { formulier: InburgeraarFormulier; dagen: TrajectDagen } {
  const startVan = (f: InburgeraarFormulier) => (f.huisvestingArt28 && f.datumInschrijvingBrp ? laatsteVan(f.datumKennisgevingDuo!, f.datumInschrijvingBrp) : f.datumKennisgevingDuo!);
  const teLaat = dagenTussen(plusDagen(vandaag, -pipDagenTerug), plusDagen(startVan(formulier), PIP));
  // Spread over five weeks by the drawn kennisgeving, so that the moved dossiers do not all share one PIP day.
  const spreiding = dagenTussen(formulier.datumKennisgevingDuo!, vandaag) % 36;
  const terug = (datum: string | null | undefined) => (datum && teLaat > 0 ? plusDagen(datum, -teLaat - spreiding) : datum);
  const verschoven: InburgeraarFormulier = {
    ...formulier,
    datumKennisgevingDuo: terug(formulier.datumKennisgevingDuo),
    datumInschrijvingBrp: terug(formulier.datumInschrijvingBrp),
    datumKoppelingCoa: terug(formulier.datumKoppelingCoa),
  };
  const start = startVan(verschoven);
  const pip = werkdagTot(plusDagen(start, PIP));
  return {
    formulier: verschoven,
    dagen: {
      aangemaakt: werkdagVanaf(start),
      intake: werkdagTot(plusDagen(start, INTAKE)),
      intakeAfgerond: werkdagTot(plusDagen(start, INTAKE_AFGEROND)),
      pip,
      lessen: metLessen ? werkdagTot(plusDagen(pip, 15)) : null,
    },
  };
}

/** The dossier on the day it came in, and its intake; returns its id, or null for a rare duplicate BSN. */
export async function trajectAanmaken(handlers: Handlers, klok: Klok, vandaag: string, formulier: InburgeraarFormulier, dagen: TrajectDagen): Promise<number | null> {
  klok.zet(dagen.aangemaakt);
  const antwoord = await handlers.inburgeraarToevoegen(formulier);
  if (!antwoord.ok) {
    klok.zet(vandaag);
    return null;
  }
  const inburgeraarId = antwoord.data.id;
  klok.zet(dagen.intakeAfgerond);
  await verwacht(handlers.intakeOpslaan({ inburgeraarId, gegevens: volledigeIntakeOp(dagen.intake) }));
  await verwacht(handlers.intakeAfronden({ inburgeraarId, datum: dagen.intakeAfgerond, inAfwezigheid: false }));
  klok.zet(vandaag);
  return inburgeraarId;
}

/**
 * The PIPs of these dossiers and what followed, each on its day. Run after the letters the demo prints, so
 * that their kenmerken stay the first of the year; the PIPs themselves stay in the vault.
 */
export async function trajectenAfmaken(
  handlers: Handlers,
  klok: Klok,
  vandaag: string,
  ondertekenaarId: number,
  trajecten: { id: number; asiel: boolean; vergunningAsiel: boolean; brp: string | null; dagen: TrajectDagen; leerroute?: Leerroute }[],
): Promise<void> {
  await speelAf(
    klok,
    trajecten.flatMap(({ id: inburgeraarId, asiel, vergunningAsiel, brp, dagen, leerroute }): Stap[] => [
      [
        dagen.pip,
        async () => {
          const inhoud: PipFormulier = asiel
            ? // Pw 56a: ontzorgen for a verblijfsvergunning asiel, from the start of bijstand on the day of housing.
              { ...VOLLEDIG_PIP, ontzorgen: vergunningAsiel, startBijstand: vergunningAsiel ? brp : null }
            : // Outside the asiel group the inburgeraar arranges and pays the lessons (Wi 15, 13): no intensiteit, no begeleiding.
              {
                ...VOLLEDIG_PIP,
                geschatteIntensiteitUren: null,
                intensiteitUrenPerWeek: null,
                maatschappelijkeBegeleiding: null,
                ontzorgen: false,
                startBijstand: null,
                taalaanbieder: null,
                motivering:
                  'De leerbaarheidstoets en het gesprek laten zien dat u het taalniveau B1 binnen drie jaar kunt halen. U kiest zelf een taalschool met het keurmerk van Blik op Werk; u kunt daarvoor bij DUO geld lenen.',
              };
          // A few first PIPs in the Z-route and the onderwijsroute, for the jaarverslag's leerroute mix.
          const { pip } = await verwacht(handlers.pipConceptOpslaan({ inburgeraarId, inhoud: metLeerroute(inhoud, leerroute ?? 'b1', asiel) }));
          await verwacht(handlers.pipVaststellen({ pipId: pip.id, dagtekening: dagen.pip, ondertekenaarId }));
          await verwacht(handlers.pipVerzonden({ pipId: pip.id, verzenddatum: dagen.pip }));
          // The five vaste lasten of Pw 56a lid 2, for the legal minimum of six months (einde empty).
          if (vergunningAsiel && brp) {
            const toelichting = 'Ingehouden op de bijstand en betaald aan de verhuurder, het energiebedrijf, het waterbedrijf en de zorgverzekeraar.';
            await verwacht(handlers.ontzorgenOpslaan({ inburgeraarId, startBijstand: brp, vasteLasten: [...VASTE_LASTEN_56A], einde: null, uitstroomgesprek: null, toelichting }));
          }
        },
      ],
      // Wi 34: the PIP facts in DUO's portal within two weeks.
      [
        werkdagTot(plusDagen(dagen.pip, 8)),
        async () => {
          const gemeldOp = werkdagTot(plusDagen(dagen.pip, 8));
          const { velden } = await verwacht(handlers.duoMeldingenDossier({ inburgeraarId }));
          const items = velden.filter((v) => v.status === 'nog_te_melden').map((v) => ({ inburgeraarId, veld: v.veld }));
          if (items.length > 0) await verwacht(handlers.duoGemeldMarkeren({ items, gemeldOp }));
        },
      ],
      ...(dagen.lessen
        ? [
            [
              dagen.lessen,
              () => verwacht(handlers.inburgeraarStatusWijzigen({ id: inburgeraarId, status: 'in_traject', datum: dagen.lessen, reden: 'Gestart met de lessen bij de taalschool.', nieuweGemeente: null })),
            ] satisfies Stap,
          ]
        : []),
    ]),
  );
  klok.zet(vandaag);
}
