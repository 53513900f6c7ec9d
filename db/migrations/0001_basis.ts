import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Never edit after release: add a new numbered migration instead.
export const basis: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('huishoudens')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('inburgeraars')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('bsn', 'text', (c) => c.notNull().unique())
      .addColumn('voornamen', 'text', (c) => c.notNull())
      .addColumn('tussenvoegsel', 'text')
      .addColumn('achternaam', 'text', (c) => c.notNull())
      .addColumn('geboortedatum', 'text', (c) => c.notNull())
      .addColumn('geslacht', 'text', (c) => c.notNull())
      .addColumn('nationaliteit', 'text', (c) => c.notNull())
      .addColumn('taal', 'text', (c) => c.notNull())
      .addColumn('tolkNodig', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('straat', 'text', (c) => c.notNull())
      .addColumn('huisnummer', 'text', (c) => c.notNull())
      .addColumn('postcode', 'text', (c) => c.notNull())
      .addColumn('woonplaats', 'text', (c) => c.notNull())
      .addColumn('telefoon', 'text')
      .addColumn('email', 'text')
      .addColumn('doelgroep', 'text', (c) => c.notNull())
      .addColumn('doelgroepcode', 'text', (c) => c.notNull())
      .addColumn('vNummer', 'text')
      .addColumn('datumKennisgevingDuo', 'text')
      .addColumn('datumInschrijvingBrp', 'text')
      .addColumn('datumKoppelingCoa', 'text')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('aangemeld'))
      .addColumn('huishoudenId', 'integer', (c) => c.references('huishoudens.id').onDelete('set null'))
      .addColumn('aangemaakt', 'text', (c) => c.notNull())
      .addColumn('gewijzigd', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('inburgeraars_achternaam').on('inburgeraars').column('achternaam').execute();
    await db.schema.createIndex('inburgeraars_huishouden').on('inburgeraars').column('huishoudenId').execute();

    await db.schema
      .createTable('instellingen')
      .addColumn('sleutel', 'text', (c) => c.primaryKey())
      .addColumn('waarde', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('logboek')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('tijdstip', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('oorsprong', 'text', (c) => c.notNull())
      .addColumn('actie', 'text', (c) => c.notNull())
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('objectId', 'integer')
      .addColumn('resultaat', 'text', (c) => c.notNull())
      .execute();
    // The audit log is append-only: SQLite refuses changes and deletions (BIO 8.15.05).
    await sql`CREATE TRIGGER logboek_geen_wijziging BEFORE UPDATE ON logboek
      BEGIN SELECT RAISE(ABORT, 'logboek is alleen-toevoegen'); END`.execute(db);
    await sql`CREATE TRIGGER logboek_geen_verwijdering BEFORE DELETE ON logboek
      BEGIN SELECT RAISE(ABORT, 'logboek is alleen-toevoegen'); END`.execute(db);
  },
};
