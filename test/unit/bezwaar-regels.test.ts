import { describe, expect, it } from 'vitest';
import { bezwaarRegistrerenInvoer, hoorzittingInvoer, beslissingInvoer } from '../../shared/domain/bezwaar';
import {
  beroeptermijnEinde,
  beslissingWeigering,
  beslistermijnVan,
  bezwaarTijdig,
  bezwaartermijnVan,
  hoorzittingUiterlijk,
  verdagingWeigering,
  type BezwaarStand,
} from '../../shared/rules/bezwaar';
import { beslistermijnBezwaarEinde, bezwaartermijnEinde } from '../../shared/rules/termijnen';

// Expected dates computed by hand from Awb 6:7, 6:8, 7:10 and Atw art. 1 (DOMAIN.md §13a).
const stand = (velden: Partial<BezwaarStand> = {}): BezwaarStand => ({
  verzenddatum: '2026-10-01', ontvangenOp: '2026-10-20', adviescommissie: false, hoorzittingOp: null, hoorzittingAfgezienReden: null,
  verdaagdOp: null, uitkomst: null, uitkomstOud: null, ...velden,
});

describe('tijdig — Awb 6:7, 6:8, 6:9 with the Atw', () => {
  it('sent 3 April 2026: 42 days is Friday 15 May (gelijkgesteld), so the termijn ends Monday 18 May 2026', () => {
    expect(bezwaartermijnVan('2026-04-03')).toBe('2026-05-18');
    expect(bezwaartermijnEinde('2026-04-03')).toBe('2026-05-18');
    expect(bezwaarTijdig('2026-05-18', '2026-05-18')).toBe(true);
    expect(bezwaarTijdig('2026-05-19', '2026-05-18')).toBe(false);
    expect(bezwaarTijdig('2026-05-15', '2026-05-18')).toBe(true);
  });

  it('a plain weekday end is not moved; a year end over Christmas and New Year is', () => {
    expect(bezwaartermijnVan('2026-10-01')).toBe('2026-11-12');
    // 13 Nov 2026 + 42 = Friday 25 Dec (Kerstdag) → Saturday, Sunday, Monday 28 Dec.
    expect(bezwaartermijnVan('2026-11-13')).toBe('2026-12-28');
    // 21 Nov 2025 + 42 = Friday 2 Jan 2026 (gelijkgesteld) → Monday 5 Jan 2026.
    expect(bezwaartermijnVan('2025-11-21')).toBe('2026-01-05');
  });

  it('the gemeente’s extra rustdagen count too', () => {
    expect(bezwaartermijnVan('2026-10-01', [{ datum: '2026-11-12', naam: 'extra' }])).toBe('2026-11-13');
  });
});

describe('beslistermijn — Awb 7:10 lid 1 and 3', () => {
  it('6 weeks, 12 with an adviescommissie, +6 when verdaagd (EXACT signature of beslistermijnBezwaarEinde)', () => {
    expect(beslistermijnBezwaarEinde('2026-11-12', { commissie: false, verdaagd: false })).toBe('2026-12-24');
    expect(beslistermijnVan(stand())).toBe('2026-12-24');
    expect(beslistermijnVan(stand({ adviescommissie: true }))).toBe('2027-02-04');
    expect(beslistermijnVan(stand({ verdaagdOp: '2026-12-01' }))).toBe('2027-02-04');
    expect(beslistermijnVan(stand({ adviescommissie: true, verdaagdOp: '2027-01-10' }))).toBe('2027-03-18');
  });

  it('counts from the end as the Atw moved it: sent 3 April 2026 → 18 May → 29 June; verdaagd → 10 August', () => {
    expect(beslistermijnVan(stand({ verzenddatum: '2026-04-03' }))).toBe('2026-06-29');
    expect(beslistermijnVan(stand({ verzenddatum: '2026-04-03', verdaagdOp: '2026-06-01' }))).toBe('2026-08-10');
  });

  it('the hoorzitting reminder is two weeks before the end', () => {
    expect(hoorzittingUiterlijk('2026-12-24')).toBe('2026-12-10');
    expect(hoorzittingUiterlijk('2027-03-01')).toBe('2027-02-15');
  });

  it('the beroeptermijn is six weeks after sending the beslissing op bezwaar', () => {
    expect(beroeptermijnEinde('2026-11-23')).toBe('2027-01-04');
  });
});

describe('verdagen — once, within the beslistermijn (Awb 7:10 lid 3)', () => {
  it('allowed on the last day of the beslistermijn, not a day later', () => {
    expect(verdagingWeigering(stand(), '2026-12-24', '2026-12-24')).toBeNull();
    expect(verdagingWeigering(stand(), '2026-12-28', '2026-12-28')).toMatch(/eindigde op 24 december 2026/);
    expect(verdagingWeigering(stand(), '2026-12-28', '2026-12-20')).toMatch(/art\. 7:10 lid 3 Awb/);
  });

  it('refuses a second verdaging, a decided bezwaar and a dagtekening in the past', () => {
    expect(verdagingWeigering(stand({ verdaagdOp: '2026-12-01' }), '2026-12-10', '2026-12-10')).toMatch(/al verdaagd op 1 december 2026/);
    expect(verdagingWeigering(stand({ uitkomst: 'ongegrond' }), '2026-12-10', '2026-12-10')).toMatch(/al beslist/);
    expect(verdagingWeigering(stand(), '2026-12-09', '2026-12-10')).toMatch(/verleden/);
  });
});

describe('beslissen — after horen or a recorded reason (Awb 7:2, 7:3)', () => {
  it('refuses without a hoorzitting or reason, and before the hoorzitting', () => {
    expect(beslissingWeigering(stand(), 'ongegrond', '2026-12-10', '2026-12-10')).toMatch(/art\. 7:2 en 7:3 Awb/);
    expect(beslissingWeigering(stand({ hoorzittingOp: '2026-12-15' }), 'ongegrond', '2026-12-10', '2026-12-10')).toMatch(/Beslis na de hoorzitting/);
    expect(beslissingWeigering(stand({ hoorzittingOp: '2026-12-01' }), 'gegrond', '2026-12-10', '2026-12-10')).toBeNull();
    expect(beslissingWeigering(stand({ hoorzittingAfgezienReden: 'Kennelijk niet-ontvankelijk' }), 'niet_ontvankelijk', '2026-12-10', '2026-12-10')).toBeNull();
  });

  it('an intrekking needs no hoorzitting; a decided bezwaar is not decided again', () => {
    expect(beslissingWeigering(stand(), 'ingetrokken', '2026-11-30', '2026-12-10')).toBeNull();
    expect(beslissingWeigering(stand({ uitkomstOud: 'Afgewezen' }), 'ongegrond', '2026-12-10', '2026-12-10')).toMatch(/al beslist/);
  });
});

describe('invoer', () => {
  it('a verschoonbaar late bezwaar needs its motivering (Awb 6:11)', () => {
    const basis = { documentId: 1, ontvangenOp: '2026-12-01', gronden: 'Niet eens', adviescommissie: false, verschoonbaar: true };
    expect(bezwaarRegistrerenInvoer.safeParse(basis).error?.issues[0]?.message).toBe('Schrijf op waarom de late indiening verschoonbaar is (art. 6:11 Awb).');
    expect(bezwaarRegistrerenInvoer.safeParse({ ...basis, verschoonbaarMotivering: 'Ziekenhuisopname' }).success).toBe(true);
  });

  it('a hoorzitting or a reason to skip it, not both', () => {
    expect(hoorzittingInvoer.safeParse({ bezwaarId: 1 }).error?.issues[0]?.message).toMatch(/art\. 7:3 Awb/);
    expect(hoorzittingInvoer.safeParse({ bezwaarId: 1, datum: '2026-12-01', afgezienReden: 'x' }).success).toBe(false);
  });

  it('a beslissing needs a motivering and a ondertekenaar, an intrekking does not', () => {
    expect(beslissingInvoer.safeParse({ bezwaarId: 1, uitkomst: 'ongegrond', dagtekening: '2026-12-01' }).error?.issues.map((i) => i.message)).toEqual(['Motivering is verplicht (art. 7:12 Awb).', 'Kies een ondertekenaar.']);
    expect(beslissingInvoer.safeParse({ bezwaarId: 1, uitkomst: 'ingetrokken', dagtekening: '2026-12-01' }).success).toBe(true);
  });
});
