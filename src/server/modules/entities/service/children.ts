import type { CertificationInput, EntityDetailDto, LicenceInput, PersonInput } from '../../../../shared/entities'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { conflict, isUniqueViolation, notFound } from '../../../platform/errors'
import * as q from '../queries'
import { certificationProblems, licenceProblems, normaliseLicence, personProblems } from '../rules'
import { diff, findEntityOr404, getEntity, rejectProblems } from './register'

/**
 * Licences, people and certifications of an entity. Each write is audited on the entity (entityType
 * 'entity'), so the entity's timeline shows it; each answers with the whole entity, as the page shows.
 */
type Kind = q.ChildKind
const LABEL: Record<Kind, string> = { licence: '证照', person: '人员', certification: '认证' }

function prepare(kind: Kind, input: LicenceInput | PersonInput | CertificationInput) {
  if (kind === 'licence') {
    const l = normaliseLicence(input as LicenceInput)
    rejectProblems(licenceProblems(l))
    return l
  }
  rejectProblems(kind === 'person' ? personProblems(input as PersonInput) : certificationProblems(input as CertificationInput))
  return input
}

async function checkLicenceNumber(tx: Executor, number: string, selfId: string | null) {
  const owner = await q.findLicenceOwner(tx, number)
  if (owner && owner.id !== selfId) throw conflict(`证照编号：${number} 已登记在其他经营主体名下`)
}

export async function addChild(ctx: SignedInContext, entityId: string, kind: Kind, raw: LicenceInput | PersonInput | CertificationInput): Promise<EntityDetailDto> {
  const input = prepare(kind, raw)
  await ctx.db.transaction(async (tx) => {
    const entity = await findEntityOr404(tx, ctx, entityId)
    if (kind === 'licence') await checkLicenceNumber(tx, (input as LicenceInput).number, null)
    const row = await q.insertChild(tx, kind, { ...input, entityId, regionCode: entity.regionCode }).catch(uniqueAsConflict)
    await writeAudit(tx, ctx, { action: `entity.${kind}_add`, entityType: 'entity', entityId, after: { ...input, id: row.id } })
  })
  return getEntity(ctx, entityId)
}

export async function updateChild(ctx: SignedInContext, entityId: string, kind: Kind, id: string, raw: LicenceInput | PersonInput | CertificationInput): Promise<EntityDetailDto> {
  const input = prepare(kind, raw)
  await ctx.db.transaction(async (tx) => {
    await findEntityOr404(tx, ctx, entityId)
    const current = await findChildOr404(tx, kind, entityId, id)
    if (kind === 'licence') await checkLicenceNumber(tx, (input as LicenceInput).number, id)
    const change = diff(current, input as Record<string, unknown>)
    if (!change.changed) return
    await q.updateChild(tx, kind, entityId, id, { ...input }).catch(uniqueAsConflict)
    await writeAudit(tx, ctx, { action: `entity.${kind}_update`, entityType: 'entity', entityId, before: { ...change.before, id }, after: { ...change.after, id } })
  })
  return getEntity(ctx, entityId)
}

export async function removeChild(ctx: SignedInContext, entityId: string, kind: Kind, id: string): Promise<EntityDetailDto> {
  await ctx.db.transaction(async (tx) => {
    await findEntityOr404(tx, ctx, entityId)
    const removed = await q.deleteChild(tx, kind, entityId, id)
    if (!removed) throw notFound(LABEL[kind])
    const { entityId: _e, regionCode: _r, ...before } = removed
    await writeAudit(tx, ctx, { action: `entity.${kind}_remove`, entityType: 'entity', entityId, before })
  })
  return getEntity(ctx, entityId)
}

async function findChildOr404(tx: Executor, kind: Kind, entityId: string, id: string): Promise<Record<string, unknown>> {
  const row = await q.findChild(tx, kind, entityId, id)
  if (!row) throw notFound(LABEL[kind])
  return row
}

/** Two people saving the same licence number at once: the database's unique index decides, politely. */
function uniqueAsConflict(e: unknown): never {
  if (isUniqueViolation(e)) throw conflict('证照编号：该编号已登记在其他经营主体名下')
  throw e
}
