import { expect, test } from '@playwright/test'
import mammoth from 'mammoth'
import { loginAs, openMenu, screenshot } from './helpers'

// The office imports a small plan, opens its 计分板, drills into a live target, and downloads the 自查报告.
const PLAN = `2026年西平县食品安全重点工作

一、强化抽检监测
（一）强化抽检监测。落实农产品和食品抽检 4 批次/千人，食品安全抽检合格率达到 98%以上。（县市场监管局牵头，县农业农村局配合）
（二）推进明厨亮灶。年底前，餐饮服务单位明厨亮灶覆盖率达到 90%。（县市场监管局负责）
`

test('the office reads a plan’s scoreboard, drills into a target and downloads the 自查报告', async ({ page }) => {
  test.setTimeout(240_000)
  await loginAs(page, 'office', '李静')
  const planId = await page.evaluate(async (text) => {
    const imported = await (await fetch('/api/work-plans/import-text', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })).json()
    await fetch(`/api/work-plans/${imported.plan.id}/publish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    return imported.plan.id as string
  }, PLAN)
  // The demo's year of sampling loads in the background after the server starts.
  await page.goto(`/work-plans/${planId}?tab=scoreboard`)
  const board = page.getByTestId('scoreboard')
  const batchesRow = board.locator('tr').filter({ hasText: '农产品和食品抽检' })
  await expect.poll(async () => {
    const text = await batchesRow.innerText().catch(() => '')
    if (/[1-9][\d.]* 批次\/千人/.test(text)) return true
    await page.reload()
    return false
  }, { timeout: 180_000, intervals: [5_000] }).toBe(true)
  await expect(batchesRow).toContainText('系统实时')
  await expect(batchesRow).toContainText('食品抽检量')
  await expect(board.locator('tr').filter({ hasText: '明厨亮灶覆盖率' })).toContainText(/达标|进行中/)
  await screenshot(page, 'scoreboard')

  await batchesRow.locator('[data-testid^="actual-"]').click()
  const drawer = page.locator('.ant-drawer-content')
  await expect(drawer).toContainText('食品抽检量 · 分子：抽样批次')
  await expect(drawer.getByTestId('drill-summary')).toHaveText(/^共 [\d,]+ 条记录，即该数 [\d,]+$/)
  await drawer.locator('.ant-drawer-close').click()

  await openMenu(page, '指标')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /2026年自查报告/ }).click()])
  expect(download.suggestedFilename()).toBe('西平县2026年食品安全工作自查报告.docx')
  const text = (await mammoth.extractRawText({ path: await download.path() })).value
  expect(text).toContain('自 查 报 告')
  expect(text).toMatch(/共抽检食品及食用农产品 [1-9]\d* 批次/)
  expect(text).toContain('【待填写：')
})
