import { expect, test } from '@playwright/test'
import { loginAs, logout, openMenu, screenshot } from './helpers'

// 应检主体 is the yearly inspection plan: the office reads the plan of the demo county (its demo
// inspections), filters the overdue ones, exports them, and reads coverage by township, type, unit and officer.
test('the office reads the yearly inspection plan and coverage', async ({ page }) => {
  // The server loads the demo register (≈ 6,000 businesses) and its inspections in the background after start.
  test.setTimeout(240_000)
  await loginAs(page, 'office', '李静')
  await openMenu(page, '应检主体')
  await expect(page.getByText('年度检查计划', { exact: true })).toBeVisible()
  await expect(page.getByText('本年应检次数')).toBeVisible()
  const rows = page.locator('.ant-table-tbody tr.ant-table-row')
  await expect.poll(async () => {
    if (await rows.count()) return true
    await page.reload()
    return false
  }, { timeout: 180_000, intervals: [5_000] }).toBe(true)
  await expect(page.getByTestId('plan-rule')).toContainText('整改复查只核实整改，不计入')
  await screenshot(page, 'inspection-plan')
  // The same switch e2e/entities.spec.ts flips; then back to all.
  await page.getByLabel('只看两年未检').click()
  await expect(page.getByLabel('只看两年未检')).toBeChecked()
  const [gapExport] = await Promise.all([page.waitForRequest(/\/api\/inspections\/plan\/export/), page.getByRole('button', { name: /导出 Excel/ }).click()])
  expect(gapExport.url()).toContain('coverageGap=true')
  await page.getByLabel('只看两年未检').click()

  // Only those in progress (the demo's "today" is late in the year, so it may have no overdue entity).
  await page.getByRole('combobox', { name: '完成情况' }).click()
  await page.locator('.ant-select-item-option').filter({ hasText: /^进行中$/ }).click()
  await expect(page.getByText(/^共 [\d,]+ 家$/)).toBeVisible()
  await expect(rows.first()).toContainText('进行中')
  await expect(rows.filter({ hasText: /已完成|逾期/ })).toHaveCount(0)

  // The export answers with the same filter as an .xlsx.
  const [exported, file] = await Promise.all([
    page.waitForResponse(/\/api\/inspections\/plan\/export/), page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click(),
  ])
  expect(exported.url()).toContain('/api/inspections/plan/export?status=on_track')
  expect(exported.status()).toBe(200)
  expect(exported.headers()['content-type']).toContain('spreadsheetml')
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/)

  await page.getByRole('tab', { name: '按乡镇' }).click()
  const total = page.getByRole('row').filter({ hasText: '合计' })
  await expect(total).toBeVisible()
  await expect(total).toContainText('%')
  await screenshot(page, 'inspection-plan-coverage')

  await page.getByRole('tab', { name: '按业态' }).click()
  await expect(page.getByRole('columnheader', { name: '主体类型' })).toBeVisible()
  await page.getByRole('tab', { name: '按执法人员' }).click()
  await expect(page.getByRole('columnheader', { name: '检查主体数' })).toBeVisible()
  const pick = page.getByRole('button', { name: '查看所检主体' }).first()
  if (await pick.count()) {
    await pick.click()
    await expect(page.getByRole('tab', { name: '计划明细' })).toHaveAttribute('aria-selected', 'true')
    await expect(rows.first()).toBeVisible()
  }
  await screenshot(page, 'inspection-plan-inspector')
  await logout(page)
})
