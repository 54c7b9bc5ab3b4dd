import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InspectionListDto, OrderDto } from '../../../shared/inspections'
import { makeAccount, makeTownship } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { expectBadField } from '../../platform/testing/expect-bad'
import { openTable, rowsByHeader } from '../../platform/testing/xlsx'
import { makeEntity } from '../entities/factory'
import { samplingSetup, type SamplingSetup } from '../sampling/samples/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from './factory'

// A township on 2026-06-15: four inspections in 2026 (two found problems and gave orders, one of them overdue) and one in 2025.
let t: TestApp
let s: SamplingSetup
beforeAll(async () => {
  t = await startTestApp({ config: { now: () => new Date('2026-06-15T10:00:00+08:00') } })
  s = await samplingSetup(t)
  const pair = s.inspectors.map((i) => i.id)
  const e1 = await makeEntity(t, s.office, s.town.villageCodes[1])
  const failed = { answers: answersFor('small_restaurant', { fail: [sampleItems('small_restaurant').general[0]] }) }
  const order = (dueOn: string) => ({ handling: 'rectification' as const, rectification: { kind: 'rectify', dueOn, requirements: '限期整改：清理后厨', documentNumber: null } })
  await makeInspection(t, s.office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-03-10' }))
  await makeInspection(t, s.office, inspectionInput(e1.id, 'small_restaurant', pair, { inspectedOn: '2026-05-02', ...failed, ...order('2026-05-20') }))
  await makeInspection(t, s.office, inspectionInput(s.entityId, 'small_restaurant', pair, { inspectedOn: '2026-06-08', ...failed, ...order('2026-07-01') }))
  await makeInspection(t, s.office, inspectionInput(e1.id, 'small_restaurant', pair, { inspectedOn: '2026-06-12' }))
  await makeInspection(t, s.office, inspectionInput(e1.id, 'small_restaurant', pair, { inspectedOn: '2025-11-03' }))
})
afterAll(async () => { await t.close() })

describe('inspections export', () => {
  it('holds every inspection the filters select, in the list’s order, labelled', async () => {
    const q = 'from=2026-01-01&to=2026-12-31'
    const list = (await t.as(s.office).get(`/api/inspections?${q}&pageSize=200`)).json() as InspectionListDto
    const sheet = await openTable(await t.as(s.office).get(`/api/inspections/export?${q}&pageSize=1`))
    expect(sheet.fileName).toBe('监督检查记录_2026-01-01至2026-12-31_2026-06-15.xlsx')
    expect(sheet.header).toEqual(['序号', '检查日期', '检查对象', '主体类型', '区域', '检查类型', '结果', '重点项不符合', '一般项不符合', '处理措施', '执法人员'])
    expect(sheet.rows).toHaveLength(4)
    expect(rowsByHeader(sheet).map((r) => [r['检查日期'], r['检查对象'], r['重点项不符合'], r['一般项不符合'], r['执法人员']]))
      .toEqual(list.items.map((x) => [x.inspectedOn, x.entityName, x.keyFailures, x.generalFailures, x.inspectorNames.join('、')]))
    expect(rowsByHeader(sheet).find((r) => r['检查日期'] === '2026-05-02')).toMatchObject({ 处理措施: '限期整改', 主体类型: '小型餐饮', 区域: expect.stringContaining(s.town.name) })
  })
})

describe('rectifications export', () => {
  it('holds every order, with the days overdue of the one past its deadline', async () => {
    const list = (await t.as(s.office).get('/api/rectifications?pageSize=200')).json() as { items: OrderDto[] }
    const sheet = await openTable(await t.as(s.office).get('/api/rectifications/export'))
    expect(rowsByHeader(sheet).map((r) => [r['经营主体'], r['下达日期'], r['整改期限'], r['状态']]))
      .toEqual(list.items.map((o) => [o.entityName, o.issuedOn, o.dueOn, '待整改']))
    const overdue = await openTable(await t.as(s.office).get('/api/rectifications/export?overdue=true'))
    expect(overdue.fileName).toBe('整改通知_逾期_2026-06-15.xlsx')
    expect(rowsByHeader(overdue)).toEqual([expect.objectContaining({ 序号: 1, 整改期限: '2026-05-20', 逾期天数: 26, 整改要求: '限期整改：清理后厨' })])
  })

  it('keeps to the caller’s scope and names a bad filter', async () => {
    const stranger = await makeAccount(t, { role: 'office', regionCode: (await makeTownship(t)).code })
    expect((await openTable(await t.as(stranger).get('/api/inspections/export'))).rows).toEqual([])
    expect((await openTable(await t.as(stranger).get('/api/rectifications/export'))).rows).toEqual([])
    const bad = (path: string, field: string) => expectBadField(t.as(s.office), path, field)
    await bad('/api/inspections/export?result=great', '检查结果')
    await bad('/api/inspections/export?from=2026-02-30', '开始日期')
    await bad('/api/rectifications/export?status=lost', '整改状态')
  })
})
