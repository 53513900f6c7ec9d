import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The import rules of DESIGN.md §1: renderer → shared only · shared → nothing but zod/dayjs ·
// db → shared · electron → db, shared · only main/preload/window import 'electron'.
const nietNaar = (...mappen) => mappen.map((map) => ({ group: [`**/${map}/**`, `../${map}`, `../../${map}`], message: `Deze laag mag niet importeren uit ${map}/ (DESIGN.md §1).` }));
const geenElectron = { name: 'electron', message: "Alleen electron/main.ts, preload.ts en window.ts importeren 'electron'." };
const geenNode = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'shared/ en renderer/ gebruiken geen Node-modules.' };

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
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [geenElectron], patterns: [...nietNaar('db', 'electron'), geenNode] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [geenElectron],
          patterns: [
            ...nietNaar('db', 'electron', 'renderer'),
            geenNode,
            { regex: '^(?!zod(/|$)|dayjs(/|$)|\\.).*', message: 'shared/ importeert alleen zod en dayjs (DESIGN.md §1).' },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [geenElectron], patterns: nietNaar('electron', 'renderer') }],
    },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/window.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [geenElectron], patterns: nietNaar('renderer') }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/window.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: nietNaar('renderer') }],
    },
  },
);
