import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { usccCheckChar } from '../src/shared/codes'
import { checklistOf } from '../src/web/pages/inspections/form-model'
import { DEMO_PASSWORD, login, loginAs, openMenu, pickOption, screenshot } from './helpers'

// 监督检查 end to end (issue 6): on a phone an inspector records an inspection of a supermarket with one
// non-conforming general item and 限期整改; the detail shows the order. The inspection is dated 30 days
// ago, so the default deadline (+15 days) has passed: the office (desktop) finds the order in red under
// 只看逾期. The business replies on its phone, and the office verifies. The supermarket, its business
// login and the second inspector are made through the API first (the demo has one inspector, and its
// register may still be loading), with names unique to this run.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36).slice(-5)
const TOWNSHIP = '411721002000' // 柏亭街道, where the demo inspector 王检查 works
const SHOP = `检查演示超市${RUN}`
const SECOND = `赵执法${RUN}`
const BUSINESS_USER = `insp${RUN}`
const BUSINESS_PASSWORD = 'Kaidian#2026'
const BUSINESS_NEW_PASSWORD = 'Zhenggai#2026x'
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }
const DESKTOP = { width: 1366, height: 800 }
/** The village the shop is registered in (set by prepare). */
let village = ''

const isoDate = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
const INSPECTED_ON = isoDate(-30)
const DUE_ON = isoDate(-15)
// The first general (not key) item of the supermarket table fails; every other item conforms.
const FAILED = checklistOf('supermarket').items.find((it) => !it.key)!

function makeUscc(): string {
  const digits = String(10_000_000 + (Date.now() % 89_999_999)).slice(0, 8)
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const c = 11 - (digits.split('').reduce((s, d, i) => s + Number(d) * weights[i], 0) % 11)
  const first17 = `92411721${digits}${c === 10 ? 'X' : c === 11 ? '0' : String(c)}`
  return first17 + usccCheckChar(first17)
}

async function token(request: APIRequestContext, username: string, password = DEMO_PASSWORD) {
  const res = await request.post('/api/auth/login', { data: { username, password } })
  expect(res.status(), await res.text()).toBe(200)
  return { authorization: `Bearer ${(await res.json()).token}` }
}

/** A second inspector in 柏亭街道's station, a supermarket in one of its villages, and a business login for it. */
async function prepare(request: APIRequestContext) {
  const [admin, secadmin, office] = [await token(request, 'admin'), await token(request, 'secadmin'), await token(request, 'office')]
  const accounts = (await (await request.get('/api/accounts?pageSize=200', { headers: admin })).json()).items as { username: string; unitId: string }[]
  const unitId = accounts.find((a) => a.username === 'inspector')!.unitId
  const made = await request.post('/api/accounts', { headers: admin, data: { username: `second${RUN}`, displayName: SECOND, password: 'Zhifa#2026xx', regionCode: TOWNSHIP, unitId } })
  expect(made.status(), await made.text()).toBe(201)
  expect((await request.put(`/api/accounts/${(await made.json()).id}/role`, { headers: secadmin, data: { role: 'inspector' } })).status()).toBe(200)

  const tree = await (await request.get('/api/regions', { headers: office })).json()
  const find = (nodes: { code: string; children: unknown[] }[]): { code: string; children: { code: string }[] } | undefined =>
    nodes.map((n) => (n.code === TOWNSHIP ? n : find(n.children as never))).find(Boolean) as never
  village = find(tree)!.children[0].code
  const shop = await request.post('/api/entities', { headers: office, data: {
    name: SHOP, uscc: makeUscc(), type: 'supermarket', canteenKind: null, schoolCategory: null, principalAccompanies: null,
    legalRepresentative: '孙店长', address: '柏亭路 18 号', regionCode: village, longitude: null, latitude: null, contactName: '孙店长', contactPhone: '13800000018',
    status: 'active', openedOn: '2020-05-01', openKitchen: 'none', openKitchenUrl: null, cateringGrade: null, staticFactors: {},
  } })
  expect(shop.status(), await shop.text()).toBe(201)
  const account = await request.post(`/api/entities/${(await shop.json()).id}/account`, { headers: office, data: { username: BUSINESS_USER, displayName: '孙店长', password: BUSINESS_PASSWORD } })
  expect(account.status(), await account.text()).toBe(201)
  // The new login must change its password first; done here so the browser test is about the order.
  const business = await token(request, BUSINESS_USER, BUSINESS_PASSWORD)
  const changed = await request.post('/api/me/password', { headers: business, data: { oldPassword: BUSINESS_PASSWORD, newPassword: BUSINESS_NEW_PASSWORD } })
  expect(changed.status(), await changed.text()).toBe(200)
}

/** The date pickers are read-only on a phone (no keyboard): page back through the calendar to the day. */
async function pickDate(page: Page, field: Locator, iso: string) {
  await field.click()
  const dropdown = page.locator('.ant-picker-dropdown:visible')
  const cell = dropdown.locator(`td[title="${iso}"]`)
  for (let i = 0; i < 3 && !(await cell.isVisible()); i++) await dropdown.locator('.ant-picker-header-prev-btn').click()
  await cell.click()
  await expect(dropdown).toBeHidden()
}

// A 1×1 PNG: the server checks the picture's magic bytes, not its content.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

let detailUrl = ''

test.describe('on a phone', () => {
  test.use(PHONE)

  test('the inspector records an inspection with one general failure and 限期整改; the detail shows the order', async ({ page, request }) => {
    test.setTimeout(120_000)
    await prepare(request)
    await loginAs(page, 'inspector', '王检查')
    await page.goto('/inspections')
    await expect(page.getByTestId('inspection-stats')).toContainText('检查户次')
    await page.getByRole('button', { name: /录入检查/ }).click()
    await expect(page).toHaveURL(/\/inspections\/new$/)
    await screenshot(page, 'inspections-form-empty-phone')

    await pickOption(page, page.getByLabel('检查对象'), SHOP, SHOP)
    await expect(page.getByTestId('result-banner')).toContainText('尚未填写检查项目')
    await pickDate(page, page.getByLabel('检查日期'), INSPECTED_ON)
    // The signed-in inspector is preselected as the first officer.
    await expect(page.locator('.ant-select-selection-item', { hasText: '王检查' })).toBeVisible()
    await pickOption(page, page.getByLabel('执法人员'), SECOND, SECOND)

    // Submitting early names what is missing, next to the checklist, and sends nothing.
    await page.getByRole('button', { name: '提交检查记录' }).click()
    await expect(page.getByText(/还有 \d+ 项未填写，除飞行检查外应逐项检查/)).toBeVisible()

    const failed = page.getByTestId(`item-${FAILED.code}`)
    await failed.locator('label', { hasText: /^不符合$/ }).click()
    await failed.getByLabel(`${FAILED.code} 问题描述`).fill('营业执照未在醒目位置公示')
    await expect(page.getByTestId('result-banner')).toContainText('判定：基本符合')
    const allConform = page.getByRole('button', { name: /全部符合/ })
    for (let i = 0; i < await allConform.count(); i++) if (await allConform.nth(i).isEnabled()) await allConform.nth(i).click()
    await expect(page.getByTestId('result-banner')).toContainText('已全部填写')
    await expect(page.getByTestId('result-banner')).toContainText('一般项不符合 1 项')
    await expect(page.getByTestId('result-banner')).toContainText('判定：基本符合')

    // One general failure: 无需处理 is not offered; 限期整改 prefills the deadline and the requirements.
    await expect(page.locator('label', { hasText: /^无需处理$/ })).toHaveCount(0)
    await page.locator('label', { hasText: /^限期整改$/ }).click()
    await expect(page.getByLabel('整改期限')).toHaveValue(DUE_ON)
    await expect(page.getByLabel('整改要求')).toHaveValue(new RegExp(`${FAILED.code.replace('.', '\\.')} .*营业执照未在醒目位置公示`))

    await page.getByTestId('photo-input').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG })
    await expect(page.getByTestId('photo-list').locator('[data-state="uploaded"]')).toHaveCount(1)
    const pad = page.getByTestId('signature-pad')
    await pad.scrollIntoViewIfNeeded()
    const box = (await pad.boundingBox())!
    await page.mouse.move(box.x + 30, box.y + 120)
    await page.mouse.down()
    for (const [dx, dy] of [[60, -70], [100, 20], [150, -60], [210, 10], [260, -40]]) await page.mouse.move(box.x + dx, box.y + 100 + dy, { steps: 4 })
    await page.mouse.up()
    await expect(page.getByText('已签名')).toBeVisible()
    await page.getByLabel('签字人').fill('孙店长')
    await screenshot(page, 'inspections-form-filled-phone')

    await page.getByRole('button', { name: '提交检查记录' }).click()
    await expect(page).toHaveURL(/\/inspections\/[0-9a-f-]{36}$/)
    detailUrl = new URL(page.url()).pathname
    await expect(page.getByTestId('failure-counts')).toHaveText('重点项 0 项，一般项 1 项')
    await expect(page.getByText('基本符合').first()).toBeVisible()
    const orders = page.getByTestId('inspection-orders')
    await expect(orders).toContainText('限期整改通知书')
    await expect(orders).toContainText(`期限 ${DUE_ON}`)
    await expect(orders.getByTestId('overdue-tag')).toHaveText('逾期 15 天')
    await expect(page.getByTestId('failed-items').locator('.ant-list-item')).toHaveCount(1)
    await expect(page.getByTestId('failed-items')).toContainText(FAILED.text)
    await expect(page.getByAltText('企业签名')).toBeVisible()
    await screenshot(page, 'inspections-detail-phone')

    // The list, filtered to the inspection's date (the demo county has inspections of its own).
    await page.goto(`/inspections?from=${INSPECTED_ON}&to=${INSPECTED_ON}`)
    await expect(page.getByTestId('inspection-card').filter({ hasText: SHOP })).toContainText('基本符合')
    await screenshot(page, 'inspections-list-phone')
  })
})

test('the office sees the order overdue, in red, under 只看逾期', async ({ page }) => {
  await page.setViewportSize(DESKTOP)
  await loginAs(page, 'office', '李静')
  await openMenu(page, '整改跟踪')
  await expect(page.getByTestId('rectification-rates')).toContainText('问题发现处置率')
  await screenshot(page, 'rectifications-desktop')
  // The shop's village (the demo county has orders of its own), then 只看逾期.
  await page.goto(`/rectifications?region=${village}`)
  const row = page.getByRole('row', { name: new RegExp(SHOP) })
  await expect(row).toContainText('待整改')
  await page.getByText('只看逾期').click()
  await expect(page).toHaveURL(/overdue=1/)
  await expect(row).toContainText('逾期 15 天')
  await expect(row.locator('.ant-typography-danger')).toContainText(DUE_ON)
  await expect(row).toHaveCSS('background-color', 'rgb(255, 241, 240)')
  await screenshot(page, 'rectifications-overdue-desktop')

  await openMenu(page, '监督检查')
  await expect(page.getByTestId('inspection-stats')).toContainText('不符合')
  await page.goto(`/inspections?from=${INSPECTED_ON}&to=${INSPECTED_ON}`)
  await expect(page.getByRole('row', { name: new RegExp(SHOP) })).toContainText('限期整改')
  await screenshot(page, 'inspections-list-desktop')
  await page.goto(detailUrl)
  await expect(page.getByTestId('inspection-orders')).toContainText('逾期 15 天')
  await screenshot(page, 'inspections-detail-desktop')
  await page.goto('/inspections/new')
  await pickOption(page, page.getByLabel('检查对象'), SHOP, SHOP)
  await expect(page.getByTestId('result-banner')).toBeVisible()
  await screenshot(page, 'inspections-form-desktop')
})

test.describe('the business on its phone', () => {
  test.use(PHONE)

  test('sees only its own order and replies with what it has done', async ({ page }) => {
    await login(page, BUSINESS_USER, BUSINESS_NEW_PASSWORD)
    await expect(page.getByTestId('account-bar')).toContainText('孙店长')
    await page.goto('/rectifications')
    // On a phone each order is a card; the business sees its own order only.
    const card = page.getByTestId('order-card')
    await expect(card).toHaveCount(1)
    await expect(card).toContainText(SHOP)
    await expect(card).toContainText('逾期 15 天')
    await expect(card).toContainText(FAILED.text)
    await screenshot(page, 'rectifications-business-phone')
    await page.getByRole('button', { name: '回复整改情况' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('整改情况').fill('已将营业执照悬挂于收银台上方醒目位置。')
    await dialog.getByRole('button', { name: '提 交' }).or(dialog.getByRole('button', { name: '提交' })).click()
    await expect(dialog).toBeHidden()
    await expect(card).toContainText('企业已回复')
    await expect(card).not.toContainText('逾期')
    await screenshot(page, 'rectifications-business-replied-phone')
  })
})

test('the office verifies the reply as 整改合格', async ({ page }) => {
  await page.setViewportSize(DESKTOP)
  await loginAs(page, 'office', '李静')
  await page.goto(`/rectifications?region=${village}&status=reported`)
  const row = page.getByRole('row', { name: new RegExp(SHOP) })
  await expect(row).toContainText('企业已回复')
  await row.getByRole('button', { name: '验证' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('已将营业执照悬挂')
  await dialog.getByLabel('验证情况').fill('现场核查，营业执照已公示。')
  await screenshot(page, 'rectifications-verify-desktop')
  await dialog.getByRole('button', { name: '确认验证' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toBeHidden() // no longer 企业已回复
  await page.goto(`/rectifications?region=${village}&status=passed`)
  await expect(row).toContainText('整改合格')
  await screenshot(page, 'rectifications-verified-desktop')
})
