/**
 * npm run bench:workplan-parse — time to read a ~30-page plan, per document, as .txt, .docx and (when
 * /usr/bin/chromium is there to print it) .pdf. The document is the two seed plans repeated to at
 * least 30 A4 pages of official-document text (22 lines × 28 characters a page). Bar: ≤ 1 s each.
 */
import fs from 'node:fs'
import path from 'node:path'
import { hasChromium, makePdf } from '../../src/server/modules/work-plans/parser/fixtures/make-pdf'
import { makeDocx } from '../../src/server/modules/work-plans/parser/fixtures/make-docx'
import { SHARED } from '../../src/server/modules/work-plans/parser/fixtures/cases'
import { parsePlanFile } from '../../src/server/modules/work-plans/parser/index'

const PAGE_CHARS = 22 * 28
const PAGES = 30
const BAR_MS = 1000
const RUNS = Number(process.env.RUNS ?? 20)

function thirtyPages(): string {
  const seeds = ['xiping-2020-work-points', 'yima-2022-2024-action-plan'].map((n) => fs.readFileSync(path.join(SHARED, 'seeds', `${n}.txt`), 'utf8'))
  // Whole seeds first, then paragraphs of the next one until the page count is reached.
  const out: string[] = []
  let chars = 0
  for (let i = 0; chars < PAGES * PAGE_CHARS; i++) {
    for (const paragraph of seeds[i % seeds.length].split('\n')) {
      out.push(paragraph)
      chars += paragraph.replace(/\s+/g, '').length
      if (chars >= PAGES * PAGE_CHARS) break
    }
  }
  return out.join('\n')
}

async function time(label: string, buffer: Buffer, fileName: string, runs: number) {
  // The first document in a process also pays for loading the reader's modules and JIT warm-up (the
  // server preloads pdfjs at start); it is printed but the bar is per document in a running server.
  const cold = performance.now()
  await parsePlanFile(buffer, fileName)
  const coldMs = performance.now() - cold
  const ms: number[] = []
  let tasks = 0
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    tasks = (await parsePlanFile(buffer, fileName)).tasks.length
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  const p50 = ms[Math.floor(ms.length / 2)]
  const max = ms[ms.length - 1]
  console.log(`${label.padEnd(6)} ${(buffer.length / 1024).toFixed(0).padStart(6)} KB  runs ${String(runs).padStart(3)}  p50 ${p50.toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms  (${tasks} tasks)  first ${coldMs.toFixed(0)} ms  ${max <= BAR_MS ? 'ok' : 'OVER 1 s'}`)
  return max <= BAR_MS
}

async function main() {
  const text = thirtyPages()
  const chars = text.replace(/\s+/g, '').length
  console.log(`document: ${chars} characters ≈ ${(chars / PAGE_CHARS).toFixed(1)} A4 pages (${PAGE_CHARS} characters a page)`)
  const results = [
    await time('txt', Buffer.from(text), 'plan.txt', RUNS),
    await time('docx', await makeDocx(text, { pageBreakEvery: 20 }), 'plan.docx', RUNS),
  ]
  if (hasChromium()) {
    const pdf = await makePdf(text)
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
    console.log(`pdf printed by Chromium: ${doc.numPages} pages`)
    await doc.destroy()
    results.push(await time('pdf', pdf, 'plan.pdf', Math.max(3, Math.round(RUNS / 4))))
  } else {
    console.log('pdf    skipped: /usr/bin/chromium not found')
  }
  console.log(results.every(Boolean) ? `PASS: every document read within ${BAR_MS} ms` : `FAIL: over ${BAR_MS} ms`)
  if (!results.every(Boolean)) process.exit(1)
}

main().catch((e) => { console.error(e); process.exit(1) })
