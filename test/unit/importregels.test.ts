import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The lint config enforces DESIGN.md §1; here a violation is shown to fail, and allowed imports to pass.
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function fouten(bestand: string, code: string): Promise<string[]> {
  const [resultaat] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '../..', bestand) });
  return resultaat!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import rules (DESIGN.md §1)', () => {
  // [file, code, a fragment of the one expected message]
  it.each([
    // 'electron' and its subpaths only in main/preload/window
    ['electron/handlers/x.ts', "import { dialog } from 'electron';\nexport const x = dialog;", "importeren 'electron'"],
    ['electron/handlers/x.ts', "import { dialog } from 'electron/main';\nexport const x = dialog;", "importeren 'electron'"],
    ['electron/documents/x.ts', "import { shell } from 'electron/common';\nexport const x = shell;", "importeren 'electron'"],
    ['electron/jobs/x.ts', "import type { WebContents } from 'electron/main';\nexport type X = WebContents;", "importeren 'electron'"],
    ['electron/cli.ts', "import { app } from 'electron';\nexport const x = app;", "importeren 'electron'"],
    ['renderer/app/Z.tsx', "import { ipcRenderer } from 'electron/renderer';\nexport const z = ipcRenderer;", "importeren 'electron'"],
    ['db/x.ts', "import { app } from 'electron';\nexport const x = app;", "importeren 'electron'"],
    ['shared/rules/x.ts', "import { app } from 'electron/main';\nexport const x = app;", "importeren 'electron'"],
    // SQL and the driver only in db/
    ['electron/handlers/x.ts', "import { sql } from 'kysely';\nexport const x = sql;", 'SQL staat alleen in db/'],
    ['electron/handlers/x.ts', "import type { Kysely, Transaction } from 'kysely';\nexport type X = Kysely<unknown> | Transaction<unknown>;", 'SQL staat alleen in db/'],
    ['electron/main.ts', "import { Migrator } from 'kysely/migration';\nexport const x = Migrator;", 'SQL staat alleen in db/'],
    ['electron/handlers/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const x = Database;", 'SQLite-driver'],
    ['renderer/features/x/Y.tsx', "import { Kysely } from 'kysely';\nexport const y = Kysely;", 'SQL staat alleen in db/'],
    ['renderer/features/x/Y.tsx', "import Database from 'better-sqlite3-multiple-ciphers';\nexport const y = Database;", 'SQLite-driver'],
    // PDFs only in electron/
    ['renderer/features/x/Y.tsx', "import { PDFDocument } from 'pdf-lib';\nexport const y = PDFDocument;", "PDF's"],
    ['db/x.ts', "import fontkit from '@pdf-lib/fontkit';\nexport const x = fontkit;", "PDF's"],
    // No Node in the browser or in shared/
    ['renderer/app/Z.tsx', "import { readFileSync } from 'node:fs';\nexport const z = readFileSync;", 'Node-modules'],
    ['renderer/app/Z.tsx', "import { join } from 'path';\nexport const z = join;", 'Node-modules'],
    ['shared/rules/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'Node-modules'],
    ['shared/rules/x.ts', "import { createHash } from 'crypto';\nexport const x = createHash;", 'Node-modules'],
    // Packages not on the layer's list
    ['shared/rules/x.ts', "import React from 'react';\nexport const x = React;", 'shared/ importeert alleen de pakketten'],
    ['renderer/features/x/Y.tsx', "import axios from 'axios';\nexport const y = axios;", 'renderer/ importeert alleen de pakketten'],
    ['renderer/features/x/Y.tsx', "import { z } from 'zod/v4';\nimport { BrowserRouter } from 'react-router-dom';\nexport const y = [z, BrowserRouter];", 'renderer/ importeert alleen de pakketten'],
    ['db/x.ts', "import dayjs from 'dayjs';\nexport const x = dayjs;", 'db/ importeert alleen de pakketten'],
    ['db/x.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;", 'db/ importeert alleen de pakketten'],
    ['electron/documents/x.ts', "import { Document } from 'docx';\nexport const x = Document;", 'electron/ importeert alleen de pakketten'],
    // Spreadsheets (import and export) are read and written only in electron/
    ['renderer/features/importeren/Y.tsx', "import ExcelJS from 'exceljs';\nexport const y = ExcelJS;", 'renderer/ importeert alleen de pakketten'],
    ['shared/rules/x.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;", 'shared/ importeert alleen de pakketten'],
    ['db/x.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;", 'db/ importeert alleen de pakketten'],
    // Folders: renderer → shared · shared → – · db → shared · electron → db, shared
    ['renderer/features/x/Y.tsx', "import { Kluis } from '../../../db/vault';\nexport const y = Kluis;", 'renderer/ importeert alleen uit renderer/ en shared/'],
    ['renderer/app/Z.tsx', "import { makeHandlers } from '../../electron/handlers';\nexport const z = makeHandlers;", 'renderer/ importeert alleen uit'],
    ['renderer/app/Z.tsx', "import { Kysely } from '../../node_modules/kysely';\nexport const z = Kysely;", 'renderer/ importeert alleen uit'],
    ['renderer/app/Z.tsx', "import { Kluis } from '/work/main/db/vault';\nexport const z = Kluis;", 'renderer/ importeert alleen uit'],
    ['renderer/app/Z.tsx', "import sjabloon from '../../resources/templates/participatieverklaring/2026-01-01.json';\nexport const z = sjabloon;", 'renderer/ importeert alleen uit'],
    ['shared/rules/x.ts', "import { Kluis } from '../../db/vault';\nexport const x = Kluis;", 'shared/ importeert alleen uit shared/'],
    ['shared/x.ts', "import { App } from '../renderer/app/App';\nexport const x = App;", 'shared/ importeert alleen uit shared/'],
    ['db/x.ts', "import { makeHandlers } from '../electron/handlers';\nexport const x = makeHandlers;", 'db/ importeert alleen uit db/ en shared/'],
    ['db/migrations/x.ts', "import { koers } from '../../renderer/api/koers';\nexport const x = koers;", 'db/ importeert alleen uit'],
    ['electron/documents/x.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;", 'electron/ importeert alleen uit electron/, db/ en shared/'],
    ['electron/main.ts', "import { App } from '../renderer/app/App';\nexport const x = App;", 'electron/ importeert alleen uit'],
    // Nothing outside test/ imports from test/
    ['shared/rules/x.ts', "import { testOmgeving } from '../../test/fixtures/omgeving';\nexport const x = testOmgeving;", 'shared/ importeert alleen uit'],
    ['shared/x.ts', "export * from '../test/fixtures/omgeving';", 'shared/ importeert alleen uit'],
    ['db/x.ts', "import { testOmgeving } from '../test/fixtures/omgeving';\nexport const x = testOmgeving;", 'db/ importeert alleen uit'],
    ['db/migrations/x.ts', "import { TEST_SCRYPT } from '../../test/fixtures/omgeving';\nexport const x = TEST_SCRYPT;", 'db/ importeert alleen uit'],
    ['electron/handlers/x.ts', "import { testOmgeving } from '../../test/fixtures/omgeving';\nexport const x = testOmgeving;", 'electron/ importeert alleen uit'],
    ['renderer/features/x/Y.tsx', "import { data } from '../../../test/fixtures/omgeving';\nexport const y = data;", 'renderer/ importeert alleen uit'],
    ['vite.config.ts', "import { RESOURCES } from './test/fixtures/omgeving';\nexport const x = RESOURCES;", 'Alleen test/ importeert uit test/'],
  ])('refuses in %s: %s', async (bestand, code, melding) => {
    const meldingen = await fouten(bestand, code);
    expect(meldingen).not.toEqual([]);
    expect(meldingen).toHaveLength(1);
    expect(meldingen[0]).toContain(melding);
  });

  it.each([
    ['shared/rules/x.ts', "import { z } from 'zod';\nimport dayjs from 'dayjs';\nimport { isValidBsn } from './bsn';\nexport const x = [z, dayjs, isValidBsn];"],
    ['shared/zod-nl.ts', "import { z } from 'zod';\nimport { nl } from 'zod/locales';\nimport type { Pip } from './domain/pip';\nexport const x = [z, nl] as const;\nexport type X = Pip;"],
    ['renderer/app/Z.tsx', "import { contract } from '../../shared/contract';\nexport const z = contract;"],
    [
      'renderer/features/x/Y.tsx',
      [
        "import { useState } from 'react';",
        "import Button from '@mui/material/Button';",
        "import { ThemeProvider } from '@mui/material/styles';",
        "import AddIcon from '@mui/icons-material/Add';",
        "import { DataGrid } from '@mui/x-data-grid';",
        "import { nlNL } from '@mui/x-date-pickers/locales';",
        "import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';",
        "import styled from '@emotion/styled';",
        "import { useQuery } from '@tanstack/react-query';",
        "import { useForm } from 'react-hook-form';",
        "import { zodResolver } from '@hookform/resolvers/zod';",
        "import { useNavigate } from 'react-router';",
        "import { z } from 'zod';",
        "import dayjs from 'dayjs';",
        "import 'dayjs/locale/nl';",
        "import { koers } from '../../../renderer/api/koers';",
        "import { Laden } from '../../components/Laden';",
        "import { contract } from '../../../shared/contract';",
        "import { Z } from './Z';",
        'export const y = [useState, Button, ThemeProvider, AddIcon, DataGrid, nlNL, AdapterDayjs, styled, useQuery, useForm, zodResolver, useNavigate, z, dayjs, koers, Laden, contract, Z];',
      ].join('\n'),
    ],
    ['renderer/main.tsx', "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { App } from './app/App';\nexport const x = [StrictMode, createRoot, App];"],
    [
      'db/x.ts',
      "import { sql, type Kysely } from 'kysely';\nimport { Migrator } from 'kysely/migration';\nimport Database from 'better-sqlite3-multiple-ciphers';\nimport { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nimport { KoersFout } from '../shared/fouten';\nimport type { DB } from './schema';\nexport const x = [sql, Migrator, Database, z, readFileSync, join, KoersFout];\nexport type X = Kysely<DB>;",
    ],
    ['db/migrations/0004_x.ts', "import { sql, type Kysely } from 'kysely';\nimport { plusDagen } from '../../shared/rules/datum';\nexport async function up(db: Kysely<unknown>) { await sql`select 1`.execute(db); return plusDagen; }"],
    ['db/better-sqlite3-multiple-ciphers.d.ts', "declare module 'better-sqlite3-multiple-ciphers' {\n  import Database from 'better-sqlite3';\n  export default Database;\n}"],
    ['electron/main.ts', "import { app } from 'electron';\nimport { Kluis } from '../db/vault';\nexport const x = [app, Kluis];"],
    ['electron/main.ts', "import { BrowserWindow, dialog } from 'electron/main';\nimport { makeHandlers } from './handlers';\nexport const x = [BrowserWindow, dialog, makeHandlers];"],
    ['electron/preload.ts', "import { contextBridge, ipcRenderer } from 'electron/renderer';\nimport { contract } from '../shared/contract';\nexport const x = [contextBridge, ipcRenderer, contract];"],
    ['electron/window.ts', "import type { BrowserWindowConstructorOptions, Session } from 'electron';\nexport type X = BrowserWindowConstructorOptions | Session;"],
    ['electron/handlers/x.ts', "import { Kluis } from '../../db/vault';\nexport const x = Kluis;"],
    [
      'electron/handlers/x.ts',
      "import { z } from 'zod';\nimport { randomUUID } from 'node:crypto';\nimport { contract } from '../../shared/contract';\nimport { zoekInburgeraars } from '../../db/inburgeraars';\nimport { maakBriefPdf } from '../documents/brief-pdf';\nimport type { Taken } from '../jobs/taken';\nimport type { HandlerDeps } from './deps';\nexport const x = [z, randomUUID, contract, zoekInburgeraars, maakBriefPdf];\nexport type X = Taken | HandlerDeps;",
    ],
    ['electron/documents/x.ts', "import { PDFDocument, rgb } from 'pdf-lib';\nimport fontkit from '@pdf-lib/fontkit';\nimport { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nimport type { Brief } from '../../shared/domain/brief';\nimport { MM } from './opmaak';\nexport const x = [PDFDocument, rgb, fontkit, readFileSync, join, MM];\nexport type X = Brief;"],
    ['electron/cli.ts', "import { resolve } from 'node:path';\nimport { parseArgs } from 'node:util';\nimport { groepeerHerstelcode } from '../shared/domain/kluis';\nimport { maakDemo } from './demo/demo';\nexport const x = [resolve, parseArgs, groepeerHerstelcode, maakDemo];"],
    ['electron/demo/x.ts', "import { existsSync } from 'node:fs';\nimport { deflateSync } from 'node:zlib';\nimport { Kluis } from '../../db/vault';\nimport { makeHandlers } from '../handlers';\nimport { plusDagen } from '../../shared/rules/datum';\nexport const x = [existsSync, deflateSync, Kluis, makeHandlers, plusDagen];"],
    ['electron/import/x.ts', "import ExcelJS from 'exceljs';\nimport { inflateRawSync } from 'node:zlib';\nimport type { RuwBestand } from '../../shared/domain/importeren';\nimport { TOELICHTING_BLAD } from '../documents/importsjabloon';\nexport const x = [ExcelJS, inflateRawSync, TOELICHTING_BLAD];\nexport type X = RuwBestand;"],
    ['electron/jobs/x.ts', "import { randomUUID } from 'node:crypto';\nimport { setTimeout } from 'node:timers/promises';\nexport const x = [randomUUID, setTimeout];"],
    [
      'test/integration/x.test.ts',
      "import { vi } from 'vitest';\nimport { sql } from 'kysely';\nimport Database from 'better-sqlite3-multiple-ciphers';\nimport { Kluis } from '../../db/vault';\nimport { makeHandlers } from '../../electron/handlers';\nimport { testOmgeving } from '../fixtures/omgeving';\nvi.mock('electron', () => ({}));\nexport const x = [sql, Database, Kluis, makeHandlers, testOmgeving];",
    ],
    ['vite.config.ts', "import { defineConfig } from 'vite';\nimport { contentSecurityPolicy } from './electron/window';\nexport default defineConfig({ define: { CSP: JSON.stringify(contentSecurityPolicy) } });"],
  ])('allows in %s: %s', async (bestand, code) => {
    expect(await fouten(bestand, code)).toEqual([]);
  });
});

describe('SQL only in db/ (DESIGN.md §1)', () => {
  async function sqlFouten(bestand: string, code: string): Promise<string[]> {
    const [resultaat] = await eslint.lintText(code, { filePath: resolve(import.meta.dirname, '../..', bestand) });
    return resultaat!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }

  it.each([
    ['electron/handlers/x.ts', "export const x = (trx: { insertInto: (t: string) => unknown }) => trx.insertInto('pvtGroepen');"],
    ['electron/handlers/x.ts', "export const x = (db: { selectFrom: (t: string) => unknown }) => db.selectFrom('inburgeraars');"],
    ['electron/documents/x.ts', "export const x = (db: { deleteFrom: (t: string) => unknown }) => db.deleteFrom('documenten');"],
    ['renderer/app/Z.tsx', "export const z = (db: { updateTable: (t: string) => unknown }) => db.updateTable('pips');"],
  ])('refuses a query built in %s', async (bestand, code) => {
    expect(await sqlFouten(bestand, code)).toEqual([expect.stringContaining('SQL staat alleen in db/')]);
  });

  it('allows it in db/', async () => {
    expect(await sqlFouten('db/x.ts', "export const x = (db: { selectFrom: (t: string) => unknown }) => db.selectFrom('inburgeraars');")).toEqual([]);
  });
});
