import { describe, expect, it } from 'vitest'
import { drawEntities, sampleSize } from './draw-entities'
import { entities, entity, shuffled } from './test-fixtures'

const ids = (drawn: { entity: { id: string } }[]) => drawn.map((d) => d.entity.id)

describe('sampleSize', () => {
  it('takes a count as is, within 0..n', () => {
    expect(sampleSize(30, { count: 0 })).toBe(0)
    expect(sampleSize(30, { count: 30 })).toBe(30)
    expect(() => sampleSize(30, { count: 31 })).toThrow('超过名录库中的检查对象数')
    expect(() => sampleSize(30, { count: 2.5 })).toThrow('非负整数')
  })

  it('rounds a proportion up, exactly in decimal (7 % of 100 is 7, not the 8 that ⌈0.07 × 100⌉ gives in floating point)', () => {
    expect(Math.ceil(0.07 * 100)).toBe(8) // why the rule is computed in decimal
    expect(sampleSize(100, { proportion: 0.07 })).toBe(7)
    expect(sampleSize(50, { proportion: 0.14 })).toBe(7)
    expect(sampleSize(101, { proportion: 0.07 })).toBe(8) // 7.07 → 8
    expect(sampleSize(30, { proportion: 0.1 })).toBe(3)
    expect(sampleSize(30, { proportion: 0.05 })).toBe(2) // 1.5 → 2
    expect(sampleSize(6011, { proportion: 0.03 })).toBe(181) // 180.33 → 181
    expect(sampleSize(7, { proportion: 0.01 })).toBe(1) // never 0 when a proportion is asked for
    expect(sampleSize(0, { proportion: 0.5 })).toBe(0)
    expect(sampleSize(30, { proportion: 1 })).toBe(30)
    expect(sampleSize(1_000_000_000, { proportion: 1e-7 })).toBe(100)
    for (const p of [0, -0.1, 1.01, Number.NaN]) expect(() => sampleSize(30, { proportion: p })).toThrow('抽取比例')
  })
})

describe('drawEntities', () => {
  const list = entities(50)

  it('gives the same draw for the same seed and list, whatever the input order', () => {
    const first = drawEntities(list, { count: 10 }, 'seed-1')
    expect(drawEntities(shuffled(list, 'x'), { count: 10 }, 'seed-1')).toEqual(first)
    expect(drawEntities([...list].reverse(), { count: 10 }, 'seed-1')).toEqual(first)
    expect(first.map((d) => d.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  })

  it('gives a different draw for a different seed', () => {
    expect(ids(drawEntities(list, { count: 10 }, 'seed-2'))).not.toEqual(ids(drawEntities(list, { count: 10 }, 'seed-1')))
  })

  it('draws k distinct entities of the list, for every seed', () => {
    const known = new Set(list.map((e) => e.id))
    for (let s = 0; s < 200; s++) {
      const drawn = ids(drawEntities(list, { proportion: 0.15 }, `seed-${s}`))
      expect(drawn).toHaveLength(8)
      expect(new Set(drawn).size).toBe(8)
      expect(drawn.every((id) => known.has(id))).toBe(true)
    }
  })

  it('draws everyone once when k = n, and nothing when k = 0', () => {
    expect(ids(drawEntities(list, { count: 50 }, 's')).sort()).toEqual(list.map((e) => e.id))
    expect(drawEntities(list, { count: 0 }, 's')).toEqual([])
  })

  it('changes the draw when an entity is added (the shuffle runs over the whole frozen list)', () => {
    expect(ids(drawEntities([...list, entity(51)], { count: 10 }, 'seed-1'))).not.toEqual(ids(drawEntities(list, { count: 10 }, 'seed-1')))
  })

  it('keeps the first positions when only k grows (k random numbers, the first ones the same)', () => {
    expect(ids(drawEntities(list, { count: 12 }, 'seed-1')).slice(0, 10)).toEqual(ids(drawEntities(list, { count: 10 }, 'seed-1')))
  })
})
