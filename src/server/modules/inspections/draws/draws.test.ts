import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runDraw } from '../../../../shared/draw'
import type { DrawDetailDto, PublicDrawDto } from '../../../../shared/draws'
import { makeAccount } from '../../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../../platform/testing/test-app'
import { entityInput, makeEntity } from '../../entities/factory'
import { addToRoster, drawInput, freeze, makeDrawTown, type DrawTown } from './factory'

/** 双随机 draws through HTTP: freeze → run → publish, reproducibility, avoidance, refusals, scope, the public record. */

let t: TestApp
let home: DrawTown
let other: DrawTown
const MISSING = '00000000-0000-4000-8000-000000000000'
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')
const ids = (d: DrawDetailDto) => d.rows.map((r) => [r.position, r.entity.id, ...r.inspectors.map((i) => i.id)].join(' '))

beforeAll(async () => {
  t = await startTestApp()
  home = await makeDrawTown(t, { officers: 4, entities: 12 })
  other = await makeDrawTown(t, { officers: 2, entities: 2 })
})
afterAll(async () => { await t.close() })

async function run(id: string, body: unknown = { seed: 'seed-A' }, who = home.office) {
  return t.as(who).post(`/api/draws/${id}/run`, body)
}

async function published(seed = 'seed-P') {
  const draw = await freeze(t, home.office, home.town)
  expect((await run(draw.id, { seed })).statusCode).toBe(200)
  expect((await t.as(home.office).post(`/api/draws/${draw.id}/publish`)).statusCode).toBe(200)
  return draw.id
}

describe('freezing', () => {
  it('freezes the active businesses of the area and the active roster, with hashes before any seed, audited', async () => {
    const closed = await makeEntity(t, home.office, home.town.villageCodes[0], { status: 'closed' })
    const draw = await freeze(t, home.office, home.town)
    expect(draw).toMatchObject({ status: 'frozen', entityCount: 12, inspectorCount: 4, seed: null, rows: [], drawnCount: null })
    expect(draw.entityListHash).toMatch(/^[0-9a-f]{64}$/)
    expect(draw.avoidanceHash).toBe(sha256(''))
    expect(await t.auditFor(draw.id)).toMatchObject([{ action: 'draw.freeze', actorId: home.office.id, after: { entityCount: 12, inspectorCount: 4 } }])
    const row = await t.db.$client.query('SELECT entity_list FROM inspection_draws WHERE id = $1', [draw.id])
    expect(row.rows[0].entity_list).not.toContain(closed.id)
    expect(sha256(row.rows[0].entity_list)).toBe(draw.entityListHash)
  })

  it('filters by type and grade, and draws a proportion rounded up', async () => {
    const draw = await freeze(t, home.office, home.town, { entityFilter: { regionCode: home.town.villageCodes[0], types: ['small_restaurant'], grades: ['none'] }, selection: { proportion: 0.3 } })
    expect(draw.entityCount).toBe(4) // entities 0, 3, 6, 9 of the town are in the first village
    const detail = (await run(draw.id)).json() as DrawDetailDto
    expect(detail.drawnCount).toBe(2) // ⌈0.3 × 4⌉
  })

  it('refuses, in Chinese, what cannot be drawn, and stores nothing', async () => {
    const before = await t.count('inspection_draws')
    const send = (over: Parameters<typeof drawInput>[1]) => t.as(home.office).post('/api/draws', drawInput(home.town, over))
    const cases: [Parameters<typeof drawInput>[1], string][] = [
      [{ selection: { count: 13 } }, '抽取数量：抽取数量 13 超过名录库中的检查对象数 12'],
      [{ selection: {} }, '抽取数量：请填写抽取数量或抽取比例，二者选一'],
      [{ selection: { count: 2, proportion: 0.5 } }, '抽取数量：请填写抽取数量或抽取比例，二者选一'],
      [{ entityFilter: { regionCode: home.town.code, types: ['wholesale_market'], grades: [] } }, '抽取范围：没有符合条件的在业经营主体，检查对象名录库为空'],
      [{ entityFilter: { regionCode: other.town.code, types: [], grades: [] } }, '抽查区域：区划不存在或不在本账号管辖范围内'],
    ]
    for (const [over, message] of cases) {
      const res = await send(over)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toBe(message)
    }
    for (const [body, field] of [
      [{ ...drawInput(home.town), title: '' }, '抽查任务名称'], [{ ...drawInput(home.town), year: 1999 }, '年度'],
      [{ ...drawInput(home.town), selection: { proportion: 0 } }, '抽取比例'], [{ ...drawInput(home.town), selection: { count: 1.5 } }, '抽取数量'],
      [{ ...drawInput(home.town), entityFilter: { regionCode: home.town.code, types: ['rocket'], grades: [] } }, '主体类型'],
      [{ ...drawInput(home.town), entityFilter: { regionCode: 'x', types: [], grades: [] } }, '抽查区域'], [{ ...drawInput(home.town), sameUnitRequired: 'y' }, '两名执法人员须同一单位'],
    ] as const) {
      const res = await t.as(home.office).post('/api/draws', body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json().message).toContain(field)
    }
    expect(await t.count('inspection_draws')).toBe(before)
  })

  it('refuses a roster with fewer than two active officers', async () => {
    const lonely = await makeDrawTown(t, { officers: 1, entities: 2 })
    const res = await t.as(lonely.office).post('/api/draws', drawInput(lonely.town, { selection: { count: 1 } }))
    expect(res.statusCode).toBe(400)
    expect(res.json().message).toBe('执法检查人员名录库：在岗执法人员不足两名，无法两人一组检查')
  })
})

describe('running', () => {
  it('is reproducible from its seed: same seed and frozen lists → same result; another seed → another result', async () => {
    const a = await freeze(t, home.office, home.town)
    const b = await freeze(t, home.office, home.town)
    const c = await freeze(t, home.office, home.town)
    expect(b.entityListHash).toBe(a.entityListHash)
    const ra = (await run(a.id, { seed: 'same-seed' })).json() as DrawDetailDto
    const rb = (await run(b.id, { seed: 'same-seed' })).json() as DrawDetailDto
    const rc = (await run(c.id, { seed: 'other-seed' })).json() as DrawDetailDto
    expect(ra.status).toBe('drawn')
    expect(ids(ra)).toHaveLength(5)
    expect(ids(rb)).toEqual(ids(ra))
    expect(ids(rc)).not.toEqual(ids(ra))
    for (const row of ra.rows) expect(new Set(row.inspectors.map((i) => i.id)).size).toBe(2)
    expect(await t.auditFor(a.id)).toMatchObject([{ action: 'draw.freeze' }, { action: 'draw.run', after: { seed: 'same-seed', drawnCount: 5 } }])
  })

  it('builds the seed from the draw date and a lottery number with the list hashes, one per line', async () => {
    const draw = await freeze(t, home.office, home.town)
    const res = await run(draw.id, { drawDate: '2099-03-02', lotteryNumber: ' 3 15 22 ' })
    expect(res.statusCode).toBe(200)
    const parts = ['2099-03-02', '3 15 22', draw.entityListHash, draw.inspectorListHash]
    expect(res.json()).toMatchObject({ seed: sha256(parts.join('\n')), seedParts: parts })
  })

  it('draws from the frozen list only: businesses added or renamed afterwards change nothing', async () => {
    const draw = await freeze(t, home.office, home.town, { selection: { count: 12 } })
    const added = await makeEntity(t, home.office, home.town.villageCodes[1])
    const renamed = home.entities[2]
    const put = await t.as(home.office).put(`/api/entities/${renamed.id}`, entityInput(home.town.villageCodes[2], { name: '改名后的饭店', uscc: (await t.as(home.office).get(`/api/entities/${renamed.id}`)).json().uscc }))
    expect(put.statusCode).toBe(200)
    const detail = (await run(draw.id, { seed: 'frozen' })).json() as DrawDetailDto
    expect(detail.entityCount).toBe(12)
    expect(detail.rows.map((r) => r.entity.id)).not.toContain(added.id)
    expect(detail.rows.find((r) => r.entity.id === renamed.id)?.entity.name).toBe(renamed.name)
    expect((await t.as(home.office).get(`/api/draws/${draw.id}/verify`)).json()).toMatchObject({ matches: true, verdict: '一致' })
    await t.as(home.office).put(`/api/entities/${renamed.id}`, entityInput(home.town.villageCodes[2], { name: renamed.name, uscc: put.json().uscc }))
    home.entities.push(added)
  })

  it('honours avoidance: an officer never inspects a business they must avoid; too few left → unassigned with the reason', async () => {
    const town = await makeDrawTown(t, { officers: 3, entities: 6 })
    const [p1, p2] = town.officers
    for (const e of town.entities.slice(0, 3)) {
      expect((await t.as(town.office).post(`/api/draws/roster/${p1.id}/avoidances`, { entityId: e.id, reason: '近亲属经营' })).statusCode).toBe(201)
    }
    const blocked = town.entities[5]
    for (const p of [p1, p2]) await t.as(town.office).post(`/api/draws/roster/${p.id}/avoidances`, { entityId: blocked.id, reason: '曾在该单位任职' })
    const draw = await freeze(t, town.office, town.town, { selection: { count: 6 } })
    expect(draw.avoidanceHash).not.toBe(sha256(''))
    const detail = (await run(draw.id, { seed: 'avoid' }, town.office)).json() as DrawDetailDto
    for (const row of detail.rows.filter((r) => town.entities.slice(0, 3).some((e) => e.id === r.entity.id))) {
      expect(row.inspectors.map((i) => i.id)).not.toContain(p1.id)
    }
    expect(detail.rows.find((r) => r.entity.id === blocked.id)).toMatchObject({ inspectors: [], unassignedReason: '可选执法人员不足两名（回避后）' })
    // The public record says nothing of who avoids whom, or why.
    await t.as(town.office).post(`/api/draws/${draw.id}/publish`)
    const text = (await t.get(`/api/public/draws/${draw.id}`)).body
    expect(text).not.toContain('近亲属')
    expect(text).not.toContain('曾在该单位任职')
    expect(text).not.toContain(p1.username)
    expect((await t.get(`/api/public/draws/${draw.id}/verify`)).json()).toMatchObject({ matches: true, verdict: '一致' })
    // The avoidance pairs were frozen with the lists: a later change to the list leaves the finished draw verifiable.
    await t.as(town.office).delete(`/api/draws/roster/${p1.id}/avoidances/${town.entities[0].id}`)
    expect((await t.get(`/api/public/draws/${draw.id}/verify`)).json()).toMatchObject({ matches: true, verdict: '一致' })
  })

  it('refuses when the avoidance list changed after freezing', async () => {
    const draw = await freeze(t, home.office, home.town)
    await t.as(home.office).post(`/api/draws/roster/${home.officers[3].id}/avoidances`, { entityId: home.entities[0].id, reason: '新登记' })
    const res = await run(draw.id)
    expect(res.statusCode).toBe(409)
    expect(res.json().message).toBe('名录冻结后回避名单有变动，不能按冻结时的名录抽取；请作废本次抽取后重新冻结名录')
    await t.as(home.office).delete(`/api/draws/roster/${home.officers[3].id}/avoidances/${home.entities[0].id}`)
    expect((await run(draw.id)).statusCode).toBe(200)
  })

  it('refuses a second run, a seed on a published draw, a bad seed and a lottery date before freezing, changing nothing', async () => {
    const draw = await freeze(t, home.office, home.town)
    for (const [body, message] of [
      [{}, '随机种子：请填写随机种子，或同时填写抽取日期和开奖号码'],
      [{ seed: 'x', lotteryNumber: '1' }, '随机种子：请只填写随机种子，或只填写抽取日期和开奖号码'],
      [{ lotteryNumber: '12' }, '随机种子：请填写随机种子，或同时填写抽取日期和开奖号码'],
      [{ drawDate: '2001-01-01', lotteryNumber: '12' }, '抽取日期：不能早于名录冻结日期'],
    ] as const) {
      const res = await run(draw.id, body)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain(message)
    }
    for (const [body, field] of [[{ seed: '' }, '随机种子'], [{ seed: 'a\nb' }, '随机种子'], [{ seed: 'x'.repeat(201) }, '随机种子'], [{ drawDate: '2026-02-30', lotteryNumber: '1' }, '抽取日期'], [{ seed: 'x', extra: 1 }, '']] as const) {
      const res = await run(draw.id, body)
      expect(res.statusCode).toBe(400)
      expect(res.json().message).toContain(field)
    }
    expect(await t.count('inspection_draws', { id: draw.id, status: 'frozen' })).toBe(1)
    expect((await run(draw.id, { seed: 'once' })).statusCode).toBe(200)
    const again = await run(draw.id, { seed: 'twice' })
    expect(again.statusCode).toBe(409)
    expect(again.json().message).toBe('本次抽取已执行，不能重复抽取')
    await t.as(home.office).post(`/api/draws/${draw.id}/publish`)
    expect((await run(draw.id, { seed: 'late' })).json().message).toBe('本次抽取已公示，不能再输入随机种子或重新抽取')
    expect((await t.as(home.office).get(`/api/draws/${draw.id}`)).json().seed).toBe('once')
  })
})

describe('publishing and cancelling', () => {
  it('publishes a drawn draw only, and never cancels a published one', async () => {
    const draw = await freeze(t, home.office, home.town)
    const early = await t.as(home.office).post(`/api/draws/${draw.id}/publish`)
    expect(early.statusCode).toBe(409)
    expect(early.json().message).toBe('尚未抽取，不能公示：请先输入随机种子执行抽取')
    await run(draw.id)
    const res = await t.as(home.office).post(`/api/draws/${draw.id}/publish`)
    expect(res.json()).toMatchObject({ status: 'published', statusLabel: '已公示' })
    expect(res.json().publishedAt).toBeTruthy()
    const cancel = await t.as(home.office).post(`/api/draws/${draw.id}/cancel`, { reason: '重做' })
    expect(cancel.statusCode).toBe(409)
    expect(cancel.json().message).toBe('本次抽取已公示，不能作废')
    expect((await t.auditFor(draw.id)).map((a) => a.action)).toEqual(['draw.freeze', 'draw.run', 'draw.publish'])
  })

  it('cancels a frozen or drawn draw with a reason, audited; a cancelled draw cannot be run or published', async () => {
    const frozen = await freeze(t, home.office, home.town)
    const bad = await t.as(home.office).post(`/api/draws/${frozen.id}/cancel`, { reason: '' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('作废原因')
    expect((await t.as(home.office).post(`/api/draws/${frozen.id}/cancel`, { reason: '筛选条件有误' })).json().status).toBe('cancelled')
    expect((await t.auditFor(frozen.id)).at(-1)).toMatchObject({ action: 'draw.cancel', after: { reason: '筛选条件有误' } })
    expect((await run(frozen.id)).json().message).toBe('本次抽取已作废')
    expect((await t.as(home.office).post(`/api/draws/${frozen.id}/publish`)).json().message).toBe('本次抽取已作废，不能公示')
    const drawn = await freeze(t, home.office, home.town)
    await run(drawn.id)
    expect((await t.as(home.office).post(`/api/draws/${drawn.id}/cancel`, { reason: '人员变动' })).json().status).toBe('cancelled')
  })

  it('lists draws in scope, filtered by status', async () => {
    const list = (await t.as(home.office).get('/api/draws?status=published')).json()
    expect(list.total).toBeGreaterThan(0)
    expect(list.items.every((d: { status: string; regionCode: string }) => d.status === 'published' && d.regionCode === home.town.code)).toBe(true)
    expect((await t.as(other.office).get('/api/draws')).json().total).toBe(0)
    const bad = await t.as(home.office).get('/api/draws?status=bogus')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().message).toContain('状态')
  })
})

describe('the public record', () => {
  it('publishes the list texts, hashes, seed, result and algorithm; anyone can redo the draw from them', async () => {
    const id = await published('public-seed')
    const res = await t.get(`/api/public/draws/${id}`)
    expect(res.statusCode).toBe(200)
    const rec = res.json() as PublicDrawDto
    expect(sha256(rec.entityList)).toBe(rec.entityListHash)
    expect(sha256(rec.inspectorList)).toBe(rec.inspectorListHash)
    expect(Object.keys(JSON.parse(rec.inspectorList)[0])).toEqual(['id', 'name', 'unit', 'certificateNumber'])
    expect(rec.algorithmText).toContain('shian-draw-v1')
    const again = runDraw({ seed: rec.seed, entities: JSON.parse(rec.entityList), inspectors: JSON.parse(rec.inspectorList), selection: rec.record.parameters.selection as { count: number } })
    expect(again.assignments).toEqual(rec.record.assignments)
    expect(rec.rows.map((r) => r.inspectors.length)).toEqual([2, 2, 2, 2, 2])
    expect(res.body).not.toMatch(/avoidances|reason":"[^n]/)
    expect((await t.get('/api/public/draws')).json().map((d: { id: string }) => d.id)).toContain(id)
  })

  it('hides drawn, frozen and cancelled draws exactly like a missing one', async () => {
    const frozen = await freeze(t, home.office, home.town)
    const drawn = await freeze(t, home.office, home.town)
    await run(drawn.id)
    const missing = await t.get(`/api/public/draws/${MISSING}`)
    expect(missing.statusCode).toBe(404)
    for (const id of [frozen.id, drawn.id]) {
      expect((await t.get(`/api/public/draws/${id}`)).json()).toEqual(missing.json())
      expect((await t.get(`/api/public/draws/${id}/verify`)).json()).toEqual((await t.get(`/api/public/draws/${MISSING}/verify`)).json())
    }
    expect((await t.get('/api/public/draws')).json().map((d: { id: string }) => d.id)).not.toContain(drawn.id)
  })

  it('says 不一致 when the stored result has been tampered with', async () => {
    const id = await published('tamper-seed')
    await t.db.$client.query(`UPDATE inspection_draws SET record = jsonb_set(record, '{assignments,0,inspectorIds}', (record #> '{assignments,0,inspectorIds}') - 0 || (record #> '{assignments,0,inspectorIds,0}')) WHERE id = $1`, [id])
    const res = (await t.get(`/api/public/draws/${id}/verify`)).json()
    expect(res).toMatchObject({ matches: false, verdict: '不一致' })
    expect(res.differences.map((d: { where: string }) => d.where)).toContain('position 1')
  })
})

describe('assignments', () => {
  it('lists each drawn business with its officers and whether an inspection of this draw was recorded', async () => {
    const id = await published('work-seed')
    const before = (await t.as(home.office).get(`/api/draws/${id}/assignments`)).json()
    expect(before).toMatchObject({ total: 5, done: 0 })
    const first = before.items[0]
    await t.db.$client.query(`INSERT INTO inspections (entity_id, region_code, kind, draw_id, checklist_code, result_rule, inspected_on, inspector_ids, answers,
      key_failures, general_failures, not_applicable, result, handling, publish_due_on) VALUES ($1, $2, 'random', $3, 'catering', '{}', '2026-04-01', $4, '{}', 0, 0, 0, 'conform', 'none', '2026-04-29')`,
    [first.entityId, first.regionCode, id, first.inspectors.map((i: { id: string }) => i.id)])
    const after = (await t.as(home.office).get(`/api/draws/${id}/assignments`)).json()
    expect(after.done).toBe(1)
    expect(after.items[0]).toMatchObject({ entityId: first.entityId, done: true, inspectedOn: '2026-04-01' })
    expect(after.items.slice(1).every((i: { done: boolean }) => !i.done)).toBe(true)
  })
})

describe('scope', () => {
  it('another township\'s draw answers like a missing one on every endpoint with an id, and nothing changes', async () => {
    const theirs = await freeze(t, other.office, other.town, { selection: { count: 1 } })
    const reader = await makeAccount(t, { role: 'leader', regionCode: home.town.code })
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/draws/ID'], ['POST', '/api/draws/ID/run', { seed: 's' }], ['POST', '/api/draws/ID/publish'],
      ['POST', '/api/draws/ID/cancel', { reason: '越界' }], ['GET', '/api/draws/ID/verify'], ['GET', '/api/draws/ID/assignments'],
    ]
    for (const [method, path, body] of calls) {
      const send = (id: string) => t.app.inject({ method: method as 'GET', url: path.replace('ID', id), headers: { authorization: `Bearer ${home.office.token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, payload: body ? JSON.stringify(body) : undefined })
      const [outside, missing] = await Promise.all([send(theirs.id), send(MISSING)])
      expect(outside.statusCode, path).toBe(404)
      expect(outside.json()).toEqual(missing.json())
      expect(outside.json().message).toBe('双随机抽查不存在')
    }
    expect(await t.count('inspection_draws', { id: theirs.id, status: 'frozen' })).toBe(1)
    expect((await t.auditFor(theirs.id)).map((a) => a.action)).toEqual(['draw.freeze'])
    // inspections.read may look but not draw.
    expect((await t.as(reader).get('/api/draws')).statusCode).toBe(200)
    expect((await t.as(reader).post('/api/draws', drawInput(home.town))).statusCode).toBe(403)
  })

  it('an officer added to another township\'s roster never enters this township\'s list', async () => {
    const stranger = await makeAccount(t, { role: 'inspector', regionCode: other.town.code, unitCode: `msa-${other.town.code.slice(0, 9)}` })
    await addToRoster(t, other.office, stranger)
    const draw = await freeze(t, home.office, home.town)
    expect(draw.inspectorCount).toBe(4)
  })
})
