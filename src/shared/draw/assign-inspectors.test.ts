import { describe, expect, it } from 'vitest'
import { assignInspectorPairs, avoidanceHash, UNASSIGNED_REASONS, type AvoidancePair } from './assign-inspectors'
import { drawEntities } from './draw-entities'
import { randomStream, uniformInt } from './random-stream'
import { entities, inspector, inspectors, shuffled } from './test-fixtures'

const spread = (assignments: { inspectorIds: string[] }[], all: { id: string }[]) => {
  const load = new Map(all.map((p) => [p.id, 0]))
  for (const a of assignments) for (const id of a.inspectorIds) load.set(id, load.get(id)! + 1)
  return Math.max(...load.values()) - Math.min(...load.values())
}

/** Avoidance pairs derived from a seeded stream: about `rate` of all (inspector, entity) pairs. */
function someAvoidance(key: string, entityIds: string[], inspectorIds: string[], rate: number): AvoidancePair[] {
  const stream = randomStream(`test-avoidance:${key}`)
  return inspectorIds.flatMap((inspectorId) => entityIds.filter(() => uniformInt(stream, 1000) < rate * 1000).map((entityId) => ({ inspectorId, entityId })))
}

describe('assignInspectorPairs', () => {
  const list = entities(60)
  const team = inspectors(9)

  it('gives each drawn entity two distinct inspectors from the list, in draw order', () => {
    const drawn = drawEntities(list, { count: 20 }, 's')
    const { assignments, unassigned } = assignInspectorPairs(drawn, team, undefined, 's')
    expect(unassigned).toEqual([])
    expect(assignments.map((a) => a.position)).toEqual(drawn.map((d) => d.position))
    expect(assignments.map((a) => a.entityId)).toEqual(drawn.map((d) => d.entity.id))
    const known = new Set(team.map((p) => p.id))
    for (const a of assignments) {
      expect(a.inspectorIds[0]).not.toBe(a.inspectorIds[1])
      expect(a.inspectorIds.every((id) => known.has(id))).toBe(true)
    }
  })

  it('honours every avoidance entry, over many seeds, and leaves out an entity only when fewer than two remain', () => {
    let assignedTotal = 0
    let unassignedTotal = 0
    for (let s = 0; s < 150; s++) {
      const seed = `prop-${s}`
      const drawn = drawEntities(list, { count: 25 }, seed)
      const pairs = someAvoidance(seed, list.map((e) => e.id), team.map((p) => p.id), 0.6)
      const avoided = new Set(pairs.map((p) => `${p.inspectorId} ${p.entityId}`))
      const { assignments, unassigned } = assignInspectorPairs(drawn, team, pairs, seed)
      expect(assignments.length + unassigned.length).toBe(25)
      for (const a of assignments) {
        expect(a.inspectorIds.some((id) => avoided.has(`${id} ${a.entityId}`))).toBe(false)
        expect(a.inspectorIds[0]).not.toBe(a.inspectorIds[1])
      }
      for (const u of unassigned) {
        expect(team.filter((p) => !avoided.has(`${p.id} ${u.entityId}`)).length).toBeLessThan(2)
        expect(u.eligibleCount).toBeLessThan(2)
      }
      assignedTotal += assignments.length
      unassignedTotal += unassigned.length
    }
    // Both outcomes occur often enough for the checks above to mean something.
    expect(Math.min(assignedTotal, unassignedTotal)).toBeGreaterThan(100)
  })

  it('accepts avoidance as a Map or as pairs, with the same result', () => {
    const drawn = drawEntities(list, { count: 10 }, 'm')
    const pairs = someAvoidance('m', list.map((e) => e.id), team.map((p) => p.id), 0.3)
    const map = new Map<string, Set<string>>()
    for (const p of pairs) map.set(p.inspectorId, (map.get(p.inspectorId) ?? new Set()).add(p.entityId))
    expect(assignInspectorPairs(drawn, team, map, 'm')).toEqual(assignInspectorPairs(drawn, team, pairs, 'm'))
    expect(avoidanceHash(map, list.map((e) => e.id), team.map((p) => p.id))).toBe(avoidanceHash(shuffled(pairs, 'm'), list.map((e) => e.id), team.map((p) => p.id)))
  })

  it('spreads the work: with no avoidance, loads differ by at most one', () => {
    for (let s = 0; s < 50; s++) {
      const drawn = drawEntities(list, { count: 23 }, `w-${s}`)
      expect(spread(assignInspectorPairs(drawn, team, undefined, `w-${s}`).assignments, team)).toBeLessThanOrEqual(1)
    }
  })

  it('does not depend on the order of the inspector list', () => {
    const drawn = drawEntities(list, { count: 15 }, 'o')
    expect(assignInspectorPairs(drawn, shuffled(team, 'o'), undefined, 'o')).toEqual(assignInspectorPairs(drawn, team, undefined, 'o'))
  })

  it('reports an entity with fewer than two eligible inspectors, in Chinese, and goes on', () => {
    const drawn = drawEntities(list, { count: 3 }, 'u')
    const blocked = drawn[1].entity.id
    const avoidance = team.slice(0, 8).map((p) => ({ inspectorId: p.id, entityId: blocked, reason: '近亲属经营' }))
    const { assignments, unassigned } = assignInspectorPairs(drawn, team, avoidance, 'u')
    expect(unassigned).toEqual([{ position: 2, entityId: blocked, reason: UNASSIGNED_REASONS.tooFew, eligibleCount: 1 }])
    expect(UNASSIGNED_REASONS.tooFew).toBe('可选执法人员不足两名（回避后）')
    expect(assignments.map((a) => a.position)).toEqual([1, 3])
    expect(assignInspectorPairs(drawn, [inspector(1)], undefined, 'u').unassigned).toHaveLength(3)
  })

  it('pairs officers of one unit when required, and says so when no unit has two left', () => {
    const mixed = [inspector(1, '城关所'), inspector(2, '城关所'), inspector(3, '东关所'), inspector(4, '东关所'), inspector(5, '南关所')]
    const unit = new Map(mixed.map((p) => [p.id, p.unit]))
    for (let s = 0; s < 50; s++) {
      const drawn = drawEntities(list, { count: 12 }, `unit-${s}`)
      for (const a of assignInspectorPairs(drawn, mixed, undefined, `unit-${s}`, { sameUnitRequired: true }).assignments) {
        expect(unit.get(a.inspectorIds[0])).toBe(unit.get(a.inspectorIds[1]))
      }
    }
    const drawn = drawEntities(list, { count: 1 }, 'unit')
    const id = drawn[0].entity.id
    const avoidance = [{ inspectorId: 'p001', entityId: id }, { inspectorId: 'p003', entityId: id }]
    expect(assignInspectorPairs(drawn, mixed, avoidance, 'unit', { sameUnitRequired: true }).unassigned[0].reason).toBe(UNASSIGNED_REASONS.tooFewSameUnit)
    expect(assignInspectorPairs(drawn, mixed, avoidance, 'unit').unassigned).toEqual([])
  })
})
