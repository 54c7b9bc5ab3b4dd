import type { ConfirmInput, RapidTestDto, RapidTestInput, RapidTestListDto, RapidTestListQuery } from '../../../../shared/rapid-tests'
import { RAPID_TEST_ITEMS, type RapidTestItem } from '../../../../shared/sampling-catalogue'
import { writeAudit } from '../../../platform/audit'
import { todayOf } from '../../../platform/config'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { isWithinRegion } from '../../../platform/scope'
import { findEntityOr404 } from '../../entities/service/register'
import { findRegionInScope, regionNames } from '../../regions/service'
import type { RapidTestRow } from '../schema'
import * as q from './queries'
import { judgeRapidTest } from './rules'

/**
 * 快检: a test at a market, 快检室 or farm. A positive must be confirmed by a lab sample (《食品安全法》
 * 第一百一十二条), so positives without one are listed as 待送检 until linked to their sample.
 */

export async function toRapidDtos(ctx: Pick<SignedInContext, 'db'>, rows: RapidTestRow[]): Promise<RapidTestDto[]> {
  const [names, linked] = await Promise.all([
    regionNames(ctx, rows.map((r) => r.regionCode)), q.samplesByIds(ctx.db, rows.flatMap((r) => (r.confirmSampleId ? [r.confirmSampleId] : []))),
  ])
  const sample = new Map(linked.map((s) => [s.id, s]))
  return rows.map((r) => {
    const item = RAPID_TEST_ITEMS[r.item as RapidTestItem]
    const s = r.confirmSampleId ? sample.get(r.confirmSampleId) : undefined
    return {
      id: r.id, regionCode: r.regionCode, regionName: names.get(r.regionCode) ?? r.regionCode, entityId: r.entityId, placeKind: r.placeKind, placeName: r.placeName,
      testedOn: r.testedOn, item: r.item, itemLabel: item?.label ?? r.item, method: r.method, sampleName: r.sampleName, reading: r.reading === null ? null : Number(r.reading).toString(),
      readingUnit: item?.readingUnit ?? null, result: r.result, operatorName: r.operatorName, kitBatch: r.kitBatch,
      pendingConfirm: r.result === 'positive' && !r.confirmSampleId, confirmSampleId: r.confirmSampleId, confirmSampleNumber: s?.sampleNumber ?? null,
      confirmVerdict: s?.verdict ?? null, disposalNote: r.disposalNote, createdAt: r.createdAt.toISOString(),
    }
  })
}

/** The row to store for an entry, or the problem with it (shared by the form and the Excel import). */
export function rapidRow(input: Omit<RapidTestInput, 'entityId' | 'regionCode'>, place: { regionCode: string; entityId: string | null; placeName: string }, today: string) {
  if (input.testedOn > today) return { problem: { field: '检测日期', message: '检测日期：不能晚于今天' } }
  const judged = judgeRapidTest(input.item, input.reading, input.result)
  if (!judged.ok) return { problem: { field: judged.message.split('：')[0], message: judged.message } }
  const item = RAPID_TEST_ITEMS[input.item as RapidTestItem]
  return {
    row: {
      regionCode: place.regionCode, entityId: place.entityId, placeKind: input.placeKind, placeName: place.placeName, testedOn: input.testedOn, item: input.item,
      method: input.method?.trim() || item.method, sampleName: input.sampleName.trim(), reading: judged.reading, result: judged.result,
      operatorName: input.operatorName.trim(), kitBatch: input.kitBatch?.trim() || null,
    },
  }
}

/** Where the test took place: the business (name and region from the register) or a named place in a region of the caller's scope. */
async function placeOf(db: Executor, ctx: SignedInContext, input: RapidTestInput) {
  if (input.entityId) {
    const entity = await findEntityOr404(db, ctx, input.entityId)
    return { regionCode: entity.regionCode, entityId: entity.id, placeName: entity.name }
  }
  if (!input.placeName?.trim()) throw badRequest('地点名称：请选择经营主体或填写地点名称')
  if (!input.regionCode) throw badRequest('所在区划：未选择经营主体时须选择所在乡镇或村（社区）')
  const region = await findRegionInScope(ctx, input.regionCode)
  if (!region) throw badRequest('所在区划：不在本账号管辖范围内，或区划代码不存在')
  return { regionCode: region.code, entityId: null, placeName: input.placeName.trim() }
}

export async function createRapidTest(ctx: SignedInContext, input: RapidTestInput): Promise<RapidTestDto> {
  const row = await ctx.db.transaction(async (tx) => {
    const place = await placeOf(tx, ctx, input)
    const made = rapidRow(input, place, todayOf(ctx))
    if (made.problem) throw badRequest(made.problem.message)
    const saved = await q.insertRapidTest(tx, { ...made.row, createdBy: ctx.account.id })
    await writeAudit(tx, ctx, { action: 'rapid_test.create', entityType: 'rapid_test', entityId: saved.id, after: made.row })
    return saved
  })
  return (await toRapidDtos(ctx, [row]))[0]
}

export async function listRapidTests(ctx: SignedInContext, query: RapidTestListQuery): Promise<RapidTestListDto> {
  if (query.region && !(await findRegionInScope(ctx, query.region))) throw notFound('行政区划')
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const where = q.rapidWhere(ctx.account, query)
  const [total, rows, byItem, pending] = await Promise.all([
    q.countWhere(ctx.db, where), q.listPage(ctx.db, where, pageSize, (page - 1) * pageSize), q.countsByItem(ctx.db, q.rapidWhere(ctx.account, query, 'item')),
    q.countWhere(ctx.db, q.rapidWhere(ctx.account, { ...query, pending: true })),
  ])
  return {
    total, items: await toRapidDtos(ctx, rows), pendingConfirm: pending,
    byItem: byItem.map((r) => ({ ...r, label: RAPID_TEST_ITEMS[r.item as RapidTestItem]?.label ?? r.item })).sort((a, b) => b.count - a.count),
  }
}

export async function getRapidTest(ctx: SignedInContext, id: string): Promise<RapidTestDto> {
  const row = await q.findRapidTest(ctx.db, ctx.account, id)
  if (!row) throw notFound('快检记录')
  return (await toRapidDtos(ctx, [row]))[0]
}

/** Links a positive to the lab sample that confirms it: same business (or, without one, a sample from the same place's region). */
export async function confirmRapidTest(ctx: SignedInContext, id: string, input: ConfirmInput): Promise<RapidTestDto> {
  await ctx.db.transaction(async (tx) => {
    const test = await q.findRapidTest(tx, ctx.account, id)
    if (!test) throw notFound('快检记录')
    if (test.result !== 'positive') throw badRequest('送检样品：只有阳性快检结果需要送检确认')
    if (test.confirmSampleId) throw conflict('送检样品：该快检已关联送检样品')
    const sample = await q.findSampleInScope(tx, ctx.account, input.sampleId)
    if (!sample) throw notFound('抽样检验')
    if (test.entityId ? sample.entityId !== test.entityId : !isWithinRegion(sample.regionCode, test.regionCode)) {
      throw badRequest(`送检样品：${sample.sampleNumber} 不是从该快检的被检单位（地点）抽取的样品`)
    }
    if (sample.sampledOn < test.testedOn) throw badRequest(`送检样品：抽样日期 ${sample.sampledOn} 早于快检日期 ${test.testedOn}`)
    const note = input.disposalNote?.trim() || null
    await q.confirmRapidTest(tx, id, sample.id, note)
    await writeAudit(tx, ctx, { action: 'rapid_test.confirm', entityType: 'rapid_test', entityId: id, before: { confirmSampleId: null }, after: { confirmSampleId: sample.id, sampleNumber: sample.sampleNumber, disposalNote: note } })
  })
  return getRapidTest(ctx, id)
}
