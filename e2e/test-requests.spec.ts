import { expect, test } from '@playwright/test'
import { loginAs, pickOption, screenshot } from './helpers'

// 你点我检 end to end: a visitor (no login, phone-sized screen) proposes a food and votes for it; the office
// finds it with the proposer's contact and picks it into a county plan; the public page then shows the plan
// and never the contact. The plan is made and published through the API first, with a name unique to this run.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36).slice(-5).toUpperCase()
const FOOD = `臭豆腐${RUN}`
const PLAN = `2026 年县级食品安全抽检计划 ${RUN}`
const COUNTY = '411721000000'

test('a visitor proposes a food to test and votes for it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/public/test-requests?county=${COUNTY}`)
  await expect(page.getByRole('heading', { name: /你点我检/ })).toBeVisible()
  const form = page.getByTestId('propose-card')
  await form.getByLabel('想检测的食品').fill(FOOD)
  await form.getByLabel('购买或就餐地点').fill('南关夜市 3 号摊')
  await form.getByLabel('建议理由').fill('味道发苦，担心添加剂超标')
  await form.getByLabel('联系人').fill('王女士')
  await form.getByLabel('手机号码').fill('1391234')
  await form.getByRole('button', { name: '提交建议' }).click()
  await expect(form.getByText('请填写 11 位手机号码')).toBeVisible()
  await form.getByLabel('手机号码').fill('13912345678')
  await form.getByRole('button', { name: '提交建议' }).click()
  await expect(page.getByText('建议已提交，感谢您的参与')).toBeVisible()

  await page.getByText('最新', { exact: true }).click()
  const card = page.getByTestId('test-request').filter({ hasText: FOOD })
  await expect(card).toContainText('南关夜市 3 号摊')
  await expect(card.getByTestId('votes')).toHaveText('0 票')
  await card.getByRole('button', { name: '投票' }).click()
  await expect(card.getByTestId('votes')).toHaveText('1 票')
  await expect(card.getByRole('button', { name: '今日已投' })).toBeDisabled()
  await expect(page.locator('body')).not.toContainText('13912345678')
  await expect(page.locator('body')).not.toContainText('王女士')
  await screenshot(page, 'test-requests-public')
})

test('the office sees the contact and picks the proposal into a county plan; the public page shows the plan', async ({ page }) => {
  await loginAs(page, 'office', '李静')
  const plan = await page.request.post('/api/sampling-plans', { data: { year: 2026, name: PLAN, level: 'county', department: 'market', batchesPerThousand: '4.0', categories: [] } })
  expect(plan.status(), await plan.text()).toBe(201)
  // Only a published plan may take a proposal (the public is promised it), so publish it as the office would.
  const published = await page.request.post(`/api/sampling-plans/${(await plan.json()).id}/publish`)
  expect(published.status(), await published.text()).toBe(200)

  await page.goto('/sampling/requests')
  await page.getByLabel('关键词').fill(FOOD)
  await page.getByLabel('关键词').press('Enter')
  const row = page.locator('.ant-table-row').filter({ hasText: FOOD })
  await expect(row).toContainText('13912345678')
  await expect(row).toContainText('王女士')
  await expect(row).toContainText('征集中')
  await screenshot(page, 'test-requests-office')

  await row.getByRole('button', { name: '列入计划' }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: '列入抽检计划' })
  // The list holds every plan of the county (a CI database gathers many); the dropdown renders only the
  // rows in view, so search for this run's plan as a user would.
  // Typing opens the list (a forced click while the dialog still zooms in can land on the mask and close it).
  await expect(dialog).toBeVisible()
  await pickOption(page, dialog.getByRole('combobox', { name: '抽检计划' }), RUN, PLAN)
  await dialog.getByLabel(/采纳说明/).fill('列入第三季度抽检')
  await dialog.getByRole('button', { name: /确\s?定/ }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText('已列入计划')
  await expect(row).toContainText(PLAN)
  await screenshot(page, 'test-requests-office-picked')

  await page.goto(`/public/test-requests?county=${COUNTY}`)
  const card = page.getByTestId('test-request').filter({ hasText: FOOD })
  await expect(card).toContainText('已列入计划')
  await expect(card).toContainText(PLAN)
  await expect(card).not.toContainText('列入第三季度抽检')
})
