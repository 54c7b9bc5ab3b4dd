#!/usr/bin/env node
// The `shian` command (npx shian …): TypeScript sources run through tsx.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
await import(path.join(root, 'src/cli/main.ts'))
