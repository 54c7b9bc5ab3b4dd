import { UNIT_KIND_LABELS, unitMatches, type UnitDto, type UnitFilterQuery } from '../../../shared/regions'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { listUnits } from './service'

/** 成员单位 as .xlsx: the units in the caller's scope that the page's kind and search term select, with their aliases. */

const COLUMNS: ExcelColumn<UnitDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '单位名称', width: 36, value: (r) => r.name },
  { header: '简称', width: 20, value: (r) => r.shortName },
  { header: '类别', width: 14, value: (r) => UNIT_KIND_LABELS[r.kind] ?? r.kind },
  { header: '所在区划', width: 14, value: (r) => r.regionName },
  { header: '别名', width: 60, value: (r) => r.aliases.join('、') },
]

export async function unitsWorkbook(ctx: SignedInContext, query: UnitFilterQuery) {
  const rows = (await listUnits(ctx)).filter((u) => unitMatches(u, query))
  const today = todayOf(ctx)
  const kind = query.kind ? UNIT_KIND_LABELS[query.kind] : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '成员单位', title: `成员单位${kind ? `（${kind}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('成员单位', kind, today),
  }
}
