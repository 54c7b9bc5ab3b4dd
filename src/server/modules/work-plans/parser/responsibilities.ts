import { bracketGroups, quotedSpans, type Group } from './brackets'
import { DEADLINE_LABEL, PROGRESS_LABEL, RESPONSIBILITY_LABEL, markerOf } from './markers'
import type { Block } from './text-block'
import { looksLikeUnit, splitTopLevel, splitUnitList, type Piece } from './unit-names'

/**
 * Finds the responsibility statements of a task — parentheticals that close a sentence and name units,
 * and `责任单位：` / `牵头单位：X；配合单位：Y` lines — and reads leads and cooperating units from them.
 */

export type Role = 'lead' | 'coop' | 'neutral'
export interface UnitHit extends Piece { role: Role }
export interface Assignment { units: UnitHit[]; leads: UnitHit[]; cooperating: UnitHit[] }
export interface ResponsibilityHit extends Assignment { from: number; to: number }

const ROLE_WORDS = /责任单位|责任部门|牵头|负责|配合|参与|协助|协办|主责|主办|分工|责任主体/
const LABEL = /^(?:主要)?(责任单位|责任部门|牵头单位|牵头部门|主责单位|主办单位|负责单位|配合单位|配合部门|协办单位|参与单位|协助单位|责任主体|实施主体|牵头领导|牵头|配合|责任)[：:]/
// Where a second label starts inside one statement (a table cell: 牵头：县市场监管局配合：县公安局).
const EMBEDDED_LABEL = /(?:主要)?(?:责任单位|责任部门|牵头单位|牵头部门|主责单位|主办单位|配合单位|配合部门|协办单位|参与单位|协助单位|牵头|配合|协办|参与)[：:]/g
const ROLE_SUFFIX = /(?:督促指导|指导督促|统筹协调|协调推进|组织实施|具体实施|抓好落实|指导|督导|协调|按照?职责分工负责|根据职责分工负责|按职责分工落实|按职能职责分工负责|按各自职责负责|按职责负责|按职责分工配合|按职责分工|按职责|分工负责|分别负责|共同负责|负总责|牵头负责|具体负责|负责落实|负责|牵头|配合|参与|协助|协办|主办|主责|为牵头单位|为主责单位|为责任单位|为配合单位|为协办单位)$/
const UNIT_ROLE_MARKER = /[（(](牵头|主责|主办|负责|配合|协办|参与)[）)]$/
// Notes inside a parenthetical, not units: 排名第一的为牵头单位，下同.
const NOTE = /排名|排序|排列|位列|列第一|第一(?:个|位)|首位|下同|依次|列前|为准|前者|后者/
const TIMING = /\d{4}年|\d{1,2}月|年底|年内|季度|时限|前完成|长期|持续|常态/
// Parentheticals that are never responsibilities: references, definitions, contacts, titles.
const NOT_RESPONSIBILITY = /^(?:含|包括|即|如|以下|详见|见|注|试行|暂行)|简称|联系|电话|邮箱|@|〔\d{4}〕|\d+号$|征求意见|草案/

const roleOfLabel = (label: string): Role =>
  /牵头|主责|主办|负责单位/.test(label) ? 'lead' : /配合|协办|参与|协助/.test(label) ? 'coop' : 'neutral'
const roleOfSuffix = (suffix: string): Role =>
  /牵头|主办|主责|负总责/.test(suffix) ? 'lead' : /配合|参与|协助|协办/.test(suffix) ? 'coop' : 'neutral'

/**
 * Reads units and roles from s[from,to). `strict`: every listed item must look like a unit (a bare
 * parenthetical); otherwise items that are not units are dropped. Null when no unit is named.
 */
export function parseAssignment(s: string, from: number, to: number, opts: { strict: boolean; defaultRole?: Role }): Assignment | null {
  const cuts: number[] = []
  EMBEDDED_LABEL.lastIndex = 0
  const region = s.slice(from, to)
  let m: RegExpExecArray | null
  while ((m = EMBEDDED_LABEL.exec(region))) if (m.index > 0) cuts.push(from + m.index)
  const chunks: Piece[] = []
  let start = from
  for (const cut of cuts) { chunks.push({ from: start, to: cut }); start = cut }
  chunks.push({ from: start, to })

  const units: UnitHit[] = []
  for (const chunk of chunks) {
    for (const clause of splitTopLevel(s, chunk.from, chunk.to, '；。，')) {
      let { from: a, to: b } = clause
      let role: Role = opts.defaultRole ?? 'neutral'
      const label = LABEL.exec(s.slice(a, b))
      if (label) { role = roleOfLabel(label[1]); a += label[0].length }
      const text = s.slice(a, b)
      if (!text || NOTE.test(text) || TIMING.test(text)) continue
      // Strip role words from the end, repeatedly: 县政府食安委各成员单位和有关部门按职责分工负责.
      for (let suffix = ROLE_SUFFIX.exec(s.slice(a, b)); suffix && b - suffix[0].length > a; suffix = ROLE_SUFFIX.exec(s.slice(a, b))) {
        const r = roleOfSuffix(suffix[0])
        if (r !== 'neutral') role = r
        b -= suffix[0].length
      }
      for (const piece of splitUnitList(s, a, b)) {
        // A role marked on one unit of a list: 责任单位：市市场监管局（牵头）、市农业农村局.
        const marker = UNIT_ROLE_MARKER.exec(s.slice(piece.from, piece.to))
        const to = marker ? piece.to - marker[0].length : piece.to
        const pieceRole = marker ? (marker[1] === '负责' ? 'lead' : roleOfSuffix(marker[1])) : role
        const name = s.slice(piece.from, to)
        if (looksLikeUnit(name)) units.push({ ...piece, to, role: pieceRole })
        else if (opts.strict) return null
      }
    }
  }
  if (units.length === 0) return null
  const marked = units.filter((u) => u.role === 'lead')
  // Only units marked 配合 (a 配合单位 column or line on its own) name no lead.
  const leads = marked.length ? marked : units.every((u) => u.role === 'coop') ? [] : [units[0]]
  return { units, leads, cooperating: units.filter((u) => !leads.includes(u)) }
}

const CLOSES_BEFORE = '。；！？》）〕'
const CLOSES_AFTER = '。；！？'

/**
 * A parenthetical counts when it closes a sentence: after 。；》）, or right before 。 (…重要内容(县食安办)。).
 * At the end of a line without a stop it counts only when it says who is responsible (负责, 牵头…):
 * a bare `（街道）` there ends a unit name (各乡镇（街道）).
 */
function closesSentence(b: Block, g: Group, strong: boolean): boolean {
  const before = g.from === 0 || b.lineStarts.has(g.from) || CLOSES_BEFORE.includes(b.s[g.from - 1])
  if (before) return true
  // 覆盖各乡镇（街道）。 — a local-government word in brackets after a place word is part of its name.
  if (!strong && LOCAL_ALTERNATIVE.test(b.s.slice(g.from + 1, g.to - 1)) && /[乡镇村区县市]$/.test(b.s.slice(0, g.from))) return false
  const after = CLOSES_AFTER.includes(b.s[g.to] ?? '') || b.s[g.to] === '（' || b.s[g.to] === '〔'
  const atEnd = g.to >= b.s.length || b.lineStarts.has(g.to)
  return after || (atEnd && strong)
}

const LOCAL_ALTERNATIVE = /^(?:街道|办事处|街道办|社区|居委会|村委会|园区|管委会|开发区|乡|镇|村|居|场)$/

/** Reads a bracket group as a responsibility, or null. */
export function responsibilityOfGroup(b: Block, g: Group): ResponsibilityHit | null {
  const content = b.s.slice(g.from + 1, g.to - 1)
  const strong = ROLE_WORDS.test(content)
  if (!content || NOT_RESPONSIBILITY.test(content) || !closesSentence(b, g, strong)) return null
  const a = parseAssignment(b.s, g.from + 1, g.to - 1, { strict: !strong })
  return a ? { ...a, from: g.from, to: g.to } : null
}

/**
 * Whether the line starting at `at` continues the unit list begun on the lines before: the list ended
 * on 、or ，, or a unit name was wrapped (县农业\n农村局) so that joining makes it whole.
 */
function continuesList(s: string, from: number, at: number): boolean {
  if (/[、，]$/.test(s.slice(from, at))) return true
  const head = /^[^，。；、]*/.exec(s.slice(at))?.[0] ?? ''
  const lastPiece = /[^，。；、：]*$/.exec(s.slice(from, at))?.[0] ?? ''
  return at - from >= 20 && head.length > 0 && head.length <= 12 && !looksLikeUnit(lastPiece) && looksLikeUnit(lastPiece + head)
}

/** `责任单位：…` written as a line or sentence of its own; ends at 。, a non-unit label or a numbered line. */
function labelledResponsibilities(b: Block, groups: Group[]): ResponsibilityHit[] {
  const s = b.s
  const out: ResponsibilityHit[] = []
  const inGroup = (i: number) => groups.some((g) => i >= g.from && i < g.to)
  for (let i = 0; i < s.length; i++) {
    const atStart = i === 0 || b.lineStarts.has(i) || '。；'.includes(s[i - 1])
    if (!atStart || inGroup(i)) continue
    const label = RESPONSIBILITY_LABEL.exec(s.slice(i, i + 12))
    if (!label) continue
    let end = i + label[0].length
    for (; end < s.length; end++) {
      if (s[end] === '。' && !inGroup(end)) break
      if (end > i && b.lineStarts.has(end)) {
        const rest = s.slice(end, end + 12)
        if (PROGRESS_LABEL.test(rest) || DEADLINE_LABEL.test(rest) || markerOf(rest)) break
        if (!RESPONSIBILITY_LABEL.test(rest) && !continuesList(s, i, end)) break
      }
      if (s[end] === '；' && !LABEL.test(s.slice(end + 1, end + 12))) break
    }
    const a = parseAssignment(s, i, end, { strict: false })
    if (a) out.push({ ...a, from: i, to: end })
    i = end
  }
  return out
}

/**
 * A sentence that is nothing but units and roles, without brackets: `…。县市场监管局牵头，县公安局配合。`
 * Every item must read as a unit, so `各乡镇负责辖区内集体聚餐备案` (a duty, not a statement) is not one.
 */
function sentenceResponsibilities(b: Block, taken: { from: number; to: number }[]): ResponsibilityHit[] {
  const s = b.s
  const out: ResponsibilityHit[] = []
  let start = 0
  for (let i = 0; i <= s.length; i++) {
    const end = i === s.length || s[i] === '。' || (i > start && b.lineStarts.has(i))
    if (!end) continue
    const from = start
    start = i + (s[i] === '。' ? 1 : 0)
    if (i - from < 4 || taken.some((t) => from < t.to && i > t.from)) continue
    const text = s.slice(from, i)
    if (!/牵头|负责|配合/.test(text) || markerOf(text)) continue
    const a = parseAssignment(s, from, i, { strict: true })
    if (a) out.push({ ...a, from, to: i })
  }
  return out
}

/** All responsibility statements of a block, in order of appearance. */
export function findResponsibilities(b: Block, groups = bracketGroups(b, quotedSpans(b.s))): ResponsibilityHit[] {
  const labelled = labelledResponsibilities(b, groups)
  const hits: ResponsibilityHit[] = [...labelled]
  for (const g of groups) {
    // Brackets inside a 责任单位： line belong to its unit names.
    if (labelled.some((l) => g.from >= l.from && g.from < l.to)) continue
    const hit = responsibilityOfGroup(b, g)
    if (hit) hits.push(hit)
  }
  hits.push(...sentenceResponsibilities(b, hits))
  return hits.sort((x, y) => x.from - y.from)
}

/** Whether a block ends with a responsibility statement (the task is then complete). */
export function endsWithResponsibility(b: Block): boolean {
  const s = b.s.replace(/[。；]+$/, '')
  const last = s[s.length - 1]
  if (last === '）' || last === '〕') {
    const g = bracketGroups(b).find((x) => x.to === s.length)
    if (g && responsibilityOfGroup(b, g)) return true
  }
  const hits = findResponsibilities(b)
  return hits.length > 0 && hits[hits.length - 1].to >= s.length
}
