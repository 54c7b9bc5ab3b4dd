#!/usr/bin/env node
// `npm start`: build the web UI if it is missing or older than its sources, then run the server (TypeScript via tsx).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const built = path.join(root, 'dist/web/index.html')

function newestSource(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs)
  }
  return newest
}

const sources = [path.join(root, 'src/web'), path.join(root, 'src/shared')]
const stale = !fs.existsSync(built) || sources.some((d) => newestSource(d) > fs.statSync(built).mtimeMs)
if (stale && process.env.SHIAN_SKIP_WEB_BUILD !== '1') {
  console.log('正在构建网页界面（vite build）…')
  const vite = path.join(root, 'node_modules/.bin/vite')
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('网页界面构建失败')
    process.exit(1)
  }
}

register()
await import(path.join(root, 'src/server/main.ts'))
