import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { VOLLEDIG_PIP } from '../../electron/demo/voorbeelddossier';
import type { DuoDoelgroepcode } from '../../shared/rules/doelgroep';
import { TEST_WACHTWOORD, data, testOmgeving, type TestOmgeving } from '../fixtures/omgeving';

const VANDAAG = '2026-11-23';
const BRP = '2026-03-12';
let klok = new Date('2026-11-23T10:00:00+01:00');

describe('maatschappelijke begeleiding and financieel ontzorgen', () => {
  let o: TestOmgeving;
  let volgnummer = 0;

  beforeEach(async () => {
    klok = new Date('2026-11-23T10:00:00+01:00');
    o = testOmgeving({ nu: () => klok });
    data(await o.handlers.kluisAanmaken({ wachtwoord: TEST_WACHTWOORD }));
  });
  afterEach(async () => o.opruimen());

  async function dossier(doelgroepcode: DuoDoelgroepcode, brp: string | null = BRP): Promise<number> {
    volgnummer += 1;
    const basis = synthetischeInburgeraar(maakRandom(100 + volgnummer), VANDAAG, volgnummer);
    const doelgroep = doelgroepcode.includes('Asiel') ? 'asielstatushouder' : doelgroepcode.startsWith('Gezins') ? 'gezinsmigrant' : 'overige_migrant';
    const asiel = doelgroep === 'asielstatushouder';
    const { id } = data(
      await o.handlers.inburgeraarToevoegen({ ...basis, doelgroep, doelgroepcode, datumKennisgevingDuo: '2026-02-20', datumInschrijvingBrp: brp, huisvestingArt28: asiel, datumKoppelingCoa: asiel ? '2026-01-05' : null }),
    );
    return id;
  }

  const logboek = () => o.kluis.db.selectFrom('logboek').select(['actie', 'object', 'objectId', 'resultaat']).orderBy('id').execute();
  const rijen = async (tabel: 'begeleiding' | 'ontzorgen') => o.kluis.db.selectFrom(tabel).selectAll().execute();

  describe('begeleiding (Wi 13; Besluit 5.1)', () => {
    it('starts on the BRP day by default, keeps the checklist with dates, is afgerond and reopened', async () => {
      const id = await dossier('Asielstatushouder');
      const leeg = data(await o.handlers.begeleidingOphalen({ inburgeraarId: id }));
      expect(leeg.inschrijvingBrp).toBe(BRP);
      expect(leeg.begeleiding).toEqual({ weigering: null, standaardStart: BRP, standaardEinde: '2027-03-11', standaardMaanden: 12, gegevens: null });

      data(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: BRP, geplandEinde: null, uitvoerder: 'Vluchtelingenwerk', onderdelen: { hulp_bank: '2026-03-20', voorlichting_zorg: '2026-04-02', hulp_zorg: null } }));
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).begeleiding.gegevens).toEqual({
        start: BRP,
        geplandEinde: '2027-03-11',
        afgerondOp: null,
        uitvoerder: 'Vluchtelingenwerk',
        onderdelen: { hulp_bank: '2026-03-20', voorlichting_zorg: '2026-04-02' },
      });
      expect(JSON.parse((await rijen('begeleiding'))[0]!.onderdelen)).toEqual([
        { onderdeel: 'hulp_bank', gereedOp: '2026-03-20' },
        { onderdeel: 'voorlichting_zorg', gereedOp: '2026-04-02' },
      ]);

      // The regisseur moves the planned end; a later start is allowed.
      data(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: '2026-03-16', geplandEinde: '2027-06-30', uitvoerder: null, onderdelen: { hulp_bank: '2026-03-20' } }));
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).begeleiding.gegevens).toMatchObject({ start: '2026-03-16', geplandEinde: '2027-06-30', uitvoerder: null, onderdelen: { hulp_bank: '2026-03-20' } });

      data(await o.handlers.begeleidingAfronden({ inburgeraarId: id, datum: '2026-11-20' }));
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).begeleiding.gegevens?.afgerondOp).toBe('2026-11-20');

      // Afgerond: no changes until the afronding is undone.
      const voor = await rijen('begeleiding');
      const geweigerd = await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: BRP, geplandEinde: null, uitvoerder: null, onderdelen: {} });
      expect(geweigerd).toEqual({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: 'De begeleiding is afgerond op 20 november 2026. Maak de afronding eerst ongedaan als er nog iets moet veranderen.' } });
      expect(await o.handlers.begeleidingAfronden({ inburgeraarId: id, datum: '2026-11-21' })).toMatchObject({ ok: false, fout: { message: 'De begeleiding is al afgerond op 20 november 2026.' } });
      expect(await rijen('begeleiding')).toEqual(voor);

      data(await o.handlers.begeleidingHeropenen({ inburgeraarId: id }));
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).begeleiding.gegevens?.afgerondOp).toBeNull();
      expect(await o.handlers.begeleidingHeropenen({ inburgeraarId: id })).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN' } });

      const regels = (await logboek()).filter((r) => r.objectId === id && r.actie.includes('begeleiding') && r.resultaat === 'gelukt');
      expect(regels.map((r) => [r.actie, r.resultaat])).toEqual([
        ['maatschappelijke begeleiding opgeslagen', 'gelukt'],
        ['maatschappelijke begeleiding opgeslagen', 'gelukt'],
        ['maatschappelijke begeleiding afgerond', 'gelukt'],
        ['afronding maatschappelijke begeleiding ongedaan gemaakt', 'gelukt'],
      ]);
      expect((await logboek()).filter((r) => r.resultaat !== 'gelukt').map((r) => [r.actie, r.resultaat])).toEqual([
        ['maatschappelijke begeleiding opgeslagen', 'geweigerd: REGEL_GESCHONDEN'],
        ['maatschappelijke begeleiding afgerond', 'geweigerd: REGEL_GESCHONDEN'],
        ['afronding maatschappelijke begeleiding ongedaan gemaakt', 'geweigerd: REGEL_GESCHONDEN'],
      ]);
      expect(JSON.stringify(await logboek())).not.toContain('Vluchtelingenwerk');
    });

    it('also serves a family member of an asielstatushouder (Wi 13 lid 1 onder b)', async () => {
      const id = await dossier('Gezinshereniger met Asielstatushouder');
      data(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: BRP, geplandEinde: null, uitvoerder: null, onderdelen: {} }));
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).begeleiding.gegevens?.start).toBe(BRP);
    });

    it('refuses other doelgroepen with the reason, and changes nothing', async () => {
      const id = await dossier('Gezinsvormer', '2026-01-15');
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).begeleiding.weigering).toMatch(/^Maatschappelijke begeleiding is er alleen voor asielstatushouders/);
      const uitkomst = await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: '2026-01-15', geplandEinde: null, uitvoerder: null, onderdelen: {} });
      expect(uitkomst).toEqual({
        ok: false,
        fout: {
          code: 'REGEL_GESCHONDEN',
          message:
            'Maatschappelijke begeleiding is er alleen voor asielstatushouders en hun gezinsleden (art. 13 lid 1 Wet inburgering 2021). Deze inburgeraar hoort bij een andere doelgroep; pas eerst de doelgroep aan bij de gegevens als die niet klopt.',
        },
      });
      expect(await rijen('begeleiding')).toEqual([]);
    });

    it('refuses a start before the BRP day or without one, a future checklist date and a wrong afronding, and changes nothing', async () => {
      const id = await dossier('Asielstatushouder');
      expect(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: '2026-03-11', geplandEinde: null, uitvoerder: null, onderdelen: {} })).toEqual({
        ok: false,
        fout: { code: 'REGEL_GESCHONDEN', message: 'De begeleiding begint op de dag van inschrijving in de BRP (art. 13 lid 3 Wet inburgering 2021) en kan dus niet vóór 12 maart 2026 beginnen.' },
      });
      expect(await rijen('begeleiding')).toEqual([]);

      const zonderBrp = await dossier('Asielstatushouder', null);
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: zonderBrp })).begeleiding).toMatchObject({ standaardStart: null, standaardEinde: null });
      expect(await o.handlers.begeleidingOpslaan({ inburgeraarId: zonderBrp, start: BRP, geplandEinde: null, uitvoerder: null, onderdelen: {} })).toMatchObject({
        ok: false,
        fout: { code: 'REGEL_GESCHONDEN', message: expect.stringContaining('Vul eerst de datum van inschrijving in de BRP in') },
      });

      expect(await o.handlers.begeleidingAfronden({ inburgeraarId: id, datum: VANDAAG })).toMatchObject({
        ok: false,
        fout: { code: 'NIET_GEVONDEN', message: 'Er is nog geen maatschappelijke begeleiding vastgelegd. Sla eerst de start van de begeleiding op.' },
      });

      data(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: BRP, geplandEinde: null, uitvoerder: null, onderdelen: { hulp_wonen: BRP } }));
      const voor = await rijen('begeleiding');
      expect(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: BRP, geplandEinde: null, uitvoerder: null, onderdelen: { hulp_wonen: BRP, hulp_werk: '2026-11-24' } })).toEqual({
        ok: false,
        fout: { code: 'ONGELDIGE_INVOER', message: '"Werk: inschrijving, eerste contact met werkgevers" kan niet in de toekomst gedaan zijn. Vul de datum in waarop het gedaan is.' },
      });
      expect(await o.handlers.begeleidingOpslaan({ inburgeraarId: id, start: BRP, geplandEinde: '2026-03-01', uitvoerder: null, onderdelen: {} })).toEqual({
        ok: false,
        fout: { code: 'ONGELDIGE_INVOER', message: 'Controleer de invoer: Het geplande einde ligt vóór de start van de begeleiding.' },
      });
      expect(await o.handlers.begeleidingAfronden({ inburgeraarId: id, datum: '2026-03-11' })).toMatchObject({
        ok: false,
        fout: { code: 'ONGELDIGE_INVOER', message: 'De begeleiding kan niet worden afgerond vóór haar start op 12 maart 2026.' },
      });
      expect(await o.handlers.begeleidingAfronden({ inburgeraarId: id, datum: '2026-11-24' })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('in de toekomst') } });
      expect(await rijen('begeleiding')).toEqual(voor);
      expect(await o.handlers.begeleidingOphalen({ inburgeraarId: 9999 })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });
    });
  });

  describe('financieel ontzorgen (Pw 56a)', () => {
    it('defaults the end to six months, accepts a later end, warns four weeks before the end and can be removed', async () => {
      const id = await dossier('Asielstatushouder');
      const leeg = data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).ontzorgen;
      expect(leeg).toEqual({ weigering: null, startBijstandUitPip: null, gegevens: null, stand: null });

      const invoer = { inburgeraarId: id, startBijstand: '2026-08-31', vasteLasten: ['zorgverzekering', 'huur', 'gas', 'water', 'stroom', 'gemeentelijke_belastingen'], einde: null, uitstroomgesprek: null, toelichting: 'Afspraak met de bank gemaakt' } as const;
      expect(data(await o.handlers.ontzorgenOpslaan(invoer))).toEqual({ einde: '2027-02-28' });
      const opgeslagen = data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).ontzorgen;
      expect(opgeslagen.gegevens).toEqual({
        startBijstand: '2026-08-31',
        vasteLasten: ['huur', 'gas', 'water', 'stroom', 'zorgverzekering', 'gemeentelijke_belastingen'],
        einde: '2027-02-28',
        uitstroomgesprek: null,
        toelichting: 'Afspraak met de bank gemaakt',
      });
      // 23 November 2026 → 28 February 2027: 7 + 31 + 31 + 28 days.
      expect(opgeslagen.stand).toEqual({ minimaleEinde: '2027-02-28', dagenOver: 97, uitstroomgesprekPlannen: false, uitstroomgesprekVanaf: '2027-01-31', afgelopen: false });

      klok = new Date('2027-01-31T09:00:00+01:00');
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).ontzorgen.stand).toMatchObject({ dagenOver: 28, uitstroomgesprekPlannen: true });
      data(await o.handlers.ontzorgenOpslaan({ ...invoer, uitstroomgesprek: '2027-02-12' }));
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).ontzorgen.stand?.uitstroomgesprekPlannen).toBe(false);

      // Pw 57: longer is allowed.
      expect(data(await o.handlers.ontzorgenOpslaan({ ...invoer, einde: '2027-08-31' }))).toEqual({ einde: '2027-08-31' });
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).ontzorgen.gegevens?.einde).toBe('2027-08-31');

      data(await o.handlers.ontzorgenVerwijderen({ inburgeraarId: id }));
      expect(await rijen('ontzorgen')).toEqual([]);
      expect(await o.handlers.ontzorgenVerwijderen({ inburgeraarId: id })).toMatchObject({ ok: false, fout: { code: 'NIET_GEVONDEN' } });

      const regels = (await logboek()).filter((r) => r.actie.includes('ontzorgen'));
      expect(regels.map((r) => [r.actie, r.object, r.objectId, r.resultaat])).toEqual([
        ['financieel ontzorgen opgeslagen', 'inburgeraar', id, 'gelukt'],
        ['financieel ontzorgen opgeslagen', 'inburgeraar', id, 'gelukt'],
        ['financieel ontzorgen opgeslagen', 'inburgeraar', id, 'gelukt'],
        ['financieel ontzorgen verwijderd', 'inburgeraar', id, 'gelukt'],
        ['financieel ontzorgen verwijderd', 'inburgeraar', id, 'geweigerd: NIET_GEVONDEN'],
      ]);
      expect(JSON.stringify(await logboek())).not.toContain('bank');
    });

    it('refuses an end before the legal minimum (56a lid 2), and changes nothing', async () => {
      const id = await dossier('Asielstatushouder');
      const invoer = { inburgeraarId: id, startBijstand: '2026-08-31', vasteLasten: ['huur'], einde: null, uitstroomgesprek: null, toelichting: null } as const;
      data(await o.handlers.ontzorgenOpslaan(invoer));
      const voor = await rijen('ontzorgen');
      expect(await o.handlers.ontzorgenOpslaan({ ...invoer, vasteLasten: ['huur', 'gas'], einde: '2027-02-27' })).toEqual({
        ok: false,
        fout: {
          code: 'REGEL_GESCHONDEN',
          message:
            'Financieel ontzorgen duurt ten minste zes maanden vanaf de start van de bijstand (art. 56a lid 2 Participatiewet): het einde kan niet vóór 28 februari 2027 liggen. Langer mag, als budgetbeheer (art. 57 Participatiewet).',
        },
      });
      expect(await o.handlers.ontzorgenOpslaan({ ...invoer, vasteLasten: ['huur', 'vakantie'] })).toMatchObject({ ok: false, fout: { code: 'ONGELDIGE_INVOER', message: expect.stringContaining('Kies een vaste last uit de lijst.') } });
      expect(await rijen('ontzorgen')).toEqual(voor);
    });

    it('refuses anyone without a verblijfsvergunning asiel (56a lid 1), also a family member in the asiel group', async () => {
      for (const code of ['Gezinshereniger met Asielstatushouder', 'Gezinsvormer', 'Overig'] as const) {
        const id = await dossier(code);
        expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).ontzorgen.weigering).toMatch(/art\. 56a lid 1 Participatiewet/);
        const uitkomst = await o.handlers.ontzorgenOpslaan({ inburgeraarId: id, startBijstand: '2026-08-31', vasteLasten: [], einde: null, uitstroomgesprek: null, toelichting: null });
        expect(uitkomst).toMatchObject({ ok: false, fout: { code: 'REGEL_GESCHONDEN', message: expect.stringMatching(/^Financieel ontzorgen geldt alleen voor een inburgeringsplichtige met een verblijfsvergunning asiel/) } });
      }
      expect(await rijen('ontzorgen')).toEqual([]);
    });

    it('offers the start of bijstand from the PIP', async () => {
      const id = await dossier('Asielstatushouder');
      data(await o.handlers.pipConceptOpslaan({ inburgeraarId: id, inhoud: { ...VOLLEDIG_PIP, ontzorgen: true, startBijstand: '2026-08-31' } }));
      expect(data(await o.handlers.begeleidingOphalen({ inburgeraarId: id })).ontzorgen.startBijstandUitPip).toBe('2026-08-31');
    });
  });
});
