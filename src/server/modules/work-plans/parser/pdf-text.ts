import { fixLookalikes, isPageNumberLine } from './normalise-text'
import { rebuildTables, type PdfLine, type Segment } from './pdf-table'
import { PlanReadError } from './plan-read-error'

/**
 * PDF (with a text layer) → text, one paragraph per line. A PDF only has positioned glyph runs, so lines
 * are rebuilt from their y position and paragraphs from the layout of official documents: a paragraph
 * ends on a line that stops short of the right margin, and a new one starts indented. Lines that run to
 * the margin continue on the next line, also across a page break. Running headers and footers (page
 * numbers, dates, file names) sit in the top and bottom margins and are dropped. Wide gaps inside a
 * line (table columns) become tabs.
 */

// Official documents keep 35–37 mm margins on A4 (297 mm); running headers and footers live in the
// outer 8 % of the page height, body text never does.
const MARGIN_BAND = 0.08

interface Run { str: string; x: number; y: number; w: number; size: number }

async function loadPdfjs() {
  // pdfjs inflates every stream through the global DecompressionStream when there is one: in Node that
  // is a thread-pool round trip per stream, and a 36-page plan spent half its time waiting on them
  // (bench:workplan-parse, pdf p50 480 → 270 ms). Without it pdfjs inflates synchronously in JS, its
  // designed fallback. Nothing else in Shian uses DecompressionStream.
  Reflect.deleteProperty(globalThis, 'DecompressionStream')
  return import('pdfjs-dist/legacy/build/pdf.mjs')
}

/** Loads pdfjs ahead of the first upload (server start), so no user waits for its module to compile. */
export async function preloadPdfReader(): Promise<void> {
  await loadPdfjs()
}

export async function pdfText(buffer: Buffer): Promise<string> {
  const pdfjs = await loadPdfjs()
  let doc
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  } catch (e) {
    const name = (e as { name?: string }).name
    if (name === 'PasswordException') throw new PlanReadError('encrypted', 'PDF 文件已加密（设置了打开密码）：请取消密码保护后重新上传')
    throw new PlanReadError('unreadable', '无法读取该 PDF 文件：文件已损坏或不是 PDF')
  }
  try {
    const pages: PdfLine[][] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent({ disableNormalization: true })
      const [, yMin, , yMax] = page.view
      const band = (yMax - yMin) * MARGIN_BAND
      const runs: Run[] = []
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue
        const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 10
        const y = item.transform[5]
        if (y < yMin + band || y > yMax - band) continue
        runs.push({ str: item.str, x: item.transform[4], y, w: item.width, size })
      }
      pages.push(linesOf(runs, p - 1))
      page.cleanup()
    }
    // Tables first (they may run across pages), then paragraphs. Chromium's PDFs map some ideographs
    // to Kangxi radicals (⼀ for 一): fix them at the source.
    const fixed = pages.flat().map((l) => ({ ...l, text: fixLookalikes(l.text), segments: l.segments.map((s) => ({ ...s, text: fixLookalikes(s.text) })) }))
    const rebuilt = rebuildTables(fixed)
    return paragraphs(pages.map((_, n) => rebuilt.filter((l) => l.page === n)))
  } finally {
    await doc.destroy()
  }
}

function linesOf(runs: Run[], page: number): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: Run[][] = []
  for (const r of sorted) {
    const g = groups[groups.length - 1]
    if (g && Math.abs(g[0].y - r.y) <= Math.min(g[0].size, r.size) * 0.5) g.push(r)
    else groups.push([r])
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x)
    // Pieces of text separated by a gap wider than a character (table cells); spaces are gaps too.
    const segments: Segment[] = []
    for (const r of g) {
      const last = segments[segments.length - 1]
      const text = r.str
      if (!text.trim()) continue
      const gap = last ? r.x - last.x1 : 0
      // A gap of about a space inside a piece is a space the document wrote (达到 80%).
      if (last && gap <= r.size * 0.8) { last.text += (gap > r.size * 0.2 ? ' ' : '') + text; last.x1 = Math.max(last.x1, r.x + r.w) } else segments.push({ text, x0: r.x, x1: r.x + r.w })
    }
    let text = ''
    segments.forEach((seg, i) => {
      const gap = i > 0 ? seg.x0 - segments[i - 1].x1 : 0
      text += (i > 0 && gap > g[0].size * 2.5 ? '\t' : i > 0 ? ' ' : '') + seg.text
    })
    const x0 = segments[0]?.x0 ?? g[0].x
    const x1 = segments[segments.length - 1]?.x1 ?? x0
    return { text, x0, x1, y: g[0].y, size: median(g.map((r) => r.size)), page, segments }
  }).filter((l) => l.text.trim() && !isPageNumberLine(l.text))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

function paragraphs(pages: PdfLine[][]): string {
  const all = pages.flat().filter((l) => !l.table)
  if (all.length === 0) return ''
  const size = median(all.map((l) => l.size))
  const left = median(all.map((l) => l.x0).filter((x) => x <= Math.min(...all.map((l) => l.x0)) + size * 0.5))
  const right = Math.max(...all.map((l) => l.x1))
  const out: string[] = []
  let current = ''
  let previousFull = false
  for (const page of pages) {
    for (const line of page) {
      const indented = line.x0 > left + size * 0.8
      const table = !!line.table || line.text.includes('\t')
      if (current && previousFull && !indented && !table) current += line.text
      else {
        if (current) out.push(current)
        current = line.text
      }
      previousFull = !table && line.x1 >= right - size * 1.5
    }
  }
  if (current) out.push(current)
  return out.join('\n')
}
