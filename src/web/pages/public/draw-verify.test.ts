import { describe, expect, it } from 'vitest'
import { canonicalEntities, canonicalInspectors, runDraw, seedFromPublicSource, sha256Hex, type DrawRecord } from '../../../shared/draw'
import { entities, inspector, inspectors } from '../../../shared/draw/test-fixtures'
import { verifyInBrowser, type Check, type PublishedDraw } from './draw-verify'

/** The 复核 button on the public draw page: a draw made by runDraw passes, a tampered one shows 不一致 where it was changed. */

/** The 复核 table as the citizen reads it (draw-page.tsx shows the same three words). */
const seen = (checks: Check[]) => checks.map((c) => `${c.label}：${c.ok === null ? '无法在浏览器复核' : c.ok ? '一致' : '不一致'}`)
const ALL_GOOD = ['检查对象名录哈希：一致', '执法人员名录哈希：一致', '抽中的检查对象及位次：一致', '执法人员配对：一致']

const LIST = entities(37)
const TEAM = [...inspectors(5), inspector(6, '东关所'), inspector(7, '东关所')]

/** What the server publishes for a draw run over LIST and TEAM (the record comes straight from runDraw). */
function published(seed: string, over: { count?: number; proportion?: number; sameUnit?: boolean; seedParts?: string[] } = {}): PublishedDraw {
  const selection = over.proportion !== undefined ? { proportion: over.proportion } : { count: over.count ?? 9 }
  const record = runDraw({ seed, entities: LIST, inspectors: TEAM, selection, sameUnitRequired: over.sameUnit })
  return {
    entityList: canonicalEntities(LIST), inspectorList: canonicalInspectors(TEAM),
    entityListHash: record.entityListHash, inspectorListHash: record.inspectorListHash, avoidanceHash: record.avoidanceHash,
    seed, seedParts: over.seedParts ?? null, record,
  }
}

/** The record as read back from a jsonb column: every object's keys in another order. */
function reKeyed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reKeyed) as T
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).sort(([a], [b]) => b.length - a.length || (a < b ? 1 : -1))
  return Object.fromEntries(entries.map(([k, v]) => [k, reKeyed(v)])) as T
}

describe('verifyInBrowser accepts what runDraw produced', () => {
  it('for counts, proportions and same-unit pairs over 60 seeds, also with jsonb key order', () => {
    for (let s = 0; s < 60; s++) {
      const d = published(`seed-${s}`, s % 3 === 0 ? { proportion: 0.07 + s / 1000 } : { count: 1 + (s % 37), sameUnit: s % 2 === 0 })
      expect(seen(verifyInBrowser(d)), `seed-${s}`).toEqual(ALL_GOOD)
      expect(seen(verifyInBrowser({ ...d, record: reKeyed(d.record) })), `seed-${s} re-keyed`).toEqual(ALL_GOOD)
    }
  })

  it('checks a seed built from its public parts', () => {
    const parts = ['2026-03-02', '03 15 22 28 31 + 07', sha256Hex(canonicalEntities(LIST)), sha256Hex(canonicalInspectors(TEAM))]
    const d = published(seedFromPublicSource(parts), { seedParts: parts })
    const checks = verifyInBrowser(d)
    expect(seen(checks)).toEqual([...ALL_GOOD.slice(0, 2), '随机种子由公开来源生成：一致', ...ALL_GOOD.slice(2)])
    expect(checks[2].detail).toBe(d.seed)
  })

  it('says the pairs cannot be checked here when there were recusals, and still checks the businesses drawn', () => {
    const avoidance = [{ inspectorId: TEAM[0].id, entityId: LIST[3].id }, { inspectorId: TEAM[1].id, entityId: LIST[7].id }]
    const record = runDraw({ seed: 'r', entities: LIST, inspectors: TEAM, avoidance, selection: { count: 37 } })
    const d: PublishedDraw = { ...published('r', { count: 37 }), avoidanceHash: record.avoidanceHash, record }
    expect(seen(verifyInBrowser(d))).toEqual([...ALL_GOOD.slice(0, 3), '执法人员配对：无法在浏览器复核'])
  })
})

describe('verifyInBrowser rejects a tampered draw where it was tampered', () => {
  const d = published('t')

  it('a changed seed: the one shown, or the one recorded and shown', () => {
    expect(seen(verifyInBrowser({ ...d, seed: 'u' }))).toEqual([...ALL_GOOD.slice(0, 2), '抽中的检查对象及位次：不一致', '执法人员配对：一致'])
    expect(verifyInBrowser({ ...d, seed: 'u' })[2].detail).toContain('记录中的随机种子与公示的不同')
    // The office claims another seed than the one it drew with: the result does not follow from it.
    expect(seen(verifyInBrowser({ ...d, seed: 'u', record: { ...d.record, seed: 'u' } }))).toEqual([...ALL_GOOD.slice(0, 2), '抽中的检查对象及位次：不一致', '执法人员配对：不一致'])
  })

  it('a seed that is not the hash of its published parts', () => {
    const parts = ['2026-03-02', '12345', d.entityListHash, d.inspectorListHash]
    const fromParts = published(seedFromPublicSource(parts), { seedParts: parts })
    expect(seen(verifyInBrowser({ ...fromParts, seedParts: ['2026-03-03', ...parts.slice(1)] }))[2]).toBe('随机种子由公开来源生成：不一致')
    expect(verifyInBrowser({ ...fromParts, seedParts: ['2026-03-02', ''] })[2]).toMatchObject({ ok: false, detail: '种子来源中有空项' })
  })

  it('a changed list text: a renamed business or officer, a list in another order, a business left out', () => {
    expect(seen(verifyInBrowser({ ...d, entityList: d.entityList.replace('经营主体5"', '经营主体五"') }))).toEqual(['检查对象名录哈希：不一致', ...ALL_GOOD.slice(1)])
    expect(seen(verifyInBrowser({ ...d, inspectorList: d.inspectorList.replace('东关所', '西关所') }))).toEqual([ALL_GOOD[0], '执法人员名录哈希：不一致', ...ALL_GOOD.slice(2)])
    // A reordered text published with its own hash: sha256sum agrees, but it is not the text the draw committed to.
    const reordered = JSON.stringify((JSON.parse(d.entityList) as unknown[]).reverse())
    const check = verifyInBrowser({ ...d, entityList: reordered, entityListHash: sha256Hex(reordered) })[0]
    expect(check).toMatchObject({ ok: false, detail: `${sha256Hex(reordered)}（原文不是规范格式（按 id 排序、固定字段、无空格））` })
    // One business left out after the draw, list and hash republished together.
    const shorter = canonicalEntities(LIST.slice(1))
    expect(seen(verifyInBrowser({ ...d, entityList: shorter, entityListHash: sha256Hex(shorter) }))).toEqual(['检查对象名录哈希：不一致', ALL_GOOD[1], '抽中的检查对象及位次：不一致', '执法人员配对：不一致'])
    expect(seen(verifyInBrowser({ ...d, entityList: '[{"id":' }))).toEqual(['检查对象名录哈希：不一致', ALL_GOOD[1], '抽中的检查对象及位次：不一致', '执法人员配对：不一致'])
  })

  it('a changed assignment: officers swapped or replaced, businesses swapped, a row left out', () => {
    const tampered = (change: (r: DrawRecord) => void) => {
      const record = structuredClone(d.record) as DrawRecord
      change(record)
      return seen(verifyInBrowser({ ...d, record }))
    }
    const pairsWrong = [...ALL_GOOD.slice(0, 3), '执法人员配对：不一致']
    expect(tampered((r) => r.assignments[0].inspectorIds.reverse())).toEqual(pairsWrong)
    const unused = TEAM.find((p) => !d.record.assignments[2].inspectorIds.includes(p.id))!
    expect(tampered((r) => { r.assignments[2].inspectorIds[1] = unused.id })).toEqual(pairsWrong)
    expect(verifyInBrowser({ ...d, record: { ...d.record, assignments: d.record.assignments.map((a, i) => (i === 2 ? { ...a, inspectorIds: [a.inspectorIds[0], unused.id] as [string, string] } : a)) } }).at(-1)!.detail).toBe('不一致：第 3 位')
    const bothWrong = [...ALL_GOOD.slice(0, 2), '抽中的检查对象及位次：不一致', '执法人员配对：不一致']
    expect(tampered((r) => { [r.assignments[0].entityId, r.assignments[1].entityId] = [r.assignments[1].entityId, r.assignments[0].entityId] })).toEqual(bothWrong)
    expect(tampered((r) => { r.assignments.pop() })).toEqual(bothWrong)
    expect(tampered((r) => { r.parameters.drawnCount = 8 })).toEqual([...ALL_GOOD.slice(0, 2), '抽中的检查对象及位次：不一致', '执法人员配对：一致'])
  })
})
