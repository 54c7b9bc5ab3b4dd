import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { DEMO_PASSWORD, loginAs, makeUscc, screenshot } from './helpers'

// 核查处置 end to end (issue 7): two vegetable samples of a market fail 腐霉利 in lab reports received 130
// and 120 days ago (made through the API, as the samples page would). The first file is disposed and closed on
// time through the API; the office then opens the second file's page, sees its due dates, records 送达, 风险控制,
// 原因排查, 整改 and closes it 20 days after its 90-day close date, and sees 按时完成率 drop on the list page.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36).slice(-5)
const TOWNSHIP = '411721002000' // 柏亭街道: the demo inspectors there are the samplers
const isoDate = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
const LATE_REPORT = isoDate(-120)
const PRODUCT = `韭菜${RUN}`

async function token(request: APIRequestContext, username: string) {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } })
  expect(res.status(), await res.text()).toBe(200)
  return { authorization: `Bearer ${(await res.json()).token}` }
}

/** A sample taken `reportOffset - 10` days ago whose lab report (received `reportOffset` days ago) fails 腐霉利; returns its disposal id. */
async function failingSample(request: APIRequestContext, headers: Record<string, string>, entityId: string, product: string, reportOffset: number) {
  const samplers = (await (await request.get(`/api/samples/samplers?entityId=${entityId}`, { headers })).json()) as { id: string }[]
  expect(samplers.length).toBeGreaterThanOrEqual(2)
  const sampledOn = isoDate(reportOffset - 10)
  const created = await request.post('/api/samples', { headers, data: {
    sampleNumber: `DSP-${RUN}-${-reportOffset}`.toUpperCase(), planId: null, requestId: null, entityId, level: 'county', department: 'market', purpose: 'supervision',
    category: 'vegetables', stage: 'circulation', productName: product, brand: null, specification: null, batchNumber: null, productionDate: null, manufacturer: null,
    sampledOn, samplerIds: samplers.slice(0, 2).map((s) => s.id), quantity: '2 kg', price: '12.00', lab: '驻马店市食品检验检测中心',
  } })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).id
  const sent = await request.post(`/api/samples/${id}/send`, { headers, data: { sentOn: addDays(sampledOn, 1) } })
  expect(sent.status(), await sent.text()).toBe(200)
  const report = await request.post(`/api/samples/${id}/report`, { headers, data: {
    reportReceivedOn: isoDate(reportOffset), reportNumber: `JC${RUN}${-reportOffset}`,
    results: [{ testItemId: null, itemName: '腐霉利', detected: true, value: '0.93', lod: null, unitValues: null, unit: 'mg/kg', limitKind: 'max', limitValue: '0.2', limitMax: null, planN: null, planC: null, standard: 'GB 2763-2021' }],
  } })
  expect(report.status(), await report.text()).toBe(200)
  const disposalId = (await report.json()).disposalId as string
  expect(disposalId).toBeTruthy()
  return disposalId
}

async function prepare(request: APIRequestContext) {
  const office = await token(request, 'office')
  const tree = await (await request.get('/api/regions', { headers: office })).json()
  const find = (nodes: { code: string; children: unknown[] }[]): { code: string; children: { code: string }[] } | undefined =>
    nodes.map((n) => (n.code === TOWNSHIP ? n : find(n.children as never))).find(Boolean) as never
  const market = await request.post('/api/entities', { headers: office, data: {
    name: `处置演示蔬菜店${RUN}`, uscc: makeUscc(11), type: 'farmers_market', canteenKind: null, schoolCategory: null, principalAccompanies: null,
    legalRepresentative: '赵店主', address: '柏亭路 18 号', regionCode: find(tree)!.children[0].code, longitude: null, latitude: null, contactName: '赵店主',
    contactPhone: '13800000018', status: 'active', openedOn: '2019-03-01', openKitchen: 'none', openKitchenUrl: null, cateringGrade: null, staticFactors: {},
  } })
  expect(market.status(), await market.text()).toBe(201)
  const entityId = (await market.json()).id
  // The first file, disposed and closed well within its 90 days.
  const onTime = await failingSample(request, office, entityId, `芹菜${RUN}`, -130)
  const at = isoDate(-128)
  for (const [path, data] of [
    ['notify', { notifiedOn: at }], ['control', { measures: ['removed'], controlledOn: at, quantity: '8 kg' }],
    ['cause', { cause: '进货查验不严', foundOn: at }], ['rectification', { rectification: '更换供货商', rectifiedOn: at }], ['close', { closedOn: isoDate(-100), note: null }],
  ] as const) {
    const res = await request.post(`/api/disposals/${onTime}/${path}`, { headers: office, data })
    expect(res.status(), await res.text()).toBe(200)
  }
  return { late: await failingSample(request, office, entityId, PRODUCT, -120), office }
}

const onTimeRate = async (page: Page) => {
  const text = (await page.getByTestId('on-time-rate').locator('.ant-statistic-content').innerText()).trim()
  return text === '—' ? null : Number(text.replace('%', ''))
}

async function step(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: button, exact: true }).click()
  const dialog = page.getByRole('dialog')
  await fill(dialog)
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
}
const date = async (dialog: ReturnType<Page['getByRole']>, label: string, value: string) => {
  const input = dialog.getByLabel(label, { exact: true })
  await input.click()
  await input.fill(value)
  // Tab, not Enter: Enter in the picker would also submit the modal's form.
  await input.press('Tab')
}

test('a late close of a failed sample lowers 按时完成率', async ({ page, request }) => {
  const { late, office } = await prepare(request)
  const detail = await (await request.get(`/api/disposals/${late}`, { headers: office })).json()
  const closeDue = addDays(LATE_REPORT, 90)
  expect(detail).toMatchObject({ openedOn: LATE_REPORT, closeDueOn: closeDue, status: 'overdue' })

  await loginAs(page, 'office', '李静')
  // The demo county has many files: find this run's by its product name.
  await page.goto(`/sampling/disposals?q=${encodeURIComponent(PRODUCT)}`)
  await expect(page.getByTestId('disposal-rates')).toBeVisible()
  await expect(page.getByRole('link', { name: PRODUCT })).toBeVisible()
  await expect.poll(() => onTimeRate(page)).not.toBeNull()
  const before = (await onTimeRate(page))!
  await screenshot(page, 'sampling-disposals-list')

  await page.getByRole('link', { name: PRODUCT }).click()
  await expect(page.getByTestId('close-due')).toHaveText(closeDue)
  await expect(page.getByTestId('notify-due')).toHaveText(detail.notifyDueOn)
  await expect(page.getByText('未核实').first()).toBeVisible()
  await expect(page.getByText(/逾期：/)).toBeVisible()
  await screenshot(page, 'sampling-disposal-open')

  const on = isoDate(-118)
  await step(page, '送达检验结论', (d) => date(d, '送达日期', on))
  await step(page, '风险控制', async (d) => {
    await d.getByLabel('下架').check()
    await d.getByLabel('封存').check()
    await date(d, '控制日期', on)
    await d.getByLabel('控制数量').fill('26 kg')
  })
  await step(page, '原因排查', async (d) => {
    await d.getByLabel('不合格原因').fill('供货商种植环节违规使用腐霉利，进货时未查验检验报告')
    await date(d, '查明日期', isoDate(-110))
  })
  await step(page, '整改', async (d) => {
    await d.getByLabel('整改情况').fill('停止从该供货商进货，建立进货查验记录')
    await date(d, '整改完成日期', isoDate(-100))
  })
  const closedOn = addDays(closeDue, 20)
  await step(page, '办结', (d) => date(d, '办结日期', closedOn))
  await expect(page.getByTestId('disposal-status')).toHaveText('已办结')
  await expect(page.getByText('超期办结')).toBeVisible()
  await screenshot(page, 'sampling-disposal-closed')

  await page.getByRole('link', { name: '返回列表' }).click()
  await expect.poll(() => onTimeRate(page)).toBeLessThan(before)
  const rates = await (await request.get('/api/disposals/rates', { headers: office })).json()
  expect(await onTimeRate(page)).toBe(rates.onTimeRate)
  await screenshot(page, 'sampling-disposals-after')
})

test('the settings page shows the time limits and test items with 「未核实」 flags', async ({ page }) => {
  await loginAs(page, 'office', '李静')
  await page.goto('/sampling/settings')
  const close = page.getByTestId('limit-disposal_close')
  await expect(close).toContainText('90 个自然日')
  await expect(close).toContainText('未核实')
  await expect(page.getByTestId('limit-retest_window')).toContainText('已核对原文')
  await close.getByRole('button', { name: '修改' }).click()
  await expect(page.getByRole('dialog')).toContainText('只影响此后计算的期限')
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click()
  await expect(page.getByText('检验项目与限量')).toBeVisible()
  await screenshot(page, 'sampling-settings')
})
