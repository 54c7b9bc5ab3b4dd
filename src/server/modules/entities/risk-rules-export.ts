import { Type, type Static } from 'typebox'
import { RISK_GRADE_LABELS, RISK_GRADES, type RiskGrade } from '../../../shared/entity-catalogue'
import { STATIC_FACTORS, type RiskRules, type StaticFactor } from '../../../shared/risk-rules'
import { todayOf } from '../../platform/config'
import type { SignedInContext } from '../../platform/context'
import { buildTableWorkbook, xlsxName, type ExcelColumn } from '../../platform/excel-table'
import { getRules } from './service/grading'

/**
 * The tables of the 风险分级规则 page as .xlsx, from the current version (getRules, as the page reads it): the
 * yearly inspection frequency by grade, with the scores and thresholds of that version as notes under it, and the
 * rule sources with their confirmation status.
 */

type Source = RiskRules['sources'][number]
const SOURCE_STATUS: Record<string, string> = { P: 'P 原文（已核对法规原文）', S: 'S 二手来源（官方转述确认）', U: 'U 未确认（可按本省规定调整）' }

const FREQUENCY_COLUMNS = (rules: RiskRules): ExcelColumn<RiskGrade>[] => [
  { header: '等级', width: 20, value: (g) => RISK_GRADE_LABELS[g] },
  { header: '每年最少（次）', width: 14, value: (g) => rules.frequency[g].min },
  { header: '每年最多（次）', width: 14, value: (g) => rules.frequency[g].max },
]

const SOURCE_COLUMNS: ExcelColumn<Source>[] = [
  { header: '序号', width: 7, value: (_r, i) => i + 1 },
  { header: '规则', width: 36, value: (r) => r.item },
  { header: '来源', width: 60, value: (r) => r.source },
  { header: '确认状态', width: 30, value: (r) => SOURCE_STATUS[r.status] ?? r.status },
]

const TABLES = { frequency: '每年检查频次', sources: '规则来源' } as const
export const RiskRulesTableParams = Type.Object({
  table: Type.Union(Object.keys(TABLES).map((k) => Type.Literal(k)), { title: '表格' }),
}, { additionalProperties: false })

export async function riskRulesWorkbook(ctx: SignedInContext, params: Static<typeof RiskRulesTableParams>) {
  const { version, rules } = await getRules(ctx)
  const table = params.table as keyof typeof TABLES
  const today = todayOf(ctx)
  const book = { sheetName: TABLES[table], title: `风险分级规则（第 ${version} 版）：${TABLES[table]}，${today} 导出` }
  const notes = [
    `静态分值上限 ${rules.staticMax} 分，动态分值上限 ${rules.dynamicMax} 分。`,
    `等级分界（总分不超过）：A 级 ${rules.thresholds.A}，B 级 ${rules.thresholds.B}，C 级 ${rules.thresholds.C}；高于 C 级上限为 D 级。`,
    ...(Object.keys(STATIC_FACTORS) as StaticFactor[]).map((f) => `静态风险因素加分：${STATIC_FACTORS[f]} ${rules.staticFactors[f]} 分。`),
  ]
  return {
    buffer: table === 'frequency'
      ? await buildTableWorkbook({ ...book, columns: FREQUENCY_COLUMNS(rules), rows: RISK_GRADES, notes })
      : await buildTableWorkbook({ ...book, columns: SOURCE_COLUMNS, rows: rules.sources }),
    fileName: xlsxName('风险分级规则', `第${version}版`, TABLES[table], today),
  }
}
