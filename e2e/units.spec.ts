import { expect, test } from '@playwright/test'
import { loginAs, logout, openMenu, screenshot } from './helpers'

test('office adds an alias to a unit, is refused a taken one, and removes it', async ({ page }) => {
  await loginAs(page, 'office', '李静')
  await openMenu(page, '成员单位')
  const row = page.getByRole('row').filter({ hasText: '县教育局' })
  await expect(row).toContainText('教体局')
  await screenshot(page, 'units')

  await row.getByText('添加别名').click()
  await row.getByLabel('新别名').fill('县教育主管部门')
  await row.getByRole('button', { name: '添加', exact: true }).click()
  await expect(page.getByText('已添加别名“县教育主管部门”')).toBeVisible()
  await expect(row.locator('.ant-tag', { hasText: '县教育主管部门' })).toBeVisible()

  // An alias of another unit: the server's 409 message, as it says it.
  await row.getByText('添加别名').click()
  await row.getByLabel('新别名').fill('市场监管局')
  await row.getByRole('button', { name: '添加', exact: true }).click()
  await expect(page.getByText('已是“县市场监督管理局”的别名')).toBeVisible()
  await row.getByRole('button', { name: '取消' }).click()

  await row.locator('.ant-tag', { hasText: '县教育主管部门' }).getByRole('img', { name: '关闭' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click()
  await expect(row.locator('.ant-tag', { hasText: '县教育主管部门' })).toHaveCount(0)
  await logout(page)
})
