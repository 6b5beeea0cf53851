import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { compileHints } from './scripts/build/compile-hints.ts'

// `base: './'`: the built app is uploaded to a portal as a zip or served from any path.
export default defineConfig({
  base: './',
  root: 'app',
  publicDir: '../public',
  // compileHints: the first screen's code compiles off the main thread as it loads (scripts/build).
  plugins: [react(), compileHints()],
  // `@/` is `app/`: imports that leave a feature say where they go (eslint.config.js forbids `../../`).
  resolve: { alias: { '@': fileURLToPath(new URL('./app', import.meta.url)) } },
  build: {
    outDir: '../dist/app',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // Every browser Bitrix24 supports preloads modules itself: no polyfill in the first file.
    modulePreload: { polyfill: false },
    // The rows' icon masks stay files, fetched once the rows are there, not data URLs in the first
    // screen's stylesheet (scripts/icons/generate.ts); other small assets are inlined as usual.
    assetsInlineLimit: (file) => (/[\\/]components[\\/]icons[\\/]masks[\\/]/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // The first screen is one file: everything the entry imports statically (its dependencies come
        // with it). Left alone, the bundler splits what lazy parts share into a dozen small files, each
        // compressed on its own and each a request.
        codeSplitting: { groups: [{ name: 'index', test: /[\\/]app[\\/]main\.tsx$/ }] },
      },
    },
  },
  server: { host: 'localhost', port: 5173, strictPort: true },
  test: {
    root: '.',
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: ['app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['app/test/setup.ts'],
          // Component tests render the whole screen: generous on a busy 2-core machine.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['e2e/portal/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
          environment: 'node',
          // Seeding a 20,000-employee portal and the first type-aware lint take seconds on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
})
