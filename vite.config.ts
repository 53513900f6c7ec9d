import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './electron/window';

// The renderer is served from file:// in Electron and from http://koers.test in the e2e tests,
// so every asset path is relative and the CSP travels inside index.html.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      name: 'koers-csp',
      transformIndexHtml: (html) => html.replace('%KOERS_CSP%', contentSecurityPolicy),
    },
  ],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
