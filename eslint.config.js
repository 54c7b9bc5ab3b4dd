import path from 'node:path'
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/**
 * Modules talk to each other through services only (docs/architecture.md): an import that resolves into
 * another module's schema or queries (schema.ts, queries.ts, *-queries.ts, or a schema/ or queries/ folder)
 * is an error, wherever the importing file sits; a module's own schema and queries, from any depth, are fine.
 */
const MODULES = path.join(import.meta.dirname, 'src/server/modules')
const moduleOf = (file) => {
  const rel = path.relative(MODULES, file)
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep)
}
const TABLES = /^(schema|queries|.+-queries)$/
const isTables = (inModule) => inModule.some((part, i) =>
  (i === inModule.length - 1 ? TABLES.test(part.replace(/\.[jt]sx?$/, '')) : part === 'schema' || part === 'queries'))
const moduleBoundaries = {
  meta: { type: 'problem', schema: [], messages: { boundary: "'{{source}}' is the {{module}} module's schema or queries: a module uses another module through its service." } },
  create(context) {
    const own = moduleOf(context.filename)?.[0]
    if (!own) return {}
    const check = (node) => {
      const source = node.source?.value
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = moduleOf(path.resolve(path.dirname(context.filename), source))
      if (target && target[0] !== own && isTables(target.slice(1))) context.report({ node: node.source, messageId: 'boundary', data: { source, module: target[0] } })
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
  },
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'migrations/', 'test-results/', 'playwright-report/', '.tmp*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { shian: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'shian/module-boundaries': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', {
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
