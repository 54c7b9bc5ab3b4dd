import type { Static } from 'typebox'
import type { SelfInspectionRateDto } from '../../../shared/entities'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { selfInspectionRates } from './service/self-inspection'

/** 企业自查率 as .xlsx: the page's table for the same period and region (one row per sub-region, then 合计), the rule under it. */

type Row = Static<typeof SelfInspectionRateDto>['rows'][number]

const COLUMNS: ExcelColumn<Row>[] = [
  { header: '区域', width: 22, value: (r) => r.regionName },
  { header: '应自查（户·月）', width: 16, value: (r) => r.obliged },
  { header: '已自查', width: 10, value: (r) => r.inspected },
  { header: '已提交报告', width: 12, value: (r) => r.reported },
  { header: '自查率（%）', width: 12, value: (r) => r.inspectionRate },
  { header: '自查报告率（%）', width: 15, value: (r) => r.reportRate },
]

const NOTES = [
  '应自查主体：在业且须按月自查的生产经营者（小摊点、农村集体聚餐场所和农业生产主体除外）。每户每月自查一次。',
  '自查率 = 已填写自查表的户·月 ÷ 应自查的户·月；自查报告率 = 已提交自查报告的户·月 ÷ 应自查的户·月。季度、年度统计到本月为止。',
]

/** 2026-06 → 2026年6月, 2026-Q2 → 2026年第2季度, 2026 → 2026年. */
const periodLabel = (p: string) => {
  const [year, part] = p.split('-')
  return `${year}年${!part ? '' : part.startsWith('Q') ? `第${part.slice(1)}季度` : `${Number(part)}月`}`
}

export async function selfInspectionRatesWorkbook(ctx: SignedInContext, period: string, region: string | undefined) {
  const rates = await selfInspectionRates(ctx, period, region)
  const what = periodLabel(period)
  return {
    buffer: await buildTableWorkbook({ sheetName: '企业自查率', title: `企业自查率（${what}），${todayOf(ctx)} 导出`, columns: COLUMNS, rows: rates.rows, notes: NOTES }),
    fileName: xlsxName('企业自查率', what, todayOf(ctx)),
  }
}
