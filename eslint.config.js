import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'migrations/', 'test-results/', 'playwright-report/', '.tmp*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Modules talk to each other through services only (docs/architecture.md).
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['../*/schema', '../*/queries'], message: 'A module uses another module through its service, never its schema or queries.' }],
        // exceljs garbles Chinese text split across read chunks; src/server/platform/exceljs.ts loads it fixed.
        paths: [{ name: 'exceljs', message: 'Import exceljs from src/server/platform/exceljs.ts (it fixes reading Chinese text).', allowTypeImports: true }],
      }],
    },
  },
  { files: ['src/server/platform/exceljs.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
)
