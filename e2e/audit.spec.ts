import { expect, test } from '@playwright/test'
import { loginAs, logout, openMenu, screenshot } from './helpers'

test('auditor sees an intact chain and the login events', async ({ page }) => {
  await loginAs(page, 'auditor', '孙审计')
  await openMenu(page, '审计日志')
  await expect(page.getByTestId('chain-status')).toContainText(/审计日志哈希链完整（共 \d+ 条）/)
  const loginRow = page.getByRole('row').filter({ hasText: '孙审计（auditor）' }).filter({ hasText: '登录' }).first()
  await expect(loginRow).toBeVisible()
  await expect(loginRow).toContainText('审计管理员')
  await screenshot(page, 'audit')

  // The demo register's 6,000 businesses were each audited as they were written.
  await page.getByLabel('操作', { exact: true }).fill('导入登记经营主体')
  await page.locator('.ant-select-item-option', { hasText: /^导入登记经营主体$/ }).click()
  await page.getByRole('button', { name: '查询' }).click()
  await expect(page.getByRole('row').filter({ hasText: '导入登记经营主体' }).first()).toBeVisible()
  // Filter to logins only, then open one row's before/after.
  await page.getByLabel('操作', { exact: true }).fill('登录')
  await page.locator('.ant-select-item-option', { hasText: /^登录$/ }).click()
  await page.getByRole('button', { name: '查询' }).click()
  await expect(page.getByRole('row').filter({ hasText: '导入登记经营主体' })).toHaveCount(0)
  await expect(page.getByRole('row').filter({ hasText: '孙审计（auditor）' }).first()).toBeVisible()
  await page.getByRole('button', { name: '展开行' }).first().click()
  await expect(page.getByText('变更后')).toBeVisible()

  await page.getByRole('button', { name: '重新校验' }).click()
  await expect(page.getByTestId('chain-status')).toContainText('审计日志哈希链完整')
  await logout(page)
})
