import { Type, type Static } from 'typebox'
import type { Figure, FigureRow, FiguresQuery } from '../../../../shared/sampling-figures'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import { buildTableWorkbook, xlsxName, type ExcelColumn } from '../../../platform/excel-table'
import { samplingFigures } from './service'

/**
 * The two tables of the 抽检与快检指标 card as .xlsx, through the card's own service call (region in scope,
 * period): the figures with the numbers they are made of, and the regions one level down.
 */

const FIGURE_COLUMNS: ExcelColumn<Figure>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '指标', width: 28, value: (r) => r.label },
  { header: '数值', width: 12, value: (r) => r.value },
  { header: '单位', width: 10, value: (r) => r.unit },
  { header: '目标', width: 14, value: (r) => r.target },
  { header: '分子', width: 36, value: (r) => r.numeratorLabel },
  { header: '分子数', width: 10, value: (r) => r.numerator },
  { header: '分母', width: 30, value: (r) => r.denominatorLabel },
  { header: '分母数', width: 10, value: (r) => r.denominator },
  { header: '说明', width: 40, value: (r) => r.note },
]

const ROW_COLUMNS: ExcelColumn<FigureRow>[] = [
  { header: '区域', width: 16, value: (r) => r.name },
  { header: '人口', width: 10, value: (r) => r.population },
  { header: '抽检批次', width: 10, value: (r) => r.batches },
  { header: '批次/千人', width: 10, value: (r) => r.batchesPerThousand },
  { header: '市场监管', width: 10, value: (r) => r.marketBatches },
  { header: '农残兽残', width: 10, value: (r) => r.residueSamples },
  { header: '种养殖环节', width: 11, value: (r) => r.plantingBatches },
  { header: '已判定', width: 9, value: (r) => r.judged },
  { header: '合格', width: 8, value: (r) => r.passed },
  { header: '合格率（%）', width: 11, value: (r) => r.passRate },
  { header: '不合格', width: 8, value: (r) => r.failed },
  { header: '快检', width: 8, value: (r) => r.rapidTests },
  { header: '快检阳性', width: 10, value: (r) => r.rapidPositives },
  { header: '瘦肉精', width: 8, value: (r) => r.leanMeatTests },
]

const TABLES = { figures: '抽检与快检指标', regions: '分区域抽检与快检' } as const
export const FiguresTableParams = Type.Object({
  table: Type.Union(Object.keys(TABLES).map((k) => Type.Literal(k)), { title: '表格' }),
}, { additionalProperties: false })

export async function figuresWorkbook(ctx: SignedInContext, params: Static<typeof FiguresTableParams>, query: FiguresQuery) {
  const d = await samplingFigures(ctx, query)
  const table = params.table as keyof typeof TABLES
  const today = todayOf(ctx)
  const what = `${d.regionName}，${d.from} 至 ${d.to}`
  const book = { sheetName: TABLES[table], title: `${TABLES[table]}（${what}），${today} 导出`, notes: d.notes }
  const rapid = d.rapidByItem.map((i) => `${i.label} ${i.count}${i.positives ? `（阳性 ${i.positives}）` : ''}`).join('、')
  return {
    buffer: table === 'figures'
      ? await buildTableWorkbook({ ...book, columns: FIGURE_COLUMNS, rows: d.figures, notes: [...(rapid ? [`快检按项目：${rapid}`] : []), ...d.notes] })
      : await buildTableWorkbook({ ...book, columns: ROW_COLUMNS, rows: d.rows }),
    fileName: xlsxName(TABLES[table], d.regionName, `${d.from}至${d.to}`),
  }
}
