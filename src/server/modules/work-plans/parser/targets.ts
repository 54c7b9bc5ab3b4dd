import { inside } from './brackets'
import { findDeadlineHits } from './deadlines'
import { findPeriodCounts, type PeriodCount } from './periods'
import { compactVerbatim, spanOf, verbatim, type Block } from './text-block'
import type { Comparator, Target } from './types'
import type { Piece } from './unit-names'

/**
 * Targets need an explicit figure. Percentages always count; counts (个, 家, 批次…) count when a comparator
 * or an action verb governs them, when they are a rate (批次/千人) or a count per period, or when they
 * continue a list whose first figure counted (`完成省级例行监测样本 40 个、市级 15 个`).
 */

const TIME_UNITS = '个工作日|个月|小时|分钟|天'
const COUNT_UNITS = '人次|户次|家次|批次|份次|样本|平方米|公里|公斤|千克|学时|课时|个|家|所|项|次|期|场|轮|名|人|户|件|份|条|台|套|座|处|支|辆|吨|元|亩|篇|批|种|类|款|本|册|张|块|位|例|起|宗|间|段|米'
const FIGURE = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)(个百分点|%|‰|(?:${TIME_UNITS})|(?:[万亿千]?)(?:${COUNT_UNITS})|万)(\\/(?:[千万百]?人|年|月|季度|周|日|天|批))?`, 'g')

const CLAUSE_END = '，；。：！？'
const WINDOW = 15

// Nearest-wins comparator words before a figure. 达 alone must not be part of 达标/达成/到达.
const COMPARATORS: [RegExp, Comparator][] = [
  [/不得超过|不应超过|不得高于|不超过|不高于|不大于|不多于|控制在/g, '<='],
  [/低于|少于|小于/g, '<'],
  [/超过|高于|大于|多于/g, '>'],
  [/不得低于|不应低于|不得少于|不应少于|不低于|不少于|不小于|至少|最少|≥|力争达到|达到|提高到|提高至|提升到|提升至|增加到|增至|达(?![标成峰])/g, '>='],
]
const ACTION = /完成|聘用|招聘|聘请|选聘|配齐|新建|建成|建设|创建|培育|打造|新增|增加|抽检|抽查|检测|监测|开展|组织|举办|培训|创成|认定|评定|改造|升级|提升|实现|确保|力争|扶持|推广|设立|配备|覆盖|发放|编发|发布|评选|选树|命名|打掉|破获|查办|侦破|整治|建立|招录|配置|投入|安排|落实|核查|检查|巡查|执法|演练|宣传|举报|受理/
const DESCRIPTIVE = /全县|全市|全区|全省|共有|现有|目前|已有|已经|累计已|其中|辖区内有|共计/

export interface TargetHit { from: number; to: number; value: number; unit: string; comparator: Comparator; metricFrom: number; metricTo: number; textFrom: number }

function comparatorBefore(window: string): { comparator: Comparator; at: number; length: number } | null {
  let best: { comparator: Comparator; at: number; length: number } | null = null
  for (const [re, comparator] of COMPARATORS) {
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(window))) {
      // 不超过 also contains 超过: a match inside a longer, negated word loses.
      if (comparator === '>' && window[m.index - 1] === '不') continue
      if (comparator === '<' && window[m.index - 1] === '不') continue
      const at = m.index + m[0].length
      // the nearest word wins; of words ending at the same place the longest (不得低于 over 低于)
      if (!best || at > best.at || (at === best.at && m[0].length > best.length)) best = { comparator, at, length: m[0].length }
    }
  }
  return best
}

const LEADING_VERBS = /^(?:要|并|使|让|力争|确保|实现|推动|推进|全面|落实|引导|实施|其中|同时|且|努力|争取|使得|做到|保证|保持|以上|，)+/

export function findTargetHits(s: string, excluded: Piece[], periodCounts = findPeriodCounts(s)): TargetHit[] {
  const hits: TargetHit[] = []
  const consider = (from: number, to: number, value: number, unit: string, after: string, counted: boolean) => {
    if (inside(excluded, from)) return
    let clauseStart = from
    while (clauseStart > 0 && !CLAUSE_END.includes(s[clauseStart - 1])) clauseStart--
    const prev = hits[hits.length - 1]
    const listContinues = !!prev && prev.to >= clauseStart && /^[、和及与]$/.test(s.slice(prev.to, from).replace(/以上|以下|以内/, '').slice(0, 1))
    const segStart = listContinues ? prev.to + 1 : Math.max(clauseStart, prev && prev.to > clauseStart ? prev.to : clauseStart)
    const window = s.slice(Math.max(segStart, from - WINDOW), from)
    const before = comparatorBefore(window)
    const isRate = /%|‰|百分点/.test(unit) || unit.includes('/')
    const isTime = new RegExp(`^(?:${TIME_UNITS})$`).test(unit)
    const afterWord = /^(?:及)?以上/.test(after) ? '>=' : /^(?:及)?以下|^以内|^之内/.test(after) ? '<=' : null
    const acted = ACTION.test(s.slice(Math.max(clauseStart, from - WINDOW), from))
    const described = !isRate && DESCRIPTIVE.test(s.slice(clauseStart, from)) && !before && !afterWord
    const qualifies = isTime ? !!(before || afterWord) : !described && (isRate || counted || !!before || !!afterWord || acted || listContinues)
    if (!qualifies) return
    let comparator: Comparator = '='
    if (before) comparator = before.comparator
    if (afterWord === '>=' && comparator !== '>') comparator = '>='
    if (afterWord === '<=') comparator = '<='
    const afterLen = afterWord ? (/^(?:及)?(?:以上|以下|以内|之内)/.exec(after)?.[0].length ?? 0) : 0
    const metricTo = before ? Math.max(segStart, from - (window.length - before.at) - matchLenBefore(window, before.at)) : from
    hits.push({ from, to: to + afterLen, value, unit, comparator, metricFrom: segStart, metricTo: Math.max(segStart, metricTo), textFrom: segStart })
  }

  FIGURE.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = FIGURE.exec(s))) {
    const from = m.index
    const to = from + m[0].length
    const prevChar = s[from - 1] ?? ''
    // Inside a code or name (ISO22000, 6S, 12315), an ordinal (第3批) or a range's second half.
    if (/[0-9A-Za-z.\-—–/+第~]/.test(prevChar)) continue
    // Penalties quoted from law (处1万元以下罚款) are not targets.
    if (/^(?:以[上下])?(?:的)?罚款|^(?:以[上下])?(?:的)?罚金/.test(s.slice(to, to + 6))) continue
    const pc = periodCounts.find((p) => from >= p.countFrom && from < p.countTo)
    if (pc) continue // read below as a count per period
    // 每千人不少于2元 is a rate: 元/千人, like 4 批次/千人.
    const perHead = m[3] ? null : /每([千万百]?人)[^，。；：、]{0,8}$/.exec(s.slice(Math.max(0, from - 12), from))
    consider(from, to, Number(m[1]), m[2] + (m[3] ?? (perHead ? `/${perHead[1]}` : '')), s.slice(to, to + 3), false)
  }
  for (const pc of periodCounts) considerPeriod(pc)
  function considerPeriod(pc: PeriodCount) {
    if (inside(excluded, pc.from)) return
    const before = comparatorBefore(pc.window)
    let comparator: Comparator = before?.comparator ?? '='
    if (pc.after) comparator = '>='
    let clauseStart = pc.from
    while (clauseStart > 0 && !CLAUSE_END.includes(s[clauseStart - 1])) clauseStart--
    hits.push({ from: pc.countFrom, to: pc.to, value: pc.value, unit: pc.unit, comparator, metricFrom: clauseStart, metricTo: pc.from, textFrom: clauseStart })
  }
  return hits.sort((a, b) => a.from - b.from)
}

/** Length of the longest comparator word that ends at `at` in the window (to cut the metric before it). */
function matchLenBefore(window: string, at: number): number {
  let longest = 0
  for (const [re] of COMPARATORS) {
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(window))) if (m.index + m[0].length === at) longest = Math.max(longest, m[0].length)
  }
  return longest
}

export function findTargets(source: string, b: Block, excluded: Piece[], opts: { from?: '工作进度'; range?: Piece } = {}): Target[] {
  const range = opts.range ?? { from: 0, to: b.s.length }
  const s = b.s
  const hits = findTargetHits(s.slice(0, range.to), excluded).filter((h) => h.from >= range.from)
  return hits.map((h) => {
    let textFrom = Math.max(h.textFrom, range.from)
    let metric = s.slice(Math.max(h.metricFrom, range.from), Math.max(h.metricTo, range.from)).replace(LEADING_VERBS, '')
    // A bare rate (覆盖率达到 90%) names its subject in the clause before: 引导实施 6S 标准化管理，覆盖率…
    let prevStart = textFrom - 1
    while (prevStart > range.from && !CLAUSE_END.includes(s[prevStart - 1])) prevStart--
    // …unless that clause has its own figure or only says when (年底前，覆盖率达到 80%以上).
    const prevHasFigure = hits.some((x) => x.from >= prevStart && x.from < textFrom) || findDeadlineHits(s.slice(prevStart, textFrom), []).length > 0
    if (metric.length <= 4 && /率|比例|数|量/.test(metric) && textFrom > range.from && s[textFrom - 1] === '，' && !prevHasFigure) {
      const subject = compactVerbatim(source, b, prevStart, textFrom - 1).replace(/^(?:引导|实施|推进|推动|全面|开展|加强|落实|要|并)+/, '')
      metric = subject + metric
      textFrom = prevStart
    } else {
      metric = compactVerbatim(source, b, h.metricTo - metric.length, h.metricTo)
    }
    return {
      text: verbatim(source, b, textFrom, h.to),
      metric,
      comparator: h.comparator,
      value: h.value,
      unit: h.unit,
      ...(opts.from ? { from: opts.from } : {}),
      sourceSpans: [spanOf(b, textFrom, h.to)],
    }
  })
}
