import { describe, expect, it } from 'vitest'
import type { TestItemDto } from '../../../../shared/sampling'
import { catalogueRow, customRow, liveSampleVerdict, liveVerdict, measuredText, rowLimitText, rowProblems, toResultInput, type ResultRow } from './result-rows'

const item = (o: Partial<TestItemDto>): TestItemDto => ({
  id: '0b7e4c1a-2f1e-4a57-9d55-000000000001', seedKey: 'pb-brassica', name: '铅（以 Pb 计）', group: 'contaminant', foodScope: '芸薹类蔬菜',
  categories: ['vegetables'], limitKind: 'max', limitValue: '0.200000', limitMax: null, planN: null, planC: null, unit: 'mg/kg',
  standard: 'GB 2762-2022', status: 'S', note: null, active: true, updatedAt: '2026-01-01T00:00:00Z', ...o,
})
const lead = () => catalogueRow(item({}))
const set = (r: ResultRow, patch: Partial<ResultRow>): ResultRow => ({ ...r, ...patch })

describe('the live verdict of a row', () => {
  it('waits for a value, then judges it against the catalogue limit (equal passes, above fails)', () => {
    expect(liveVerdict(lead())).toBeNull()
    expect(rowProblems(lead())).toEqual(['请填写检测值，或选择“未检出”'])
    expect(liveVerdict(set(lead(), { value: '0.2' }))).toBe('pass')
    expect(liveVerdict(set(lead(), { value: '0.200001' }))).toBe('fail')
    expect(liveVerdict(set(lead(), { detected: false }))).toBe('pass')
    expect(rowLimitText(lead())).toBe('≤ 0.2 mg/kg')
  })

  it('refuses text that is not a decimal instead of judging it', () => {
    expect(liveVerdict(set(lead(), { value: '0,3' }))).toBeNull()
    expect(rowProblems(set(lead(), { value: '-1' }))).toEqual(['检测值应为非负数，最多 6 位小数'])
  })

  it('judges a banned substance by detection, a value at or under the LOD counting as 未检出', () => {
    const banned = catalogueRow(item({ name: '克伦特罗', limitKind: 'not_detected', limitValue: null, unit: 'μg/kg' }))
    expect(rowLimitText(banned)).toBe('不得检出')
    expect(liveVerdict(set(banned, { detected: false }))).toBe('pass')
    expect(liveVerdict(set(banned, { value: '0.5', lod: '0.5' }))).toBe('pass')
    expect(liveVerdict(set(banned, { value: '0.6', lod: '0.5' }))).toBe('fail')
  })

  it('judges a microbial plan from exactly n unit values', () => {
    const plan = catalogueRow(item({ name: '菌落总数', limitKind: 'microbe', limitValue: '10000', limitMax: '100000', planN: 5, planC: 2, unit: 'CFU/g' }))
    expect(rowProblems(set(plan, { unitValues: '1, 2, 3' }))).toEqual(['应填写 5 个样品的检测值，现有 3 个'])
    expect(liveVerdict(set(plan, { unitValues: '20000 20000 10 10 10' }))).toBe('pass')
    expect(liveVerdict(set(plan, { unitValues: '20000，20000，20000，10，10' }))).toBe('fail')
    expect(toResultInput(set(plan, { unitValues: '1 2 3 4 5' })).unitValues).toEqual(['1', '2', '3', '4', '5'])
  })

  it('asks a typed item for its name, unit, standard and a complete limit', () => {
    const typed = customRow()
    expect(rowProblems(typed)).toEqual(['请填写检验项目名称', '请填写判定依据', '请填写检测值，或选择“未检出”'])
    const named = set(typed, { itemName: '苯甲酸', standard: 'GB 2760-2024', value: '0.8' })
    expect(rowProblems(named)).toEqual(['最大限量或最低含量须填写限量值'])
    expect(liveVerdict(set(named, { limitValue: '1.0' }))).toBe('pass')
    expect(liveVerdict(set(named, { limitValue: '0.5' }))).toBe('fail')
  })
})

describe('the sample verdict and the request body', () => {
  it('is unknown until every row is judged, and fails with one failing row', () => {
    expect(liveSampleVerdict([])).toBeNull()
    expect(liveSampleVerdict([set(lead(), { value: '0.1' }), customRow()])).toBeNull()
    expect(liveSampleVerdict([set(lead(), { value: '0.1' }), set(lead(), { detected: false })])).toBe('pass')
    expect(liveSampleVerdict([set(lead(), { value: '0.1' }), set(lead(), { value: '0.35' })])).toBe('fail')
  })

  it('sends a catalogue item by id with the measurement only, a typed one with its limit', () => {
    expect(toResultInput(set(lead(), { value: ' 0.35 ' }))).toEqual({
      testItemId: item({}).id, itemName: null, detected: true, value: '0.35', lod: null, unitValues: null,
      unit: null, limitKind: null, limitValue: null, limitMax: null, planN: null, planC: null, standard: null,
    })
    expect(toResultInput(set(customRow(), { itemName: '苯甲酸', standard: 'GB 2760-2024', limitValue: '1.0', detected: false }))).toEqual({
      testItemId: null, itemName: '苯甲酸', detected: false, value: null, lod: null, unitValues: null,
      unit: 'mg/kg', limitKind: 'max', limitValue: '1.0', limitMax: null, planN: null, planC: null, standard: 'GB 2760-2024',
    })
  })
})

describe('a recorded result as the detail page shows it', () => {
  it('drops the database scale and says 未检出 with the detection limit', () => {
    const base = { detected: true, value: '5.000000', lod: null, unitValues: null, unit: 'mg/kg' }
    expect(measuredText(base)).toBe('5 mg/kg')
    expect(measuredText({ ...base, detected: false, value: null, lod: '0.010000' })).toBe('未检出（检出限 0.01 mg/kg）')
    expect(measuredText({ ...base, value: null, unitValues: ['10.000', '20000.000'], unit: 'CFU/g' })).toBe('10，20000 CFU/g')
  })
})
