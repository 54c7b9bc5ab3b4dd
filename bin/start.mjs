#!/usr/bin/env node
// `npm start`: build the web UI and the server bundle when missing or older than their sources, then run the
// server from the bundle (esbuild, node_modules left external): no TypeScript compiler in the server process, so
// it starts faster and uses less memory (bench/inspections-api measures it). SHIAN_RUN_SOURCE=1 runs
// src/server/main.ts through tsx instead.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtWeb = path.join(root, 'dist/web/index.html')
export const serverBundle = path.join(root, 'dist/server/main.mjs')

function newestSource(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs)
  }
  return newest
}
const staleAgainst = (built, dirs) => !fs.existsSync(built) || dirs.some((d) => newestSource(path.join(root, d)) > fs.statSync(built).mtimeMs)

function buildWebIfStale() {
  if (staleAgainst(builtWeb, ['src/web', 'src/shared']) && process.env.SHIAN_SKIP_WEB_BUILD !== '1') {
    console.log('正在构建网页界面（vite build）…')
    const vite = path.join(root, 'node_modules/.bin/vite')
    const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
    if (result.status !== 0) {
      console.error('网页界面构建失败')
      process.exit(1)
    }
  }
}

/** Bundles src/server/main.ts into dist/server/main.mjs (ESM for Node 20; packages stay in node_modules). */
export async function buildServer() {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [path.join(root, 'src/server/main.ts')], outfile: serverBundle, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', keepNames: true, logLevel: 'warning', write: false,
  })
  // Written aside and renamed: two servers starting at once (tests) never read a half-written bundle.
  fs.mkdirSync(path.dirname(serverBundle), { recursive: true })
  const temp = `${serverBundle}.${process.pid}.tmp`
  fs.writeFileSync(temp, result.outputFiles[0].contents)
  fs.renameSync(temp, serverBundle)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // V8 grows the heap by up to 4× its live size after each full GC; under load that took the server from
  // ≈ 155 to ≈ 235 MiB RSS. Growing by 30 % keeps it under 200 MiB at the same throughput, and unlike
  // --max-old-space-size it is no ceiling: a large import or export still gets the memory it needs
  // (bench/inspections-api measures both).
  v8.setFlagsFromString('--heap-growing-percent=30')
  buildWebIfStale()
  if (process.env.SHIAN_RUN_SOURCE === '1') {
    const { register } = await import('tsx/esm/api')
    register()
    await import(pathToFileURL(path.join(root, 'src/server/main.ts')).href)
  } else {
    if (staleAgainst(serverBundle, ['src/server', 'src/shared', 'migrations'])) await buildServer()
    await import(pathToFileURL(serverBundle).href)
  }
}
