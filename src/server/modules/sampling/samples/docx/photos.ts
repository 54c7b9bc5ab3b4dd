import { AlignmentType, BorderStyle, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'

/**
 * 现场照片 in the 抽样单: two to a row in a borderless table, each scaled to fit its half of the A4 text
 * width (aspect kept) with a numbered caption under it. Sizes come from the image headers, so no image
 * library is needed; a photo whose header cannot be read is still shown, in a 4:3 box.
 */

export interface FormPhoto { content: Buffer; mimeType: string }

// Half the form's A4 text width (11906 − 2 × 1300 twips ≈ 620 px at 96 dpi) less the cell margins; low enough
// that two photos and the signatures still fit on the first page.
const BOX = { width: 290, height: 175 }
const FONT = '仿宋_GB2312'
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
/** A layout table's borders: none at all. */
export const NO_BORDERS = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none }

/** Pixel size from a PNG IHDR or a JPEG SOFn segment; null if the header is not one of those. */
export function imageSize(b: Buffer): { width: number; height: number } | null {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null
  for (let i = 2; i + 9 < b.length;) {
    if (b[i] !== 0xff) { i++; continue }
    const marker = b[i + 1]
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue } // no length
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) }
    i += 2 + b.readUInt16BE(i + 2)
  }
  return null
}

/** Fits the image into the box without enlarging a small one. */
export function fitted(size: { width: number; height: number } | null) {
  if (!size || !size.width || !size.height) return { ...BOX }
  const scale = Math.min(1, BOX.width / size.width, BOX.height / size.height)
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) }
}

const caption = (text: string) => new Paragraph({
  alignment: AlignmentType.CENTER, spacing: { after: 120 },
  children: [new TextRun({ text, font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT }, size: 20 })],
})

function photoCell(photo: FormPhoto | undefined, n: number) {
  const children = photo
    ? [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type: photo.mimeType === 'image/png' ? 'png' : 'jpg', data: photo.content, transformation: fitted(imageSize(photo.content)) })],
      }),
      caption(`照片 ${n}`),
    ]
    : [new Paragraph('')]
  return new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children })
}

/** The photos table, or nothing when the sample has none. */
export function photosTable(photos: FormPhoto[]): Table[] {
  if (!photos.length) return []
  const rows: TableRow[] = []
  for (let i = 0; i < photos.length; i += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [photoCell(photos[i], i + 1), photoCell(photos[i + 1], i + 2)] }))
  }
  return [new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows,
  })]
}
