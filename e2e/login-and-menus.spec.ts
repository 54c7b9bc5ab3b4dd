import { expect, test } from '@playwright/test'
import { login, loginAs, logout, menuItems, openMenu, screenshot } from './helpers'

// One login per demo account (10), plus one failed login: well under the server's 20 per minute.

interface Case {
  username: string
  displayName: string
  roleLabel: string
  /** Exactly these menu entries, in this order. */
  menu: string[]
  /** The root of the region tree, or null without 行政区划. */
  root: string | null
  /** Regions that must not appear in the tree (outside the account's scope). */
  outside?: string[]
}

// Accounts with a unit report on their tasks; the leader, without one, only reads plans and notices.
const ENTITY_PAGES = ['经营主体', '应检主体', '企业自查率']
const INSPECTION_PAGES = ['监督检查', '整改跟踪', '双随机抽查']
const SAMPLING_PAGES = ['抽样检验', '抽检计划', '核查处置', '快检', '你点我检']
const CASE_PAGES = ['案件办理', '行刑衔接', '严重违法失信名单']
// Inspectors record; member units and townships also read the dashboard and the indicators.
const INSPECTOR_MENU = ['首页', '工作方案', '我的任务', '督办通知', ...ENTITY_PAGES, ...INSPECTION_PAGES, ...SAMPLING_PAGES, ...CASE_PAGES, '行政区划', '成员单位', '修改密码']
const BUSINESS_MENU = ['首页', '工作看板', '工作方案', '我的任务', '督办通知', ...ENTITY_PAGES, ...INSPECTION_PAGES, ...SAMPLING_PAGES, ...CASE_PAGES, '指标', '报告', '行政区划', '成员单位', '修改密码']
const OFFICE_MENU = ['首页', '工作看板', '工作方案', '我的任务', '督办通知', ...ENTITY_PAGES, '风险分级规则', ...INSPECTION_PAGES, ...SAMPLING_PAGES, '检验项目与时限', ...CASE_PAGES,
  '指标', '报告', '行政区划', '成员单位', '修改密码']
const LEADER_MENU = ['首页', '工作看板', '工作方案', '督办通知', ...ENTITY_PAGES, ...INSPECTION_PAGES, ...SAMPLING_PAGES, ...CASE_PAGES, '指标', '报告', '行政区划', '成员单位', '修改密码']

const CASES: Case[] = [
  { username: 'admin', displayName: '赵系统', roleLabel: '系统管理员', menu: ['首页', '行政区划', '成员单位', '账号管理', '修改密码'], root: '西平县' },
  { username: 'secadmin', displayName: '钱安全', roleLabel: '安全管理员', menu: ['首页', '行政区划', '成员单位', '账号管理', '角色与权限', '修改密码'], root: '西平县' },
  { username: 'auditor', displayName: '孙审计', roleLabel: '审计管理员', menu: ['首页', '审计日志', '修改密码'], root: null },
  { username: 'office', displayName: '李静', roleLabel: '县食安办', menu: OFFICE_MENU, root: '西平县' },
  { username: 'leader', displayName: '周县长', roleLabel: '县领导', menu: LEADER_MENU, root: '西平县' },
  { username: 'msa', displayName: '吴市监', roleLabel: '成员单位人员', menu: BUSINESS_MENU, root: '西平县' },
  { username: 'agri', displayName: '郑农业', roleLabel: '成员单位人员', menu: BUSINESS_MENU, root: '西平县' },
  { username: 'inspector', displayName: '王检查', roleLabel: '执法检查人员', menu: INSPECTOR_MENU, root: '柏亭街道', outside: ['西平县', '柏城街道', '出山镇'] },
  { username: 'township', displayName: '冯乡镇', roleLabel: '乡镇（街道）食安办', menu: BUSINESS_MENU, root: '出山镇', outside: ['西平县', '柏城街道', '五沟营镇', '吕店乡'] },
  { username: 'coordinator', displayName: '陈协管', roleLabel: '村级协管员', menu: ['首页', ...ENTITY_PAGES, ...INSPECTION_PAGES, '行政区划', '修改密码'], root: '袁庄村', outside: ['西平县', '出山镇'] },
]

const ALL_PAGES = ['首页', '工作看板', '工作方案', '我的任务', '督办通知', ...ENTITY_PAGES, '风险分级规则', '企业自查', '本企业', ...INSPECTION_PAGES, ...SAMPLING_PAGES, '检验项目与时限', ...CASE_PAGES, '指标', '报告', '行政区划', '成员单位', '账号管理', '角色与权限', '审计日志', '修改密码']

test('a wrong password shows the server message', async ({ page }) => {
  await page.goto('/login')
  await expect(page.getByText('食安', { exact: true })).toBeVisible()
  await expect(page.getByText('县食品安全委员会办公室工作平台')).toBeVisible()
  await screenshot(page, 'login')
  await login(page, 'office', 'Wrong-Password-1')
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误')
  await expect(page).toHaveURL(/\/login$/)
  await screenshot(page, 'login-error')
})

for (const c of CASES) {
  test(`${c.username}（${c.roleLabel}）sees its menu and its regions`, async ({ page }) => {
    await loginAs(page, c.username, c.displayName)
    await expect(page.getByTestId('account-bar')).toContainText(c.roleLabel)
    await expect(page.getByText(`您好，${c.displayName}`)).toBeVisible()

    await expect(menuItems(page)).toHaveText(c.menu)
    for (const hidden of ALL_PAGES.filter((p) => !c.menu.includes(p))) {
      await expect(page.getByRole('menuitem', { name: hidden, exact: true })).toHaveCount(0)
    }
    if (c.username === 'office') await screenshot(page, 'home')

    if (c.root) {
      await openMenu(page, '行政区划')
      const tree = page.getByTestId('region-tree')
      await expect(tree.getByText(c.root, { exact: true })).toBeVisible()
      await expect(page.getByTestId('region-detail')).toContainText(c.root)
      if (c.root === '西平县') await expect(tree.getByText('出山镇', { exact: true })).toBeVisible()
      for (const name of c.outside ?? []) await expect(tree.getByText(name, { exact: true })).toHaveCount(0)
      if (c.username === 'township') await expect(tree.getByText('袁庄村', { exact: true })).toBeVisible()
      if (c.username === 'admin') {
        await screenshot(page, 'regions')
        // Search by the 12-digit code, then read the village's details.
        await page.getByPlaceholder('按名称或12位代码搜索').fill('411721100200')
        await tree.getByText('袁庄村', { exact: true }).click()
        const detail = page.getByTestId('region-detail')
        await expect(detail).toContainText('220 村庄')
        await expect(detail).toContainText('村（社区）')
        await expect(detail.locator('.ant-breadcrumb')).toContainText('西平县/出山镇/袁庄村')
        await expect(tree.getByText('柏城街道', { exact: true })).toHaveCount(0)
        await screenshot(page, 'regions-search')
      }
    } else {
      // Typed into the address bar, a page outside the menu is refused too.
      await page.goto('/regions')
      await expect(page.getByText('没有访问权限', { exact: true })).toBeVisible()
    }

    await logout(page)
  })
}
