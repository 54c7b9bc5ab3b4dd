import { judgeResult, limitProblems, limitText, plainDecimal, sampleVerdict, type JudgedResult, type Verdict } from '../../../../shared/sample-verdict'
import type { ResultInput, SampleResultDto, TestItemDto } from '../../../../shared/sampling'

/**
 * One line of the 录入检验结果 form: a catalogue item (its limit shown, copied by the server) or a typed one
 * with its own limit, and what the lab measured. Kept as text while typed; judged live with the shared rule.
 */
export interface ResultRow {
  key: string
  /** The catalogue row, or null for an item typed by hand. */
  item: TestItemDto | null
  itemName: string
  unit: string
  limitKind: string
  limitValue: string
  limitMax: string
  planN: string
  planC: string
  standard: string
  /** false = 未检出. */
  detected: boolean
  value: string
  lod: string
  /** A microbial plan's n unit values, separated by commas or spaces. */
  unitValues: string
}

const DECIMAL = /^(0|[1-9][0-9]{0,7})(\.[0-9]{1,6})?$/
export const isDecimal = (s: string) => DECIMAL.test(s.trim())
const orNull = (s: string) => (s.trim() === '' ? null : s.trim())
const intOrNull = (s: string) => (/^\d{1,2}$/.test(s.trim()) ? Number(s.trim()) : null)
export const splitValues = (s: string) => s.split(/[\s,，、;；]+/).map((v) => v.trim()).filter(Boolean)

let counter = 0
const blankRow = (): Omit<ResultRow, 'item' | 'itemName' | 'unit' | 'limitKind' | 'standard'> => ({
  key: `row-${++counter}`, limitValue: '', limitMax: '', planN: '', planC: '', detected: true, value: '', lod: '', unitValues: '',
})
export const catalogueRow = (item: TestItemDto): ResultRow => ({ ...blankRow(), item, itemName: item.name, unit: item.unit, limitKind: item.limitKind, standard: item.standard })
export const customRow = (): ResultRow => ({ ...blankRow(), item: null, itemName: '', unit: 'mg/kg', limitKind: 'max', standard: '' })

/** The limit the row is judged against: the catalogue's, or the typed one. */
export function limitOf(r: ResultRow): Pick<JudgedResult, 'limitKind' | 'limitValue' | 'limitMax' | 'planN' | 'planC' | 'unit'> {
  if (r.item) return { limitKind: r.item.limitKind, limitValue: r.item.limitValue, limitMax: r.item.limitMax, planN: r.item.planN, planC: r.item.planC, unit: r.item.unit }
  return { limitKind: r.limitKind, limitValue: orNull(r.limitValue), limitMax: orNull(r.limitMax), planN: intOrNull(r.planN), planC: intOrNull(r.planC), unit: r.unit.trim() }
}

/** What is missing or malformed in a row, in Chinese; empty when it can be judged and sent. */
export function rowProblems(r: ResultRow): string[] {
  const problems: string[] = []
  const limit = limitOf(r)
  if (!r.item) {
    if (!r.itemName.trim()) problems.push('请填写检验项目名称')
    if (!r.unit.trim()) problems.push('请填写单位')
    if (!r.standard.trim()) problems.push('请填写判定依据')
    for (const [field, text] of [[r.limitValue, '限量值'], [r.limitMax, 'M 值']] as const) if (field.trim() && !isDecimal(field)) problems.push(`${text}应为非负数，最多 6 位小数`)
    for (const [field, text] of [[r.planN, 'n'], [r.planC, 'c']] as const) if (field.trim() && intOrNull(field) === null) problems.push(`${text} 应为整数`)
    if (!problems.length) problems.push(...limitProblems(limit).map((p) => p.replace(/^(.+?)：/, '')))
  }
  if (limit.limitKind === 'microbe') {
    const values = splitValues(r.unitValues)
    if (values.length === 0) problems.push(`请填写 ${limit.planN ?? 'n'} 个样品的检测值`)
    else if (values.some((v) => !isDecimal(v))) problems.push('各样品检测值应为非负数，以逗号分隔')
    else if (limit.planN !== null && values.length !== limit.planN) problems.push(`应填写 ${limit.planN} 个样品的检测值，现有 ${values.length} 个`)
  } else if (r.detected) {
    if (!r.value.trim()) problems.push('请填写检测值，或选择“未检出”')
    else if (!isDecimal(r.value)) problems.push('检测值应为非负数，最多 6 位小数')
  }
  if (r.lod.trim() && !isDecimal(r.lod)) problems.push('检出限应为非负数，最多 6 位小数')
  return problems
}

function judged(r: ResultRow): JudgedResult {
  const microbe = limitOf(r).limitKind === 'microbe'
  const unitValues = microbe ? splitValues(r.unitValues) : null
  return {
    ...limitOf(r),
    detected: microbe ? unitValues!.some((v) => Number(v) > 0) : r.detected,
    value: !microbe && r.detected ? r.value.trim() : null,
    lod: orNull(r.lod),
    unitValues,
  }
}

/** The row's verdict by the shared rule, or null while it is incomplete. */
export const liveVerdict = (r: ResultRow): Verdict | null => (rowProblems(r).length ? null : judgeResult(judged(r)))

/** The sample's verdict once every row can be judged; null while any cannot (or there is none). */
export function liveSampleVerdict(rows: ResultRow[]): Verdict | null {
  const verdicts = rows.map(liveVerdict)
  if (!verdicts.length || verdicts.some((v) => v === null)) return null
  return sampleVerdict(verdicts as Verdict[])
}

export const rowLimitText = (r: ResultRow) => {
  const limit = limitOf(r)
  return r.item || !limitProblems(limit).length ? limitText(limit) : '—'
}

/** The API's shape: a catalogue item sends only its id and the measurement (the server copies the limit). */
export function toResultInput(r: ResultRow): ResultInput {
  const j = judged(r)
  const measured = { detected: j.detected, value: j.value, lod: j.lod, unitValues: j.unitValues }
  if (r.item) return { testItemId: r.item.id, itemName: null, ...measured, unit: null, limitKind: null, limitValue: null, limitMax: null, planN: null, planC: null, standard: null }
  return {
    testItemId: null, itemName: r.itemName.trim(), ...measured, unit: j.unit, limitKind: j.limitKind,
    limitValue: j.limitValue, limitMax: j.limitMax, planN: j.planN, planC: j.planC, standard: r.standard.trim(),
  }
}

/**
 * What the lab measured, as people write it (the database's 5.000000 reads 5): 0.35 mg/kg,
 * 未检出（检出限 0.01 mg/kg）, or the n unit values.
 */
export function measuredText(r: Pick<SampleResultDto, 'detected' | 'value' | 'lod' | 'unitValues' | 'unit'>) {
  if (r.unitValues?.length) return `${r.unitValues.map(plainDecimal).join('，')} ${r.unit}`
  if (!r.detected) return `未检出${r.lod ? `（检出限 ${plainDecimal(r.lod)} ${r.unit}）` : ''}`
  return r.value === null ? `— ${r.unit}` : `${plainDecimal(r.value)} ${r.unit}`
}
