import { expect, type Page } from '@playwright/test'
import fs from 'node:fs'

// The demo county's accounts all share this password (src/server/modules/demo/load-demo.ts).
export const DEMO_PASSWORD = 'Shian@2026'

/** Signs in through the login form. Each call is one of the server's 20 logins per minute per IP. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('用户名', { exact: true }).fill(username)
  await page.getByLabel('密码', { exact: true }).fill(password)
  await page.getByRole('button', { name: '登录', exact: true }).click()
}

export async function loginAs(page: Page, username: string, displayName: string) {
  await login(page, username)
  await expect(page.getByTestId('account-bar')).toContainText(displayName)
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page).toHaveURL(/\/login$/)
  await expect(page.getByText('县食品安全委员会办公室工作平台')).toBeVisible()
}

export const menuItems = (page: Page) => page.getByRole('menu').getByRole('menuitem')

export async function openMenu(page: Page, label: string) {
  await page.getByRole('menu').getByRole('menuitem', { name: label }).click()
}

/** Full-page screenshots for a human to look at (test-results/ is gitignored). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync('test-results/screenshots', { recursive: true })
  // Let antd's entrance animations settle and its toasts (3 s) leave, so the picture shows the page at rest.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 6_000 })
  await page.waitForTimeout(300)
  // animations disabled: the full-page capture resizes the viewport, which can catch the side menu mid-transition.
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true, animations: 'disabled' })
}
