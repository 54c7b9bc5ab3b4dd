import fs from 'node:fs'
import path from 'node:path'

/**
 * The project's root folder (where package.json and migrations/ are), found by walking up from this file, so
 * the same code finds it when run from src/ by tsx and when run from the bundle in dist/server/ (npm start).
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'migrations'))) return dir
    if (path.dirname(dir) === dir) throw new Error(`找不到项目根目录（package.json 与 migrations/）：从 ${from} 向上查找`)
  }
}

export const ROOT = findRoot(import.meta.dirname)
