import { describe, expect, it } from 'vitest';
import { maakRandom, synthetischeInburgeraar } from '../../electron/demo/synthetisch';
import { inburgeraarInvoer, inburgeraarInvoerOp, type InburgeraarFormulier } from '../../shared/domain/inburgeraar';
import { BRP_NAAM_MELDING, isAfdrukbaarSchrift, isBrpNaam } from '../../shared/rules/naam';

// Synthetic person; born 1990-05-10 so the 16th birthday is well before 2022.
function invoer(wijziging: Partial<InburgeraarFormulier> = {}): InburgeraarFormulier {
  return {
    ...synthetischeInburgeraar(maakRandom(1), '2026-04-14', 0),
    geboortedatum: '1990-05-10',
    doelgroep: 'asielstatushouder',
    doelgroepcode: 'Asielstatushouder',
    huisvestingArt28: false,
    naamOorspronkelijkSchrift: null,
    oorspronkelijkSchriftOpDocumenten: false,
    ...wijziging,
  };
}

/** The messages per field of a refused input; {} when accepted. */
function fouten(waarden: InburgeraarFormulier, schema = inburgeraarInvoer): Record<string, string[]> {
  const uitkomst = schema.safeParse(waarden);
  if (uitkomst.success) return {};
  const uit: Record<string, string[]> = {};
  for (const issue of uitkomst.error.issues) (uit[issue.path.join('.')] ??= []).push(issue.message);
  return uit;
}

describe('names as in the BRP (Latin letters)', () => {
  it.each(['Đorđe', 'Łucja Wiśniewska', 'Gül', 'Yılmaz', 'Şükrü Çağlar', 'Nguyễn Thị', 'Ñúñez', 'Åsa Ødegård', 'Straße', 'Al-Hassan', "O'Brien", 'O’Neill', 'St. John', 'Jean-Luc', "'t", 'van der', 'Zoë', 'Dž'])(
    'accepts %s',
    (naam) => expect(isBrpNaam(naam)).toBe(true),
  );

  it.each(['Ахмед', 'محمد', 'ኣማኑኤል', '王', 'Ахмед Ivanov', 'Ivanov2', 'Ivanov!', 'A/B', '---', "''", 'Ａｈｍｅｄ', '×'])('refuses %s', (naam) => {
    expect(isBrpNaam(naam)).toBe(false);
  });

  it('accepts letters with a combining accent (decomposed input) as the same name', () => {
    expect(isBrpNaam('Zoe\u0308')).toBe(true);
  });

  it('gives the BRP message for voornamen, tussenvoegsel and achternaam, once per field; empty stays "verplicht"', () => {
    expect(fouten(invoer({ voornamen: 'Ахмед', tussenvoegsel: 'аль', achternaam: 'Иванов' }))).toEqual({
      voornamen: [BRP_NAAM_MELDING],
      tussenvoegsel: [BRP_NAAM_MELDING],
      achternaam: [BRP_NAAM_MELDING],
    });
    expect(fouten(invoer({ voornamen: '' }))).toEqual({ voornamen: ['Voornamen is verplicht.'] });
    expect(BRP_NAAM_MELDING).toBe(
      'Vul de naam in zoals in de BRP: in Latijnse letters (bijvoorbeeld Ahmed Ivanov). Een naam in het oorspronkelijke schrift kunt u apart invullen.',
    );
  });

  it('takes a name in any script apart, up to 200 characters; the box defaults to off', () => {
    const uit = inburgeraarInvoer.parse(invoer({ voornamen: 'Ahmed', achternaam: 'Ivanov', naamOorspronkelijkSchrift: '  Ахмед Иванов ', oorspronkelijkSchriftOpDocumenten: undefined }));
    expect(uit).toMatchObject({ naamOorspronkelijkSchrift: 'Ахмед Иванов', oorspronkelijkSchriftOpDocumenten: false, huisvestingArt28: false });
    expect(fouten(invoer({ naamOorspronkelijkSchrift: 'ኣማኑኤል ተስፋይ' }))).toEqual({});
    expect(fouten(invoer({ naamOorspronkelijkSchrift: 'ا'.repeat(201) }))).toEqual({ naamOorspronkelijkSchrift: ['Naam in oorspronkelijk schrift mag hoogstens 200 tekens hebben.'] });
  });

  it('refuses the box without a name, and for a script the documents cannot print', () => {
    expect(fouten(invoer({ oorspronkelijkSchriftOpDocumenten: true }))).toEqual({
      naamOorspronkelijkSchrift: ['Vul de naam in het oorspronkelijke schrift in, of zet het vinkje "Ook op de participatieverklaring" uit.'],
    });
    expect(fouten(invoer({ naamOorspronkelijkSchrift: 'ኣማኑኤል ተስፋይ', oorspronkelijkSchriftOpDocumenten: true })).naamOorspronkelijkSchrift?.[0]).toMatch(/^Dit schrift kan Koers nog niet afdrukken/);
    for (const naam of ['Ахмед Иванов', 'محمد الأحمد', 'حمید رحیمی', 'Γιώργος', 'Ђорђе Петровић']) {
      expect(isAfdrukbaarSchrift(naam), naam).toBe(true);
      expect(fouten(invoer({ naamOorspronkelijkSchrift: naam, oorspronkelijkSchriftOpDocumenten: true })), naam).toEqual({});
    }
  });
});

describe('huisvesting under art. 28 Huisvestingswet 2014 (Besluit 5.3 lid 1)', () => {
  it('is off unless ticked, and only for the asiel group', () => {
    expect(inburgeraarInvoer.parse(invoer({ huisvestingArt28: undefined })).huisvestingArt28).toBe(false);
    expect(inburgeraarInvoer.parse(invoer({ huisvestingArt28: true })).huisvestingArt28).toBe(true);
    expect(fouten(invoer({ doelgroep: 'gezinsmigrant', doelgroepcode: 'Gezinsvormer', huisvestingArt28: true }))).toEqual({
      huisvestingArt28: ['Huisvesting via het COA (art. 28 Huisvestingswet 2014) geldt alleen voor asielstatushouders en hun gezinsleden. Zet het vinkje uit.'],
    });
  });
});

describe('verhuizing: a termijn already running from an earlier gemeente (Wi 11 lid 3 sub b, 15 lid 4)', () => {
  const B1_A2 = { lezen: 'A2', luisteren: 'B1', schrijven: 'A2', spreken: 'B1' } as const;
  const volledig = { verhuisdVanGemeente: 'Oudestad', termijnStartEerder: '2025-03-01', leerrouteEerder: 'b1', niveausEerder: B1_A2 } as const;

  it('accepts a complete record and keeps an earlier afschaling per part', () => {
    expect(inburgeraarInvoer.parse(invoer(volledig))).toMatchObject(volledig);
    expect(inburgeraarInvoer.parse(invoer({ ...volledig, leerrouteEerder: 'z', niveausEerder: null }))).toMatchObject({ leerrouteEerder: 'z', niveausEerder: null });
  });

  it('is empty by default, and "" from the form is empty too', () => {
    expect(inburgeraarInvoer.parse(invoer())).toMatchObject({ verhuisdVanGemeente: null, termijnStartEerder: null, leerrouteEerder: null, niveausEerder: null });
    expect(inburgeraarInvoer.parse(invoer({ verhuisdVanGemeente: '', leerrouteEerder: '', termijnStartEerder: null }))).toMatchObject({ verhuisdVanGemeente: null, leerrouteEerder: null });
  });

  it('is all or nothing: one field asks for gemeente, start and leerroute', () => {
    expect(fouten(invoer({ verhuisdVanGemeente: 'Oudestad' }))).toEqual({
      termijnStartEerder: ['Vul de start van de inburgeringstermijn in, zoals in het plan van de vorige gemeente.'],
      leerrouteEerder: ['Kies de leerroute uit het plan van de vorige gemeente.'],
    });
    expect(Object.keys(fouten(invoer({ termijnStartEerder: '2025-03-01' })))).toEqual(['verhuisdVanGemeente', 'leerrouteEerder']);
    expect(Object.keys(fouten(invoer({ niveausEerder: B1_A2 })))).toEqual(['verhuisdVanGemeente', 'termijnStartEerder', 'leerrouteEerder']);
  });

  it('needs the levels for the B1-route, and refuses them for another route', () => {
    expect(fouten(invoer({ ...volledig, niveausEerder: null }))).toEqual({
      niveausEerder: ['Kies voor de B1-route per onderdeel het niveau uit het plan van de vorige gemeente (B1 of A2).'],
    });
    expect(fouten(invoer({ ...volledig, leerrouteEerder: 'onderwijs' }))).toEqual({ niveausEerder: ['Een niveau per onderdeel hoort alleen bij de B1-route.'] });
  });

  it('refuses a start before 1 January 2022 and before the 16th birthday; the edges are allowed', () => {
    expect(fouten(invoer({ ...volledig, termijnStartEerder: '2021-12-31' }))).toEqual({
      termijnStartEerder: ['De inburgeringstermijn kan niet vóór 1 januari 2022 zijn begonnen; toen ging de Wet inburgering 2021 in.'],
    });
    expect(fouten(invoer({ ...volledig, termijnStartEerder: '2022-01-01' }))).toEqual({});
    const jong = { geboortedatum: '2008-06-15' };
    expect(fouten(invoer({ ...jong, ...volledig, termijnStartEerder: '2024-06-14' }))).toEqual({
      termijnStartEerder: ['De inburgeringstermijn kan pas na de 16e verjaardag zijn begonnen. Controleer de startdatum en de geboortedatum.'],
    });
    expect(fouten(invoer({ ...jong, ...volledig, termijnStartEerder: '2024-06-15' }))).toEqual({});
  });

  it('the form also refuses a start after today; the contract leaves that to the handler (its own clock)', () => {
    const morgen = invoer({ ...volledig, termijnStartEerder: '2026-04-15' });
    expect(fouten(morgen, inburgeraarInvoerOp('2026-04-14'))).toEqual({
      termijnStartEerder: ['De start van de inburgeringstermijn ligt in de toekomst. Vul de datum in uit het plan van de vorige gemeente.'],
    });
    expect(fouten(invoer({ ...volledig, termijnStartEerder: '2026-04-14' }), inburgeraarInvoerOp('2026-04-14'))).toEqual({});
  });

  it('parsing the output again gives the same value (renderer and handler both parse)', () => {
    const eenmaal = inburgeraarInvoer.parse(invoer({ ...volledig, naamOorspronkelijkSchrift: 'محمد', oorspronkelijkSchriftOpDocumenten: true, huisvestingArt28: true }));
    expect(inburgeraarInvoer.parse(eenmaal)).toEqual(eenmaal);
  });
});
