import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalEntities, canonicalInspectors, runDraw, seedFromPublicSource } from '../../../server/modules/inspections/draw'
import { entities, inspector, inspectors } from '../../../server/modules/inspections/draw/test-fixtures'
import { assignPairs, compareIds, drawEntities, EMPTY_HASH, sha256Hex, verifyInBrowser, type PublishedDraw } from './draw-verify'

/** The browser's 复核 against the server's algorithm: same inputs, same answers, over many seeds. */

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')

describe('browser SHA-256', () => {
  it('equals node:crypto on ASCII, Chinese, emoji and block-boundary lengths', () => {
    for (const s of ['', 'abc', '食安 双随机', '𠮷😀', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), '名'.repeat(1000)]) expect(sha256Hex(s)).toBe(nodeSha(s))
    expect(EMPTY_HASH).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
  it('orders ids by code point, like Buffer.compare', () => {
    const ids = ['b', 'a', 'ｚ', '𠮷', '\uffff', 'A', 'aa']
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))))
  })
})

function published(seed: string, over: { count?: number; proportion?: number; sameUnit?: boolean } = {}): PublishedDraw {
  const list = entities(37)
  const team = [...inspectors(5), inspector(6, '东关所'), inspector(7, '东关所')]
  const selection = over.proportion !== undefined ? { proportion: over.proportion } : { count: over.count ?? 9 }
  const record = runDraw({ seed, entities: list, inspectors: team, selection, sameUnitRequired: over.sameUnit })
  const entityList = canonicalEntities(list)
  const inspectorList = canonicalInspectors(team)
  return { entityList, inspectorList, entityListHash: record.entityListHash, inspectorListHash: record.inspectorListHash, avoidanceHash: record.avoidanceHash, seed, seedParts: null, record }
}

describe('verifyInBrowser', () => {
  it('agrees with runDraw for 200 seeds, counts, proportions and same-unit pairs', () => {
    for (let s = 0; s < 200; s++) {
      const d = published(`seed-${s}`, s % 3 === 0 ? { proportion: 0.07 + s / 1000 } : { count: 1 + (s % 37), sameUnit: s % 2 === 0 })
      const checks = verifyInBrowser(d)
      expect(checks.map((c) => c.ok), `seed-${s}`).toEqual([true, true, true, true])
    }
  })

  it('agrees with runDraw when avoidance is given (the check the server side makes)', () => {
    const list = entities(20)
    const team = inspectors(4)
    const avoidance = [{ inspectorId: team[0].id, entityId: list[3].id }, { inspectorId: team[1].id, entityId: list[3].id }, { inspectorId: team[2].id, entityId: list[3].id }, { inspectorId: team[1].id, entityId: list[7].id }]
    const avoid = new Map<string, Set<string>>()
    for (const a of avoidance) avoid.set(a.inspectorId, (avoid.get(a.inspectorId) ?? new Set()).add(a.entityId))
    for (let s = 0; s < 50; s++) {
      const record = runDraw({ seed: `a-${s}`, entities: list, inspectors: team, avoidance, selection: { count: 20 } })
      const again = assignPairs(drawEntities(JSON.parse(canonicalEntities(list)), { count: 20 }, `a-${s}`), team, `a-${s}`, false, avoid)
      expect(again).toEqual({ assignments: record.assignments, unassigned: record.unassigned })
    }
  })

  it('flags a changed list, a tampered pair and a seed that is not from its public parts; says "cannot check" with recusals', () => {
    const d = published('t')
    expect(verifyInBrowser({ ...d, entityList: d.entityList.replace('主体', '改名') })[0].ok).toBe(false)
    const tampered = structuredClone(d)
    tampered.record.assignments[0].inspectorIds.reverse()
    expect(verifyInBrowser(tampered).map((c) => c.ok)).toEqual([true, true, true, false])
    const parts = ['2026-03-02', '12345', d.entityListHash, d.inspectorListHash]
    const fromParts = published(seedFromPublicSource(parts))
    expect(verifyInBrowser({ ...fromParts, seedParts: parts })[2]).toMatchObject({ label: '随机种子由公开来源生成', ok: true })
    expect(verifyInBrowser({ ...fromParts, seedParts: ['2026-03-03', ...parts.slice(1)] })[2].ok).toBe(false)
    expect(verifyInBrowser({ ...d, avoidanceHash: nodeSha('x') }).at(-1)).toMatchObject({ ok: null })
  })
})
