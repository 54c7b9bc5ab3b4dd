import { numberingLabels } from './docx-numbering'
import { PlanReadError } from './plan-read-error'

/**
 * .docx → text with mammoth: one paragraph per line, each table row one line with its cells separated
 * by tabs (cells merged across rows are repeated in every row they cover). Headers and footers (page
 * numbers) are not part of mammoth's output.
 */

const OLE_MAGIC = 'd0cf11e0a1b11ae1'

export async function docxText(buffer: Buffer): Promise<string> {
  if (buffer.subarray(0, 8).toString('hex') === OLE_MAGIC) {
    // An OLE container is either a password-protected .docx (EncryptedPackage) or a renamed .doc.
    if (buffer.includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new PlanReadError('encrypted', '文件已加密（设置了打开密码）：请取消密码保护后重新上传')
    throw new PlanReadError('unreadable', '这是旧版 Word（.doc）文件：请在 Word 或 WPS 中另存为 .docx 后再上传')
  }
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK') throw new PlanReadError('unreadable', '无法读取该 .docx 文件：文件已损坏或不是 Word 文档')
  // mammoth (≈ 15 MiB) loads with the first plan read, not with the server.
  const { default: mammoth } = await import('mammoth')
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer })).value
  } catch {
    throw new PlanReadError('unreadable', '无法读取该 .docx 文件：文件已损坏或不是 Word 文档')
  }
  // Word's automatic numbering is not in mammoth's text: put the labels back on the list items.
  return htmlToText(html, html.includes('<li>') ? numberingLabels(buffer) : [])
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m)

interface Span { col: number; left: number; text: string }

/**
 * Mammoth's HTML is simple and well formed: paragraphs, headings, lists and tables. `labels` are the
 * numbers Word draws before list items, in order (null for bullets).
 */
export function htmlToText(html: string, labels: (string | null)[] = []): string {
  let nextLabel = 0
  let pendingLabel = false
  const out: string[] = []
  let line = ''
  let tableDepth = 0
  let row: string[] | null = null
  let cell: string | null = null
  let cellSpan = { rows: 1, cols: 1 }
  let spans: Span[] = []
  const pendingSpans: Span[][] = []
  const flushLine = () => { if (line.trim()) out.push(line); line = '' }
  const placeSpans = () => {
    // Insert cells merged from rows above at their column.
    if (!row) return
    for (let s = spans.find((x) => x.col === row!.length && x.left > 0); s; s = spans.find((x) => x.col === row!.length && x.left > 0)) {
      row.push(s.text)
      s.left--
    }
  }
  const re = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/gi
  let m: RegExpExecArray | null
  while ((m = re.exec(html))) {
    if (m[4] !== undefined) {
      let text = decode(m[4])
      if (pendingLabel) { text = (labels[nextLabel++] ?? '') + text; pendingLabel = false }
      if (cell !== null) cell += text
      else line += text
      continue
    }
    const closing = m[1] === '/'
    const tag = m[2].toLowerCase()
    if (tag === 'table') {
      if (!closing) { tableDepth++; pendingSpans.push(spans); spans = []; flushLine() } else { tableDepth--; spans = pendingSpans.pop() ?? [] }
    } else if (tag === 'tr' && tableDepth === 1) {
      if (!closing) { row = []; placeSpans() } else if (row) {
        placeSpans()
        if (row.some((c) => c.trim())) out.push(row.join('\t'))
        row = null
        spans = spans.filter((s) => s.left > 0)
      }
    } else if ((tag === 'td' || tag === 'th') && tableDepth === 1) {
      if (!closing) {
        placeSpans()
        cell = ''
        cellSpan = { rows: Number(/rowspan="(\d+)"/.exec(m[3])?.[1] ?? 1), cols: Number(/colspan="(\d+)"/.exec(m[3])?.[1] ?? 1) }
      } else if (row && cell !== null) {
        const text = cell.replace(/[\t\n]+/g, '').trim()
        const col = row.length
        row.push(text)
        for (let k = 1; k < cellSpan.cols; k++) row.push('')
        if (cellSpan.rows > 1) spans.push({ col, left: cellSpan.rows - 1, text })
        cell = null
      }
    } else if (tag === 'li' && !closing) {
      // A nested list starts inside its parent item: the parent's text ends here. The label goes on
      // with the item's first text; an item that opens straight into a list is mammoth's wrapper for
      // a list resumed at a deeper level and has no paragraph (nor label) of its own.
      if (cell === null) flushLine()
      pendingLabel = true
    } else if ((tag === 'ol' || tag === 'ul') && !closing) {
      pendingLabel = false
    } else if (tag === 'br') {
      if (cell === null) flushLine()
    } else if (/^(?:p|h[1-6]|li)$/.test(tag) && closing && cell === null && tableDepth === 0) {
      flushLine()
    }
  }
  flushLine()
  return out.join('\n')
}
