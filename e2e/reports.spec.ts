import { expect, test, type Download, type Locator, type Page } from '@playwright/test'
import mammoth from 'mammoth'
import ExcelJS from '../src/server/platform/exceljs'
import { loginAs, openMenu, pickOption, screenshot } from './helpers'

// 报告中心 and the Excel exports of issue 8: the office downloads a plan's 季度进展 and a unit's 考核报告 and
// reads them back; a refused report shows the server's message; a 看板 list and the 指标 table download as
// .xlsx whose rows are the ones on the page.

/** Today as the server counts it (Asia/Shanghai), YYYY-MM-DD. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const year = Number(today.slice(0, 4))
const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1
const QUARTER_LABELS = ['第一季度', '第二季度', '第三季度', '第四季度']
const QUARTER_NAMES = ['一', '二', '三', '四']

/** A plan for this year and next, so a browser whose clock is in next year is offered it. */
const planText = (title: string) => `${title}

一、压实校园食品安全责任
（一）落实校园食品安全校长（园长）负责制。年底前，学校食堂明厨亮灶覆盖率达到 100%。（县教育局牵头，县市场监管局配合）
（二）开展校园周边食品安全专项整治。规范校园周边食品经营秩序。（县市场监管局负责）
二、加强宣传教育
（三）开展食品安全宣传进校园活动。年底前，中小学校食品安全宣传教育覆盖率达到 95%。（县教育局负责）

各成员单位要于每季度末 20 日前向县食安办报送工作进展。
`
const TASKS = 3
const EDU_TASKS = ['落实校园食品安全校长（园长）负责制', '开展食品安全宣传进校园活动']

/** Clicks a button that saves a file and returns the download (the page fetches it, then saves it under the server's name). */
async function downloadBy(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  return download
}

const docxText = async (d: Download) => (await mammoth.extractRawText({ path: await d.path() })).value

/** An exported table (platform/excel-table layout): title in row 1, header in row 2, one row per record until the blank row. */
async function xlsxTable(d: Download) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(await d.path())
  const sheet = book.worksheets[0]
  const width = sheet.getRow(2).cellCount
  const cells = (n: number) => Array.from({ length: width }, (_, i) => {
    const v = sheet.getRow(n).getCell(i + 1).value
    return v instanceof Date ? v.toISOString().slice(0, 10) : v
  })
  const rows: Record<string, unknown>[] = []
  const header = cells(2).map(String)
  for (let n = 3; n <= sheet.rowCount && sheet.getRow(n).cellCount > 0; n++) {
    const values = cells(n)
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i]])))
  }
  return { header, rows }
}

/** Picks an option of a plain (non-search) antd Select by its label. */
async function choose(page: Page, label: string, option: string) {
  await page.locator(`.ant-select[aria-label="${label}"]`).click()
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
  await expect(item).toBeVisible()
  await item.click()
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
}

test('the office downloads a plan’s quarterly progress and a unit’s assessment report from 报告中心', async ({ page }) => {
  // Imports are deduplicated by their text: each run (and each --repeat-each) imports a plan of its own.
  const TITLE = `${year}—${year + 1}年西平县校园食品安全守护行动方案（${Date.now() % 1_000_000}）`
  await loginAs(page, 'office', '李静')
  await page.evaluate(async (text) => {
    const res = await fetch('/api/work-plans/import-text', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })
    const { plan } = await res.json()
    const published = await fetch(`/api/work-plans/${plan.id}/publish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    if (!published.ok) throw new Error(`publish failed: ${await published.text()}`)
  }, planText(TITLE))

  await openMenu(page, '报告')
  await expect(page).toHaveURL(/\/reports$/)
  await expect(page.getByText('报告中心', { exact: true })).toBeVisible()
  await page.getByTestId('report-kind-plan-progress').click()
  await expect(page.getByTestId('report-kind-plan-progress')).toHaveAttribute('aria-checked', 'true')
  await choose(page, '工作方案', TITLE)
  await choose(page, '年度', `${year}年`)
  await choose(page, '季度', QUARTER_LABELS[quarter - 1])
  await screenshot(page, 'reports-center')

  const progress = await downloadBy(page, page.getByRole('button', { name: '生成并下载' }))
  const progressName = `${TITLE}-${year}年第${quarter}季度工作进展报告.docx`
  expect(progress.suggestedFilename()).toBe(progressName)
  await expect(page.getByText(`已生成：${progressName}`)).toBeVisible()
  const progressText = await docxText(progress)
  expect(progressText).toContain(TITLE)
  expect(progressText).toContain(`${year}年第${QUARTER_NAMES[quarter - 1]}季度工作进展情况报告`)
  // The quarter is running, so the report stands as of today.
  expect(progressText).toContain(`截至 ${today}，方案共有任务 ${TASKS} 项`)

  await page.getByTestId('report-kind-unit').click()
  await expect(page.getByTestId('report-kind-unit')).toHaveAttribute('aria-checked', 'true')
  await expect(page.locator(`.ant-select-selection-item[title="${TITLE}"]`)).toBeVisible()
  await pickOption(page, page.getByRole('combobox', { name: '单位', exact: true }), '教育', '县教育局')
  const unit = await downloadBy(page, page.getByRole('button', { name: '生成并下载' }))
  expect(unit.suggestedFilename()).toBe(`县教育局-${TITLE}-考核报告.docx`)
  const unitText = await docxText(unit)
  expect(unitText).toContain(`县教育局在《${TITLE}》中牵头任务 ${EDU_TASKS.length} 项、配合任务 0 项`)
  for (const task of EDU_TASKS) expect(unitText).toContain(task)

  // A refusal shows the server's message on the page. The page offers only quarters that have begun by the
  // browser's clock, so only a browser clock running ahead of the server's (here into next January) can ask
  // for one that has not: the server refuses it, naming 年度.
  await page.clock.setFixedTime(new Date(`${year + 1}-01-10T10:00:00+08:00`))
  await page.reload()
  await page.getByTestId('report-kind-plan-progress').click()
  await choose(page, '工作方案', TITLE)
  await choose(page, '年度', `${year + 1}年`)
  await choose(page, '季度', '第一季度')
  await page.getByRole('button', { name: '生成并下载' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '尚未开始' })).toHaveText(`年度：${year + 1} 年尚未开始`)
  await screenshot(page, 'reports-center-refused')
})

test('a 看板 list and the 指标 table download as .xlsx with the rows the page shows', async ({ page }) => {
  await loginAs(page, 'office', '李静')
  await openMenu(page, '工作看板')
  await expect(page).toHaveURL(/\/dashboard$/)
  const card = page.getByTestId('failed-samples')
  const items = card.locator('.ant-list-item')
  await expect(items.first()).toBeVisible()

  const sheet = await xlsxTable(await downloadBy(page, card.getByRole('button', { name: '导出 Excel' })))
  // The card's item reads 产品名称 · 经营主体（区域）· 不合格项目 and the 抽样日期; the file has those columns, with the sample's number.
  expect(sheet.header).toEqual(['序号', '样品编号', '产品名称', '经营主体', '区域', '抽样日期', '不合格项目', '核查处置'])
  const total = Number(await card.locator('.ant-scroll-number').getAttribute('title'))
  expect(sheet.rows).toHaveLength(total)
  // Each item the card shows is a row of the file, and the card shows the file's first rows (newest first).
  // Samples of the same day may come in either order: the list is ordered by day and entry time only.
  const shown = await items.allInnerTexts()
  expect(shown.map((text) => text.split('\n').at(-1))).toEqual(sheet.rows.slice(0, shown.length).map((r) => r['抽样日期']))
  for (const text of shown) {
    const [line, day] = text.split('\n')
    expect(sheet.rows.map((r) => `${r['产品名称']} · ${r['经营主体']}（${r['区域']}）· ${r['不合格项目']}|${r['抽样日期']}`)).toContain(`${line}|${day}`)
  }

  await openMenu(page, '指标')
  const batches = page.getByTestId('sampling.batches-numerator')
  await expect(batches).toHaveText(/^[1-9][\d,]*$/)
  const names = page.locator('.ant-table-tbody tr.ant-table-row td:first-child')
  await expect(names.first()).toBeVisible()
  const indicators = await xlsxTable(await downloadBy(page, page.getByRole('button', { name: '导出 Excel' })))
  // Every indicator on the page (the live ones group by group, then those with no data source), in the page's order.
  expect(indicators.rows.map((r) => r['指标'])).toEqual(await names.allInnerTexts())
  const row = (name: string) => indicators.rows.find((r) => r['指标'] === name)!
  const passRate = Number(row('食品抽检合格率')['数值'])
  await expect(page.getByTestId('sampling.pass_rate-value')).toHaveText(`${passRate.toFixed(2)}%`)
  await expect(batches).toHaveText(Number(row('抽检批次')['分子数']).toLocaleString('zh-CN'))
})
