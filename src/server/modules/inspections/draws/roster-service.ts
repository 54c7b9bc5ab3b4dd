import type { AvoidanceDto, AvoidanceInput, RosterCandidateDto, RosterEntryDto, RosterInput, RosterUpdate } from '../../../../shared/draws'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import { findEntityOr404 } from '../../entities/service/register'
import { findUnitInScope, regionNames, unitNames } from '../../regions/service'
import { toAvoidanceDto, toRosterEntryDto } from './presenter'
import * as q from './queries'

/**
 * 执法检查人员名录库: officers who may be drawn (an inspector account in scope, its 执法证号 and unit) and
 * their avoidance list. Both are managed with inspections.draw; the avoidance list is personal data and
 * leaves this module only as a hash.
 */

async function labelled(ctx: SignedInContext, rows: q.RosterView[]): Promise<RosterEntryDto[]> {
  const [units, regions] = await Promise.all([
    unitNames(ctx, rows.map((r) => r.unitId).filter((id): id is string => !!id)), regionNames(ctx, rows.map((r) => r.regionCode)),
  ])
  return rows.map((r) => toRosterEntryDto(r, units, regions))
}

export async function listRoster(ctx: SignedInContext): Promise<RosterEntryDto[]> {
  return labelled(ctx, await q.listRoster(ctx.db, ctx.account))
}

export async function listRosterCandidates(ctx: SignedInContext): Promise<RosterCandidateDto[]> {
  const rows = await q.listRosterCandidates(ctx.db, ctx.account)
  const units = await unitNames(ctx, rows.map((r) => r.unitId).filter((id): id is string => !!id))
  return rows.map((r) => ({ accountId: r.accountId, name: r.name, username: r.username, unitId: r.unitId, unitName: (r.unitId && units.get(r.unitId)) || '' }))
}

async function rosterEntryOr404(db: Executor, ctx: SignedInContext, accountId: string) {
  const row = await q.findRosterEntry(db, ctx.account, accountId)
  if (!row) throw notFound('执法检查人员')
  return row
}

export async function getRosterEntry(ctx: SignedInContext, accountId: string): Promise<RosterEntryDto> {
  const [dto] = await labelled(ctx, [await rosterEntryOr404(ctx.db, ctx, accountId)])
  return dto
}

async function checkUnit(ctx: SignedInContext, unitId: string | null | undefined) {
  if (!unitId) throw badRequest('执法单位：请选择执法单位（该账号未设所属单位）')
  if (!(await findUnitInScope(ctx, unitId))) throw badRequest('执法单位：单位不存在或不在本账号管辖范围内')
}

export async function addRosterEntry(ctx: SignedInContext, input: RosterInput): Promise<RosterEntryDto> {
  await ctx.db.transaction(async (tx) => {
    const account = await q.findInspectorAccount(tx, ctx.account, input.accountId)
    // An account outside the caller's scope reads exactly like a missing one.
    if (!account) throw badRequest('执法人员：账号不存在或不在本账号管辖范围内')
    if (account.role !== 'inspector') throw badRequest('执法人员：只有“执法检查人员”角色的账号可以列入名录库')
    if (account.disabled) throw badRequest('执法人员：该账号已停用')
    const unitId = input.unitId ?? account.unitId
    await checkUnit(ctx, unitId)
    const certificateNumber = input.certificateNumber.trim()
    if (!certificateNumber) throw badRequest('执法证号：不能为空')
    const row = await q.insertRosterEntry(tx, { accountId: account.id, regionCode: account.regionCode, unitId, certificateNumber, active: true })
    if (!row) throw conflict(`执法人员：${account.displayName} 已在名录库中`)
    await writeAudit(tx, ctx, { action: 'inspector.roster_update', entityType: 'inspector', entityId: account.id, after: { certificateNumber, unitId, active: true } })
  })
  return getRosterEntry(ctx, input.accountId)
}

export async function updateRosterEntry(ctx: SignedInContext, accountId: string, input: RosterUpdate): Promise<RosterEntryDto> {
  await ctx.db.transaction(async (tx) => {
    const current = await rosterEntryOr404(tx, ctx, accountId)
    await checkUnit(ctx, input.unitId)
    const certificateNumber = input.certificateNumber.trim()
    if (!certificateNumber) throw badRequest('执法证号：不能为空')
    const before = { certificateNumber: current.certificateNumber, unitId: current.unitId, active: current.active }
    const after = { certificateNumber, unitId: input.unitId, active: input.active }
    if (JSON.stringify(before) === JSON.stringify(after)) return
    await q.updateRosterEntry(tx, accountId, after)
    await writeAudit(tx, ctx, { action: 'inspector.roster_update', entityType: 'inspector', entityId: accountId, before, after })
  })
  return getRosterEntry(ctx, accountId)
}

export async function listAvoidances(ctx: SignedInContext, accountId: string): Promise<AvoidanceDto[]> {
  await rosterEntryOr404(ctx.db, ctx, accountId)
  const rows = await q.listAvoidances(ctx.db, accountId)
  const names = new Map<string, string>()
  for (const r of rows) {
    // Through the entities service: an entity since moved out of scope still shows, by id, that it is avoided.
    const entity = await findEntityOr404(ctx.db, ctx, r.entityId).catch(() => null)
    names.set(r.entityId, entity?.name ?? '（不在管辖范围内的经营主体）')
  }
  return rows.map((r) => toAvoidanceDto(r, names))
}

export async function addAvoidance(ctx: SignedInContext, accountId: string, input: AvoidanceInput): Promise<AvoidanceDto[]> {
  await ctx.db.transaction(async (tx) => {
    await rosterEntryOr404(tx, ctx, accountId)
    const entity = await findEntityOr404(tx, ctx, input.entityId).catch(() => null)
    if (!entity) throw badRequest('经营主体：不存在或不在本账号管辖范围内')
    const reason = input.reason.trim()
    if (!reason) throw badRequest('回避事由：不能为空')
    const row = await q.insertAvoidance(tx, { accountId, entityId: entity.id, regionCode: entity.regionCode, reason })
    if (!row) throw conflict(`经营主体：已登记该执法人员对“${entity.name}”的回避`)
    await writeAudit(tx, ctx, { action: 'inspector.avoidance_add', entityType: 'inspector', entityId: accountId, after: { entityId: entity.id, reason } })
  })
  return listAvoidances(ctx, accountId)
}

export async function removeAvoidance(ctx: SignedInContext, accountId: string, entityId: string): Promise<AvoidanceDto[]> {
  await ctx.db.transaction(async (tx) => {
    await rosterEntryOr404(tx, ctx, accountId)
    const removed = await q.deleteAvoidance(tx, accountId, entityId)
    if (!removed) throw notFound('回避记录')
    await writeAudit(tx, ctx, { action: 'inspector.avoidance_remove', entityType: 'inspector', entityId: accountId, before: { entityId, reason: removed.reason } })
  })
  return listAvoidances(ctx, accountId)
}
