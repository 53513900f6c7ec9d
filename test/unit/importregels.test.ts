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
  it.each([
    ['renderer/features/x/Y.tsx', "import { Kluis } from '../../../db/vault';\nexport const y = Kluis;"],
    ['renderer/app/Z.tsx', "import { makeHandlers } from '../../electron/handlers';\nexport const z = makeHandlers;"],
    ['renderer/app/Z.tsx', "import { readFileSync } from 'node:fs';\nexport const z = readFileSync;"],
    ['shared/rules/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/rules/x.ts', "import React from 'react';\nexport const x = React;"],
    ['shared/rules/x.ts', "import { Kluis } from '../../db/vault';\nexport const x = Kluis;"],
    ['db/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['db/x.ts', "import { makeHandlers } from '../electron/handlers';\nexport const x = makeHandlers;"],
    ['electron/handlers/x.ts', "import { dialog } from 'electron';\nexport const x = dialog;"],
    ['electron/documents/x.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;"],
  ])('refuses in %s: %s', async (bestand, code) => {
    expect(await fouten(bestand, code)).not.toEqual([]);
  });

  it.each([
    ['shared/rules/x.ts', "import { z } from 'zod';\nimport dayjs from 'dayjs';\nimport { isValidBsn } from './bsn';\nexport const x = [z, dayjs, isValidBsn];"],
    ['renderer/app/Z.tsx', "import { contract } from '../../shared/contract';\nexport const z = contract;"],
    ['db/x.ts', "import { KoersFout } from '../shared/fouten';\nimport { join } from 'node:path';\nexport const x = [KoersFout, join];"],
    ['electron/main.ts', "import { app } from 'electron';\nimport { Kluis } from '../db/vault';\nexport const x = [app, Kluis];"],
    ['electron/handlers/x.ts', "import { Kluis } from '../../db/vault';\nexport const x = Kluis;"],
  ])('allows in %s: %s', async (bestand, code) => {
    expect(await fouten(bestand, code)).toEqual([]);
  });
});
