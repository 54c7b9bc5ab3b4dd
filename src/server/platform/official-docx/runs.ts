import { AlignmentType, HighlightColor, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx'
import { BODY_CHAR_TWIPS, FONT, halfPoints, LINE_TWIPS, SIZE_PT } from './layout'
import { blankText, figureText } from './labels'
import { isBlank, isFigure, type Blank, type Run } from './model'

/** Runs and paragraphs in the official type: every run names its font for East Asian and Latin text. */

export interface Type { font: string; size: number }
export const BODY: Type = { font: FONT.body, size: SIZE_PT.三号 }

export const textRun = (text: string, type: Type = BODY, extra: { highlight?: boolean; snapToGrid?: boolean } = {}) => new TextRun({
  text,
  font: { eastAsia: type.font, ascii: type.font, hAnsi: type.font },
  size: halfPoints(type.size),
  ...(extra.highlight ? { highlight: HighlightColor.YELLOW } : {}),
  ...(extra.snapToGrid === false ? { snapToGrid: false } : {}),
})

/** A blank is yellow so the office sees at a glance what is left to write. */
const blankRun = (b: Blank, type: Type, snapToGrid?: boolean) => textRun(blankText(b), type, { highlight: true, snapToGrid })

export function toTextRuns(runs: readonly Run[], type: Type = BODY, snapToGrid?: boolean): TextRun[] {
  return runs.map((r) => {
    if (isBlank(r)) return blankRun(r, type, snapToGrid)
    if (isFigure(r)) {
      const shown = figureText(r)
      return typeof shown === 'string' ? textRun(shown, type, { snapToGrid }) : blankRun(shown, type, snapToGrid)
    }
    return textRun(r, type, { snapToGrid })
  })
}

/** Exact 28.95 pt lines (layout.ts LINE_TWIPS): 22 to a page whatever the font. */
export const EXACT_LINE = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT }

/** 7.3.3: 每个自然段左空二字，回行顶格; justified so each line fills the 版心. */
export const bodyParagraph = (children: TextRun[], extra: Partial<IParagraphOptions> = {}) => new Paragraph({
  children,
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: 2 * BODY_CHAR_TWIPS, firstLineChars: 200 },
  spacing: EXACT_LINE,
  ...extra,
})

/** A centred line on the body pitch (title, subtitle). */
export const centredLine = (children: TextRun[], extra: Partial<IParagraphOptions> = {}) =>
  new Paragraph({ children, alignment: AlignmentType.CENTER, spacing: EXACT_LINE, ...extra })

/** An empty body line, e.g. 7.3.3's one line between title and text. */
export const emptyLine = () => new Paragraph({ children: [textRun('')], spacing: EXACT_LINE })
