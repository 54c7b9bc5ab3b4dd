import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalEntities, canonicalInspectors, compareIds, entityListHash, inspectorListHash } from './canonical-list'
import { entities, entity, inspector, inspectors, shuffled } from './test-fixtures'

describe('canonical lists and their hashes', () => {
  it('writes fixed fields in fixed order, sorted by id, nulls for missing values, no whitespace', () => {
    const text = canonicalEntities([
      { grade: 'A', type: 'canteen', regionCode: '410122100002', id: 'b', name: '乙食堂' },
      { id: 'a', name: '甲餐馆', uscc: '91410122MA00000000', licenceNumber: 'JY1', regionCode: '410122100001', type: 'restaurant', grade: null },
    ])
    expect(text).toBe('[{"id":"a","name":"甲餐馆","uscc":"91410122MA00000000","licenceNumber":"JY1","regionCode":"410122100001","type":"restaurant","grade":null},'
      + '{"id":"b","name":"乙食堂","uscc":null,"licenceNumber":null,"regionCode":"410122100002","type":"canteen","grade":"A"}]')
    expect(canonicalInspectors([inspector(1)])).toBe('[{"id":"p001","name":"执法人员1","unit":"城关市场监管所","certificateNumber":"410122100001"}]')
  })

  it('hashes the UTF-8 canonical text, so sha256sum on the published text gives the same hex', () => {
    const list = entities(5)
    expect(entityListHash(list)).toBe(createHash('sha256').update(Buffer.from(canonicalEntities(list), 'utf8')).digest('hex'))
    expect(entityListHash([])).toBe('4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945') // sha256("[]")
  })

  it('does not depend on input order or on fields outside the canonical set', () => {
    const list = entities(30)
    expect(entityListHash(shuffled(list, 'a'))).toBe(entityListHash(list))
    expect(entityListHash(list.map((e) => ({ ...e, address: '某街 1 号' })))).toBe(entityListHash(list))
    expect(inspectorListHash(shuffled(inspectors(8), 'b'))).toBe(inspectorListHash(inspectors(8)))
  })

  it('changes when any one entity changes, is added or removed', () => {
    const list = entities(30)
    const base = entityListHash(list)
    const renamed = list.map((e, i) => (i === 17 ? { ...e, name: `${e.name}（分店）` } : e))
    const regraded = list.map((e, i) => (i === 3 ? { ...e, grade: 'C' } : e))
    expect(new Set([base, entityListHash(renamed), entityListHash(regraded), entityListHash(list.slice(1)), entityListHash([...list, entity(31)])]).size).toBe(5)
    expect(inspectorListHash(inspectors(3).map((p, i) => (i === 0 ? { ...p, certificateNumber: '410122109999' } : p)))).not.toBe(inspectorListHash(inspectors(3)))
  })

  it('refuses duplicate ids, which would make the order ambiguous', () => {
    expect(() => canonicalEntities([entity(1), entity(2), entity(1)])).toThrow('重复的 id：e001')
  })

  it('sorts ids by code point, as other languages do (JS < would put U+FF21 after U+1F600)', () => {
    expect(['\uFF21', '\u{1F600}', 'a'].sort(compareIds)).toEqual(['a', '\uFF21', '\u{1F600}'])
  })

  it('compares ids exactly as UTF-8 bytes do (Buffer.compare), prefixes first', () => {
    const ids = ['b', 'a', 'ｚ', '𠮷', '\uffff', 'A', 'aa', '', 'e001', 'e0010', '食安', '食']
    const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
    expect([...ids].sort(compareIds)).toEqual([...ids].sort(byBytes))
    for (const a of ids) for (const b of ids) expect(compareIds(a, b), `${a} ${b}`).toBe(byBytes(a, b))
  })
})
