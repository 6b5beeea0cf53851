import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
      // The app never reaches into the local portal (it is test tooling, never in the bundle).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/e2e/**'], message: 'The app never imports the local portal.' }] },
      ],
    },
  },
  // One-way imports (bulletproof-react): shared layers never import features or the app shell;
  // features never import each other; app.tsx and app-layout.tsx are where they meet.
  {
    files: ['app/api/**', 'app/components/**', 'app/i18n/**', 'app/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app.tsx', '**/app-layout.tsx', '**/e2e/**'],
              message: 'Shared layers never import features or the app shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['app/features/telephony-users/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/install/**', '**/e2e/**'], message: 'Features never import each other.' },
          ],
        },
      ],
    },
  },
  {
    files: ['app/features/install/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/telephony-users/**', '**/e2e/**'],
              message: 'Features never import each other.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
