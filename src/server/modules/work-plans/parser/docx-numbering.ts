import zlib from 'node:zlib'

/**
 * Word's automatic numbering (a list whose labels 一、 / （一） / 1. Word draws itself) is not part of the
 * paragraph text, and mammoth drops it. This module reads the labels back from the .docx: the zip's
 * word/numbering.xml formats, word/styles.xml numbered styles and word/document.xml paragraphs, in
 * document order — one label per paragraph mammoth turns into a list item (null for bullets).
 */

/** Reads one file out of a zip (stored or deflated), or null. */
export function readZipEntry(zip: Buffer, name: string): Buffer | null {
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break }
  }
  if (eocd < 0) return null
  const count = zip.readUInt16LE(eocd + 10)
  let p = zip.readUInt32LE(eocd + 16)
  for (let n = 0; n < count && p + 46 <= zip.length; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) return null
    const method = zip.readUInt16LE(p + 10)
    const size = zip.readUInt32LE(p + 20)
    const nameLength = zip.readUInt16LE(p + 28)
    const extra = zip.readUInt16LE(p + 30)
    const comment = zip.readUInt16LE(p + 32)
    const local = zip.readUInt32LE(p + 42)
    if (zip.toString('utf8', p + 46, p + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
      const data = zip.subarray(start, start + size)
      return method === 0 ? data : method === 8 ? zlib.inflateRawSync(data) : null
    }
    p += 46 + nameLength + extra + comment
  }
  return null
}

interface Level { start: number; format: string; text: string }
const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1]

const CN = '零一二三四五六七八九'
function chinese(n: number): string {
  if (n < 10) return CN[n]
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`
  return String(n)
}
const LEGAL = '零壹贰叁肆伍陆柒捌玖'

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'taiwaneseCounting': case 'taiwaneseCountingThousand': case 'ideographDigital':
      return chinese(n)
    case 'chineseLegalSimplified': return n < 10 ? LEGAL[n] : String(n)
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n)
    case 'decimalFullWidth': return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'lowerLetter': return String.fromCharCode(96 + ((n - 1) % 26) + 1)
    case 'upperLetter': return String.fromCharCode(64 + ((n - 1) % 26) + 1)
    case 'lowerRoman': case 'upperRoman': {
      const r = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const
      let out = ''
      let k = n
      for (const [v, s] of r) while (k >= v) { out += s; k -= v }
      return fmt === 'upperRoman' ? out.toUpperCase() : out
    }
    default: return String(n)
  }
}

function readLevels(numberingXml: string) {
  const abstracts = new Map<string, Map<number, Level>>()
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>()
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(l[1]), { start: Number(attr(l[2], 'start') ?? 1), format: attr(l[2], 'numFmt') ?? 'decimal', text: attr(l[2], 'lvlText') ?? '' })
    }
    abstracts.set(m[1], levels)
  }
  const nums = new Map<string, Map<number, Level>>()
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstracts.get(attr(m[2], 'abstractNumId') ?? '')
    if (levels) nums.set(m[1], levels)
  }
  return nums
}

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** The label of every numbered, non-empty paragraph in document order (null for a bullet). */
export function numberingLabels(docx: Buffer): (string | null)[] {
  const numbering = readZipEntry(docx, 'word/numbering.xml')?.toString('utf8')
  const document = readZipEntry(docx, 'word/document.xml')?.toString('utf8')
  if (!numbering || !document) return []
  const nums = readLevels(numbering)
  const styles = readZipEntry(docx, 'word/styles.xml')?.toString('utf8') ?? ''
  const styleNumbering = new Map<string, { numId: string; ilvl: number }>()
  for (const m of styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1]
    if (numPr) styleNumbering.set(m[1], { numId: attr(numPr, 'numId') ?? '', ilvl: Number(attr(numPr, 'ilvl') ?? 0) })
  }
  const counters = new Map<string, number[]>()
  const labels: (string | null)[] = []
  for (const p of document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = p[1]
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? ''
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1]
    const viaStyle = styleNumbering.get(attr(pPr, 'pStyle') ?? '')
    const numId = numPr ? attr(numPr, 'numId') : viaStyle?.numId
    const ilvl = numPr ? Number(attr(numPr, 'ilvl') ?? viaStyle?.ilvl ?? 0) : viaStyle?.ilvl ?? 0
    const levels = numId && numId !== '0' ? nums.get(numId) : undefined
    const level = levels?.get(ilvl)
    if (!levels || !level) continue
    const text = [...body.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1])).join('')
    if (!text.trim()) continue // mammoth skips empty paragraphs
    if (level.format === 'bullet') { labels.push(null); continue }
    const counter = counters.get(numId!) ?? []
    counter[ilvl] = (counter[ilvl] ?? (level.start - 1)) + 1
    counter.length = ilvl + 1
    counters.set(numId!, counter)
    labels.push(level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1
      const lv = levels.get(i)
      return format(counter[i] ?? lv?.start ?? 1, lv?.format ?? 'decimal')
    }))
  }
  return labels
}
