import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// The regisseur's week: voortgang, begeleiding and ontzorgen, journaal and agenda, DUO-meldingen,
// snoozed signals and "wacht op derde", the history of status changes, and MAP groups on the PVT tables.
// Never edit after release: add a new numbered migration instead.
export const werkvoorraad: Migration = {
  async up(db: Kysely<unknown>) {
    const perDossier = (tabel: string) =>
      db.schema
        .createTable(tabel)
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'));
    const index = (tabel: string) => db.schema.createIndex(`${tabel}_inburgeraar`).on(tabel).column('inburgeraarId').execute();

    // Voortgangsgesprekken (Besluit 5.3 lid 4: their frequency is agreed in the PIP): planned, then held with a short verslag.
    await perDossier('voortgangsgesprekken')
      .addColumn('gepland', 'text', (c) => c.notNull())
      .addColumn('tijd', 'text')
      .addColumn('gehouden', 'text')
      .addColumn('metTolk', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('verslag', 'text')
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .execute();
    await index('voortgangsgesprekken');

    // Leerroute progress per period as the aanbieder reports it (Besluit 9.2 lid 3–4).
    await perDossier('leerroutePeriodes')
      .addColumn('aanbieder', 'text', (c) => c.notNull())
      .addColumn('van', 'text', (c) => c.notNull())
      .addColumn('tot', 'text', (c) => c.notNull())
      .addColumn('urenAangeboden', 'real', (c) => c.notNull())
      .addColumn('urenGevolgd', 'real', (c) => c.notNull())
      .addColumn('verzuimGeoorloofd', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('verzuimOngeoorloofd', 'real', (c) => c.notNull().defaultTo(0))
      /** 'nt2' counts toward the 600 hours (afschalen) and the Z-route cursusuren; 'knm' only toward the latter. */
      .addColumn('soort', 'text', (c) => c.notNull().defaultTo('nt2'))
      .execute();
    await index('leerroutePeriodes');

    // Exam results as entered from DUO's or the CvTE's notice.
    await perDossier('examenresultaten')
      .addColumn('onderdeel', 'text', (c) => c.notNull())
      .addColumn('niveau', 'text')
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('behaald', 'integer', (c) => c.notNull())
      .execute();
    await index('examenresultaten');

    // Z-route participatie-uren (Besluit 3.14 lid 1 onder b); PVT and MAP hours are counted from their own tables.
    await perDossier('participatieactiviteiten')
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('omschrijving', 'text', (c) => c.notNull())
      .addColumn('uren', 'real', (c) => c.notNull())
      .execute();
    await index('participatieactiviteiten');

    // Participatieladder (DOMAIN.md §16): the trede from a date on, with history.
    await perDossier('participatieladder')
      .addColumn('trede', 'integer', (c) => c.notNull())
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('toelichting', 'text')
      .execute();
    await index('participatieladder');

    // Maatschappelijke begeleiding (Wi 13; Besluit 5.1): from the BRP day; onderdelen as JSON checklist.
    await db.schema
      .createTable('begeleiding')
      .addColumn('inburgeraarId', 'integer', (c) => c.primaryKey().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('start', 'text', (c) => c.notNull())
      .addColumn('geplandEinde', 'text')
      .addColumn('afgerondOp', 'text')
      .addColumn('uitvoerder', 'text')
      .addColumn('onderdelen', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    // Financieel ontzorgen (Pw 56a): six months from the start of bijstand; vaste lasten as JSON.
    await db.schema
      .createTable('ontzorgen')
      .addColumn('inburgeraarId', 'integer', (c) => c.primaryKey().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('startBijstand', 'text', (c) => c.notNull())
      .addColumn('vasteLasten', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('einde', 'text', (c) => c.notNull())
      .addColumn('uitstroomgesprek', 'text')
      .addColumn('toelichting', 'text')
      .execute();

    // Journaal: dated notes. Personal data, inside the encrypted vault only.
    await perDossier('journaal')
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('soort', 'text', (c) => c.notNull())
      .addColumn('metTolk', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('tekst', 'text', (c) => c.notNull())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .execute();
    await index('journaal');

    // Afspraken with a time and place; they show in the werkvoorraad and the agenda on their day.
    await perDossier('afspraken')
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('tijd', 'text', (c) => c.notNull())
      .addColumn('plaats', 'text', (c) => c.notNull())
      .addColumn('onderwerp', 'text', (c) => c.notNull())
      .addColumn('metTolk', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('afgehandeld', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await index('afspraken');
    await db.schema.createIndex('afspraken_datum').on('afspraken').column('datum').execute();

    // What was registered in DUO's portal: per fact the value reported and the day. A changed value is
    // "nog te melden" again.
    await db.schema
      .createTable('duoMeldingen')
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('veld', 'text', (c) => c.notNull())
      .addColumn('waarde', 'text', (c) => c.notNull())
      .addColumn('gemeldOp', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('duoMeldingen_pk', ['inburgeraarId', 'veld'])
      .execute();

    // A signal put aside until a date, always with a reason (the reason is logged as an action, not its text).
    await db.schema
      .createTable('signaalUitstel')
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('sleutel', 'text', (c) => c.notNull())
      .addColumn('tot', 'text', (c) => c.notNull())
      .addColumn('reden', 'text', (c) => c.notNull())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('signaalUitstel_pk', ['inburgeraarId', 'sleutel'])
      .execute();

    // Besluit 5.3 lid 2: the PIP waits for information from a third party; two weeks after its receipt.
    await db.schema
      .createTable('wachtOpDerde')
      .addColumn('inburgeraarId', 'integer', (c) => c.primaryKey().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('omschrijving', 'text', (c) => c.notNull())
      .addColumn('sinds', 'text', (c) => c.notNull())
      .addColumn('verwachtOp', 'text')
      .addColumn('ontvangenOp', 'text')
      .execute();

    // Every status change with its date and reason; a mistaken one is corrected by a new row that says so.
    await perDossier('statuswijzigingen')
      .addColumn('van', 'text', (c) => c.notNull())
      .addColumn('naar', 'text', (c) => c.notNull())
      .addColumn('datum', 'text', (c) => c.notNull())
      .addColumn('reden', 'text')
      .addColumn('nieuweGemeente', 'text')
      .addColumn('correctie', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .execute();
    await index('statuswijzigingen');

    // Z-route (Besluit 3.14 lid 1 onder c): the eindgesprek met het college and the day the route was completed.
    await db.schema
      .createTable('zRoute')
      .addColumn('inburgeraarId', 'integer', (c) => c.primaryKey().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('eindgesprek', 'text')
      .addColumn('afgerondOp', 'text')
      .execute();

    // The verwijtbaar indicator for PVT or MAP not completed, reported to DUO only in the last two months of the termijn.
    await db.schema
      .createTable('verwijtbaarheid')
      .addColumn('inburgeraarId', 'integer', (c) => c.notNull().references('inburgeraars.id').onDelete('cascade'))
      .addColumn('onderdeel', 'text', (c) => c.notNull())
      .addColumn('verwijtbaar', 'integer', (c) => c.notNull())
      .addColumn('vastgesteldOp', 'text', (c) => c.notNull())
      .addColumn('toelichting', 'text')
      .addPrimaryKeyConstraint('verwijtbaarheid_pk', ['inburgeraarId', 'onderdeel'])
      .execute();

    // The MAP runs in groups like the PVT: a group is for one traject; a MAP session covers one thema.
    await db.schema.alterTable('pvtGroepen').addColumn('traject', 'text', (c) => c.notNull().defaultTo('pvt')).execute();
    await db.schema.alterTable('pvtSessies').addColumn('mapThema', 'text').execute();

    // A mistaken oproep outcome is corrected with a reason; the logboek keeps old → new, never the reason.
    await db.schema.alterTable('oproepen').addColumn('correctieReden', 'text').execute();
    await db.schema.alterTable('oproepen').addColumn('gecorrigeerdOp', 'text').execute();
  },
};
