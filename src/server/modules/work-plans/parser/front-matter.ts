import { DATE_LINE, markerOf } from './markers'
import { buildOutline, type Outline } from './structure'
import type { Line } from './text-block'

/**
 * Where the plan itself starts. Plans arrive wrapped in a notice (文件 header, document number, 关于印发…
 * 的通知, addressees) and, from PDFs, with garbled copies of headings before the real text. Every line
 * that reads like a plan title is tried as the start; the one whose body reads most cleanly (most
 * tasks, fewest headings out of sequence) wins, the earliest on a tie.
 */

const TITLE_END = /(?:工作要点|要点|工作方案|实施方案|行动方案|专项方案|方案|工作计划|实施计划|行动计划|计划|工作安排|实施意见|意见|任务清单|责任清单|清单|任务分工|责任分工|工作分工|分工方案|规划|细则|若干措施)(?:（[^（）]*）)?$/
const NOT_TITLE = /^关于(?:印发|转发|下发)|通知|《|》|〔|号$|[。；，：！？、]$|如下|^为|^根据|^现将/
const ORG_END = /(?:委员会|办公室|人民政府|政府|局|委|办|领导小组|指挥部|党委)$/

const compact = (source: string, line: Line) => source.slice(line.start, line.end).replace(/[\s\u3000\u00A0]+/g, '')

function isTitleLike(c: string): boolean {
  const t = c.replace(/^附件\d*[：:]?/, '')
  return t.length >= 6 && t.length <= 80 && TITLE_END.test(t) && !NOT_TITLE.test(t) && !markerOf(t)
}

interface Candidate { lines: number[]; title: string }

function titleCandidates(source: string, lines: Line[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].c
    if (!isTitleLike(c)) continue
    const prev = lines[i - 1]
    const own = compact(source, lines[i]).replace(/^附件\d*[：:]?/, '')
    // A long title breaks before its last words: 义马市深化…攻坚行动 / 工作方案（2022-2024年）.
    const startsWithKeyword = /^(?:工作|实施|行动|专项)?(?:要点|方案|计划|安排|意见|清单)/.test(c)
    if (prev && (startsWithKeyword || c.length <= 12) && prev.c.length <= 40 && !/[。；，：！？、]$/.test(prev.c) &&
      !markerOf(prev.c) && !DATE_LINE.test(prev.c) && !/文件$|号$|^关于|通知/.test(prev.c) && !isTitleLike(prev.c)) {
      out.push({ lines: [i - 1, i], title: compact(source, prev) + own })
    } else {
      out.push({ lines: [i], title: own })
    }
  }
  return out
}

const score = (o: Outline) => {
  const tasks = o.items.filter((i) => i.kind === 'task').length
  const rows = tasks === 0 ? o.tables.reduce((n, t) => n + t.rows.length, 0) : 0
  const others = o.items.length - tasks
  return (tasks + rows) * 10 + others - o.rejections * 3
}

export interface FrontMatter {
  title: string | null
  titleLines: number[]
  issuer: string | null
  year: number | [number, number] | null
  outline: Outline
}

export function readFrontMatter(source: string, shadow: string, lines: Line[]): FrontMatter {
  const candidates = titleCandidates(source, lines)
  let best: { cand: Candidate | null; outline: Outline } | null = null
  for (const cand of candidates) {
    const last = cand.lines[cand.lines.length - 1]
    const outline = buildOutline(lines, shadow, source, last + 1, lines.length)
    if (!best || score(outline) > score(best.outline)) best = { cand, outline }
  }
  if (!best || score(best.outline) <= 0) {
    const outline = buildOutline(lines, shadow, source, 0, lines.length)
    if (!best || score(outline) > score(best.outline)) best = { cand: null, outline }
  }
  const { cand, outline } = best
  const firstLine = lines[0] ? compact(source, lines[0]) : ''
  const title = cand?.title ?? titleFromNotice(source, lines, outline.start) ??
    (firstLine && firstLine.length <= 60 && !/[。；，：]$/.test(firstLine) && !markerOf(lines[0].c) ? firstLine : null)
  const titleLines = cand?.lines ?? []
  return {
    title,
    titleLines,
    issuer: findIssuer(source, lines, titleLines[0] ?? 0, outline),
    year: findYear(title, lines, outline),
    outline,
  }
}

/** With no title line, the title named in the notice: 关于印发《X》的通知 → X. */
function titleFromNotice(source: string, lines: Line[], before: number): string | null {
  for (let i = 0; i < Math.min(lines.length, Math.max(before, 12)); i++) {
    const m = /关于(?:印发|转发|下发)《(.+?)》/.exec(lines[i].c)
    if (m && isTitleLike(m[1])) {
      const at = lines[i].c.indexOf(m[1])
      return compact(source, lines[i]).slice(at, at + m[1].length)
    }
  }
  return null
}

function findIssuer(source: string, lines: Line[], titleAt: number, outline: Outline): string | null {
  // Patterns run on the shadow (simplified) line; the name is returned as written.
  const written = (i: number, length: number) => compact(source, lines[i]).slice(0, length)
  for (let i = 0; i < titleAt; i++) {
    const header = /^(.+?)文件$/.exec(lines[i].c)
    if (header && ORG_END.test(header[1])) return written(i, header[1].length)
  }
  for (let i = 0; i < titleAt; i++) {
    const notice = /^(.+?)关于(?:印发|转发|下发)/.exec(lines[i].c)
    if (notice && ORG_END.test(notice[1])) return written(i, notice[1].length)
  }
  // A signature: an organisation on the line above the date, after the body, at the very end, or
  // right under the title.
  for (const from of [outline.end, Math.max(0, lines.length - 6), titleAt + 1]) {
    for (let i = from; i < Math.min(lines.length - 1, from + 6); i++) {
      const c = lines[i].c
      if (DATE_LINE.test(lines[i + 1].c) && ORG_END.test(c) && c.length <= 40 && !/[。，；]/.test(c)) return written(i, c.length)
    }
  }
  return null
}

function findYear(title: string | null, lines: Line[], outline: Outline): number | [number, number] | null {
  const t = title ?? ''
  const range = /(20\d{2})\s*年?\s*[-—–~～至到]\s*(20\d{2})/.exec(t)
  if (range) return [Number(range[1]), Number(range[2])]
  const single = /(20\d{2})\s*年/.exec(t)
  if (single) return Number(single[1])
  for (let i = outline.start; i < Math.min(outline.end, outline.start + 3); i++) {
    const m = /^(20\d{2})年/.exec(lines[i].c)
    if (m) return Number(m[1])
  }
  for (const line of lines) {
    const m = /〔(20\d{2})〕/.exec(line.c) ?? /^(20\d{2})年\d{1,2}月\d{1,2}日/.exec(line.c)
    if (m) return Number(m[1])
  }
  return null
}
