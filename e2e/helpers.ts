import { expect, type Locator, type Page } from '@playwright/test'
import fs from 'node:fs'
import { usccCheckChar } from '../src/shared/codes'

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

/** A valid USCC (its 9-digit organisation code with its own check digit, then the GB 32100 check character), new each call. */
export function makeUscc(seed: number): string {
  const digits = String(10_000_000 + ((Date.now() + seed * 7919) % 89_999_999)).slice(0, 8)
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const c = 11 - (digits.split('').reduce((s, d, i) => s + Number(d) * weights[i], 0) % 11)
  const org = digits + (c === 10 ? 'X' : c === 11 ? '0' : String(c))
  const first17 = `92411721${org}`
  return first17 + usccCheckChar(first17)
}

/**
 * Types into an antd Select's search (when `search` is given) and clicks the option whose title is `option`, until
 * the field shows it chosen: on a loaded machine a click can land while the list re-renders and not take.
 * `field` is the combobox (the search input). `keeps: false` for a select that acts on a pick and clears itself
 * (e.g. 从目录添加检验项目): one click, which the caller checks by its effect.
 */
export async function pickOption(page: Page, field: Locator, search: string, option: string, { keeps = true } = {}) {
  if (!keeps) {
    await field.click()
    await field.fill(search)
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click()
    return
  }
  const select = field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
  const chosen = select.locator(`.ant-select-selection-item[title="${option}"]`)
  await expect(async () => {
    if (await chosen.count()) return
    await field.click({ timeout: 5_000 })
    if (search) await field.fill(search, { timeout: 5_000 })
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click({ timeout: 5_000 })
    await expect(chosen).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}
