import type { SignedInContext } from '../../platform/context'
import { badRequest } from '../../platform/errors'
import { writeOfficialDocx } from '../../platform/official-docx/write-official-docx'
import { todayOf } from '../../platform/config'
import { writeAudit } from '../../platform/audit'
import { catalogue, computeIndicators } from '../indicators/service'
import { DOCX } from './doc-parts'
import { selfInspectionReport } from './self-inspection'

/** The 自查报告 of a region subtree and year as .docx, every figure from the indicators, audited as an export. */
export async function selfInspectionDocx(ctx: SignedInContext, query: { region?: string; year?: number }) {
  const thisYear = Number(todayOf(ctx).slice(0, 4))
  const year = query.year ?? thisYear
  if (year > thisYear) throw badRequest(`年度：${year} 年尚未开始`)
  const data = await computeIndicators(ctx, { region: query.region, period: String(year) })
  const names = new Map(catalogue().map((d) => [d.id, { name: d.name, unit: d.unit }]))
  const doc = selfInspectionReport(data, year, `${data.regionName}食品安全委员会办公室`, names)
  const buffer = await writeOfficialDocx(doc)
  await writeAudit(ctx.db, ctx, { action: 'export.self_inspection_report', entityType: 'region', entityId: data.regionCode, after: { year } })
  return { buffer, fileName: `${data.regionName}${year}年食品安全工作自查报告.docx`, mimeType: DOCX }
}
