import { compareDecimal, judgeResult, limitProblems, sampleVerdict, type Verdict } from '../../../../shared/sample-verdict'
import type { ResultInput } from '../../../../shared/sampling'
import { FOOD_CATEGORIES, type FoodCategory } from '../../../../shared/sampling-catalogue'
import type { Executor } from '../../../platform/db'
import { testItemsByIds } from '../catalogue/service'
import type { TestItemRow } from '../schema'
import type { NewResultRow } from './queries'

/**
 * A lab report's items turned into result rows: the limit copied from the catalogue (or typed for an item
 * the catalogue lacks), the value checked against what the limit kind needs, the verdict computed. Shared
 * by the report form and the Excel import, which reports the problems row by row.
 */
export interface ResultProblem { index: number; field: string; message: string }
export type ResolvedResult = Omit<NewResultRow, 'sampleId'>

const LIMIT_FIELDS = ['limitKind', 'limitValue', 'limitMax', 'planN', 'planC', 'standard', 'unit', 'itemName'] as const
const FIELD_LABELS: Record<(typeof LIMIT_FIELDS)[number], string> = {
  limitKind: '判定方式', limitValue: '限量值', limitMax: 'M 值', planN: 'n（样品数）', planC: 'c（允许超 m 数）', standard: '判定依据', unit: '单位', itemName: '检验项目名称',
}

const same = (a: unknown, b: unknown) => {
  if (typeof a === 'string' && typeof b === 'string' && /^\d/.test(a) && /^\d/.test(b)) {
    try { return compareDecimal(a, b) === 0 } catch { return a === b }
  }
  return a === b
}
const splitProblem = (index: number, text: string): ResultProblem => {
  const at = text.indexOf('：')
  return { index, field: text.slice(0, at), message: text.slice(at + 1) }
}

/** Whether a catalogue row applies to a food category: a row listing no category applies to every food. */
export const appliesTo = (item: Pick<TestItemRow, 'categories'>, category: string) => !item.categories.length || item.categories.includes(category)
export const categoryLabel = (category: string) => FOOD_CATEGORIES[category as FoodCategory]?.label ?? category

/** The limit of one item: from its catalogue row (a typed value that differs is refused), or typed whole. */
function limitOf(r: ResultInput, index: number, item: TestItemRow | undefined, category: string, problems: ResultProblem[]) {
  if (r.testItemId) {
    if (!item || !item.active) { problems.push({ index, field: '检验项目', message: '目录中没有该项目或已停用' }); return null }
    // A limit is set for the foods it names: lead in 芸薹类蔬菜 says nothing about a cake.
    if (!appliesTo(item, category)) problems.push({ index, field: '检验项目', message: `「${item.name}」（${item.foodScope}）不适用于「${categoryLabel(category)}」` })
    for (const f of LIMIT_FIELDS) {
      const typed = r[f]
      const listed = f === 'itemName' ? item.name : item[f]
      if (typed !== null && typed !== undefined && !same(typed, listed)) {
        problems.push({ index, field: FIELD_LABELS[f], message: `选择目录项目时取目录的值（${listed ?? '不填'}），不能另填` })
      }
    }
    return { testItemId: item.id, itemName: item.name, unit: item.unit, limitKind: item.limitKind, limitValue: item.limitValue, limitMax: item.limitMax, planN: item.planN, planC: item.planC, standard: item.standard }
  }
  const before = problems.length
  if (!r.itemName?.trim()) problems.push({ index, field: '检验项目名称', message: '不在目录中的项目须填写名称' })
  if (!r.unit?.trim()) problems.push({ index, field: '单位', message: '不在目录中的项目须填写单位' })
  if (!r.standard?.trim()) problems.push({ index, field: '判定依据', message: '不在目录中的项目须填写判定依据（标准）' })
  if (!r.limitKind) problems.push({ index, field: '判定方式', message: '不在目录中的项目须选择判定方式' })
  else for (const p of limitProblems(r as Parameters<typeof limitProblems>[0])) problems.push(splitProblem(index, p))
  if (problems.length > before) return null
  return { testItemId: null, itemName: r.itemName!.trim(), unit: r.unit!.trim(), limitKind: r.limitKind!, limitValue: r.limitValue, limitMax: r.limitMax, planN: r.planN, planC: r.planC, standard: r.standard!.trim() }
}

/** The measured values against what the limit kind needs. */
function checkValues(r: ResultInput, index: number, limit: NonNullable<ReturnType<typeof limitOf>>, problems: ResultProblem[]) {
  if (limit.limitKind === 'microbe') {
    const n = limit.planN!
    // 未检出 without unit values (e.g. 沙门氏菌 0/25 g in every unit) reads as n zeros.
    if (!r.detected && !r.unitValues) return
    if (!r.unitValues || r.unitValues.length !== n) problems.push({ index, field: '各样品检测值', message: `按 n=${n} 的采样方案应填写 ${n} 个样品的检测值` })
    else if (r.unitValues.some((v) => (v.split('.')[1] ?? '').length > 3)) problems.push({ index, field: '各样品检测值', message: '最多 3 位小数' })
    if (r.value !== null) problems.push({ index, field: '检测值', message: '微生物项目填写各样品检测值，不填单个检测值' })
    return
  }
  if (r.unitValues !== null) problems.push({ index, field: '各样品检测值', message: '只有微生物采样方案的项目填写各样品检测值' })
  if (!r.detected && r.value !== null) problems.push({ index, field: '检测值', message: '未检出时不填检测值（可填检出限）' })
  if (r.detected && r.value === null) problems.push({ index, field: '检测值', message: '检出时须填写检测值' })
}

/**
 * `category`: the sample's food category, which every catalogue item must apply to. `known`: catalogue rows
 * the caller has read already (the import reads them once for all its reports).
 */
export async function resolveResults(db: Executor, inputs: ResultInput[], category: string, known?: Map<string, TestItemRow>) {
  const items = known ?? await testItemsByIds(db, inputs.map((r) => r.testItemId).filter((id): id is string => !!id))
  const problems: ResultProblem[] = []
  const rows: ResolvedResult[] = []
  const seen = new Map<string, number>()
  inputs.forEach((r, index) => {
    const limit = limitOf(r, index, r.testItemId ? items.get(r.testItemId) : undefined, category, problems)
    if (!limit) return
    checkValues(r, index, limit, problems)
    const key = `${limit.itemName}|${limit.testItemId ?? limit.standard}`
    if (seen.has(key)) problems.push({ index, field: '检验项目', message: `「${limit.itemName}」与第 ${seen.get(key)! + 1} 项重复` })
    seen.set(key, index)
    const microbe = limit.limitKind === 'microbe'
    const unitValues = microbe ? (r.unitValues ?? (r.detected ? null : Array.from({ length: limit.planN! }, () => '0'))) : null
    const detected = microbe ? (unitValues ?? []).some((v) => compareDecimal(v, '0') > 0) : r.detected
    const judged = { ...limit, detected, value: r.value, lod: r.lod, unitValues }
    const verdict: Verdict = problems.some((p) => p.index === index) ? 'fail' : judgeResult(judged)
    rows.push({ ...judged, verdict, sortOrder: index })
  })
  return { rows, problems, verdict: sampleVerdict(rows.map((r) => r.verdict as Verdict)) }
}

/** 「检测值（第 2 项 铅）：检出时须填写检测值」 */
export const problemText = (p: ResultProblem, inputs: ResultInput[], rows: ResolvedResult[]) => {
  const name = rows.find((r) => r.sortOrder === p.index)?.itemName ?? inputs[p.index]?.itemName ?? ''
  return `${p.field}（第 ${p.index + 1} 项${name ? ` ${name}` : ''}）：${p.message}`
}
