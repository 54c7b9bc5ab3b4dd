import { describe, expect, it } from 'vitest'
import { COLUMNS } from './columns'
import { readEntityWorkbook, type RowError } from './read-rows'
import { byHeader, jy, LOOKUP, MIN_HEADER, minRow, seedIsValid, sheetFile, uscc, utc } from './test-helpers'

const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
const sortErrors = (errors: RowError[]) => [...errors].sort((a, b) => a.rowNumber - b.rowNumber || a.column.localeCompare(b.column) || a.message.localeCompare(b.message))
const HEADERS: string[] = COLUMNS.map((c) => c.header)

describe('reading a good file', () => {
  it('tolerates a title above the header, reordered and marked headers, aliases and the usual spellings', async () => {
    const header = ['序号', '主体类型 *', '主体名称＊', '统一社会信用代码', '所在村（社区）', '开业日期', '有效期至', '发证日期', '证照类型', '许可证编号', '电子证书',
      '明厨亮灶', '量化分级', '认证', '联系电话', '经度', '纬度', '食堂类别', '校长陪餐', '错误说明']
    const rows = [
      [1, 'small_restaurant', { richText: [{ text: '老王' }, { text: '面馆' }] }, ` ${fullWidth(uscc(11).toLowerCase())} `, 411721100201, '2020/3/5', '2029年3月4日', 20240305,
        'JY 经营许可', fullWidth(jy(11)).toLowerCase(), 'Y', '互联网＋明厨亮灶', 'b', 'haccp, iso 22000，6s、HACCP ISO9001', '0396－1234567', '114.1', 33.2, null, null, '旧的错误说明'],
      [],
      [3],
      [4, '单位食堂', { formula: 'CONCAT("幼儿园","食堂")', result: '幼儿园食堂' }, { text: uscc(12), hyperlink: 'https://x.cn' }, '东关村', 45000, utc('2027-01-31'), '2022.2.1',
        '食品经营许可证', jy(12), false, null, null, null, null, null, null, '幼儿园食堂', 'N', null],
      // 「否」 filler in 电子证书 and 校长陪餐 on a row without licence or school: accepted, not stored.
      [5, '家庭农场', '张家农场', uscc(13), '春明村', null, null, null, null, null, '否', null, null, null, null, null, null, null, '否', null],
    ]
    const buf = await sheetFile(header, rows, { above: [['西平县经营主体台账（2026 年）'], []] })
    const result = await readEntityWorkbook(buf, LOOKUP)
    expect(result.errors).toEqual([])
    expect(result.totalRows).toBe(3)
    expect(result.rows.map((r) => r.rowNumber)).toEqual([4, 7, 8])
    const [a, b, c] = result.rows.map((r) => r.seed)
    expect(a.entity).toMatchObject({
      name: '老王面馆', uscc: uscc(11), type: 'small_restaurant', regionCode: '411721100201', openedOn: '2020-03-05', openKitchen: 'internet',
      cateringGrade: 'B', contactPhone: '0396-1234567', longitude: 114.1, latitude: 33.2, status: 'active',
    })
    expect(a.licences).toEqual([{ kind: 'operation', number: jy(11), category: null, issuedOn: '2024-03-05', expiresOn: '2029-03-04', electronic: true, issuer: null }])
    expect(a.certifications.map((c) => c.kind)).toEqual(['haccp', 'iso22000', 'six_s', 'iso9001'])
    expect(b.entity).toMatchObject({ name: '幼儿园食堂', uscc: uscc(12), type: 'canteen', canteenKind: 'kindergarten', principalAccompanies: false, regionCode: '411721100202', openedOn: '2023-03-15' })
    expect(b.licences[0]).toMatchObject({ issuedOn: '2022-02-01', expiresOn: '2027-01-31', electronic: false })
    expect(c.entity).toMatchObject({ type: 'family_farm', principalAccompanies: null, regionCode: '411721100201' })
    expect(c.licences).toEqual([])
    for (const r of result.rows) expect(seedIsValid(r.seed)).toBe(true)
  })

  it('reads the first sheet when there is no 「经营主体」 sheet', async () => {
    const buf = await sheetFile(MIN_HEADER, [minRow(1), minRow(2)], { sheetName: 'Sheet1' })
    const result = await readEntityWorkbook(buf, LOOKUP)
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => r.seed.entity.uscc)).toEqual([uscc(1), uscc(2)])
  })

  it('prefers 「经营主体」 even when another sheet comes first', async () => {
    const buf = await sheetFile(MIN_HEADER, [minRow(1)], { extraSheetFirst: '封面' })
    expect((await readEntityWorkbook(buf, LOOKUP)).rows).toHaveLength(1)
  })
})

describe('reading a file with wrong cells', () => {
  it('reports every wrong cell with its row and column', async () => {
    const bad3 = uscc(3).slice(0, 17) + (uscc(3)[17] === 'A' ? 'B' : 'A')
    const rows = byHeader(HEADERS, [
      { 主体名称: '好好超市', 统一社会信用代码: uscc(2), 主体类型: '超市', '所在村（社区）区划代码': '411721100201' },
      { 主体名称: '甲', 统一社会信用代码: bad3, 主体类型: '火锅店', '所在村（社区）区划代码': '411721100', 开业日期: '2026-02-30' },
      { 联系人: '张三' },
      {
        主体名称: '便民超市', 统一社会信用代码: uscc(5), 主体类型: '超市', 食堂类别: '学校食堂', 学校类别: '小学', '所在村（社区）区划代码': '411721100201',
        证照类型: '食品生产许可证', 证照编号: 'JY123', 发证日期: '2025-05-01', 有效期至: '2025-04-30', 经度: 200,
      },
      {
        主体名称: '六号餐馆', 统一社会信用代码: uscc(6), 主体类型: '小型餐饮', '所在村（社区）区划代码': '411721100000', 联系电话: 'abc', 明厨亮灶视频地址: 'www.x.cn',
        电子证书: '也许', 量化分级: 'D', 认证: 'HACCP、GMP', 总监电话: '13900000000', 上次检查日期: '2026-04-01', 证照编号: jy(6),
      },
      {
        主体名称: '七号餐馆', 统一社会信用代码: 914117210000000000, 主体类型: '中型餐饮', '所在村（社区）区划代码': '411721100299', 发证日期: '2020-01-01',
        学校类别: '初中', 校长陪餐: '是', 联系人: { formula: '1/0', result: { error: '#DIV/0!' } }, 联系电话: { error: '#N/A' },
      },
      { 主体名称: '八号餐馆', 统一社会信用代码: uscc(8), 主体类型: '小型餐饮', '所在村（社区）区划代码': '柏城街道', 经营状态: '歇业', 明厨亮灶: '有' },
      { 主体名称: '九号餐馆', 统一社会信用代码: uscc(9), 主体类型: '小型餐饮', '所在村（社区）区划代码': '不存在村', 纬度: '北纬33度' },
    ])
    const result = await readEntityWorkbook(await sheetFile(HEADERS, rows), LOOKUP)
    const typeHint = '请从下拉列表中选择（可选值见「填写说明」）'
    expect(sortErrors(result.errors)).toEqual(sortErrors([
      { rowNumber: 3, column: '主体名称', message: '至少 2 个字' },
      { rowNumber: 3, column: '统一社会信用代码', message: `校验码错误（第 18 位应为 ${uscc(3)[17]}）` },
      { rowNumber: 3, column: '主体类型', message: `「火锅店」不是可选值，${typeHint}` },
      { rowNumber: 3, column: '所在村（社区）区划代码', message: '区划代码应为 12 位数字（现为 9 位）' },
      { rowNumber: 3, column: '开业日期', message: '不是有效日期（2026 年 2 月没有 30 日）' },
      { rowNumber: 4, column: '主体名称', message: '必填' },
      { rowNumber: 4, column: '主体类型', message: '必填' },
      { rowNumber: 4, column: '所在村（社区）区划代码', message: '必填' },
      { rowNumber: 4, column: '统一社会信用代码', message: '未填写证照编号时必填' },
      { rowNumber: 5, column: '食堂类别', message: '仅主体类型为「单位食堂」时填写' },
      { rowNumber: 5, column: '证照类型', message: '「超市」应持食品经营许可证' },
      { rowNumber: 5, column: '证照编号', message: '格式应为SC 加 14 位数字，第 1 位为 1（食品）或 2（食品添加剂）' },
      { rowNumber: 5, column: '有效期至', message: '2025-04-30 早于发证日期 2025-05-01' },
      { rowNumber: 5, column: '经度', message: '经度应在 73 到 136 之间（现为 200）' },
      { rowNumber: 5, column: '纬度', message: '填写了经度时必填' },
      { rowNumber: 6, column: '所在村（社区）区划代码', message: '411721100000 不是村（社区）级区划代码（末 3 位不应为 000）' },
      { rowNumber: 6, column: '联系电话', message: '只能包含数字、+、- 和空格，5–20 位' },
      { rowNumber: 6, column: '明厨亮灶视频地址', message: '应以 http:// 或 https:// 开头' },
      { rowNumber: 6, column: '电子证书', message: '应填「是」或「否」' },
      { rowNumber: 6, column: '量化分级', message: '「D」不是可选值，可选：A、B、C' },
      { rowNumber: 6, column: '认证', message: '「GMP」不是可选的认证，可选：HACCP、ISO22000、ISO9001、ISO14001、6S、4D' },
      { rowNumber: 6, column: '食品安全总监', message: '填写了电话时必填姓名' },
      { rowNumber: 6, column: '上次检查日期', message: '2026-04-01 晚于今天（2026-03-10）' },
      { rowNumber: 6, column: '证照类型', message: '填写了证照编号时必填' },
      { rowNumber: 7, column: '统一社会信用代码', message: '单元格为数字格式，长代码已被 Excel 改写，请把该列设为文本格式后重新填写' },
      { rowNumber: 7, column: '所在村（社区）区划代码', message: '区划代码 411721100299 不存在' },
      { rowNumber: 7, column: '证照编号', message: '填写了证照信息时，证照类型和证照编号必填' },
      { rowNumber: 7, column: '学校类别', message: '仅食堂类别为「学校食堂」时填写' },
      { rowNumber: 7, column: '校长陪餐', message: '仅学校食堂、幼儿园食堂填写' },
      { rowNumber: 7, column: '联系人', message: '单元格为错误值（#DIV/0!）' },
      { rowNumber: 7, column: '联系电话', message: '单元格为错误值（#N/A）' },
      { rowNumber: 8, column: '所在村（社区）区划代码', message: '「柏城街道」不是村（社区），请填写村（社区）名称或代码' },
      { rowNumber: 8, column: '经营状态', message: '「歇业」不是可选值，可选：在业、停业、注销' },
      { rowNumber: 8, column: '明厨亮灶', message: '「有」不是可选值，可选：未实施、传统明厨亮灶、互联网+明厨亮灶' },
      { rowNumber: 9, column: '所在村（社区）区划代码', message: '未找到名为「不存在村」的村（社区），请填写 12 位区划代码' },
      { rowNumber: 9, column: '纬度', message: '应为数字' },
      { rowNumber: 9, column: '经度', message: '填写了纬度时必填' },
    ]))
    expect(result.totalRows).toBe(8)
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2])
  })

  it('reports duplicate codes and licence numbers on the later row, naming the earlier', async () => {
    const rows = [
      minRow(1),
      [...minRow(3).slice(0, 1), uscc(1), ...minRow(3).slice(2)],
      ['无代码摊点', null, '小型餐饮', '411721100201', '食品经营许可证', jy(1)],
      [...minRow(5).slice(0, 5), jy(3)],
      ['小写代码', uscc(1).toLowerCase(), '小型餐饮', '411721100201', null, null],
    ]
    const result = await readEntityWorkbook(await sheetFile(MIN_HEADER, rows), LOOKUP)
    expect(result.errors).toEqual([
      { rowNumber: 3, column: '统一社会信用代码', message: '与第 2 行重复' },
      { rowNumber: 4, column: '证照编号', message: '与第 2 行的证照编号重复' },
      { rowNumber: 5, column: '证照编号', message: '与第 3 行的证照编号重复' },
      { rowNumber: 6, column: '统一社会信用代码', message: '与第 2 行重复' },
    ])
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2])
  })
})
