import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = readdirSync(new URL('./app/features', import.meta.url))

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    extends: [...pluginQuery.configs['flat/recommended']],
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-console': ['error', { allow: ['error'] }],
      // The portal's client and the QueryClient are the page's connections, not inputs of the data.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['B24Client', 'QueryClient'] } }],
    },
  },
  // One-way imports, checked on the resolved file, not the import's text: shared
  // layers never import a feature or the app shell; a feature never imports another feature; the
  // shell (app.tsx, app-layout.tsx) is where they meet. The feature list is read from the tree.
  {
    files: ['app/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: ['app/api', 'app/components', 'app/i18n', 'app/lib'],
              from: ['app/features', 'app/app.tsx', 'app/app-layout.tsx', 'e2e', 'scripts', 'server'],
              message: 'Shared layers never import features or the app shell.',
            },
            ...features.map((feature) => ({
              target: `app/features/${feature}`,
              from: ['app/features', 'e2e', 'scripts', 'server'],
              except: [`./${feature}`],
              message: 'Features never import each other: meet in app-layout.tsx.',
            })),
          ],
        },
      ],
      // A path that climbs out of its folder's parent says where it goes: `@/lib/x.ts`, not `../../lib/x.ts`.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./\\.\\./', message: 'Use the @/ alias for imports that leave the feature.' },
            { group: ['**/e2e/**'], message: 'The app never imports the local portal.' },
          ],
          // Module-level stores are reset between tests by app/test/setup.ts, never by the app.
          paths: [
            {
              name: '@/lib/toasts.ts',
              importNames: ['resetToasts'],
              message: 'Only app/test/setup.ts resets it.',
            },
            {
              name: '@/api/b24/bitrix-wait.ts',
              importNames: ['resetBitrixWait'],
              message: 'Only app/test/setup.ts resets it.',
            },
          ],
        },
      ],
    },
  },
  // Test support is where the app's tests meet the local portal: the in-process portal runs its
  // engine behind the app's own client (app/test/in-process-portal.ts). Never part of the bundle.
  {
    files: ['app/test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./(?!e2e/portal/)',
              message: 'Use the @/ alias for imports that leave the feature.',
            },
          ],
        },
      ],
    },
  },
  // No import cycles anywhere: a module that needs another's types and the other its values means one
  // idea is split wrongly (tested in scripts/eslint-boundaries.test.ts).
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      // The rule follows imports into other files: it must be able to parse TypeScript there too.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
