import type * as XL from 'exceljs'
import ExcelJS from '../../../platform/exceljs'
import { Value } from 'typebox/value'
import { usccCheckChar } from '../../../../shared/codes'
import { CertificationInput, EntityInput, LicenceInput, PersonInput } from '../../../../shared/entities'
import type { EntitySeed } from '../seed-types'
import type { RegionLookup } from './row-check'

/** Test helpers: valid codes, a region lookup over a few villages, and workbooks built in memory. */

/** A valid USCC (GB 32100 check character computed, not hard-coded). */
export function uscc(seq: number): string {
  const first17 = `91411721MA${String(seq).padStart(7, '0')}`
  return first17 + usccCheckChar(first17)
}

/** A well-formed 食品经营许可证 number. */
export const jy = (seq: number) => `JY2411721${String(seq).padStart(7, '0')}`

export const VILLAGES: Record<string, string> = {
  '411721001001': '九龙社区',
  '411721100201': '春明村',
  '411721100202': '东关村',
}
export const LOOKUP: RegionLookup = {
  regionByCode: (code) => code in VILLAGES || code === '411721001000',
  regionByName: (name) => Object.entries(VILLAGES).find(([, n]) => n === name)?.[0] ?? (name === '柏城街道' ? '411721001000' : null),
  today: '2026-03-10',
}

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A workbook with one sheet: optional rows above the header, the header, then the data rows. */
export async function sheetFile(header: string[], rows: XL.CellValue[][], opts: { sheetName?: string; above?: string[][]; extraSheetFirst?: string } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  if (opts.extraSheetFirst) book.addWorksheet(opts.extraSheetFirst).addRow(['说明'])
  const sheet = book.addWorksheet(opts.sheetName ?? '经营主体')
  for (const r of opts.above ?? []) sheet.addRow(r)
  sheet.addRow(header)
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** Rows given as header → value, written under the given header order. */
export const byHeader = (header: string[], rows: Record<string, XL.CellValue>[]) => rows.map((r) => header.map((h) => r[h] ?? null))

/** Every part of the seed passes the API schemas (lastInspectedOn is the seed's one extra entity field). */
export function seedIsValid(seed: EntitySeed): boolean {
  const { lastInspectedOn: _l, ...entity } = seed.entity
  return Value.Check(EntityInput, entity) && seed.licences.every((l) => Value.Check(LicenceInput, l))
    && seed.people.every((p) => Value.Check(PersonInput, p)) && seed.certifications.every((c) => Value.Check(CertificationInput, c))
}

/** A minimal valid row for the standard columns. */
export const MIN_HEADER = ['主体名称', '统一社会信用代码', '主体类型', '所在村（社区）区划代码', '证照类型', '证照编号']
export const minRow = (seq: number): XL.CellValue[] => [`测试餐饮店${seq}`, uscc(seq), '小型餐饮', '411721100201', '食品经营许可证', jy(seq)]
