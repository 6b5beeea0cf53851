import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// `base: './'`: the built app is uploaded to a portal as a zip or served from any path.
export default defineConfig({
  base: './',
  root: 'app',
  publicDir: '../public',
  plugins: [react()],
  // `@/` is `app/`: imports that leave a feature say where they go (eslint.config.js forbids `../../`).
  resolve: { alias: { '@': fileURLToPath(new URL('./app', import.meta.url)) } },
  build: {
    outDir: '../dist/app',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
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
          include: ['e2e/portal/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
})
