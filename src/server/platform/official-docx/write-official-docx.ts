import {
  AlignmentType, Document, DocumentGridType, Footer, Packer, PageBreak, PageNumber, Paragraph,
  Table, TextRun,
} from 'docx'
import {
  BODY_CHAR_TWIPS, CHAR_SPACE, FONT, FOOTER_TWIPS, halfPoints, LINE_TWIPS, MARGIN_MM, PAGE_MM, SIZE_PT, twipsOfMm,
} from './layout'
import { chineseDate, headingLabels, signatureIndents } from './labels'
import type { Block, HeadingBlock, OfficialDoc } from './model'
import { BODY, bodyParagraph, centredLine, emptyLine, EXACT_LINE, textRun, toTextRuns, type Type } from './runs'
import { tableElements } from './table'

export type { Block, Cell, OfficialDoc, Run } from './model'
export { blank, figure } from './model'

/**
 * A report as a .docx in the layout of GB/T 9704-2012 (layout.ts): title, optional subtitle, numbered
 * headings, body, tables, then the issuer and date. No 版头 (red issuer mark and 发文字号): reports
 * are sent under a covering document, and official-docx/notice.ts prints the 督办 notices that need one.
 */

const TITLE: Type = { font: FONT.title, size: SIZE_PT.二号 }
const HEADING_TYPE: Record<HeadingBlock['level'], Type> = {
  1: { font: FONT.heading1, size: SIZE_PT.三号 },
  2: { font: FONT.heading2, size: SIZE_PT.三号 },
  3: BODY,
  4: BODY,
}
const PAGE_NUMBER: Type = { font: FONT.pageNumber, size: SIZE_PT.四号 }

/**
 * 7.5: 「— 1 —」, odd pages at the right and even pages at the left, each 空一字 (one 4号 character)
 * from the edge of the 版心. Word shows the even footer because the document sets evenAndOddHeaders.
 */
function pageNumberFooter(side: 'odd' | 'even') {
  const oneChar = SIZE_PT.四号 * 20
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
      spacing: { line: oneChar, lineRule: EXACT_LINE.lineRule },
      children: [
        textRun('— ', PAGE_NUMBER),
        new TextRun({ children: [PageNumber.CURRENT], font: { eastAsia: PAGE_NUMBER.font, ascii: PAGE_NUMBER.font, hAnsi: PAGE_NUMBER.font }, size: halfPoints(PAGE_NUMBER.size) }),
        textRun(' —', PAGE_NUMBER),
      ],
    })],
  })
}

function headParagraphs(doc: OfficialDoc): Paragraph[] {
  const title = doc.title.split('\n').map((line) => centredLine([textRun(line.trim(), TITLE)]))
  const subtitle = doc.subtitle ? [centredLine([textRun(doc.subtitle, { font: FONT.heading2, size: SIZE_PT.三号 })])] : []
  // 7.3.3: the text starts after one empty line under the title.
  return [...title, ...subtitle, emptyLine()]
}

function bodyElements(blocks: readonly Block[]): (Paragraph | Table)[] {
  const labels = headingLabels(blocks)
  const out: (Paragraph | Table)[] = []
  // A page break becomes pageBreakBefore on what follows: a paragraph holding only a break would leave
  // an empty line at the top of the new page.
  let breakBefore = false
  blocks.forEach((b, i) => {
    if (b.kind === 'pageBreak') { breakBefore = true; return }
    const pageBreakBefore = breakBefore
    breakBefore = false
    if (b.kind === 'heading') {
      out.push(bodyParagraph([
        textRun(`${labels.get(i)}${b.text}`, HEADING_TYPE[b.level]),
        ...toTextRuns(b.body ?? []),
      ], { outlineLevel: b.level - 1, keepNext: !b.body?.length, pageBreakBefore }))
    } else if (b.kind === 'paragraph') {
      out.push(bodyParagraph(toTextRuns(b.runs), { pageBreakBefore }))
    } else {
      if (pageBreakBefore && !b.title) out.push(new Paragraph({ children: [new TextRun({ children: [new PageBreak()] })] }))
      out.push(...tableElements(b, pageBreakBefore))
    }
  })
  if (breakBefore) out.push(new Paragraph({ children: [new TextRun({ children: [new PageBreak()] })] }))
  return out
}

/** 7.3.5.2: one empty line under the text, then the issuer and the date, aligned by signatureIndents. */
function signatureParagraphs(doc: OfficialDoc): Paragraph[] {
  const date = doc.date ? chineseDate(doc.date) : undefined
  if (!doc.issuer && !date) return []
  const indents = signatureIndents(doc.issuer ?? '', date ?? '')
  const line = (text: string, chars: number) =>
    new Paragraph({ children: [textRun(text)], alignment: AlignmentType.RIGHT, indent: { right: chars * BODY_CHAR_TWIPS }, spacing: EXACT_LINE })
  return [
    emptyLine(),
    ...(doc.issuer ? [line(doc.issuer, date ? indents.issuer : 2)] : []),
    ...(date ? [line(date, doc.issuer ? indents.date : 2)] : []),
  ]
}

export async function writeOfficialDocx(doc: OfficialDoc): Promise<Buffer> {
  const mm = twipsOfMm
  const document = new Document({
    creator: 'Shian 食安',
    title: doc.title.replace(/\s*\n\s*/g, ''),
    evenAndOddHeaderAndFooters: true,
    // The grid's charSpace is measured against the default run size, so the default is the body's 3号.
    styles: { default: { document: { run: { size: halfPoints(SIZE_PT.三号), font: { eastAsia: FONT.body, ascii: FONT.body, hAnsi: FONT.body }, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } } },
    sections: [{
      properties: {
        page: {
          size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) },
          margin: { top: mm(MARGIN_MM.top), bottom: mm(MARGIN_MM.bottom), left: mm(MARGIN_MM.left), right: mm(MARGIN_MM.right), footer: FOOTER_TWIPS },
        },
        grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_TWIPS, charSpace: CHAR_SPACE },
      },
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      children: [...headParagraphs(doc), ...bodyElements(doc.blocks), ...signatureParagraphs(doc)],
    }],
  })
  return Packer.toBuffer(document)
}
