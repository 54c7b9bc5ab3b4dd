/**
 * The page and type of GB/T 9704-2012 《党政机关公文格式》, in the units Word stores (twips = 1/20 pt,
 * sizes in half-points). The clause of the standard is named beside each value.
 *
 * Fonts are named in the file (w:rFonts eastAsia/ascii/hAnsi), not embedded: where a computer lacks
 * 方正小标宋简体 or 仿宋_GB2312, Word and LibreOffice substitute a font they have (宋体/仿宋 on most
 * Chinese Windows), and the layout keeps its sizes and line pitch.
 */

const MM_PER_PT = 25.4 / 72

/** Millimetres → twips, rounded (docx's convertMillimetersToTwip truncates: A4 would be 11905 × 16837, not Word's 11906 × 16838). */
export const twipsOfMm = (mm: number) => Math.round((mm / MM_PER_PT) * 20)

/** 5.2.1: A4, 210 mm × 297 mm. */
export const PAGE_MM = { width: 210, height: 297 }

/**
 * 5.2.2.1: 天头（上白边）37 mm, 订口（左白边）28 mm, 版心 156 mm × 225 mm. The standard gives no right or
 * bottom margin; they follow from the 版心: right 210 − 28 − 156 = 26 mm, bottom 297 − 37 − 225 = 35 mm.
 */
export const TEXT_AREA_MM = { width: 156, height: 225 }
export const MARGIN_MM = {
  top: 37,
  left: 28,
  right: PAGE_MM.width - 28 - TEXT_AREA_MM.width,
  bottom: PAGE_MM.height - 37 - TEXT_AREA_MM.height,
}

/** Chinese type sizes (号) in points. */
export const SIZE_PT = { 二号: 22, 三号: 16, 四号: 14 }

/** 7.3.1 title 2号小标宋; 5.2.3 body 3号仿宋; 7.3.3 levels: 黑体, 楷体, then 仿宋; 7.5 page numbers 4号半角宋体. */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
}

/**
 * 5.2.4: 22 lines of 28 characters fill the 版心. 225 mm / 22 = 28.99 pt; the customary 28.95 pt (579
 * twips) is the largest whole-twip pitch whose 22 lines stay inside 225 mm (29 pt would push the 22nd
 * line out). Body paragraphs use it as an exact line spacing.
 */
export const LINE_TWIPS = Math.floor(twipsOfMm(TEXT_AREA_MM.height) / 22)

/**
 * 28 characters of 3号 (16 pt) are 448 pt, wider than the 156 mm (442.2 pt) 版心, so Word's document grid
 * narrows the pitch: charSpace is (pitch − font size) × 4096 against the document's default 16 pt
 * (ECMA-376 §17.6.5 docGrid), here (442.2 / 28 − 16) × 4096 ≈ −848.
 */
export const CHAR_SPACE = Math.round(((TEXT_AREA_MM.width / MM_PER_PT) / 28 - SIZE_PT.三号) * 4096)

/** One character of body text, for indents written in twips (Word's *Chars attributes win where known). */
export const BODY_CHAR_TWIPS = SIZE_PT.三号 * 20

/**
 * 7.5: page numbers sit below the 版心 with their 一字线 7 mm under its lower edge, so the top of the
 * 14 pt footer line is 35 − 7 = 28 mm above the page edge; Word measures the footer from the page edge
 * to its bottom: 28 mm − 14 pt ≈ 23 mm.
 */
export const FOOTER_TWIPS = twipsOfMm(MARGIN_MM.bottom - 7 - SIZE_PT.四号 * MM_PER_PT)

/** Half-points, the unit of docx run sizes. */
export const halfPoints = (pt: number) => pt * 2
