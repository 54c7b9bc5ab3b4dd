import { expect, test, type Page } from '@playwright/test'
import { loginAs, openMenu, screenshot } from './helpers'

// 工作看板 and 大屏 over the demo county. The demo register, its inspections and a year of sampling load in
// the background after the server starts: wait until the figures are there.
async function waitForFigures(page: Page) {
  const inspections = page.getByTestId('tile-value-inspections.count')
  await expect.poll(async () => {
    if ((await inspections.count()) && !['0', '—'].includes(await inspections.innerText())) return true
    await page.reload()
    return false
  }, { timeout: 180_000, intervals: [5_000] }).toBe(true)
}

test('the office opens the dashboard, drills into a tile, and opens the big screen at 1920×1080', async ({ page }) => {
  test.setTimeout(300_000)
  await loginAs(page, 'office', '李静')
  await openMenu(page, '工作看板')
  await expect(page).toHaveURL(/\/dashboard$/)
  await waitForFigures(page)
  await expect(page.getByTestId('tile-value-sampling.pass_rate')).toHaveText(/^\d+\.\d{2}$/)
  await expect(page.getByTestId('tile-value-sampling.batches_per_thousand')).toHaveText(/^\d+\.\d{2}$/)
  for (const card of ['overdue-orders', 'overdue-disposals', 'failed-samples', 'overdue-plan-tasks']) await expect(page.getByTestId(card)).toBeVisible()
  await expect(page.getByRole('img', { name: '监督检查与抽检月度趋势' }).locator('canvas')).toBeVisible()
  await expect(page.getByRole('img', { name: '风险等级分布' }).locator('canvas')).toBeVisible()
  await screenshot(page, 'dashboard')

  const figure = await page.getByTestId('tile-value-inspections.count').innerText()
  await page.getByRole('button', { name: '监督检查户次的记录' }).click()
  const drawer = page.locator('.ant-drawer-content')
  await expect(drawer).toContainText('监督检查户次 · 分子：监督检查户次')
  await expect(drawer.getByTestId('drill-summary')).toHaveText(`共 ${figure} 条记录，即该数 ${figure}`)
  await screenshot(page, 'dashboard-drill')
  await drawer.locator('.ant-drawer-close').click()

  await expect(page.locator('a[href="/screen"]')).toHaveText(/大屏/)
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/screen?panel=sampling')
  const screen = page.getByTestId('screen')
  await expect(screen).toContainText('西平县食品安全工作大屏')
  const batches = page.getByTestId('screen-figure-sampling.batches')
  await expect(batches).toContainText(/\d/)
  // Readable across a room: figures at least 48 px, labels at least 20 px.
  const sizes = await batches.evaluate((el) => [...el.querySelectorAll('span, div')].map((n) => parseFloat(getComputedStyle(n).fontSize)))
  expect(Math.max(...sizes)).toBeGreaterThanOrEqual(48)
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20)
  expect(await screen.boundingBox()).toEqual({ x: 0, y: 0, width: 1920, height: 1080 })
  // Ranked by township and by unit (the demo's samples name their unit), and the monthly trend.
  const sampling = page.getByTestId('screen-panel-sampling')
  await expect(sampling.locator('canvas')).toHaveCount(3)
  await expect(sampling).toContainText('各单位抽检批次')
  await screenshot(page, 'screen-sampling')
  for (const [key, tab] of [['inspections', '监督检查'], ['cases', '案件查办'], ['duty', '主体责任与部门履职']] as const) {
    await page.getByRole('button', { name: tab, exact: true }).click()
    // The demo has no cases (other specs may add one): an empty ranking says so in words instead of drawing bars.
    const panel = page.getByTestId(`screen-panel-${key}`)
    await expect(panel.locator('canvas').first()).toBeVisible()
    const text = await panel.innerText()
    const empty = ['本期各区域均为 0', '本期各单位尚无记录'].filter((words) => text.includes(words)).length
    await expect(panel.locator('canvas')).toHaveCount(3 - empty)
    await screenshot(page, `screen-${key}`)
  }
})

test('a township account sees its own township on the dashboard and the big screen', async ({ page }) => {
  await loginAs(page, 'township', '冯乡镇')
  await openMenu(page, '工作看板')
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByText(/^出山镇（含下级）/)).toBeVisible()
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/screen?panel=duty')
  await expect(page.getByTestId('screen')).toContainText('出山镇食品安全工作大屏')
  await expect(page.getByTestId('screen-panel-duty').locator('canvas')).toHaveCount(2)
  await screenshot(page, 'screen-township-duty')
})
