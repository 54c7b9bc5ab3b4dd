import { compareDecimal } from '../../../../../shared/sample-verdict'
import type { ImportResultsDto, ImportRowErrorDto, ResultInput } from '../../../../../shared/sampling'
import { todayOf } from '../../../../platform/config'
import type { SignedInContext } from '../../../../platform/context'
import type { Transaction } from '../../../../platform/db'
import { badRequest } from '../../../../platform/errors'
import { activeTestItemsNamed } from '../../catalogue/service'
import type { SampleRow, TestItemRow } from '../../schema'
import { readResultRows, WorkbookError, type RawResultRow } from '../excel/read-results'
import * as q from '../queries'
import { appliesTo, categoryLabel, resolveResults } from '../results'
import { reportRefusal, writeReports } from './report'

/**
 * Lab results from Excel, one row per tested item, grouped per 抽样单编号 into reports that pass the same
 * rules as the report form. All or nothing: every row is checked first; one bad row → 400 with the list of
 * 行号 + 列 + reason and nothing written.
 */
const DECIMAL = /^(0|[1-9][0-9]{0,7})(\.[0-9]{1,6})?$/
const NOT_DETECTED = '(?:未检出|ND|N\\.D\\.?)'
/**
 * Labs write a result below the method's limit of detection as 未检出 / ND, as "<LOD" (ASCII or full-width),
 * or as both: 未检出(<0.01). Each is 未检出; the number, when given, is the LOD the verdict is judged with.
 */
const BELOW_LOD = [
  new RegExp(`^${NOT_DETECTED}$`, 'i'),
  /^[<＜]\s*([0-9.]+)$/,
  new RegExp(`^${NOT_DETECTED}\\s*[（(]\\s*[<＜]?\\s*([0-9.]+)\\s*[)）]$`, 'i'),
]
const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/

interface ParsedRow {
  rowNumber: number; sampleNumber: string; reportNumber: string; reportReceivedOn: string; item: string
  detected: boolean; values: string[]; unit: string; lod: string | null
  limit: { kind: 'max' | 'min' | 'not_detected'; value: string | null } | null; standard: string | null
}

function parseDate(text: string): string | null {
  const m = DATE.exec(text)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

function parseLimit(text: string): ParsedRow['limit'] | undefined {
  if (text === '不得检出') return { kind: 'not_detected', value: null }
  const m = /^(≤|<=|＜=|不超过)?\s*([0-9.]+)$/.exec(text) ?? null
  if (m && DECIMAL.test(m[2])) return { kind: 'max', value: m[2] }
  const n = /^(≥|>=|＞=|不低于)\s*([0-9.]+)$/.exec(text)
  if (n && DECIMAL.test(n[2])) return { kind: 'min', value: n[2] }
  return undefined
}

/** null: a number (or numbers); otherwise 未检出 with the LOD written in the cell, if any. */
function belowDetection(text: string): { lod: string | null } | null {
  for (const pattern of BELOW_LOD) {
    const m = pattern.exec(text)
    if (m) return { lod: m[1] ?? null }
  }
  return null
}

function parseRow(raw: RawResultRow, errors: ImportRowErrorDto[]): ParsedRow | null {
  const c = raw.cells
  const before = errors.length
  const err = (column: string, message: string) => errors.push({ rowNumber: raw.rowNumber, column, message })
  const need = (v: string | null, column: string, max: number) => {
    if (!v) err(column, '不能为空')
    else if (v.length > max) err(column, `不能超过 ${max} 个字`)
    return v ?? ''
  }
  const sampleNumber = need(c.sampleNumber, '抽样单编号', 40)
  const reportNumber = need(c.reportNumber, '检验报告编号', 64)
  const item = need(c.item, '检验项目', 64)
  const unit = need(c.unit, '单位', 16)
  const reportReceivedOn = c.reportReceivedOn ? parseDate(c.reportReceivedOn) : null
  if (!c.reportReceivedOn) err('收到报告日期', '不能为空')
  else if (!reportReceivedOn) err('收到报告日期', '日期格式应为 YYYY-MM-DD（如 2026-03-15），也可写 2026/3/15 或 2026年3月15日')
  let detected = true
  let values: string[] = []
  let lod = c.lod
  if (lod && !DECIMAL.test(lod)) err('检出限', `「${lod}」不是数字`)
  const below = c.value ? belowDetection(c.value) : null
  if (!c.value) err('检测值', '不能为空（未检出请填「未检出」或「<检出限」）')
  else if (below) {
    detected = false
    if (below.lod !== null && !DECIMAL.test(below.lod)) err('检测值', `「${c.value}」中的检出限不是数字`)
    else if (below.lod !== null && lod && DECIMAL.test(lod) && compareDecimal(lod, below.lod) !== 0) err('检出限', `「${lod}」与检测值「${c.value}」中的检出限不一致`)
    else lod = below.lod ?? lod
  } else {
    values = c.value.split(/\s*[,，、;；]\s*|\s+/).filter(Boolean)
    if (values.some((v) => !DECIMAL.test(v))) err('检测值', `「${c.value}」不是数字、「未检出」或「<检出限」（数字最多 6 位小数，不能为负）`)
  }
  const limit = c.limit ? parseLimit(c.limit) : null
  if (limit === undefined) err('限量', '应写作「≤0.05」「≥3」或「不得检出」')
  if (c.limit && !c.standard) err('判定依据', '填写了限量时须填写判定依据（标准）')
  if (c.standard && c.standard.length > 100) err('判定依据', '不能超过 100 个字')
  if (errors.length > before) return null
  return { rowNumber: raw.rowNumber, sampleNumber, reportNumber, reportReceivedOn: reportReceivedOn!, item, detected, values, unit, lod: lod ?? null, limit: limit ?? null, standard: c.standard }
}

const COLUMN_OF: Record<string, string> = { 检验项目: '检验项目', 检验项目名称: '检验项目', 检测值: '检测值', 各样品检测值: '检测值', 单位: '单位', 判定依据: '判定依据', 检出限: '检出限' }
const scopeSplit = (item: string) => /^(.+?)（([^（）]+)）$/.exec(item)

/** The catalogue row an item names for the sample's category, or why there is none. */
function matchItem(item: string, category: string, catalogue: TestItemRow[]): { row: TestItemRow } | { error: string } {
  const split = scopeSplit(item)
  const named = catalogue.filter((r) => r.name === item || (split !== null && r.name === split[1] && r.foodScope === split[2]))
  let candidates = named.filter((r) => r.name === item && appliesTo(r, category))
  if (!candidates.length && split) candidates = named.filter((r) => r.name === split[1] && appliesTo(r, category))
  const label = categoryLabel(category)
  if (candidates.length === 1) return { row: candidates[0] }
  if (!candidates.length && named.length) {
    return { error: `「${item}」不适用于「${label}」（目录中该项目的适用食品：${[...new Set(named.map((r) => r.foodScope))].join('；')}）；确需检验的，请填写限量和判定依据` }
  }
  if (!candidates.length) return { error: `目录中没有适用于「${label}」的「${item}」；不在目录中的项目请填写限量和判定依据` }
  return { error: `目录中「${item}」有 ${candidates.length} 条适用于「${label}」的限量（${candidates.map((r) => r.foodScope).join('；')}），请在名称后用括号注明适用食品，如「${item}（${candidates[0].foodScope}）」` }
}

async function checkGroup(tx: Transaction, ctx: SignedInContext, rows: ParsedRow[], sample: SampleRow | undefined, catalogue: TestItemRow[], errors: ImportRowErrorDto[]) {
  const [first] = rows
  const err = (row: ParsedRow, column: string, message: string) => errors.push({ rowNumber: row.rowNumber, column, message })
  if (!sample) { err(first, '抽样单编号', `系统中没有抽样单「${first.sampleNumber}」（或不在本账号管辖范围内）`); return null }
  for (const r of rows.slice(1)) {
    if (r.reportNumber !== first.reportNumber) err(r, '检验报告编号', `同一抽样单的报告编号应相同（第 ${first.rowNumber} 行为 ${first.reportNumber}）`)
    if (r.reportReceivedOn !== first.reportReceivedOn) err(r, '收到报告日期', `同一抽样单的收到报告日期应相同（第 ${first.rowNumber} 行为 ${first.reportReceivedOn}）`)
  }
  const refusal = reportRefusal(sample, first.reportReceivedOn, todayOf(ctx))
  if (refusal) { err(first, refusal.field === '检验结果' ? '抽样单编号' : '收到报告日期', refusal.message); return null }
  const inputs: ResultInput[] = []
  const before = errors.length
  for (const r of rows) {
    const typed = r.limit !== null
    const match = typed ? null : matchItem(r.item, sample.category, catalogue)
    if (match && 'error' in match) { err(r, '检验项目', match.error); continue }
    const item = match?.row
    if (item && item.unit !== r.unit) err(r, '单位', `与目录中该项目的单位（${item.unit}）不一致`)
    const microbe = item?.limitKind === 'microbe'
    if (!microbe && r.values.length > 1) { err(r, '检测值', '只有微生物项目可填写多个检测值'); continue }
    const unitValues = microbe && r.detected ? r.values : null
    inputs.push({
      testItemId: item?.id ?? null, itemName: typed ? r.item : null, detected: r.detected, value: microbe || !r.detected ? null : r.values[0], lod: r.lod,
      unitValues, unit: typed ? r.unit : null, limitKind: r.limit?.kind ?? null, limitValue: r.limit?.value ?? null, limitMax: null, planN: null, planC: null, standard: typed ? r.standard : null,
    })
  }
  if (errors.length > before) return null
  const resolved = await resolveResults(tx, inputs, sample.category, new Map(catalogue.map((r) => [r.id, r])))
  for (const p of resolved.problems) err(rows[p.index], COLUMN_OF[p.field] ?? '限量', p.message)
  return resolved.problems.length ? null : { sample, input: { reportNumber: first.reportNumber, reportReceivedOn: first.reportReceivedOn, results: inputs }, ...resolved }
}

export async function importResults(ctx: SignedInContext, buffer: Buffer): Promise<ImportResultsDto> {
  let raw: RawResultRow[]
  try { raw = await readResultRows(buffer) } catch (e) { throw e instanceof WorkbookError ? badRequest(e.message) : e }
  const errors: ImportRowErrorDto[] = []
  const parsed = raw.map((r) => parseRow(r, errors)).filter((r): r is ParsedRow => r !== null)
  const groups = new Map<string, ParsedRow[]>()
  for (const r of parsed) groups.set(r.sampleNumber, [...(groups.get(r.sampleNumber) ?? []), r])
  return ctx.db.transaction(async (tx) => {
    const samples = new Map((await q.findSamplesByNumbers(tx, ctx.account, [...groups.keys()])).map((s) => [s.sampleNumber, s]))
    const names = parsed.flatMap((r) => [r.item, scopeSplit(r.item)?.[1] ?? r.item])
    const catalogue = await activeTestItemsNamed(tx, names)
    const checked = []
    for (const [number, rows] of groups) checked.push(await checkGroup(tx, ctx, rows, samples.get(number), catalogue, errors))
    if (errors.length) {
      errors.sort((a, b) => a.rowNumber - b.rowNumber)
      const e = errors[0]
      throw badRequest(`导入文件有 ${errors.length} 处错误，未导入任何数据。第 ${e.rowNumber} 行「${e.column}」：${e.message}`, errors)
    }
    const written = await writeReports(tx, ctx, checked.filter((g) => g !== null), 'sample.import_results')
    const failedSamples = written.filter((w) => w.saved.verdict === 'fail').map(({ saved, disposalId }) => ({ id: saved.id, sampleNumber: saved.sampleNumber, disposalId }))
    return { rows: raw.length, samples: written.length, failedSamples }
  })
}
