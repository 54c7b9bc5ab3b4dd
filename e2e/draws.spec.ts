import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { DEMO_PASSWORD, loginAs, makeUscc, screenshot } from './helpers'

// 双随机一公开 end to end: the office puts officers on the roster, registers an avoidance, freezes a draw
// (hashes shown before any seed), builds the seed from a lottery number, publishes, and anyone can open
// the public page without logging in and redo the draw in the browser.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36).slice(-5)
const TOWNSHIP = { code: '411721002000', name: '柏亭街道' }
const TITLE = `双随机抽查演示${RUN}`


async function token(request: APIRequestContext, username: string) {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } })
  expect(res.status()).toBe(200)
  return { authorization: `Bearer ${(await res.json()).token}` }
}

/** Two more inspector accounts in 柏亭街道's 市场监管所 (the demo has one), and six supermarkets there (the demo register may still be loading). */
async function prepare(request: APIRequestContext) {
  const [admin, secadmin, office] = [await token(request, 'admin'), await token(request, 'secadmin'), await token(request, 'office')]
  const accounts = (await (await request.get('/api/accounts?pageSize=200', { headers: admin })).json()).items as { username: string; unitId: string }[]
  const unitId = accounts.find((a) => a.username === 'inspector')!.unitId
  for (const name of ['冯执法', '陈执法']) {
    const res = await request.post('/api/accounts', { headers: admin, data: { username: `draw${RUN}${name === '冯执法' ? 'a' : 'b'}`, displayName: `${name}${RUN}`, password: 'Zhifa#2026xx', regionCode: TOWNSHIP.code, unitId } })
    expect(res.status(), await res.text()).toBe(201)
    expect((await request.put(`/api/accounts/${(await res.json()).id}/role`, { headers: secadmin, data: { role: 'inspector' } })).status()).toBe(200)
  }
  const tree = await (await request.get('/api/regions', { headers: office })).json()
  const find = (nodes: { code: string; children: unknown[] }[]): { code: string; children: { code: string }[] } | undefined =>
    nodes.map((n) => (n.code === TOWNSHIP.code ? n : find(n.children as never))).find(Boolean) as never
  const village = find(tree)!.children[0].code
  for (let i = 0; i < 6; i++) {
    const res = await request.post('/api/entities', { headers: office, data: {
      name: `抽查演示超市${RUN}-${i + 1}`, uscc: makeUscc(i + 1), type: 'supermarket', canteenKind: null, schoolCategory: null, principalAccompanies: null,
      legalRepresentative: '张三', address: '柏亭路 1 号', regionCode: village, longitude: null, latitude: null, contactName: '张三', contactPhone: '13800000000',
      status: 'active', openedOn: '2020-05-01', openKitchen: 'none', openKitchenUrl: null, cateringGrade: null, staticFactors: {},
    } })
    expect(res.status(), await res.text()).toBe(201)
  }
  const restaurant = await request.post('/api/entities', { headers: office, data: {
    name: `抽查演示饭店${RUN}`, uscc: makeUscc(9), type: 'small_restaurant', canteenKind: null, schoolCategory: null, principalAccompanies: null,
    legalRepresentative: '李四', address: '柏亭路 2 号', regionCode: village, longitude: null, latitude: null, contactName: '李四', contactPhone: '13800000001',
    status: 'active', openedOn: '2020-05-01', openKitchen: 'traditional', openKitchenUrl: null, cateringGrade: 'B', staticFactors: {},
  } })
  expect(restaurant.status(), await restaurant.text()).toBe(201)
}

async function addToRoster(page: Page, name: string, certificate: string) {
  await page.getByRole('button', { name: '列入名录库' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('执法人员').click()
  await dialog.getByLabel('执法人员').fill(name)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click()
  await dialog.getByLabel('执法证号').fill(certificate)
  await dialog.getByRole('button', { name: '列入' }).click()
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(certificate)
}

let drawId = ''

test('the office keeps the roster and an avoidance list', async ({ page, request }) => {
  test.setTimeout(120_000)
  await prepare(request)
  await loginAs(page, 'office', '李静')
  await page.goto('/draws/roster')
  // The demo county puts its inspector accounts on the roster; the two new officers join them.
  await expect(page.getByRole('row', { name: /王检查/ })).toBeVisible()
  await addToRoster(page, `冯执法${RUN}`, '41172100000002')
  await addToRoster(page, `陈执法${RUN}`, '41172100000003')
  // An avoidance for a business outside this draw's list: recorded, never published, and it leaves the draw checkable in full.
  await page.getByRole('row', { name: new RegExp(`冯执法${RUN}`) }).getByRole('button', { name: /回避名单/ }).click()
  const drawer = page.locator('.ant-drawer')
  await drawer.getByLabel('经营主体').fill(`抽查演示饭店${RUN}`)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click()
  await drawer.getByLabel('回避事由').fill('近亲属经营')
  await drawer.getByRole('button', { name: '登记回避' }).click()
  await expect(drawer.getByRole('cell', { name: '近亲属经营' })).toBeVisible()
  await screenshot(page, 'draws-avoidance')
  await drawer.locator('.ant-drawer-close').click()
  await screenshot(page, 'draws-roster')
})

test('the office freezes a draw, seeds it from a lottery number and publishes it', async ({ page }) => {
  await loginAs(page, 'office', '李静')
  await page.goto('/draws')
  await page.getByRole('button', { name: '新建抽查' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('抽查任务名称').fill(TITLE)
  await dialog.getByLabel('抽查事项').fill('食品经营许可事项检查')
  await dialog.getByLabel('抽查区域').fill(TOWNSHIP.name)
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper', { hasText: TOWNSHIP.name }).first().click()
  await dialog.getByLabel('主体类型（不选为全部）').click({ force: true })
  await page.keyboard.type('超市')
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="超市"]').click()
  await dialog.getByLabel('抽取数量（户）').fill('3')
  await screenshot(page, 'draws-create')
  await dialog.getByRole('button', { name: '冻结名录' }).click()

  await expect(page).toHaveURL(/\/draws\/[0-9a-f-]{36}$/)
  drawId = page.url().split('/').pop()!
  await expect(page.getByText('名录已冻结')).toBeVisible()
  // The demo's four inspectors on the roster and the two this spec added.
  await expect(page.getByText('6 人')).toBeVisible()
  await expect(page.getByText('请先公示以上两个名录哈希')).toBeVisible()
  await screenshot(page, 'draws-frozen')

  await page.getByLabel('抽取日期').click()
  await page.getByLabel('抽取日期').fill('2099-03-02')
  await page.getByLabel('抽取日期').press('Enter')
  await page.getByLabel('开奖号码').fill('03 15 22 28 31 + 07')
  await page.getByRole('button', { name: '执行抽取' }).click()
  await expect(page.getByText('已抽取')).toBeVisible()
  const result = page.locator('.ant-card', { hasText: '抽取结果' }).last()
  await expect(result.getByRole('row')).toHaveCount(4)
  await page.getByRole('button', { name: '公示结果' }).click()
  await expect(page.getByText('已公示').first()).toBeVisible()
  await expect(page.getByText('检查任务完成情况（已检查 0 / 3）')).toBeVisible()
  await page.getByRole('button', { name: '服务器端复核' }).click()
  await expect(page.getByText('服务器端复核：一致')).toBeVisible()
  await screenshot(page, 'draws-published')

  await page.goto('/draws')
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已公示')
  await screenshot(page, 'draws-list')
})

test('anyone opens the public record without logging in and redoes the draw in the browser', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`/public/draws/${drawId}`)
  await expect(page.getByText('双随机抽查结果公示')).toBeVisible()
  await expect(page.getByText(TITLE)).toBeVisible()
  await expect(page.getByText('双随机抽取算法 shian-draw-v1')).toBeVisible()
  await expect(page.locator('body')).not.toContainText('近亲属经营')
  await page.getByRole('button', { name: '复核', exact: true }).click()
  await expect(page.getByTestId('browser-verdict')).toContainText('浏览器复核：一致')
  await expect(page.getByRole('row', { name: /执法人员配对/ })).toContainText('一致')
  await page.getByRole('button', { name: '服务器端复核' }).click()
  await expect(page.getByText('服务器端复核：一致')).toBeVisible()
  await screenshot(page, 'draws-public')
  await page.goto('/public/draws/00000000-0000-4000-8000-000000000000')
  await expect(page.getByText('没有找到这次公示的抽查')).toBeVisible()
  await context.close()
})
