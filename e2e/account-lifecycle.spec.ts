import { expect, test } from '@playwright/test'
import { login, loginAs, logout, menuItems, openMenu, screenshot } from './helpers'

// 三员分立 end to end: the system administrator creates an account without a role, the security
// administrator assigns one, and the new account signs in with that role's menu. Three logins.
test.describe.configure({ mode: 'serial' })

const USERNAME = 'zhangwei'
const PASSWORD = 'Xiping#2026a'

test('admin creates an account; a weak password is refused first', async ({ page }) => {
  await loginAs(page, 'admin', '赵系统')
  await openMenu(page, '账号管理')
  await expect(page.getByRole('row').filter({ hasText: 'secadmin' })).toBeVisible()
  await screenshot(page, 'accounts')

  await page.getByRole('button', { name: '新建账号' }).click()
  const dialog = page.getByRole('dialog', { name: '新建账号' })
  await dialog.getByLabel('用户名', { exact: true }).fill(USERNAME)
  await dialog.getByLabel('姓名', { exact: true }).fill('张伟')
  await dialog.getByLabel('初始密码', { exact: true }).fill('abc12345')
  await expect(dialog.getByText('至少10位，含大写、小写、数字、符号中的三类，不含用户名')).toBeVisible()
  await dialog.getByLabel('所属区划', { exact: true }).click()
  await dialog.getByLabel('所属区划', { exact: true }).fill('出山镇')
  await page.locator('.ant-select-tree-title', { hasText: /^出山镇$/ }).click()
  await dialog.getByLabel('联系电话', { exact: true }).fill('0396-6221234')
  await dialog.getByRole('button', { name: '创建' }).click()
  // The server's policy message, under the field it names.
  await expect(dialog.getByText('至少 10 个字符')).toBeVisible()
  await screenshot(page, 'accounts-create-error')

  await dialog.getByLabel('初始密码', { exact: true }).fill(PASSWORD)
  await dialog.getByRole('button', { name: '创建' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('row').filter({ hasText: USERNAME })
  await expect(row).toContainText('张伟')
  await expect(row).toContainText('未分配角色')
  await expect(row).toContainText('出山镇')
  await logout(page)
})

test('secadmin assigns the new account a role and sees the role matrix', async ({ page }) => {
  await loginAs(page, 'secadmin', '钱安全')
  await openMenu(page, '账号管理')
  const row = page.getByRole('row').filter({ hasText: USERNAME })
  await expect(row).toContainText('未分配角色')
  await expect(page.getByRole('button', { name: '新建账号' })).toHaveCount(0)
  await row.getByRole('button', { name: '分配角色' }).click()
  const dialog = page.getByRole('dialog', { name: /分配角色/ })
  await dialog.getByLabel('角色', { exact: true }).fill('乡镇')
  await page.locator('.ant-select-item-option', { hasText: '乡镇（街道）食安办' }).click()
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText('乡镇（街道）食安办')

  await openMenu(page, '角色与权限')
  await expect(page.getByText('三员分立：系统管理员、安全管理员、审计管理员的权限固定')).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '系统管理员：管理账号（创建、停用、解锁、重置密码）' })).toBeDisabled()
  await expect(page.getByRole('checkbox', { name: '县食安办：维护成员单位及别名' })).toBeEnabled()
  await expect(page.getByRole('checkbox', { name: '县食安办：查看与校验审计日志' })).toBeDisabled()
  await screenshot(page, 'roles')

  // Save one business role, then put it back as it was.
  const leaderRow = page.getByRole('row').filter({ hasText: '县领导' })
  await page.getByRole('checkbox', { name: '县领导：查看账号' }).check()
  await leaderRow.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存“县领导”的权限，立即生效')).toBeVisible()
  await expect(leaderRow.getByRole('button', { name: '保存' })).toBeDisabled()
  await page.getByRole('checkbox', { name: '县领导：查看账号' }).uncheck()
  await leaderRow.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('checkbox', { name: '县领导：查看账号' })).not.toBeChecked()
  await expect(leaderRow.getByRole('button', { name: '保存' })).toBeDisabled()
  await logout(page)
})

test('the new account signs in with its role and changes its password', async ({ page }) => {
  await login(page, USERNAME, PASSWORD)
  await expect(page.getByTestId('account-bar')).toContainText('乡镇（街道）食安办')
  // Created without a unit: it reads plans and notices, but has no tasks of its own to report on.
  await expect(menuItems(page)).toHaveText(['首页', '工作看板', '工作方案', '督办通知', '经营主体', '应检主体', '企业自查率', '监督检查', '整改跟踪', '双随机抽查', '抽样检验', '抽检计划', '核查处置', '快检', '你点我检', '案件办理', '行刑衔接', '严重违法失信名单', '指标', '报告', '行政区划', '成员单位', '修改密码'])
  await expect(page.getByRole('menuitem', { name: '账号管理' })).toHaveCount(0)
  await openMenu(page, '行政区划')
  await expect(page.getByTestId('region-tree').getByText('出山镇', { exact: true })).toBeVisible()
  await expect(page.getByTestId('region-tree').getByText('西平县', { exact: true })).toHaveCount(0)

  await openMenu(page, '修改密码')
  await page.getByLabel('原密码', { exact: true }).fill(PASSWORD)
  await page.getByLabel('新密码', { exact: true }).fill('Xiping#2026b')
  await page.getByLabel('确认新密码', { exact: true }).fill('Xiping#2026c')
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page.getByText('两次输入的新密码不一致')).toBeVisible()
  await screenshot(page, 'password')
  await page.getByLabel('确认新密码', { exact: true }).fill('Xiping#2026b')
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page.getByText('密码已修改')).toBeVisible()
  await logout(page)
})
