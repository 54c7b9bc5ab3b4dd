import type { ReportInput, SampleDetailDto } from '../../../../../shared/sampling'
import { writeAuditMany } from '../../../../platform/audit'
import { todayOf } from '../../../../platform/config'
import type { SignedInContext } from '../../../../platform/context'
import type { Transaction } from '../../../../platform/db'
import { AppError, badRequest, conflict, notFound } from '../../../../platform/errors'
import { openDisposal } from '../../disposals/service'
import type { SampleRow } from '../../schema'
import * as q from '../queries'
import { problemText, resolveResults, type ResolvedResult } from '../results'
import { sampleDetail } from './read'

/** Why a sample cannot take a report now (as [field, message]); null when it can. */
export function reportRefusal(sample: SampleRow, reportReceivedOn: string, today: string): { status: 400 | 409; field: string; message: string } | null {
  if (sample.verdict || sample.reportReceivedOn) return { status: 409, field: '检验结果', message: `该样品已录入检验结果（报告 ${sample.reportNumber ?? ''}），不能重复录入` }
  if (!sample.sentOn) return { status: 400, field: '检验结果', message: '样品尚未登记送达承检机构，请先登记送检' }
  if (reportReceivedOn < sample.sentOn) return { status: 400, field: '收到检验报告日期', message: `不能早于送达承检机构日期（${sample.sentOn}）` }
  if (reportReceivedOn > today) return { status: 400, field: '收到检验报告日期', message: '不能晚于今天' }
  return null
}

export interface CheckedReport { sample: SampleRow; input: ReportInput; rows: ResolvedResult[]; verdict: string }

/**
 * Stores checked reports (one from the form, many from an import) in a few statements: results, verdicts and
 * the audit rows in bulk; each failed sample opens its 核查处置 file in the same transaction (a failed report
 * without its file must never be committed).
 */
export async function writeReports(tx: Transaction, ctx: SignedInContext, reports: CheckedReport[], action: 'sample.report' | 'sample.import_results') {
  await q.insertResultsBulk(tx, reports.flatMap((r) => r.rows.map((row) => ({ ...row, sampleId: r.sample.id }))))
  await q.recordReports(tx, reports.map((r) => ({ id: r.sample.id, reportReceivedOn: r.input.reportReceivedOn, reportNumber: r.input.reportNumber.trim(), verdict: r.verdict })))
  const written = []
  for (const r of reports) {
    const saved: SampleRow = { ...r.sample, reportReceivedOn: r.input.reportReceivedOn, reportNumber: r.input.reportNumber.trim(), verdict: r.verdict }
    written.push({ saved, disposalId: r.verdict === 'fail' ? await openDisposal(tx, ctx, saved) : null })
  }
  await writeAuditMany(tx, ctx, written.map(({ saved, disposalId }, i) => ({
    action, entityType: 'sample', entityId: saved.id, before: { verdict: null },
    after: {
      reportNumber: saved.reportNumber, reportReceivedOn: saved.reportReceivedOn, verdict: saved.verdict, disposalId,
      results: reports[i].rows.map((r) => ({ itemName: r.itemName, value: r.value, unitValues: r.unitValues, detected: r.detected, verdict: r.verdict })),
    },
  })))
  return written
}

/** 第二十四条: the lab's report is recorded; item verdicts and the sample's are computed, never typed. */
export async function reportSample(ctx: SignedInContext, id: string, input: ReportInput): Promise<SampleDetailDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const sample = await q.lockSample(tx, ctx.account, id)
    if (!sample) throw notFound('抽样记录')
    const refusal = reportRefusal(sample, input.reportReceivedOn, todayOf(ctx))
    if (refusal) throw refusal.status === 409 ? conflict(refusal.message) : badRequest(`${refusal.field}：${refusal.message}`)
    const { rows, problems, verdict } = await resolveResults(tx, input.results, sample.category)
    if (problems.length) {
      const texts = problems.map((p) => problemText(p, input.results, rows))
      throw new AppError(400, 'bad_request', texts.length > 1 ? `${texts[0]}（另有 ${texts.length - 1} 处问题）` : texts[0], texts)
    }
    return (await writeReports(tx, ctx, [{ sample, input, rows, verdict }], 'sample.report'))[0].saved
  })
  return sampleDetail(ctx, row)
}
