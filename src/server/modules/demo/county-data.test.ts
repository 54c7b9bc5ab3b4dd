import { describe, it, expect } from 'vitest'
import { buildDemoCounty, DEMO_TOWNSHIP_FOR, type DemoRegion } from './county-data.js'

const demo = buildDemoCounty()
const townships = demo.regions.filter((r) => r.level === 'township')
const villages = demo.regions.filter((r) => r.level === 'village')
const byCode = new Map(demo.regions.map((r) => [r.code, r]))
const childrenOf = (code: string) => demo.regions.filter((r) => r.parentCode === code)
const townshipSeq = (r: DemoRegion) => Number(r.code.slice(6, 9))
const villageSeq = (r: DemoRegion) => Number(r.code.slice(9, 12))

describe('demo county regions', () => {
  it('is deterministic', () => {
    expect(buildDemoCounty()).toEqual(buildDemoCounty())
    expect(buildDemoCounty()).toEqual(demo)
  })

  it('has the county first, then each township followed by its villages', () => {
    expect(demo.regions[0]).toEqual(demo.county)
    expect(demo.county).toMatchObject({ code: '411721000000', name: '西平县', level: 'county', parentCode: null })
    let current: DemoRegion | null = null
    for (const r of demo.regions.slice(1)) {
      if (r.level === 'township') current = r
      else expect(r.parentCode).toBe(current?.code)
    }
    const codes = townships.map((t) => t.code)
    expect(codes).toEqual([...codes].sort())
  })

  it('has 20 townships and exactly 285 villages', () => {
    expect(townships).toHaveLength(20)
    expect(villages).toHaveLength(285)
    expect(demo.regions).toHaveLength(1 + 20 + 285)
    for (const t of townships) expect(childrenOf(t.code).length).toBeGreaterThan(0)
  })

  it('uses 12-digit codes whose prefix matches the parent', () => {
    const codes = new Set<string>()
    for (const r of demo.regions) {
      expect(r.code).toMatch(/^\d{12}$/)
      codes.add(r.code)
    }
    expect(codes.size).toBe(demo.regions.length)
    for (const t of townships) {
      expect(t.parentCode).toBe(demo.county.code)
      expect(t.code.slice(0, 6)).toBe('411721')
      expect(t.code.slice(9)).toBe('000')
      expect(townshipSeq(t)).toBeGreaterThan(0)
    }
    for (const v of villages) {
      const parent = byCode.get(v.parentCode ?? '')
      expect(parent?.level).toBe('township')
      expect(v.code.slice(0, 9)).toBe(parent?.code.slice(0, 9))
      expect(villageSeq(v)).toBeGreaterThan(0)
    }
  })

  it('matches township type digits to the name suffix', () => {
    for (const t of townships) {
      const seq = townshipSeq(t)
      if (t.name.endsWith('街道')) expect(seq >= 1 && seq <= 99, t.name).toBe(true)
      else if (t.name.endsWith('镇')) expect(seq >= 100 && seq <= 199, t.name).toBe(true)
      else if (t.name.endsWith('乡')) expect(seq >= 200 && seq <= 399, t.name).toBe(true)
      else throw new Error(`unexpected township name ${t.name}`)
    }
    const kinds = townships.map((t) => t.name.match(/(街道|镇|乡)$/)?.[1])
    expect(kinds.filter((k) => k === '街道').length).toBeGreaterThanOrEqual(2)
    expect(kinds.filter((k) => k === '镇').length).toBeGreaterThanOrEqual(5)
    expect(kinds.filter((k) => k === '乡').length).toBeGreaterThanOrEqual(5)
    expect(new Set(townships.map((t) => t.name)).size).toBe(townships.length)
  })

  it('gives 社区 codes 001–199 and 村 codes 200–399 with matching urban-rural classes', () => {
    for (const v of villages) {
      const seq = villageSeq(v)
      const township = byCode.get(v.parentCode ?? '')!
      if (v.name.endsWith('社区')) {
        expect(seq >= 1 && seq <= 199, v.name).toBe(true)
        expect(['111', '112', '121', '122']).toContain(v.urbanRuralClass)
      } else if (v.name.endsWith('村')) {
        expect(seq >= 200 && seq <= 399, v.name).toBe(true)
        expect(['112', '210', '220']).toContain(v.urbanRuralClass)
      } else {
        throw new Error(`unexpected village name ${v.name}`)
      }
      if (township.name.endsWith('街道')) expect(v.urbanRuralClass).toMatch(/^11[12]$/)
      if (township.name.endsWith('镇')) expect(v.urbanRuralClass).toMatch(/^(121|122|210|220)$/)
      if (township.name.endsWith('乡')) expect(v.urbanRuralClass).toMatch(/^(210|220)$/)
    }
    for (const t of townships.filter((x) => x.name.endsWith('乡'))) {
      expect(childrenOf(t.code).filter((v) => v.urbanRuralClass === '210')).toHaveLength(1)
    }
    for (const r of demo.regions.filter((x) => x.level !== 'village')) expect(r.urbanRuralClass).toBeNull()
  })

  it('keeps village names unique within each township', () => {
    for (const t of townships) {
      const names = childrenOf(t.code).map((v) => v.name)
      expect(new Set(names).size, t.name).toBe(names.length)
    }
  })

  it('has consistent integer populations near 850,000', () => {
    for (const r of demo.regions) {
      expect(Number.isInteger(r.population)).toBe(true)
      expect(r.population).toBeGreaterThan(0)
    }
    for (const t of townships) {
      const sum = childrenOf(t.code).reduce((s, v) => s + v.population, 0)
      expect(sum, t.name).toBe(t.population)
    }
    expect(townships.reduce((s, t) => s + t.population, 0)).toBe(demo.county.population)
    expect(Math.abs(demo.county.population - 850_000)).toBeLessThanOrEqual(850_000 * 0.02)
    for (const v of villages.filter((x) => x.name.endsWith('村'))) {
      expect(v.population).toBeGreaterThanOrEqual(700)
      expect(v.population).toBeLessThanOrEqual(6500)
    }
    const avg = (rs: DemoRegion[]) => rs.reduce((s, r) => s + r.population, 0) / rs.length
    const communities = villages.filter((x) => x.name.endsWith('社区'))
    expect(avg(communities)).toBeGreaterThan(avg(villages.filter((x) => x.name.endsWith('村'))))
  })

  it('places the demo accounts in existing regions', () => {
    const inspector = byCode.get(DEMO_TOWNSHIP_FOR.inspector)
    const township = byCode.get(DEMO_TOWNSHIP_FOR.township)
    const village = byCode.get(DEMO_TOWNSHIP_FOR.coordinatorVillage)
    expect(inspector?.level).toBe('township')
    expect(township?.level).toBe('township')
    expect(inspector?.code).not.toBe(township?.code)
    expect(village?.level).toBe('village')
    expect(village?.parentCode).toBe(DEMO_TOWNSHIP_FOR.township)
  })
})

describe('demo county units', () => {
  const units = demo.units

  it('has unique codes, names and aliases across all units', () => {
    const codes = units.map((u) => u.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of codes) expect(c).toMatch(/^[a-z0-9-]+$/)
    const seen = new Map<string, string>()
    for (const u of units) {
      expect(u.aliases).not.toContain(u.name)
      expect(new Set(u.aliases).size, u.code).toBe(u.aliases.length)
      for (const label of [u.name, ...u.aliases]) {
        expect(seen.get(label), `${label} used by ${seen.get(label)} and ${u.code}`).toBeUndefined()
        seen.set(label, u.code)
      }
    }
  })

  it('has the county office and the main committee member units', () => {
    const office = units.find((u) => u.kind === 'office')!
    expect(office).toMatchObject({ code: 'fsc-office', name: '县食品安全委员会办公室', regionCode: '411721000000' })
    expect(office.aliases).toEqual(expect.arrayContaining(['县食安办', '食安办', '县食安委办公室', '县政府食安办']))
    const byName = new Map(units.map((u) => [u.name, u]))
    const expected: Record<string, string[]> = {
      县市场监督管理局: ['县市场监管局', '市场监管局', '县市场局', '市场监管部门'],
      县农业农村局: ['农业农村局'],
      县卫生健康委员会: ['县卫健委', '卫健委', '县卫生健康委', '县卫健体委'],
      县教育局: ['教育局', '县教体局', '教体局'],
      县公安局: ['公安局'],
      县商务局: ['商务局'],
      县财政局: ['财政局'],
      县司法局: ['司法局'],
      市生态环境局西平分局: [],
      县住房和城乡建设局: ['住建局'],
      县交通运输局: [],
      县水利局: [],
      县粮食和物资储备局: ['县粮食和物质储备局', '粮食和物质储备局'],
      县城市管理局: ['城管局'],
      县文化广电和旅游局: ['文广旅局'],
      县委宣传部: ['宣传部'],
      县发展和改革委员会: ['发改委', '县发改委'],
      县自然资源局: ['自然资源局'],
      县人民检察院: ['县检察院', '检察院'],
      县人民法院: ['县法院', '法院'],
      县民政局: ['民政局'],
      县人力资源和社会保障局: ['县人社局'],
    }
    for (const [name, aliases] of Object.entries(expected)) {
      const u = byName.get(name)
      expect(u?.kind, name).toBe('member')
      expect(u?.regionCode).toBe('411721000000')
      expect(u?.parentCode).toBeNull()
      expect(u?.aliases).toEqual(expect.arrayContaining(aliases))
    }
    expect(units.find((u) => u.code === 'msa')?.name).toBe('县市场监督管理局')
  })

  it('has one market station and one township office per township', () => {
    for (const t of townships) {
      const code9 = t.code.slice(0, 9)
      const stations = units.filter((u) => u.kind === 'market_station' && u.regionCode === t.code)
      expect(stations, t.name).toHaveLength(1)
      expect(stations[0]).toMatchObject({ code: `msa-${code9}`, parentCode: 'msa' })
      expect(stations[0].name).toMatch(/市场监督管理所$/)
      const base = stations[0].name.replace(/市场监督管理所$/, '')
      expect(t.name.startsWith(base)).toBe(true)
      expect(stations[0].aliases).toEqual(expect.arrayContaining([`${base}市场监管所`, `${base}所`]))

      const offices = units.filter((u) => u.kind === 'township_office' && u.regionCode === t.code)
      expect(offices, t.name).toHaveLength(1)
      expect(offices[0]).toMatchObject({
        code: `tso-${code9}`,
        name: `${t.name}食品安全委员会办公室`,
        parentCode: null,
      })
      expect(offices[0].aliases).toContain(`${t.name}食安办`)
    }
    expect(units.filter((u) => u.kind === 'market_station')).toHaveLength(townships.length)
    expect(units.filter((u) => u.kind === 'township_office')).toHaveLength(townships.length)
  })

  it('puts every unit in an existing county or township region', () => {
    for (const u of units) {
      const region = byCode.get(u.regionCode)
      if (u.kind === 'office' || u.kind === 'member') expect(region?.level, u.code).toBe('county')
      else expect(region?.level, u.code).toBe('township')
      if (u.parentCode !== null) expect(units.some((p) => p.code === u.parentCode)).toBe(true)
    }
  })
})
