import { expect, test } from '@playwright/test'
import { makeDocx } from '../src/server/modules/work-plans/parser/fixtures/make-docx'
import { loginAs, logout, openMenu, screenshot } from './helpers'

// The browser test: office uploads a .docx, maps two unknown unit names, publishes; msa sees the
// bell, reports progress with a figure and an evidence file; office accepts the report. Three logins.

const YEAR = new Date().getFullYear()
// One typo (县卫建委 for 县卫健委) and one name that is no member unit (an association).
const PLAN = `${YEAR}年西平县食品安全示范创建工作要点（浏览器测试）

一、强化食品安全监管

（一）加强食品抽检。全年食品抽检量达到每千人4批次以上。每季度末20日前报送工作进展。（县市场监管局牵头，县卫建委、县餐饮行业协会配合）

（二）推进明厨亮灶。年底前，学校食堂“互联网+明厨亮灶”覆盖率达到90%以上。（县教育局牵头，县市场监管局配合）
`

test('office imports a .docx, fixes the unit names and publishes; msa reports; office accepts', async ({ page }) => {
  test.setTimeout(120_000)
  const docx = await makeDocx(PLAN)

  await loginAs(page, 'office', '李静')
  await openMenu(page, '工作方案')
  await page.getByRole('button', { name: '导入方案' }).click()
  const dialog = page.getByRole('dialog', { name: '导入工作方案' })
  await expect(dialog.getByText('点击或将文件拖到此处上传')).toBeVisible()
  await screenshot(page, 'work-plan-import')
  // A broken file: the server's own words, and the dialog stays open for another try.
  await dialog.locator('input[type=file]').setInputFiles({ name: '损坏.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 not a zip') })
  await expect(dialog.getByRole('alert')).toContainText('无法读取该 .docx 文件')
  await screenshot(page, 'work-plan-import-error')
  await dialog.locator('input[type=file]').setInputFiles({
    name: '示范创建工作要点.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx,
  })

  // The review page: both unknown names are listed and marked red in the source.
  await expect(page).toHaveURL(/\/work-plans\/[0-9a-f-]+\/review$/)
  const planUrl = page.url().replace(/\/review$/, '')
  const unresolved = page.getByTestId('unresolved-panel')
  await expect(unresolved).toContainText('县卫建委')
  await expect(unresolved).toContainText('县餐饮行业协会')
  const source = page.getByTestId('plan-source')
  await expect(source.locator('.hl-unit-unresolved', { hasText: '县卫建委' })).toBeVisible()
  await expect(source.locator('.hl-unit', { hasText: '县市场监管局' }).first()).toBeVisible()
  await expect(source.locator('.hl-target').first()).toBeVisible()
  await expect(page.getByTestId('problems-panel')).toContainText('尚未对应到成员单位')
  await expect(page.getByRole('button', { name: '发布' })).toBeDisabled()

  // Clicking a task opens it and flashes its text on the left.
  await page.getByRole('button', { name: /（一） 加强食品抽检/ }).click()
  await expect(source.locator('.hl-flash').first()).toBeVisible()
  await expect(page.getByText('每千人4批次以上', { exact: false }).first()).toBeVisible()
  await screenshot(page, 'work-plan-review')

  // The typo maps to the health commission (remembered as an alias), the association to nobody.
  const typo = unresolved.getByTestId('unresolved-row').filter({ hasText: '县卫建委' })
  await typo.getByRole('combobox', { name: '“县卫建委”对应的单位' }).fill('卫生健康')
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="县卫生健康委员会"]').click()
  await expect(typo.getByRole('checkbox', { name: '记住为别名' })).toBeChecked()
  await typo.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已将“县卫建委”对应到县卫生健康委员会')).toBeVisible()

  const other = unresolved.getByTestId('unresolved-row').filter({ hasText: '县餐饮行业协会' })
  await other.getByRole('combobox', { name: '“县餐饮行业协会”对应的单位' }).fill('不单独')
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="不单独指派"]').click()
  await other.getByRole('button', { name: '确定' }).click()
  await expect(page.getByTestId('unresolved-panel')).toHaveCount(0)
  await expect(source.locator('.hl-unit-unresolved')).toHaveCount(0)
  await expect(page.getByTestId('problems-panel')).toContainText('可以发布')

  await page.getByRole('button', { name: '发布' }).click()
  await page.locator('.ant-popconfirm').getByRole('button', { name: '发布' }).click()
  await expect(page).toHaveURL(planUrl)
  await expect(page.getByText('已发布', { exact: true })).toBeVisible()
  await screenshot(page, 'work-plan-progress')
  await logout(page)

  // msa: the bell announces the new tasks and leads to them.
  await loginAs(page, 'msa', '吴市监')
  const bell = page.getByTestId('notification-badge')
  // At least this plan's assignment (another spec's plan may have notified msa too).
  await expect(bell.locator('.ant-badge-count')).toHaveText(/^[1-9]\d*$/)
  await bell.getByRole('button', { name: '通知' }).click()
  const note = page.getByTestId('notification-list').getByText(/新任务：《.*浏览器测试）》分配给本单位 2 项任务/)
  await expect(note).toBeVisible()
  await screenshot(page, 'notification-bell')
  await note.click()
  await expect(page).toHaveURL(/\/my-tasks\?plan=/)
  // Opening a notification marks it read; another spec's plan may have left one more unread.
  await bell.getByRole('button', { name: '通知' }).click()
  const markAll = page.getByTestId('notification-list').getByRole('button', { name: '全部已读' })
  if (await markAll.isEnabled()) await markAll.click()
  await expect(bell.locator('.ant-badge-count')).toHaveCount(0)
  await page.keyboard.press('Escape')

  const card = page.getByTestId('my-task-card').filter({ hasText: '加强食品抽检' })
  await expect(card).toContainText('牵头')
  await expect(card).toContainText('全年食品抽检量')
  await expect(page.getByTestId('my-task-card').filter({ hasText: '推进明厨亮灶' })).toContainText('牵头单位：县教育局')
  await screenshot(page, 'my-tasks')

  await card.getByRole('button', { name: '报送进展' }).click()
  const form = page.getByRole('dialog', { name: /报送进展/ })
  await form.getByLabel('进展情况').fill('本季度完成食品抽检 1,280 批次，折合每千人 3.6 批次。')
  await form.getByLabel('全年食品抽检量完成值').fill('3.6')
  await form.locator('input[type=file]').setInputFiles({ name: '抽检台账.txt', mimeType: 'text/plain', buffer: Buffer.from('抽检台账\n批次 1280\n', 'utf8') })
  await expect(form.locator('.ant-upload-list-item-done', { hasText: '抽检台账.txt' })).toBeVisible()
  await screenshot(page, 'report-form')
  await form.getByRole('button', { name: '报送', exact: true }).click()
  await expect(page.getByText('进展已报送，等待审核')).toBeVisible()
  const history = card.getByTestId('report-card').first()
  await expect(history).toContainText('待审核')
  await expect(history).toContainText('抽检台账.txt')
  // 我的任务 is used on phones too.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(card).toContainText('第1季度')
  await screenshot(page, 'my-tasks-phone')
  await page.setViewportSize({ width: 1366, height: 800 })
  await logout(page)

  // office: the report is on the task page; the evidence downloads; accepting it closes the period.
  await loginAs(page, 'office', '李静')
  await page.getByTestId('notification-badge').getByRole('button', { name: '通知' }).click()
  await page.getByTestId('notification-list').getByText(/县市场监督管理局报送了任务（一）/).click()
  await expect(page).toHaveURL(/\/work-plans\/[0-9a-f-]+\/tasks\/[0-9a-f-]+$/)
  const report = page.getByTestId('report-card').filter({ hasText: '县市场监督管理局' })
  await expect(report).toContainText('本季度完成食品抽检')
  await expect(report).toContainText('3.6 批次/千人')
  await expect(report).toContainText('未达标')
  const [file] = await Promise.all([page.waitForEvent('download'), report.getByRole('link', { name: /抽检台账\.txt/ }).click()])
  expect(file.suggestedFilename()).toBe('抽检台账.txt')
  await screenshot(page, 'work-plan-task')

  await report.getByRole('button', { name: '通过' }).click()
  await page.getByRole('dialog', { name: '通过报告' }).getByLabel('审核意见').fill('数据清楚，继续推进。')
  await page.getByRole('dialog', { name: '通过报告' }).getByRole('button', { name: '通过', exact: true }).click()
  await expect(page.getByText('报告已通过')).toBeVisible()
  await expect(report).toContainText('已通过')
  await expect(report).toContainText('数据清楚，继续推进。')

  await openMenu(page, '工作方案')
  await expect(page.getByRole('row').filter({ hasText: '浏览器测试' })).toContainText('已发布')
  await screenshot(page, 'work-plans-list')
  await logout(page)
})
