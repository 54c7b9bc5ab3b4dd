import type { SampleListItemDto, SampleListQuery } from '../../../../../shared/sampling'
import { FOOD_CATEGORIES, SAMPLE_PURPOSES, SAMPLE_STAGES, SAMPLE_VERDICTS, SAMPLING_DEPARTMENTS, SAMPLING_LEVELS, type FoodCategory } from '../../../../../shared/sampling-catalogue'
import { todayOf } from '../../../../platform/config'
import type { SignedInContext } from '../../../../platform/context'
import { allPages, buildTableWorkbook, excelDate, xlsxName, type ExcelColumn } from '../../../../platform/excel-table'
import { listSamples } from '../service/read'

/** The 抽样检验 list as .xlsx: every sample the filters select (all pages), labels not codes, real dates. */

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code
/** 合格 / 不合格 once reported; before that 待送检 or 检验中, as the list shows it. */
export const verdictText = (r: Pick<SampleListItemDto, 'verdict' | 'sentOn'>) => (r.verdict ? label(SAMPLE_VERDICTS, r.verdict) : r.sentOn ? '检验中' : '待送检')

const COLUMNS: ExcelColumn<SampleListItemDto>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '抽样单编号', width: 20, value: (r) => r.sampleNumber },
  { header: '抽样日期', width: 12, value: (r) => excelDate(r.sampledOn), date: true },
  { header: '被抽样单位', width: 30, value: (r) => r.entityName },
  { header: '区域', width: 14, value: (r) => r.regionName },
  { header: '样品', width: 16, value: (r) => r.productName },
  { header: '食品类别', width: 16, value: (r) => FOOD_CATEGORIES[r.category as FoodCategory]?.label ?? r.category },
  { header: '抽检类型', width: 11, value: (r) => label(SAMPLE_PURPOSES, r.purpose) },
  { header: '抽检级别', width: 9, value: (r) => label(SAMPLING_LEVELS, r.level) },
  { header: '抽检部门', width: 10, value: (r) => label(SAMPLING_DEPARTMENTS, r.department) },
  { header: '环节', width: 11, value: (r) => label(SAMPLE_STAGES, r.stage) },
  { header: '承检机构', width: 26, value: (r) => r.lab },
  { header: '送检期限', width: 12, value: (r) => excelDate(r.sentDueOn), date: true },
  { header: '送检日期', width: 12, value: (r) => excelDate(r.sentOn), date: true },
  { header: '报告期限', width: 12, value: (r) => excelDate(r.reportDueOn), date: true },
  { header: '收到报告', width: 12, value: (r) => excelDate(r.reportReceivedOn), date: true },
  { header: '结论', width: 9, value: verdictText },
  { header: '不合格项目', width: 26, value: (r) => r.failedItems.join('、') },
  { header: '核查处置', width: 10, value: (r) => (r.disposalId ? '已启动' : '') },
]

export async function samplesWorkbook(ctx: SignedInContext, query: SampleListQuery) {
  const rows = await allPages((page, pageSize) => listSamples(ctx, { ...query, page, pageSize }))
  const today = todayOf(ctx)
  const what = query.year ? `${query.year}年` : query.from || query.to ? `${query.from ?? ''}至${query.to ?? ''}` : ''
  return {
    buffer: await buildTableWorkbook({ sheetName: '抽样检验', title: `抽样检验${what ? `（${what}）` : ''}，${today} 导出`, columns: COLUMNS, rows }),
    fileName: xlsxName('抽样检验', what, today),
  }
}
