import { expect, test } from '@playwright/test'
import { loginAs, openMenu, screenshot } from './helpers'

// 指标: the office reads this year's figures of the demo county, each made of records it can list.
test('the office reads the indicators and drills into the records behind a figure', async ({ page }) => {
  // The demo register, its inspections and a year of sampling load in the background after the server starts.
  test.setTimeout(240_000)
  await loginAs(page, 'office', '李静')
  await openMenu(page, '指标')
  const batches = page.getByTestId('sampling.batches-numerator')
  await expect.poll(async () => {
    if ((await batches.count()) && (await batches.innerText()) !== '0') return true
    await page.reload()
    return false
  }, { timeout: 180_000, intervals: [5_000] }).toBe(true)
  const figure = await batches.innerText()
  await expect(page.getByTestId('sampling.pass_rate-value')).toHaveText(/^\d+\.\d{2}%$/)
  await expect(page.getByText('暂无数据来源的指标')).toBeVisible()
  await screenshot(page, 'indicators')

  // The same figure by member unit: the demo's market samples name the county bureau or a station, its monitoring 农业农村局.
  await page.getByRole('button', { name: '抽检批次分列' }).click()
  const split = page.getByRole('dialog').filter({ hasText: '抽检批次（批次）' })
  await split.getByText('按单位', { exact: true }).click()
  await expect(split.locator('.ant-table-row')).toContainText(['县市场监督管理局', '县农业农村局'])
  await screenshot(page, 'indicators-by-unit')
  await split.getByRole('button', { name: 'Close' }).click()
  await expect(split).toBeHidden()

  await batches.click()
  const drawer = page.locator('.ant-drawer-content')
  await expect(drawer).toContainText('抽检批次 · 分子：抽样批次')
  await expect(drawer.getByTestId('drill-summary')).toHaveText(`共 ${figure} 条记录，即该数 ${figure}`)
  await expect(drawer.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(20)
  await screenshot(page, 'indicators-drill')
  await drawer.locator('.ant-table-tbody tr.ant-table-row a').first().click()
  await expect(page).toHaveURL(/\/sampling\/samples\/[0-9a-f-]{36}$/)
})
