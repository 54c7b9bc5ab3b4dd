import { CASE_STEPS, PENALTY_KINDS, type CaseStatus, type CaseStep, type PenaltyInput } from '../../../shared/cases'
import { addDays, addWorkdays, onOrNextWorkday } from '../../platform/working-days'

/**
 * The time limits and thresholds of cases and credit, as data with their sources (REGULATIONS.md §5–7;
 * status P = primary text read, S = secondary source, U = unconfirmed and therefore configurable).
 */
export const CASE_LIMITS = {
  filingWorkdays: { value: 15, unit: '工作日', source: '《市场监督管理行政处罚程序规定》第十八条', status: 'S' },
  decisionDays: { value: 90, unit: '日', source: '《行政处罚法》第六十条；《市场监督管理行政处罚程序规定》（条号待核）', status: 'S' },
  extensionDays: { value: 30, unit: '日', source: '《市场监督管理行政处罚程序规定》：经批准可延长 30 日', status: 'S' },
  policeDecisionDays: { value: 10, unit: '日', source: '《食品药品行政执法与刑事司法衔接工作办法》（食药监稽〔2015〕271号）', status: 'S' },
  publishWorkdays: { value: 20, unit: '工作日', source: '《市场监督管理行政处罚信息公示规定》第九条', status: 'P' },
  displayShortMonths: { value: 3, unit: '月', source: '同上 第十三条（通报批评、较低数额罚款）', status: 'P' },
  displayLongYears: { value: 3, unit: '年', source: '同上 第十三条', status: 'P' },
  creditRepairYears: { value: 1, unit: '年', source: '《市场监督管理信用修复管理办法》（食品、药品、特种设备：公示满 1 年）', status: 'S' },
  listingRepairYears: { value: 1, unit: '年', source: '《市场监督管理严重违法失信名单管理办法》（总局令第44号）', status: 'S' },
  listingYears: { value: 3, unit: '年', source: '同上', status: 'S' },
  banYearsOnRevocation: { value: 5, unit: '年', source: '《食品安全法》第一百三十五条', status: 'P' },
} as const

/**
 * 较低数额罚款 (公示 3 个月): the threshold is set by each province and we have not read Henan's text (U).
 * Override with SHIAN_LOWER_FINE_INDIVIDUAL / SHIAN_LOWER_FINE_ORGANISATION (元) once confirmed.
 */
export const LOWER_FINE = {
  individual: Number(process.env.SHIAN_LOWER_FINE_INDIVIDUAL ?? 10_000),
  organisation: Number(process.env.SHIAN_LOWER_FINE_ORGANISATION ?? 100_000),
  source: '各省“较低数额罚款”标准（待核，可配置）', status: 'U',
} as const

/** 15 working days from the clue (holidays and 调休 on the official calendar). */
export const filingDueOf = (clueReceivedOn: string) => addWorkdays(clueReceivedOn, CASE_LIMITS.filingWorkdays.value)

/** 90 days (+ extension) from 立案; a limit ending on a holiday ends on the next working day. */
export const decisionDueOf = (filedOn: string, extendedDays: number) =>
  onOrNextWorkday(addDays(filedOn, CASE_LIMITS.decisionDays.value + extendedDays))

export const policeDecisionDueOf = (transferredOn: string) => addDays(transferredOn, CASE_LIMITS.policeDecisionDays.value)

/** Calendar months/years, clamped to the month's end (2024-02-29 + 1 year → 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, last))
  return target.toISOString().slice(0, 10)
}
export const addYears = (date: string, years: number) => addMonths(date, years * 12)

/** The status each step leaves a case in, and the one it must follow. */
const STEP_ORDER: { step: CaseStep; from: CaseStatus; dateOf: 'filedOn' | 'investigatedOn' | 'notifiedOn' | 'decidedOn' | 'executedOn'; previous: string }[] = [
  { step: 'investigated', from: 'filed', dateOf: 'filedOn', previous: '立案' },
  { step: 'notified', from: 'investigated', dateOf: 'investigatedOn', previous: '调查终结' },
  { step: 'decided', from: 'notified', dateOf: 'notifiedOn', previous: '告知' },
  { step: 'executed', from: 'decided', dateOf: 'decidedOn', previous: '决定' },
  { step: 'closed', from: 'executed', dateOf: 'executedOn', previous: '执行' },
]

type Dated = Partial<Record<'filedOn' | 'investigatedOn' | 'notifiedOn' | 'decidedOn' | 'executedOn', string | null>> & { status: string }

/** The Chinese sentence why a step cannot be recorded on that date, or null when it can. */
export function stepProblem(row: Dated, step: CaseStep, on: string, today: string): string | null {
  const rule = STEP_ORDER.find((r) => r.step === step)!
  const label = CASE_STEPS[step]
  if (row.status !== rule.from) {
    if (row.status === 'clue') return `${label}：案件尚未立案`
    if (row.status === 'not_filed') return `${label}：该线索已决定不予立案`
    return `${label}：应在“${rule.previous}”之后、依次记录（当前环节：${currentStepLabel(row.status)}）`
  }
  const previousOn = row[rule.dateOf]
  if (previousOn && on < previousOn) return `${label}日期：不得早于${rule.previous}日期（${previousOn}）`
  if (on > today) return `${label}日期：不得晚于今天（${today}）`
  return null
}

const currentStepLabel = (status: string) => ({ filed: '立案', investigated: '调查终结', notified: '告知', decided: '决定', executed: '执行', closed: '结案' } as Record<string, string>)[status] ?? status

export const statusAfter = (step: CaseStep): CaseStatus => step

const MONEY_KINDS = new Set(['fine', 'confiscate_income', 'person_fine'])
const PERSON_KINDS = new Set(['person_fine', 'employment_ban'])

/** Rules on one decision's penalties; every problem names the penalty (第 n 项) and the field. */
export function penaltyProblems(penalties: PenaltyInput[]): string | null {
  const kinds = new Set(penalties.map((p) => p.kind))
  for (const [i, p] of penalties.entries()) {
    const at = `处罚内容第 ${i + 1} 项（${PENALTY_KINDS[p.kind as keyof typeof PENALTY_KINDS]}）`
    if (MONEY_KINDS.has(p.kind) && (p.amount === null || Number(p.amount) <= 0)) return `${at}：须填写大于 0 的处罚金额（元）`
    if (PERSON_KINDS.has(p.kind)) {
      if (!p.personName) return `${at}：须填写被处罚人姓名`
      if (!p.personRole) return `${at}：须填写被处罚人职务`
    } else if (p.personName || p.personRole || p.personIdNumber) {
      return `${at}：对单位的处罚不填写被处罚人`
    }
    if (p.kind === 'employment_ban') {
      if (p.banYears === null) return `${at}：须填写从业禁止年限（5 年或终身）`
      if (p.banYears === 5 && !kinds.has('licence_revoked')) return `${at}：5 年从业禁止须同一决定吊销许可证（食品安全法第一百三十五条）`
      if (p.banYears === 0 && !p.note) return `${at}：终身从业禁止须在说明中写明刑事判决（食品安全法第一百三十五条）`
    } else if (p.banYears !== null) {
      return `${at}：只有从业禁止填写年限`
    }
    if (p.kind === 'warning' && p.amount !== null) return `${at}：警告不填写金额`
  }
  if (kinds.has('warning') && penalties.filter((p) => p.kind === 'warning').length > 1) return '处罚内容：警告只能有一项'
  return null
}

/** Amounts in whole fen (分), so sums never drift; 14-digit numerics stay far below 2^53. */
export const toFen = (amount: string | null) => (amount === null ? 0 : Math.round(Number(amount) * 100))
export const fromFen = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`

/** Warnings alone are not published (公示规定 第二条). */
export const needsCreditRecord = (penalties: { kind: string }[]) => penalties.some((p) => p.kind !== 'warning' && !PERSON_KINDS.has(p.kind))

/** 3 months for 较低数额罚款 (with or without a warning), else 3 years (第十三条). */
export function displayUntilOf(decidedOn: string, partyKind: string, penalties: { kind: string; amount: string | null }[]): string {
  const entityPenalties = penalties.filter((p) => !PERSON_KINDS.has(p.kind))
  const onlyFines = entityPenalties.every((p) => p.kind === 'fine' || p.kind === 'warning')
  const fined = entityPenalties.filter((p) => p.kind === 'fine').reduce((s, p) => s + toFen(p.amount), 0)
  const threshold = (partyKind === 'individual' ? LOWER_FINE.individual : LOWER_FINE.organisation) * 100
  return onlyFines && fined <= threshold
    ? addMonths(decidedOn, CASE_LIMITS.displayShortMonths.value)
    : addYears(decidedOn, CASE_LIMITS.displayLongYears.value)
}

/** What the credit record says: the penalties on the business, never a person's name. */
export function creditSummary(caseNumber: string | null, cause: string, penalties: { kind: string; amount: string | null }[]): string {
  const parts = penalties.filter((p) => !PERSON_KINDS.has(p.kind))
    .map((p) => `${PENALTY_KINDS[p.kind as keyof typeof PENALTY_KINDS]}${p.amount ? ` ${p.amount} 元` : ''}`)
  return `${caseNumber ? `${caseNumber}：` : ''}${cause.slice(0, 200)}；${parts.join('，')}`.slice(0, 500)
}

/** 较重行政处罚 kinds that may ground a listing (总局令第44号); a fine only counts when the office confirms it was 从重. */
export const HEAVY_KINDS = new Set(['licence_revoked', 'suspension', 'fine'])
