import fs from 'node:fs/promises'
import path from 'node:path'
import { toConventionsJson } from '../server/modules/work-plans/parser/conventions-json'
import { parsePlanFile, PlanReadError, type ParsedPlan, type Task } from '../server/modules/work-plans/parser/index'

/**
 * `shian workplan parse FILE [--json]`: reads a work plan (.docx, .pdf, .txt) offline. With --json it
 * prints the plan in the shape of CONVENTIONS.md (the reader's provenance fields left out); otherwise a summary in Chinese. Unreadable files and documents
 * without tasks print a Chinese message on stderr and return 1.
 */
export async function workplanParseCommand(file: string, opts: { json?: boolean }): Promise<number> {
  let buffer: Buffer
  try {
    buffer = await fs.readFile(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    console.error(code === 'ENOENT' ? `找不到文件：${file}` : code === 'EISDIR' ? `${file} 是目录，不是文件` : `无法读取文件 ${file}：${(e as Error).message}`)
    return 1
  }
  let plan: ParsedPlan
  try {
    plan = await parsePlanFile(buffer, path.basename(file))
  } catch (e) {
    console.error(e instanceof PlanReadError ? e.message : `无法解析文件 ${file}：${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
  process.stdout.write(opts.json ? `${JSON.stringify(toConventionsJson(plan), null, 2)}\n` : summary(plan))
  return 0
}

const list = (xs: string[]) => (xs.length ? xs.join('、') : '—')
const yearText = (y: ParsedPlan['year']) => (y === null ? '未识别' : Array.isArray(y) ? `${y[0]}—${y[1]}年` : `${y}年`)
const comparatorText: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }

function taskLines(t: Task): string[] {
  const lines = [`  ${t.number} ${t.title}`, `      牵头：${list(t.leads)}`, `      配合：${list(t.cooperating)}`]
  if (t.targets.length) lines.push(`      指标：${t.targets.map((x) => `${x.metric || x.text} ${comparatorText[x.comparator]} ${x.value}${x.unit}${x.from ? '（工作进度）' : ''}`).join('；')}`)
  if (t.deadlines.length) lines.push(`      时限：${t.deadlines.map((d) => `${d.text}（${d.kind === 'by-date' ? '截止' : d.kind === 'recurring' ? '周期' : '频次'}）`).join('；')}`)
  return lines
}

export function summary(plan: ParsedPlan): string {
  const out = [
    `标题：${plan.title ?? '未识别'}`,
    `发文单位：${plan.issuer ?? '未识别'}`,
    `年度：${yearText(plan.year)}`,
    `共 ${plan.sections.length} 个部分、${plan.tasks.length} 项任务${plan.goals?.length ? `、${plan.goals.length} 项总体目标` : ''}${plan.measures?.length ? `、${plan.measures.length} 项工作措施` : ''}`,
  ]
  let section: string | null | undefined
  for (const t of plan.tasks) {
    if (t.section !== section) {
      section = t.section
      const s = plan.sections.find((x) => x.number === section)
      out.push('', section ? `${section}、${s?.title ?? ''}` : '（未分部分）')
    }
    out.push(...taskLines(t))
  }
  if (plan.generalDeadlines.length) out.push('', `通用时限：${plan.generalDeadlines.map((d) => d.text).join('；')}`)
  return `${out.join('\n')}\n`
}
