import { defineConfig } from 'drizzle-kit'

// Every module keeps its tables in its own schema.ts; drizzle-kit reads them all.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/server/platform/schema.ts', './src/server/modules/*/schema.ts'],
  out: './migrations',
  casing: 'snake_case',
})
