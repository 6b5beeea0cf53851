import { defineConfig } from 'vite'

// Builds the benchmark's naive baseline page (not the app) into dist/bench-naive.
export default defineConfig({
  base: './',
  root: 'scripts/bench/naive',
  build: { outDir: '../../../dist/bench-naive', emptyOutDir: true },
  logLevel: 'warn',
})
