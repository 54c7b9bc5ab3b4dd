import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoCounty, loginAs, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import type { PlanDetailDto } from '../../../shared/work-plans'
import { SHARED } from './parser/fixtures/cases'
import { encryptedDocx, encryptedPdf, truncated } from './parser/fixtures/make-broken-files'
import { makeDocx } from './parser/fixtures/make-docx'
import { hasChromium, makePdf } from './parser/fixtures/make-pdf'

const XIPING = fs.readFileSync(path.join(SHARED, 'seeds/xiping-2020-work-points.txt'), 'utf8')
const YIMA = fs.readFileSync(path.join(SHARED, 'seeds/yima-2022-2024-action-plan.txt'), 'utf8')

let t: TestApp
let office: TestAccount
let msa: TestAccount
beforeAll(async () => {
  t = await startTestApp()
  await loadDemoCounty(t)
  office = await loginAs(t, 'office')
  msa = await loginAs(t, 'msa')
})
afterAll(async () => { await t.close() })

function upload(caller: TestAccount, name: string, content: Buffer | string, mime = 'application/octet-stream') {
  const boundary = '----shian' + Math.random().toString(16).slice(2)
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${mime}\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return t.app.inject({ method: 'POST', url: '/api/work-plans/import', payload: body, headers: { authorization: `Bearer ${caller.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } })
}

const detail = async (id: string) => (await t.as(office).get(`/api/work-plans/${id}`)).json() as PlanDetailDto

describe('import a plan document', () => {
  it('reads the 2020 Xiping plan into a draft with its tasks, units resolved by alias, targets and dated deadlines', async () => {
    const res = await upload(office, '2020年西平县食品安全工作要点.txt', XIPING, 'text/plain')
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ duplicate: false, plan: { title: '2020年西平县食品安全工作要点', yearFrom: 2020, yearTo: 2020, status: 'draft', taskCount: 22 } })
    const plan = await detail(res.json().plan.id)
    expect(plan.sections).toHaveLength(8)
    const first = plan.tasks[0]
    expect(first).toMatchObject({ number: '（一）', title: '落实食品安全党政同责' })
    // 各乡镇党委、政府、街道党工委、办事处 → all townships; 县政府食安委各成员单位 → all members
    expect(first.units.map((u) => [u.nameAsWritten, u.collective])).toEqual([
      ['各乡镇党委、政府、街道党工委、办事处', 'all_townships'], ['县政府食安委各成员单位', 'all_members'], ['有关部门', null]])
    const msaUnit = plan.tasks.flatMap((x) => x.units).find((u) => u.nameAsWritten === '县市场监管局')
    expect(msaUnit).toMatchObject({ unitName: '县市场监督管理局' })
    const sampling = plan.tasks.flatMap((x) => x.targets).find((g) => g.unit === '批次/千人')
    expect(sampling).toMatchObject({ value: 4, comparator: '=' })
    const dated = plan.tasks.flatMap((x) => x.deadlines).find((d) => d.text === '年底前')
    expect(dated?.dueDates.map((d) => d.dueOn)).toEqual(['2020-12-31'])
    expect(plan.generalDeadlines.map((d) => [d.text, d.dueDates[0]?.dueOn])).toEqual([['12月3日前', '2020-12-03']])
    // the source text is there for the review page, and every task's span points into it
    const source = (await t.as(office).get(`/api/work-plans/${plan.id}/source`)).json().text as string
    expect(source.slice(first.sourceStart!, first.sourceEnd!)).toContain('落实食品安全党政同责')
    expect(plan.problems.length).toBeGreaterThan(0)
    expect(await t.auditFor(plan.id)).toMatchObject([{ action: 'workplan.import', actorId: office.id }])
  })

  it('reads a Word document and a PDF with a text layer through the upload', async () => {
    const docx = await upload(office, '义马方案.docx', await makeDocx(YIMA))
    expect(docx.statusCode).toBe(201)
    expect(docx.json().plan).toMatchObject({ yearFrom: 2022, yearTo: 2024, taskCount: 12 })
    if (!hasChromium()) return // CI installs Chromium; without it the PDF half cannot be generated
    const pdf = await upload(office, '西平要点.pdf', await makePdf(XIPING.replace('2020年', '2019年')))
    expect(pdf.statusCode).toBe(201)
    expect(pdf.json().plan).toMatchObject({ taskCount: 22 })
  })

  it('returns the existing draft for the same document, duplicating nothing', async () => {
    const before = [await t.count('work_plans'), await t.count('plan_tasks')]
    const again = await upload(office, '另一个名字.txt', XIPING, 'text/plain')
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({ duplicate: true, plan: { title: '2020年西平县食品安全工作要点', taskCount: 22 } })
    expect([await t.count('work_plans'), await t.count('plan_tasks')]).toEqual(before)
  })

  it('imports pasted text, spreading a three-year plan over its years', async () => {
    const res = await t.as(office).post('/api/work-plans/import-text', { text: YIMA, fileName: '义马市方案' })
    expect(res.statusCode).toBe(201)
    const plan = await detail(res.json().plan.id)
    expect(plan).toMatchObject({ yearFrom: 2022, yearTo: 2024, taskCount: 12 })
    const quarterly = plan.generalDeadlines.find((d) => d.kind === 'recurring' && d.text.includes('季度'))
    expect(quarterly?.dueDates).toHaveLength(12)
  })

  it('refuses corrupt, empty, encrypted, wrong-type and oversized files with a clear message, leaving nothing behind', async () => {
    const before = [await t.count('work_plans'), await t.count('plan_tasks'), await t.count('audit_log')]
    const cases: [string, Buffer | string, number][] = [
      ['加密.pdf', encryptedPdf(), 422],
      ['截断.docx', truncated(await makeDocx(YIMA)), 422],
      ['损坏.docx', Buffer.from('PK\u0003\u0004 this is not really a zip'), 422],
      ['空文件.docx', Buffer.alloc(0), 422],
      ['加密.docx', encryptedDocx(), 422],
      ['图片.pdf', Buffer.from('not a pdf at all'), 422],
      ['无任务.txt', '这是一份通知，没有任何编号的工作任务。', 422],
      ['表格.xlsx', Buffer.from('PK\u0003\u0004'), 422],
      ['超大.txt', Buffer.alloc(20 * 1024 * 1024 + 10, 0x41), 413],
    ]
    for (const [name, content, status] of cases) {
      const res = await upload(office, name, content)
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status)
      expect(res.json().message, name).toMatch(/[\u4e00-\u9fff]/)
    }
    expect([await t.count('work_plans'), await t.count('plan_tasks'), await t.count('audit_log')]).toEqual(before)
  })

  it('puts the chapter in front of task numbers that restart in each chapter', async () => {
    const text = '2025年某县食品安全工作要点\n一、落实责任\n（一）健全包保体系。包保全覆盖。（县市场监管局负责）\n（二）强化主体责任。配备率达到100%。（县市场监管局负责）\n二、加强执法\n（一）实施双随机监管。抽查比例不低于5%。（县市场监管局负责）\n'
    const res = await t.as(office).post('/api/work-plans/import-text', { text })
    const plan = await detail(res.json().plan.id)
    expect(plan.tasks.map((x) => [x.sectionNumber, x.number])).toEqual([['一', '一（一）'], ['一', '一（二）'], ['二', '二（一）']])
  })

  it('lets only the office import, and keeps drafts from units', async () => {
    expect((await upload(msa, 'x.txt', XIPING)).statusCode).toBe(403)
    const plans = (await t.as(msa).get('/api/work-plans')).json()
    expect(plans).toEqual([])
    const { rows } = await t.db.execute<{ id: string }>(sql`SELECT id FROM work_plans LIMIT 1`)
    expect((await t.as(msa).get(`/api/work-plans/${rows[0].id}`)).statusCode).toBe(404)
  })
})
