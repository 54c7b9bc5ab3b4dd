import { expect, test } from '@playwright/test'
import { loginAs, logout, openMenu, screenshot } from './helpers'

// A plan for a past year, so every quarterly date is already overdue whatever today is: office issues a
// 督办 from the overdue list and downloads the .docx and the assessment; agri replies; the leader only
// reads. Four logins.

const PLAN = `2025年西平县农产品质量安全监管工作要点（督办测试）

一、强化源头治理

（一）开展农药残留专项整治。农产品抽检合格率不低于98%。（县农业农村局牵头，县市场监管局配合）

（二）规范农资经营。年底前，农资经营店进货查验记录建立率达到100%。（县农业农村局牵头，县供销合作社配合）

各有关单位于每季度末20日前向县食安办报送工作进展。
`

test('office supervises an overdue unit, downloads the notice and the assessment; agri replies', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'office', '李静')
  await openMenu(page, '工作方案')
  await page.getByRole('button', { name: '导入方案' }).click()
  const dialog = page.getByRole('dialog', { name: '导入工作方案' })
  await dialog.getByRole('tab', { name: '粘贴文本' }).click()
  await dialog.getByLabel('方案全文').fill(PLAN)
  await screenshot(page, 'work-plan-import-text')
  await dialog.getByRole('button', { name: '导入', exact: true }).click()
  await expect(page).toHaveURL(/\/review$/)
  const reviewUrl = page.url()
  // The same text again is the same document: the draft opens, nothing is duplicated.
  await openMenu(page, '工作方案')
  await page.getByRole('button', { name: '导入方案' }).click()
  await dialog.getByRole('tab', { name: '粘贴文本' }).click()
  await dialog.getByLabel('方案全文').fill(PLAN)
  await dialog.getByRole('button', { name: '导入', exact: true }).click()
  await expect(page.getByText('该文件已导入，已打开原草稿')).toBeVisible()
  await expect(page).toHaveURL(reviewUrl)
  await expect(page.getByTestId('problems-panel')).toContainText('可以发布')
  await page.getByRole('button', { name: '发布' }).click()
  await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click()
  await expect(page).toHaveURL(/\/work-plans\/[0-9a-f-]+$/, { timeout: 30_000 })
  const planUrl = page.url()

  // Every 2025 date has passed: the overdue list names the lead unit for each task and quarter.
  const overdue = page.getByTestId('overdue-list')
  await expect(overdue).toContainText('逾期未报（9）')
  const row = overdue.getByRole('row').filter({ hasText: '开展农药残留专项整治' }).filter({ hasText: '2025年第1季度' })
  await expect(row).toContainText('县农业农村局')
  await row.getByRole('button', { name: '督办' }).click()
  const modal = page.getByRole('dialog', { name: '下发督办通知' })
  await expect(modal).toContainText('县农业农村局')
  await screenshot(page, 'supervise-modal')
  await modal.getByRole('button', { name: '下发' }).click()
  await expect(page.getByText(/督办通知已下发：西食安办督〔\d{4}〕1号/)).toBeVisible()
  await expect(row.getByRole('link', { name: '已督办' })).toBeVisible()
  await screenshot(page, 'plan-overdue')

  // 考核: the ranking, the weights, the Excel export.
  await page.getByRole('tab', { name: '考核' }).click()
  await expect(page.getByRole('row').filter({ hasText: '县农业农村局' })).toContainText('1')
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()])
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
  await page.getByLabel('每次督办扣').fill('10')
  await page.getByRole('button', { name: '保存权重' }).click()
  await expect(page.getByText('考核权重已保存，排名已重新计算')).toBeVisible()
  await screenshot(page, 'plan-assessment')

  await page.getByRole('tab', { name: '任务（2）' }).click()
  await expect(page.getByRole('row').filter({ hasText: '规范农资经营' })).toContainText('县供销合作社')
  await screenshot(page, 'plan-tasks')

  // The notice itself, and its official .docx.
  await page.getByRole('tab', { name: '督办' }).click()
  await page.getByRole('link', { name: /西食安办督〔\d{4}〕1号/ }).click()
  await expect(page.getByText('县农业农村局尚未回复')).toBeVisible()
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载公文/ }).click()])
  expect(docx.suggestedFilename()).toMatch(/^督办通知-西食安办督〔\d{4}〕1号\.docx$/)
  await logout(page)

  // agri: the bell names the 督办; the unit replies on the notice.
  await loginAs(page, 'agri', '郑农业')
  await page.getByTestId('notification-badge').getByRole('button', { name: '通知' }).click()
  await expect(page.getByTestId('notification-list')).toContainText('督办：任务（一）')
  await page.keyboard.press('Escape')
  await openMenu(page, '督办通知')
  await expect(page.getByRole('row').filter({ hasText: '开展农药残留专项整治' })).toContainText('待回复')
  await screenshot(page, 'supervision-list')
  await page.getByRole('link', { name: /西食安办督〔\d{4}〕1号/ }).click()
  await page.getByLabel('回复内容').fill('已完成第一季度农药残留专项整治，抽检 120 批次，合格率 98.3%，今后按期报送。')
  await page.getByRole('button', { name: '提交回复' }).click()
  await expect(page.getByText('已回复督办')).toBeVisible()
  await expect(page.getByTestId('notice-reply')).toContainText('合格率 98.3%')
  await expect(page.getByText('已回复', { exact: true })).toBeVisible()
  await screenshot(page, 'supervision-detail')
  await logout(page)

  // The leader reads the same plan without any of the office's controls.
  await loginAs(page, 'leader', '周县长')
  await page.goto(planUrl)
  await expect(page.getByText('统计截至')).toBeVisible()
  await expect(page.getByTestId('overdue-list').getByRole('button', { name: '督办' })).toHaveCount(0)
  await page.getByRole('tab', { name: '考核' }).click()
  await expect(page.getByRole('button', { name: '保存权重' })).toHaveCount(0)
  await expect(page.getByText('每次督办扣：10 分')).toBeVisible()
  await logout(page)
})
