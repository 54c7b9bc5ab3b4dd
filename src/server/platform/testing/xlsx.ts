import type * as XL from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import ExcelJS from '../exceljs'

/**
 * A downloaded table (platform/excel-table.ts layout) opened back: the file name it was sent as, its title
 * row, header and data rows as plain values (dates as YYYY-MM-DD), and the note lines under it.
 */
export interface DownloadedTable { fileName: string; sheetName: string; title: string; header: string[]; rows: unknown[][]; notes: string[] }

/** A date cell as YYYY-MM-DD, or YYYY-MM-DD HH:mm:ss when it carries a time of day (excelDateTime). */
const plain = (v: unknown) => (v instanceof Date ? v.toISOString().replace('T', ' ').replace(/( 00:00:00)?\.\d+Z$/, '') : v ?? null)

export async function openTable(res: LightMyRequestResponse): Promise<DownloadedTable> {
  if (res.statusCode !== 200) throw new Error(`download failed ${res.statusCode}: ${res.body}`)
  if (!String(res.headers['content-type']).includes('spreadsheetml')) throw new Error(`not an xlsx: ${res.headers['content-type']}`)
  const disposition = String(res.headers['content-disposition'])
  const fileName = decodeURIComponent(disposition.replace(/^.*filename\*=UTF-8''/, ''))
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Uint8Array.from(res.rawPayload).buffer as XL.Buffer)
  const sheet = book.worksheets[0]
  const width = sheet.getRow(2).cellCount
  const values = (n: number) => Array.from({ length: width }, (_, i) => plain(sheet.getRow(n).getCell(i + 1).value))
  const rows: unknown[][] = []
  let n = 3
  for (; n <= sheet.rowCount && sheet.getRow(n).cellCount > 0; n++) rows.push(values(n))
  const notes: string[] = []
  for (n++; n <= sheet.rowCount; n++) notes.push(String(sheet.getRow(n).getCell(1).value ?? ''))
  return { fileName, sheetName: sheet.name, title: String(sheet.getCell('A1').value), header: values(2) as string[], rows, notes }
}

/** The rows as objects keyed by header, for comparing with a JSON list field by field. */
export const rowsByHeader = (t: DownloadedTable) => t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]])))
