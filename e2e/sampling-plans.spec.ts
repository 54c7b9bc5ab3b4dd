import { expect, test } from '@playwright/test'
import { loginAs, logout, openMenu, screenshot } from './helpers'

// 抽检计划 and 快检: the office reads this year's demo plans with their township quotas and progress and the
// sampling figures; an inspector records a rapid test on a phone-sized screen and finds it awaiting a lab sample.
test('the office reads the sampling plans, their progress and the figures', async ({ page }) => {
  // The demo register, its inspections and a year of sampling load in the background after the server starts.
  test.setTimeout(240_000)
  await loginAs(page, 'office', '李静')
  await openMenu(page, '抽检计划')
  const plans = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '食品安全监督抽检计划' })
  await expect.poll(async () => {
    if (await plans.count()) return true
    await page.reload()
    return false
  }, { timeout: 180_000, intervals: [5_000] }).toBe(true)
  await plans.first().click()
  const detail = page.getByTestId('plan-detail')
  await expect(detail).toContainText('4.00 批次/千人')
  await expect(detail).toContainText('分乡镇（街道）任务')
  await expect(detail.locator('.ant-progress').first()).toBeVisible()
  await expect(plans.first()).toContainText(/\d+(\.\d)?%/)
  const figures = page.getByTestId('sampling-figures')
  await expect(figures).toContainText('食品抽检合格率（监督抽检）')
  await expect(figures).toContainText('“瘦肉精”快检')
  await screenshot(page, 'sampling-plans')

  // A draft plan: township quotas appear from population when it is saved.
  await page.getByRole('button', { name: '制定计划' }).click()
  await page.getByLabel('计划名称').fill('e2e 县级专项抽检计划')
  await page.getByLabel('每千人抽检批次').fill('0.5')
  await page.getByRole('button', { name: '添加食品类别' }).click()
  await page.getByRole('combobox', { name: '食品类别' }).fill('糕点')
  await page.locator('.ant-select-item-option').filter({ hasText: /^糕点$/ }).click()
  await screenshot(page, 'sampling-plan-form')
  await page.getByRole('button', { name: '保 存' }).or(page.getByRole('button', { name: '保存' })).click()
  await expect(detail).toContainText('e2e 县级专项抽检计划')
  await expect(detail).toContainText('0.50 批次/千人')
  await expect(detail.getByRole('button', { name: '发 布' }).or(detail.getByRole('button', { name: '发布' }))).toBeVisible()
  await logout(page)
})

test('an inspector records a rapid test on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 })
  await loginAs(page, 'inspector', '王检查')
  await page.goto('/sampling/rapid-tests/new')
  await expect(page.getByText('录入快检', { exact: true })).toBeVisible()
  await page.getByLabel('地点名称').fill('e2e 城关农贸市场')
  await page.getByRole('combobox', { name: '所在乡镇 / 村' }).click()
  await page.locator('.ant-select-tree-node-content-wrapper').first().click()
  await page.getByLabel('样品名称').fill('韭菜')
  await page.getByLabel(/检测读数/).fill('62.5')
  await expect(page.getByTestId('result-preview')).toHaveText('阳性')
  await page.getByLabel('检测人员').fill('王检查')
  await page.getByLabel('试剂批号').fill('KJ-E2E-01')
  await screenshot(page, 'rapid-test-form-phone')
  await page.getByRole('button', { name: '保 存' }).or(page.getByRole('button', { name: '保存' })).first().click()
  await expect(page).toHaveURL(/\/sampling\/rapid-tests$/)
  const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'e2e 城关农贸市场' })
  await expect(row).toContainText('阳性')
  await expect(row).toContainText('待送检')
  await expect(row).toContainText('62.5%')
  await screenshot(page, 'rapid-tests-phone')
  await page.setViewportSize({ width: 1366, height: 800 })
  await expect(page.getByTestId('rapid-by-item')).toContainText('有机磷和氨基甲酸酯类农药（抑制率）')
  await screenshot(page, 'rapid-tests')
})
