import type { Static } from 'typebox'
import { limitProblems } from '../../../../shared/sample-verdict'
import type { TestItemDto, TestItemInput, TestItemListDto, TestItemListQuery } from '../../../../shared/sampling'
import { writeAudit } from '../../../platform/audit'
import type { SignedInContext } from '../../../platform/context'
import type { Executor } from '../../../platform/db'
import { badRequest, conflict, notFound } from '../../../platform/errors'
import type { TestItemRow } from '../schema'
import * as q from './queries'
import { toTestItemDto } from './presenter'

export async function listTestItems(ctx: SignedInContext, query: Static<typeof TestItemListQuery>): Promise<TestItemListDto> {
  return { items: (await q.listTestItems(ctx.db, query)).map(toTestItemDto) }
}

/** The limit must be complete for its kind (SAMPLING-LIMITS.md §0); one 400 naming the first problem. */
function checkLimit(input: TestItemInput) {
  const problems = limitProblems(input)
  if (problems.length) throw badRequest(problems[0], problems)
}

async function checkUnique(db: Executor, input: TestItemInput, selfId: string | null) {
  const ids = await q.findByNameAndScope(db, input.name.trim(), input.foodScope.trim())
  if (ids.some((id) => id !== selfId)) throw conflict(`检验项目：「${input.name}」（${input.foodScope}）已在目录中`)
}

const rowOf = (ctx: SignedInContext, input: TestItemInput) => ({
  ...input, name: input.name.trim(), foodScope: input.foodScope.trim(), unit: input.unit.trim(), standard: input.standard.trim(),
  updatedBy: ctx.account.id, updatedAt: ctx.config.now(),
})

export async function createTestItem(ctx: SignedInContext, input: TestItemInput): Promise<TestItemDto> {
  checkLimit(input)
  return ctx.db.transaction(async (tx) => {
    await checkUnique(tx, input, null)
    const row = await q.insertTestItem(tx, { ...rowOf(ctx, input), seedKey: null })
    await writeAudit(tx, ctx, { action: 'test_item.create', entityType: 'test_item', entityId: row.id, after: toTestItemDto(row) })
    return toTestItemDto(row)
  })
}

/** The office corrects a limit (e.g. checks a U row against the standard). Samples keep the limit they were judged by. */
export async function updateTestItem(ctx: SignedInContext, id: string, input: TestItemInput): Promise<TestItemDto> {
  checkLimit(input)
  return ctx.db.transaction(async (tx) => {
    const before = await q.findTestItem(tx, id)
    if (!before) throw notFound('检验项目')
    await checkUnique(tx, input, id)
    const row = await q.updateTestItem(tx, id, rowOf(ctx, input))
    await writeAudit(tx, ctx, { action: 'test_item.update', entityType: 'test_item', entityId: id, before: toTestItemDto(before), after: toTestItemDto(row) })
    return toTestItemDto(row)
  })
}

/** Catalogue rows by id, for the samples' report (their limits are copied onto the result). */
export async function testItemsByIds(db: Executor, ids: string[]): Promise<Map<string, TestItemRow>> {
  return new Map((await q.findTestItemsByIds(db, [...new Set(ids)])).map((r) => [r.id, r]))
}

/** Active catalogue rows with one of these names (the Excel import matches items by name). */
export const activeTestItemsNamed = (db: Executor, names: string[]) => q.activeItemsNamed(db, [...new Set(names)])
