import { expect, test, type APIRequestContext } from '@playwright/test'
import ExcelJS from '../src/server/platform/exceljs'
import { limitText } from '../src/shared/sample-verdict'
import type { TestItemDto } from '../src/shared/sampling'
import { DEMO_PASSWORD, loginAs, makeUscc, pickOption, screenshot } from './helpers'

// 抽样检验 end to end (issue 7): on a phone the demo inspector records a vegetable sample at a market with
// the second inspector of his station, sends it, and records the lab report with 铅 far above its limit and
// one pesticide 未检出. The live verdict reads 不合格 before saving; the saved sample reads 不合格 and links
// the 核查处置 file it opened, with its due date. The market is made through the API first (the demo
// register may still be loading), with a name unique to this run. Then the pages again on a desktop.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36).slice(-5)
const TOWNSHIP = '411721002000' // 柏亭街道, where the demo inspectors 王检查 and 刘执法 work
const MARKET = `抽检演示农贸市场${RUN}`
const PRODUCT = `小白菜${RUN}`
const SAMPLE_NUMBER = `E2E-${RUN.toUpperCase()}`
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
const DESKTOP = { width: 1366, height: 800 }
const isoDate = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
const TODAY = isoDate(0)

const LATE_NUMBER = `E2E-LATE-${RUN.toUpperCase()}`
let detailUrl = ''
let lateSentDueOn = ''

async function token(request: APIRequestContext, username: string) {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } })
  expect(res.status(), await res.text()).toBe(200)
  return { authorization: `Bearer ${(await res.json()).token}` }
}

/** A farmers' market in one of 柏亭街道's villages, and the catalogue rows the report will use. */
async function prepare(request: APIRequestContext) {
  const office = await token(request, 'office')
  const tree = await (await request.get('/api/regions', { headers: office })).json()
  const find = (nodes: { code: string; children: unknown[] }[]): { code: string; children: { code: string }[] } | undefined =>
    nodes.map((n) => (n.code === TOWNSHIP ? n : find(n.children as never))).find(Boolean) as never
  const village = find(tree)!.children[0].code
  const market = await request.post('/api/entities', { headers: office, data: {
    name: MARKET, uscc: makeUscc(7), type: 'farmers_market', canteenKind: null, schoolCategory: null, principalAccompanies: null,
    legalRepresentative: '周市场', address: '柏亭路 66 号', regionCode: village, longitude: null, latitude: null, contactName: '周市场', contactPhone: '13800000066',
    status: 'active', openedOn: '2018-03-01', openKitchen: 'none', openKitchenUrl: null, cateringGrade: null, staticFactors: {},
  } })
  expect(market.status(), await market.text()).toBe(201)
  // A sample taken 30 days ago and never sent: its 5-working-day sending deadline has passed.
  const inspector = await token(request, 'inspector')
  const marketId = (await market.json()).id as string
  const samplers = (await (await request.get(`/api/samples/samplers?entityId=${marketId}`, { headers: inspector })).json()) as { id: string }[]
  const late = await request.post('/api/samples', { headers: inspector, data: {
    sampleNumber: LATE_NUMBER, planId: null, requestId: null, entityId: marketId, level: 'county', department: 'market', purpose: 'supervision',
    category: 'fruits', stage: 'circulation', productName: `苹果${RUN}`, brand: null, specification: null, batchNumber: null, productionDate: null,
    manufacturer: null, sampledOn: isoDate(-30), samplerIds: samplers.slice(0, 2).map((o) => o.id), quantity: '2 kg', price: null, lab: '县食品药品检验检测中心',
  } })
  expect(late.status(), await late.text()).toBe(201)
  lateSentDueOn = (await late.json()).sentDueOn
  const lead = await catalogueItem(request, office, (t) => t.name.startsWith('铅') && t.limitKind === 'max',
    { name: '铅', group: 'contaminant', foodScope: '新鲜蔬菜（e2e）', limitValue: '0.1', standard: 'GB 2762-2022', status: 'S' })
  const pesticide = await catalogueItem(request, office, (t) => t.group === 'pesticide' && t.limitKind === 'max',
    { name: '氧乐果', group: 'pesticide', foodScope: '蔬菜（e2e）', limitValue: '0.02', standard: 'GB 2763-2021', status: 'U' })
  return { lead, pesticide }
}

/**
 * A vegetable item of the catalogue: the seeded one (syncTestItemCatalogue at startup), or, on a server that
 * has not seeded it, one the office adds the way the settings page does. 5 mg/kg is above every lead limit.
 */
async function catalogueItem(request: APIRequestContext, office: Record<string, string>, match: (t: TestItemDto) => boolean,
  fallback: { name: string; group: string; foodScope: string; limitValue: string; standard: string; status: string }): Promise<TestItemDto> {
  const items = (await (await request.get('/api/test-items?category=vegetables', { headers: office })).json()).items as TestItemDto[]
  const found = items.find(match)
  if (found) return found
  const made = await request.post('/api/test-items', { headers: office, data: {
    ...fallback, categories: ['vegetables'], limitKind: 'max', limitMax: null, planN: null, planC: null, unit: 'mg/kg', note: null, active: true,
  } })
  expect(made.status(), await made.text()).toBe(201)
  return made.json()
}

/** The catalogue option as the form labels it: name (scope) limit. */
const optionTitle = (t: TestItemDto) => `${t.name}（${t.foodScope}）${limitText(t)}`

test.describe('on a phone', () => {
  test.use(PHONE)

  test('the inspector records a sample, sends it and records a failing report; the disposal file opens', async ({ page, request }) => {
    test.setTimeout(150_000)
    const { lead, pesticide } = await prepare(request)
    await loginAs(page, 'inspector', '王检查')
    await page.goto('/sampling/samples')
    await expect(page.getByRole('button', { name: /录入抽样/ })).toBeVisible()
    await screenshot(page, 'samples-list-phone')
    await page.getByRole('button', { name: /录入抽样/ }).click()
    await expect(page).toHaveURL(/\/sampling\/samples\/new$/)
    // The signed-in inspector is preselected as the first sampler.
    await expect(page.locator('.ant-select-selection-item', { hasText: '王检查' })).toBeVisible()
    await screenshot(page, 'samples-form-empty-phone')

    await pickOption(page, page.getByLabel('被抽样单位'), MARKET, MARKET)
    await page.getByLabel('抽样单编号').fill(SAMPLE_NUMBER)
    await pickOption(page, page.getByLabel('抽样人员'), '刘执法', '刘执法')
    // The samplers' list stays open after a pick (multiple choice); close it before the next field.
    await page.keyboard.press('Escape')
    await pickOption(page, page.getByLabel('食品类别'), '蔬菜', '蔬菜')
    await expect(page.getByText('食用农产品：农药兽药残留检验计入')).toBeVisible()
    // A market sells: the stage follows the entity's sector.
    await expect(page.locator('.ant-form-item').filter({ hasText: '抽样环节' })).toContainText('流通环节')
    await page.getByLabel('样品名称').fill(PRODUCT)
    await page.getByLabel('抽样数量').fill('2 kg')
    await page.getByLabel('购样费用（元）').fill('12.5')
    await page.getByLabel('承检机构').fill('县食品药品检验检测中心')
    await screenshot(page, 'samples-form-filled-phone')
    await page.getByRole('button', { name: '保存抽样记录' }).click()

    await expect(page).toHaveURL(/\/sampling\/samples\/[0-9a-f-]{36}$/)
    detailUrl = new URL(page.url()).pathname
    await expect(page.getByTestId('sample-status')).toHaveText('待送检')
    await expect(page.getByTestId('deadlines')).toContainText('样品送达承检机构')
    await screenshot(page, 'samples-detail-new-phone')

    // 送检 today: the lab's report deadline appears.
    await page.getByRole('button', { name: '送检' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByLabel('送达承检机构日期')).toHaveValue(TODAY)
    await dialog.getByRole('button', { name: /确\s*定/ }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('sample-status')).toHaveText('检验中')
    await expect(page.getByTestId('deadlines')).toContainText('出具检验报告')

    // The report: 铅 above its limit, one pesticide 未检出; the verdicts follow as one types.
    const form = page.getByTestId('results-form')
    await form.getByLabel('检验报告编号').fill(`BG-${RUN}`)
    await pickOption(page, form.getByRole('combobox', { name: '从目录添加检验项目' }), lead.name, optionTitle(lead), { keeps: false })
    await pickOption(page, form.getByRole('combobox', { name: '从目录添加检验项目' }), pesticide.name, optionTitle(pesticide), { keeps: false })
    const rows = form.getByTestId('result-row')
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(0)).toContainText(limitText(lead))
    await expect(page.getByTestId('sample-verdict')).toContainText('待填写')
    await rows.nth(0).getByLabel(`${lead.name} 检测值`).fill('5')
    await expect(rows.nth(0).getByTestId('row-verdict')).toHaveText('不合格')
    await rows.nth(1).locator('label', { hasText: /^未检出$/ }).click()
    await expect(rows.nth(1).getByTestId('row-verdict')).toHaveText('合格')
    await expect(page.getByTestId('sample-verdict')).toContainText('不合格')
    await expect(page.getByTestId('sample-verdict')).toContainText(`不合格项目：${lead.name}`)
    await screenshot(page, 'samples-results-form-phone')
    await form.getByRole('button', { name: '保存检验结果' }).click()

    await expect(page.getByTestId('sample-status')).toHaveText('不合格')
    const notice = page.getByTestId('disposal-notice')
    await expect(notice).toContainText('已开启核查处置档案')
    await expect(notice).toContainText(lead.name)
    // Due dates come from the disposal file: the business is notified within 5 working days, the file closes within 90 days.
    await expect(notice).toContainText(`${isoDate(90)} 前办结`)
    await expect(notice.getByRole('link', { name: '进入核查处置' })).toHaveAttribute('href', /\/sampling\/disposals\/[0-9a-f-]{36}$/)
    await expect(page.getByTestId('results-table')).toContainText('未检出')
    await screenshot(page, 'samples-detail-failed-phone')

    // The list: the sample as a card with its verdict and failed item.
    await page.goto(`/sampling/samples?q=${SAMPLE_NUMBER}`)
    const card = page.getByTestId('sample-card').filter({ hasText: PRODUCT })
    await expect(card).toContainText('不合格')
    await expect(card).toContainText(lead.name)
    await screenshot(page, 'samples-list-filtered-phone')
  })
})

/** The results sheet with an unknown 抽样单编号 (row 2) and this run's sample, already reported (row 3). */
async function badImport(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('检验结果')
  sheet.addRow(['＊抽样单编号', '＊检验报告编号', '＊收到报告日期', '＊检验项目', '＊检测值', '＊单位', '检出限', '限量', '判定依据'])
  sheet.addRow(['NOPE-0000', 'BG-X', TODAY, '铅', '0.05', 'mg/kg'])
  sheet.addRow([SAMPLE_NUMBER, 'BG-Y', TODAY, '铅', '0.05', 'mg/kg'])
  return Buffer.from(await book.xlsx.writeBuffer())
}

test('on a desktop the list shows the failed sample with its disposal link, and the pages read well', async ({ page }) => {
  await page.setViewportSize(DESKTOP)
  await loginAs(page, 'inspector', '王检查')
  await page.goto('/sampling/samples?state=fail')
  const row = page.getByRole('row', { name: new RegExp(SAMPLE_NUMBER) })
  await expect(row).toContainText(MARKET)
  await expect(row).toContainText('不合格')
  await expect(row.getByRole('link', { name: '处置档案' })).toHaveAttribute('href', /\/sampling\/disposals\/[0-9a-f-]{36}$/)
  await screenshot(page, 'samples-list-desktop')
  await page.goto('/sampling/samples?state=testing')
  await expect(page.getByRole('row').nth(1)).toContainText(/检验中|待送检|没有符合条件/)
  await screenshot(page, 'samples-list-testing-desktop')
  // The sample never sent is overdue: its sending deadline in red with the days late.
  await page.goto(`/sampling/samples?state=testing&q=${LATE_NUMBER}`)
  const lateRow = page.getByRole('row', { name: new RegExp(LATE_NUMBER) })
  await expect(lateRow).toContainText('待送检')
  await expect(lateRow.getByTestId('overdue')).toContainText(lateSentDueOn)
  await expect(lateRow.getByTestId('overdue')).toContainText(/逾期 \d+ 天/)
  await expect(lateRow.getByTestId('overdue')).toHaveClass(/ant-typography-danger/)
  await page.goto('/sampling/samples?state=fail')

  // An import with two bad rows is refused as a whole, and the dialog lists each row with its column and reason.
  await page.getByRole('button', { name: '导入检验结果' }).click()
  const dialog = page.getByRole('dialog')
  const [template] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载导入模板' }).click()])
  expect(template.suggestedFilename()).toBe('检验结果导入模板.xlsx')
  await dialog.locator('input[type=file]').setInputFiles({ name: '检验结果.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await badImport() })
  await expect(dialog.getByTestId('import-error')).toContainText('未导入任何数据')
  const errors = dialog.getByTestId('import-row-errors').locator('tbody tr')
  await expect(errors).toHaveCount(2)
  await expect(errors.nth(0)).toContainText('2')
  await expect(errors.nth(0)).toContainText('抽样单编号')
  await expect(errors.nth(1)).toContainText('3')
  await screenshot(page, 'samples-import-errors-desktop')
  await dialog.getByRole('button', { name: 'Close' }).click()

  await page.goto(detailUrl)
  await expect(page.getByTestId('disposal-notice')).toBeVisible()
  const [form] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载抽样单' }).click()])
  expect(form.suggestedFilename()).toMatch(/^抽样单-.+\.docx$/)
  await screenshot(page, 'samples-detail-desktop')
  // A number already used is refused by the server and shown under its field; nothing else is lost.
  await page.goto('/sampling/samples/new')
  await pickOption(page, page.getByLabel('被抽样单位'), MARKET, MARKET)
  await page.getByLabel('抽样单编号').fill(SAMPLE_NUMBER)
  await pickOption(page, page.getByLabel('抽样人员'), '刘执法', '刘执法')
  await page.keyboard.press('Escape')
  await pickOption(page, page.getByLabel('食品类别'), '水果', '水果')
  await page.getByLabel('样品名称').fill('香蕉')
  await page.getByLabel('抽样数量').fill('3 kg')
  await page.getByLabel('承检机构').fill('县食品药品检验检测中心')
  await page.getByRole('button', { name: '保存抽样记录' }).click()
  await expect(page.locator('.ant-form-item').filter({ hasText: '抽样单编号' }).locator('.ant-form-item-explain-error')).toContainText('已存在')
  await expect(page).toHaveURL(/\/sampling\/samples\/new$/)
  await expect(page.getByLabel('样品名称')).toHaveValue('香蕉')
  await screenshot(page, 'samples-form-desktop')
})
