import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// The import rules of DESIGN.md §1, as allowlists per layer: renderer → shared only · shared → nothing but zod/dayjs ·
// db → shared · electron → db, shared · only main/preload/window import 'electron' · only test/ imports test/.
// A bare specifier is a package (checked against the layer's packages); a relative one is a folder (checked
// against the layer's top-level folders, which needs the file's depth, hence one config object per depth).
// Static imports and re-exports only: none of these layers uses import() or require().

const GLUE = ['electron/main.ts', 'electron/preload.ts', 'electron/window.ts'];
const MAX_DIEPTE = 12;

// Packages refused with a reason where a layer does not allow them (regex fragments, matched up to '/' or the end).
const ELECTRON = { naam: 'electron', message: "Alleen electron/main.ts, preload.ts en window.ts importeren 'electron' of 'electron/*' (DESIGN.md §1)." };
const SQL = { naam: 'kysely', message: 'SQL staat alleen in db/ (ook geen import type): gebruik een functie uit db/<domein>.ts (DESIGN.md §1).' };
const DRIVER = { naam: 'better-sqlite3(?:-multiple-ciphers)?', message: 'De SQLite-driver wordt alleen in db/ gebruikt (DESIGN.md §3).' };
const PDF = { naam: 'pdf-lib|@pdf-lib/[^/]+', message: "PDF's maakt alleen electron/documents/ (DESIGN.md §4)." };
const bareBuiltins = builtinModules.filter((m) => !m.startsWith('_') && !m.includes('/')).join('|');
const NODE = { naam: `node:[^/]+|${bareBuiltins}`, message: 'renderer/ en shared/ gebruiken geen Node-modules (DESIGN.md §1).' };

const NODE_BUILTINS = 'node:[^/]+'; // only with the node: prefix
const RENDERER_PAKKETTEN = ['react', 'react-dom', 'react-router', '@mui/[^/]+', '@emotion/[^/]+', '@tanstack/react-query', 'react-hook-form', '@hookform/resolvers', 'zod', 'dayjs', '@zxcvbn-ts/[^/]+'];

const LAGEN = {
  shared: { mappen: ['shared'], pakketten: ['zod', 'dayjs', '@zxcvbn-ts/[^/]+'], weiger: [ELECTRON, SQL, DRIVER, PDF, NODE] },
  renderer: { mappen: ['renderer', 'shared'], pakketten: RENDERER_PAKKETTEN, weiger: [ELECTRON, SQL, DRIVER, PDF, NODE] },
  db: { mappen: ['db', 'shared'], pakketten: ['kysely', 'better-sqlite3-multiple-ciphers', 'zod', NODE_BUILTINS], weiger: [ELECTRON, PDF] },
  electron: { mappen: ['electron', 'db', 'shared'], pakketten: ['pdf-lib', '@pdf-lib/fontkit', 'exceljs', 'zod', NODE_BUILTINS], weiger: [ELECTRON, SQL, DRIVER] },
};

const leesbaar = (naam) => naam.replace('[^/]+', '*');
const opsomming = (namen) => (namen.length > 1 ? `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}` : namen[0]);

// The no-restricted-imports options for a file of `laag` that sits `diepte` folders below the project root.
function regels(laag, { mappen, pakketten, weiger }, diepte) {
  const geenVanDeze = (namen) => `(?:${namen.join('|')})(?:/|$)`;
  return [
    'error',
    {
      patterns: [
        ...weiger.map(({ naam, message }) => ({ regex: `^${geenVanDeze([naam])}`, message })),
        {
          regex: `^(?![./]|${geenVanDeze([...pakketten, ...weiger.map((w) => w.naam)])})`,
          message: `${laag}/ importeert alleen de pakketten ${opsomming(pakketten.map(leesbaar))} (DESIGN.md §1).`,
        },
        {
          // absolute, or climbs exactly to the root and then does not enter an allowed folder
          regex: `^(?:/|(?:\\./)?(?:\\.\\./){${diepte}}(?!${geenVanDeze(mappen)}))`,
          message: `${laag}/ importeert alleen uit ${opsomming(mappen.map((m) => `${m}/`))} (DESIGN.md §1).`,
        },
      ],
    },
  ];
}

const diepten = Array.from({ length: MAX_DIEPTE }, (_, i) => i + 1);
const perDiepte = (laag, opties, ignores = []) =>
  diepten.map((diepte) => ({
    files: [[laag, ...Array(diepte).fill('*')].join('/')],
    ignores,
    rules: { 'no-restricted-imports': regels(laag, opties, diepte) },
  }));

// Everything outside the four layers and test/ (config files at the top, resources/, .ci/): only test/ imports test/.
const nietUitTest = (diepte) => ({
  regex: `^(?:\\./)?(?:\\.\\./){${diepte}}test(?:/|$)`,
  message: 'Alleen test/ importeert uit test/ (DESIGN.md §1).',
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...[0, ...diepten].map((diepte) => ({
    files: [Array(diepte + 1).fill('*').join('/')],
    ignores: ['test/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nietUitTest(diepte)] }] },
  })),
  ...perDiepte('shared', LAGEN.shared),
  ...perDiepte('renderer', LAGEN.renderer),
  ...perDiepte('db', LAGEN.db),
  // The driver's ambient types reuse @types/better-sqlite3.
  { files: ['db/better-sqlite3-multiple-ciphers.d.ts'], rules: { 'no-restricted-imports': regels('db', { ...LAGEN.db, pakketten: [...LAGEN.db.pakketten, 'better-sqlite3'] }, 1) } },
  ...perDiepte('electron', LAGEN.electron, GLUE),
  { files: GLUE, rules: { 'no-restricted-imports': regels('electron', { ...LAGEN.electron, pakketten: [...LAGEN.electron.pakketten, 'electron'], weiger: [SQL, DRIVER] }, 1) } },
  // SQL lives only in db/: a use case gets the transaction from db/ types, but never builds a query on it.
  {
    files: ['electron/**', 'renderer/**', 'shared/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]",
          message: 'SQL staat alleen in db/: zet deze query in een functie in db/<domein>.ts (DESIGN.md §1).',
        },
      ],
    },
  },
);
