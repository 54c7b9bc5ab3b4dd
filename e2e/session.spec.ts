import { expect, test, type Page } from '@playwright/test'
import { menuItems, screenshot } from './helpers'

// Session edge cases with the API mocked in the browser: no real logins, so the rate limit is untouched.

const me = (overrides: Record<string, unknown> = {}) => ({
  id: '00000000-0000-4000-8000-000000000001', username: 'newcomer', displayName: '新同事', role: 'office', roleLabel: '县食安办',
  regionCode: '411721000000', regionName: '西平县', unitId: null, unitName: null, permissions: [], mustChangePassword: false, ...overrides,
})

async function mockMe(page: Page, get: () => object) {
  await page.route('**/api/me', (route) => route.fulfill({ json: get() }))
}

test('a pending password change confines the account to the password page', async ({ page }) => {
  let current = me({ mustChangePassword: true, permissions: ['regions.read'] })
  await mockMe(page, () => current)
  await page.route('**/api/me/password', (route) => {
    current = me({ mustChangePassword: false })
    return route.fulfill({ json: { ok: true } })
  })

  await page.goto('/regions')
  await expect(page).toHaveURL(/\/password$/)
  await expect(page.getByText('首次登录须先修改密码')).toBeVisible()
  await expect(menuItems(page)).toHaveText(['修改密码'])
  await page.goto('/')
  await expect(page).toHaveURL(/\/password$/)
  await screenshot(page, 'password-required')

  await page.getByLabel('原密码', { exact: true }).fill('Shian@2026')
  await page.getByLabel('新密码', { exact: true }).fill('Xiping#2026x')
  await page.getByLabel('确认新密码', { exact: true }).fill('Xiping#2026x')
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page.getByText('密码已修改')).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByText('您好，新同事')).toBeVisible()
})

test('a session lost mid-use returns to the login page with a notice', async ({ page }) => {
  await mockMe(page, () => me({ permissions: ['regions.read'] }))
  await page.route('**/api/regions', (route) => route.fulfill({ status: 401, json: { code: 'unauthorized', message: '登录已失效，请重新登录' } }))
  await page.goto('/regions')
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByText('登录已失效，请重新登录')).toBeVisible()
})

test('unknown pages show 404 and forbidden pages are refused', async ({ page }) => {
  await mockMe(page, () => me())
  await page.goto('/no-such-page')
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible()
  await screenshot(page, 'not-found')
  await page.goto('/audit')
  await expect(page.getByText('没有访问权限', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: '返回首页' }).click()
  await expect(page.getByText('您好，新同事')).toBeVisible()
})

test('signed out, any page leads to the login form', async ({ page }) => {
  await page.goto('/accounts')
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible()
})
