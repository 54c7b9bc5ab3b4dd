import {
  AlignmentType, BorderStyle, convertMillimetersToTwip, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx'

/**
 * Documents in the official layout of GB/T 9704-2012 《党政机关公文格式》: A4; margins top 37 mm,
 * bottom 35 mm, left 28 mm, right 26 mm; title in 方正小标宋简体 二号 (22 pt); body in 仿宋_GB2312 三号
 * (16 pt) with a fixed 28.95 pt line (22 lines a page); red issuer mark and red rule; page numbers
 * “— 1 —” in 宋体 四号. Fonts are named, not embedded: Word substitutes where they are missing.
 */
const TITLE_FONT = '方正小标宋简体'
const BODY_FONT = '仿宋_GB2312'
const HEADING_FONT = '黑体'
const KAITI = '楷体_GB2312'
const RED = 'E60012'
const pt = (n: number) => n * 2 // docx sizes are half-points
const LINE = { line: 579, lineRule: LineRuleType.EXACT } // 28.95 pt in twips (×20)

export interface OfficialDocument {
  /** 发文机关标志, printed in red, e.g. 西平县食品安全委员会办公室 */
  issuerMark: string
  /** 发文字号, e.g. 西食安办督〔2026〕3号 */
  documentNumber?: string
  title: string
  /** 主送机关 */
  addressee?: string
  /** Body: strings are paragraphs; a heading level marks 一、（一） headings; a table is rows of cells. */
  body: (string | { heading: 1 | 2; text: string } | { table: string[][] })[]
  /** 发文机关署名 and 成文日期 (YYYY-MM-DD; printed 2026年3月5日) */
  signature: string
  date: string
}

const run = (text: string, font = BODY_FONT, size = 16, extra: Record<string, unknown> = {}) =>
  new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: pt(size), ...extra })

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

function bodyParagraph(item: OfficialDocument['body'][number]) {
  if (typeof item === 'string') return new Paragraph({ children: [run(item)], indent: { firstLine: 640 }, spacing: LINE, alignment: AlignmentType.JUSTIFIED })
  if ('heading' in item) return new Paragraph({ children: [run(item.text, item.heading === 1 ? HEADING_FONT : KAITI)], indent: { firstLine: 640 }, spacing: LINE })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: item.table.map((cells, i) => new TableRow({
      tableHeader: i === 0,
      children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [run(c, i === 0 ? HEADING_FONT : BODY_FONT, 12)], alignment: AlignmentType.CENTER })] })),
    })),
  })
}

export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  const children = [
    new Paragraph({ children: [run(doc.issuerMark, TITLE_FONT, 26, { color: RED })], alignment: AlignmentType.CENTER, spacing: { after: 240 } }),
    ...(doc.documentNumber ? [new Paragraph({ children: [run(doc.documentNumber)], alignment: AlignmentType.CENTER, spacing: LINE })] : []),
    // the red rule under the issuer mark
    new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 1 } }, spacing: { after: 480 } }),
    new Paragraph({ children: [run(doc.title, TITLE_FONT, 22)], alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 579 } }),
    ...(doc.addressee ? [new Paragraph({ children: [run(`${doc.addressee}：`)], spacing: LINE })] : []),
    ...doc.body.map(bodyParagraph),
    new Paragraph({ children: [], spacing: LINE }),
    new Paragraph({ children: [run(doc.signature)], alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE }),
    new Paragraph({ children: [run(chineseDate(doc.date))], alignment: AlignmentType.RIGHT, indent: { right: 1280 }, spacing: LINE }),
  ]
  const document = new Document({
    creator: 'Shian 食安', title: doc.title,
    sections: [{
      properties: {
        page: {
          size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
          margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) },
        },
      },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('— ', '宋体', 14), new TextRun({ children: [PageNumber.CURRENT], size: pt(14), font: '宋体' }), run(' —', '宋体', 14)] })] }) },
      children,
    }],
  })
  return Packer.toBuffer(document)
}
