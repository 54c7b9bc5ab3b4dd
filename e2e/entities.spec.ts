import { expect, test, type Locator, type Page } from '@playwright/test'
import type * as XL from 'exceljs'
import ExcelJS from '../src/server/platform/exceljs'
import fs from 'node:fs'
import { usccCheckChar } from '../src/shared/codes'
import { login, loginAs, logout, makeUscc, menuItems, openMenu, pickOption, screenshot } from './helpers'

// 经营主体 end to end. The demo register may or may not have finished loading, so nothing here counts
// demo entities: the office registers its own, grades it and opens a business login for it; the
// business fills its self-inspection on a phone; the office imports a good and a bad workbook.
test.describe.configure({ mode: 'serial' })

const RUN = Date.now().toString(36).slice(-5).toUpperCase()
const NAME = `浏览器测试超市${RUN}`
const VILLAGE = { code: '411721100200', name: '袁庄村', township: '出山镇' }
const BUSINESS_USER = `shop${RUN.toLowerCase()}`
const BUSINESS_PASSWORD = 'Kaidian#2026'
const BUSINESS_NEW_PASSWORD = 'Ziji#Gai2026x'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


const isoDate = (offsetDays: number) => {
  const d = new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000)
  return d.toISOString().slice(0, 10)
}

async function pickVillage(page: Page, field: Locator, name: string) {
  await field.click()
  await field.fill(name)
  await page.locator('.ant-select-dropdown:visible .ant-select-tree-title', { hasText: new RegExp(`^${name}$`) }).click()
}

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('经营主体')
  sheet.addRow(['主体名称', '统一社会信用代码', '主体类型', '所在村（社区）区划代码', '经营地址'])
  for (const r of rows) sheet.addRow(r)
  return Buffer.from(await book.xlsx.writeBuffer())
}

let entityUrl = ''

test('office registers an entity, adds a licence, grades it and opens its business account', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'office', '李静')
  await expect(menuItems(page)).toContainText(['经营主体', '应检主体', '企业自查率', '风险分级规则'])
  await openMenu(page, '经营主体')
  await expect(page.getByTestId('entity-filters')).toContainText('风险等级')
  await screenshot(page, 'entities-list')

  await page.getByRole('button', { name: '登记经营主体' }).click()
  const drawer = page.getByRole('dialog').filter({ hasText: '登记经营主体' })
  await drawer.getByLabel('主体名称').fill(NAME)
  // The check character is verified as it is typed, with the server's own function.
  await drawer.getByLabel('统一社会信用代码').fill('91440300708461136A')
  await expect(drawer.locator('.ant-form-item-explain-error')).toContainText('校验码错误')
  await pickOption(page, drawer.getByLabel('主体类型'), '超市', '超市')
  await expect(drawer.locator('.ant-select-selection-item[title="超市"]')).toBeVisible()
  await pickVillage(page, drawer.getByLabel('所在村（社区）'), VILLAGE.name)
  await drawer.getByLabel('联系人').fill('刘店长')
  await screenshot(page, 'entity-create-uscc-error')
  // A right check character over a wrong embedded organisation code: a warning, not a refusal.
  const uscc = makeUscc(1)
  const org = uscc.slice(8, 17)
  const badOrg17 = `${uscc.slice(0, 16)}${org[8] === '1' ? '2' : '1'}`
  await drawer.getByLabel('统一社会信用代码').fill(badOrg17 + usccCheckChar(badOrg17))
  await expect(drawer.locator('.ant-form-item-explain-warning')).toContainText('组织机构代码校验不通过')
  await expect(drawer.locator('.ant-form-item-explain-error')).toHaveCount(0)
  await drawer.getByLabel('统一社会信用代码').fill(uscc)
  await expect(drawer.locator('.ant-form-item-explain-error')).toHaveCount(0)
  await expect(drawer.locator('.ant-form-item-explain-warning')).toHaveCount(0)
  await drawer.getByRole('button', { name: '登记', exact: true }).click()

  await expect(page).toHaveURL(/\/entities\/[0-9a-f-]+\?tab=licences$/)
  entityUrl = page.url().replace(/\?.*$/, '')
  await expect(page.getByTestId('entity-name')).toHaveText(NAME)
  await expect(page.getByText(`${VILLAGE.township} / ${VILLAGE.name}`)).toBeVisible()

  // A licence expiring in 20 days: shown orange with the days left.
  const licenceNo = `JY${String(Date.now()).slice(-14).padStart(14, '1')}`
  await page.getByRole('button', { name: '添加证照' }).click()
  const licence = page.getByRole('dialog', { name: '添加证照' })
  await licence.getByLabel('证照编号').fill('JY123')
  await expect(licence.locator('.ant-form-item-explain-error')).toContainText('JY 加 14 位数字')
  await licence.getByLabel('证照编号').fill(licenceNo)
  await licence.getByLabel('有效期至').fill(isoDate(20))
  await licence.getByLabel('有效期至').press('Enter')
  await licence.getByLabel('发证机关').fill('西平县市场监督管理局')
  await licence.getByRole('button', { name: '保存' }).click()
  await expect(licence).toBeHidden()
  const row = page.getByRole('row').filter({ hasText: licenceNo })
  await expect(row).toContainText('食品经营许可证')
  await expect(row).toContainText(/(19|20|21) 天/)
  await expect(page.getByText('1 个证照已过期或 30 天内到期')).toBeVisible()
  await screenshot(page, 'entity-licences')

  // 人员 with the assessment result, 认证 with its expiry.
  await page.getByRole('tab', { name: '人员' }).click()
  await page.getByRole('button', { name: '添加人员' }).click()
  const person = page.getByRole('dialog', { name: '添加人员' })
  await person.getByLabel('姓名').fill('王安全')
  await person.getByLabel('考核日期').fill(isoDate(-30))
  await person.getByLabel('考核日期').press('Enter')
  await person.getByLabel('考核成绩').fill('92')
  await person.getByText('合格', { exact: true }).click()
  await person.getByRole('button', { name: '保存' }).click()
  await expect(person).toBeHidden()
  const personRow = page.getByRole('row').filter({ hasText: '王安全' })
  await expect(personRow).toContainText('食品安全员')
  await expect(personRow).toContainText('92 分')
  await expect(personRow.getByText('合格', { exact: true })).toBeVisible()
  await screenshot(page, 'entity-people')
  await page.getByRole('tab', { name: '认证' }).click()
  await page.getByRole('button', { name: '添加认证' }).click()
  const cert = page.getByRole('dialog', { name: '添加认证' })
  await pickOption(page, cert.getByLabel('认证类型'), '', 'HACCP')
  await cert.getByLabel('有效期至').fill(isoDate(400))
  await cert.getByLabel('有效期至').press('Enter')
  await cert.getByRole('button', { name: '保存' }).click()
  await expect(cert).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: 'HACCP' })).toContainText(isoDate(400))
  await screenshot(page, 'entity-certifications')

  // 风险分级: 超市 16 static points; three items 不符合 at 6 points each → 34 → B.
  await page.getByRole('tab', { name: '风险分级' }).click()
  const items = page.getByTestId('dynamic-items')
  await expect(items.getByRole('radio')).toHaveCount(30)
  for (const [i, label] of ['资质管理', '人员管理', '场所环境', '设施设备', '原料控制', '过程控制', '贮存运输', '检验检测', '追溯召回', '自查整改'].entries()) {
    await items.getByRole('group', { name: label }).getByText(i < 3 ? '不符合' : '符合', { exact: true }).click()
  }
  const preview = page.getByTestId('risk-preview')
  await expect(preview).toContainText('16')
  await expect(preview).toContainText('34')
  await expect(preview).toContainText('B 级（较低风险）')
  await screenshot(page, 'entity-risk')
  await page.getByRole('button', { name: '保存评定' }).click()
  await expect(page.getByText('评定完成：B 级，总分 34')).toBeVisible()
  await expect(page.getByTestId('risk-current')).toContainText('B 级（较低风险）')
  await expect(page.getByRole('row').filter({ hasText: '第 1 版' })).toContainText('34')

  // 基本信息: an edit shows in 变更记录 as before → after.
  await page.getByRole('tab', { name: '基本信息' }).click()
  await page.getByLabel('联系电话').fill('0396-6223456')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('基本信息已保存')).toBeVisible()
  await screenshot(page, 'entity-basic')
  await page.getByRole('tab', { name: '变更记录' }).click()
  const timeline = page.getByTestId('entity-timeline')
  await expect(timeline).toContainText('修改信息')
  await expect(timeline).toContainText('0396-6223456')
  await expect(timeline).toContainText('新增证照')
  await expect(timeline).toContainText('风险分级评定')
  await expect(timeline).toContainText('登记')
  await screenshot(page, 'entity-timeline')

  await page.getByRole('tab', { name: '企业账号' }).click()
  await page.getByLabel('用户名').fill(BUSINESS_USER)
  await page.getByLabel('初始密码').fill(BUSINESS_PASSWORD)
  await page.getByRole('button', { name: '开通企业账号' }).click()
  await expect(page.getByText('已开通企业账号', { exact: true })).toBeVisible()
  await screenshot(page, 'entity-account')

  // The list finds it by keyword, with its grade and the licence's expiry highlighted.
  await openMenu(page, '经营主体')
  await page.getByLabel('关键词').fill(NAME)
  await page.getByLabel('关键词').press('Enter')
  const listRow = page.getByRole('row').filter({ hasText: NAME })
  await expect(listRow).toContainText('B 级')
  await expect(listRow).toContainText(licenceNo)
  await expect(listRow).toContainText('天后到期')
  await expect(page.getByText('共 1 家')).toBeVisible()
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()])
  expect(file.suggestedFilename()).toBe('经营主体名录.xlsx')
  await logout(page)
})

test('the business signs in on a phone, changes its password and submits its self-inspection', async ({ page }) => {
  test.setTimeout(90_000)
  await login(page, BUSINESS_USER, BUSINESS_PASSWORD)
  await expect(page).toHaveURL(/\/password$/)
  await page.getByLabel('原密码').fill(BUSINESS_PASSWORD)
  await page.getByLabel('新密码', { exact: true }).fill(BUSINESS_NEW_PASSWORD)
  await page.getByLabel('确认新密码').fill(BUSINESS_NEW_PASSWORD)
  await page.getByRole('button', { name: '确认修改' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(menuItems(page)).toHaveText(['首页', '企业自查', '本企业', '整改跟踪', '修改密码'])

  // 本企业: /entities is its own entity, read-only.
  await openMenu(page, '本企业')
  await expect(page).toHaveURL(entityUrl)
  await expect(page.getByTestId('entity-name')).toHaveText(NAME)
  await expect(page.getByRole('tab', { name: '变更记录' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '保存', exact: true })).toHaveCount(0)

  await page.setViewportSize({ width: 390, height: 844 })
  await screenshot(page, 'my-entity-phone')
  await page.goto('/self-inspection')
  await expect(page.getByText(NAME)).toBeVisible()
  await expect(page.getByTestId('self-inspection-status')).toHaveText('未填写')
  const cards = page.locator('[data-testid^="check-item-"]')
  await expect(cards).toHaveCount(12) // 8 common + 4 流通环节
  await screenshot(page, 'self-inspection-phone-empty')

  // Saving with gaps marks them; a 否 asks for its measure.
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('还有未填写完整的项目')).toBeVisible()
  const count = await cards.count()
  for (let i = 0; i < count; i++) await cards.nth(i).getByText(i === 1 ? '否' : '是', { exact: true }).click()
  await expect(cards.nth(1).getByText('选择“否”须填写整改措施')).toBeVisible()
  await cards.nth(1).getByRole('textbox').fill('食品安全员本月底前参加县局组织的考核。')
  await page.getByLabel('自查情况小结').fill('本月自查 12 项，发现 1 项问题，已制定整改措施。')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText('自查已保存，可继续修改后提交')).toBeVisible()
  await expect(page.getByTestId('self-inspection-status')).toHaveText('已保存，未提交')
  await screenshot(page, 'self-inspection-phone-filled')

  await page.getByRole('button', { name: '提交自查报告' }).click()
  await page.locator('.ant-popconfirm').getByRole('button', { name: '提交' }).click()
  await expect(page.getByTestId('self-inspection-status')).toHaveText('已提交')
  await expect(page.getByText('发现问题 1 项，请按整改措施落实。')).toBeVisible()
  await expect(page.getByRole('button', { name: '提交自查报告' })).toHaveCount(0)
  await screenshot(page, 'self-inspection-phone-submitted')
  await page.setViewportSize({ width: 1366, height: 800 })
  await logout(page)
})

test('office imports a good workbook, then a bad one with an error report', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'office', '李静')
  await openMenu(page, '经营主体')
  await page.getByRole('button', { name: '导入' }).click()
  await expect(page).toHaveURL(/\/entities\/import$/)
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载导入模板/ }).click()])
  expect(template.suggestedFilename()).toBe('经营主体导入模板.xlsx')
  await screenshot(page, 'entities-import')

  const good = await workbook([
    [`导入测试便利店甲${RUN}`, makeUscc(2), '便利店', VILLAGE.code, '出山镇袁庄村1号'],
    [`导入测试食杂店乙${RUN}`, makeUscc(3), '食杂店', VILLAGE.code, '出山镇袁庄村2号'],
  ])
  const input = page.locator('input[type=file]')
  await input.setInputFiles({ name: '两家主体.xlsx', mimeType: XLSX, buffer: good })
  const result = page.getByTestId('import-result')
  await expect(result).toContainText('新增 2')
  await expect(result).toContainText('更新 0')
  await expect(page.getByTestId('import-job')).toContainText('写入：2 / 2 行')
  await screenshot(page, 'entities-import-done')

  const valid = makeUscc(4)
  const badUscc = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')
  const bad = await workbook([
    [`导入测试错误代码${RUN}`, badUscc, '便利店', VILLAGE.code, null],
    [null, makeUscc(5), '便利店', VILLAGE.code, '无名称的一行'],
  ])
  await input.setInputFiles({ name: '有错误.xlsx', mimeType: XLSX, buffer: bad })
  await expect(result).toContainText(/发现 2 处错误，未导入任何数据/)
  await expect(result).toContainText('统一社会信用代码')
  await screenshot(page, 'entities-import-rejected')
  const [report] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: /下载错误报告/ }).click()])
  expect(report.suggestedFilename()).toMatch(/\.xlsx$/)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(fs.readFileSync(await report.path()) as unknown as XL.Buffer)
  const sheet = book.getWorksheet('经营主体')!
  const header = sheet.getRow(1).values as unknown[]
  const errorCol = header.indexOf('错误说明')
  expect(errorCol).toBeGreaterThan(0)
  expect(String(sheet.getRow(2).getCell(errorCol).value)).toContain('统一社会信用代码')
  expect(String(sheet.getRow(3).getCell(errorCol).value)).toContain('主体名称')

  // Nothing of the bad file was written; the good rows are in the register.
  await expect(page.getByRole('row').filter({ hasText: '有错误.xlsx' })).toContainText('2 处错误')
  await expect(page.getByRole('row').filter({ hasText: '两家主体.xlsx' })).toContainText('新增 2')
  await openMenu(page, '经营主体')
  await page.getByLabel('关键词').fill(RUN)
  await page.getByLabel('关键词').press('Enter')
  await expect(page.getByRole('row').filter({ hasText: `导入测试便利店甲${RUN}` })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: `导入测试错误代码${RUN}` })).toHaveCount(0)
  await logout(page)
})

test('office reads inspections due, self-inspection rates and the risk rules', async ({ page }) => {
  await loginAs(page, 'office', '李静')
  await openMenu(page, '应检主体')
  await expect(page.getByText('本年应检')).toBeVisible()
  await page.getByLabel('只看两年未检').click()
  await expect(page.getByLabel('只看两年未检')).toBeChecked()
  await screenshot(page, 'inspections-due')

  await openMenu(page, '企业自查率')
  const township = page.getByRole('row').filter({ hasText: VILLAGE.township })
  await expect(township).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '合计' })).toBeVisible()
  // The business above submitted this month's report.
  await expect.poll(async () => Number((await township.getByRole('cell').nth(3).textContent())?.replace(/,/g, ''))).toBeGreaterThanOrEqual(1)
  await screenshot(page, 'self-inspection-rates')
  // A quarter counts one self-inspection a month per business.
  await page.getByText('季度', { exact: true }).click()
  await expect(page.getByRole('columnheader', { name: '应自查（户·月）' })).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: '合计' })).toBeVisible()

  await openMenu(page, '风险分级规则')
  await expect(page.getByText('标为“U 未确认”的取值来自未经确认的来源，均可配置')).toBeVisible()
  await expect(page.getByTestId('rule-sources')).toContainText('未确认，可按本省规定调整')
  const version = await page.getByTestId('rules-version').textContent()
  const before = Number(/第 (\d+) 版/.exec(version ?? '')?.[1])
  await page.getByLabel('修改说明').fill('浏览器测试：核对后保存（数值不变）')
  await page.getByRole('button', { name: '保存为新版本' }).click()
  await expect(page.getByText(`已保存为第 ${before + 1} 版规则`)).toBeVisible()
  await expect(page.getByTestId('rules-version')).toContainText(`现行第 ${before + 1} 版`)
  await screenshot(page, 'risk-rules')
  await logout(page)
})
