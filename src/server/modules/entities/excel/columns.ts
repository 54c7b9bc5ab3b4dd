import { CANTEEN_KINDS, CATERING_GRADES, CERTIFICATION_KINDS, ENTITY_STATUS, ENTITY_TYPES, LICENCE_KINDS, OPEN_KITCHEN, SCHOOL_CATEGORIES } from '../../../../shared/entity-catalogue'

/**
 * The columns of the 经营主体 import sheet: one definition drives the template, the 填写说明 sheet, the
 * reader's header matching and the error report, so a renamed header cannot drift between them.
 */

export const SHEET_NAME = '经营主体'
export const GUIDE_SHEET_NAME = '填写说明'
export const OPTIONS_SHEET_NAME = '选项'
export const MAX_ROWS = 20_000
/** The template's example row starts with this; the reader skips such rows. */
export const EXAMPLE_MARK = '示例'
/** The error report's own column; the reader ignores it so a corrected report can be uploaded again. */
export const ERROR_COLUMN = '错误说明'

export type CellFormat = 'text' | 'code' | 'date' | 'number' | 'list' | 'bool'

export interface ColumnDef {
  key: string
  /** Canonical header (errors name the column by it); the template adds ＊ to required ones. */
  header: string
  required?: boolean
  /** Other headers older registers use for the same column. */
  aliases?: string[]
  format: CellFormat
  /** Dropdown labels (code → label) for list columns. */
  options?: Readonly<Record<string, string>>
  width: number
  help: string
}

const labelsOf = (o: Record<string, { label: string }>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.label]))
export const TYPE_OPTIONS = labelsOf(ENTITY_TYPES)
export const LICENCE_OPTIONS = labelsOf(LICENCE_KINDS)
const list = (o: Record<string, string>) => Object.values(o).join('、')

export const COLUMNS = [
  { key: 'name', header: '主体名称', required: true, format: 'text', width: 30, help: '营业执照或登记证上的名称，2–128 个字。' },
  { key: 'uscc', header: '统一社会信用代码', format: 'code', width: 22, help: '18 位，按 GB 32100-2015 校验第 18 位校验码（不使用 I、O、S、V、Z）；无证照编号时必填。同一代码再次导入即更新该主体。' },
  { key: 'type', header: '主体类型', required: true, format: 'list', options: TYPE_OPTIONS, width: 20, help: `可选：${list(TYPE_OPTIONS)}。` },
  { key: 'canteenKind', header: '食堂类别', format: 'list', options: CANTEEN_KINDS, width: 14, help: `仅主体类型为「单位食堂」时填写。可选：${list(CANTEEN_KINDS)}。` },
  { key: 'schoolCategory', header: '学校类别', format: 'list', options: SCHOOL_CATEGORIES, width: 12, help: `仅食堂类别为「学校食堂」时填写。可选：${list(SCHOOL_CATEGORIES)}。` },
  { key: 'principalAccompanies', header: '校长陪餐', format: 'bool', width: 10, help: '是/否；仅学校食堂、幼儿园食堂填写（其他主体填「否」视为不适用）。' },
  { key: 'legalRepresentative', header: '法定代表人（负责人）', aliases: ['法定代表人', '负责人'], format: 'text', width: 14, help: '不超过 32 个字。' },
  { key: 'address', header: '经营地址', aliases: ['地址'], format: 'text', width: 36, help: '不超过 200 个字。' },
  { key: 'region', header: '所在村（社区）区划代码', required: true, aliases: ['所在村（社区）', '区划代码', '所在村'], format: 'code', width: 22, help: '12 位村（社区）级统计用区划代码（末 3 位不为 000）；也可填写本县村（社区）名称，系统按名称查找代码。' },
  { key: 'longitude', header: '经度', format: 'number', width: 11, help: '十进制度数，73–136；与纬度同时填写。' },
  { key: 'latitude', header: '纬度', format: 'number', width: 11, help: '十进制度数，3–54；与经度同时填写。' },
  { key: 'contactName', header: '联系人', format: 'text', width: 10, help: '不超过 32 个字。' },
  { key: 'contactPhone', header: '联系电话', format: 'code', width: 15, help: '数字、+、- 和空格，5–20 位。' },
  { key: 'status', header: '经营状态', format: 'list', options: ENTITY_STATUS, width: 10, help: `可选：${list(ENTITY_STATUS)}；不填为「在业」。` },
  { key: 'openedOn', header: '开业日期', format: 'date', width: 12, help: '日期，不晚于今天。' },
  { key: 'openKitchen', header: '明厨亮灶', format: 'list', options: OPEN_KITCHEN, width: 16, help: `可选：${list(OPEN_KITCHEN)}；不填为「未实施」。` },
  { key: 'openKitchenUrl', header: '明厨亮灶视频地址', format: 'text', width: 28, help: '以 http:// 或 https:// 开头，不超过 300 个字符。' },
  { key: 'cateringGrade', header: '量化分级', format: 'list', options: CATERING_GRADES, width: 14, help: '餐饮服务食品安全量化分级年度等级：A、B、C（也可选「A 级（优秀）」等）。' },
  { key: 'licenceKind', header: '证照类型', format: 'list', options: LICENCE_OPTIONS, width: 18, help: `可选：${list(LICENCE_OPTIONS)}；应与主体类型对应（如超市为食品经营许可证）。与证照编号同时填写。` },
  { key: 'licenceNumber', header: '证照编号', aliases: ['许可证编号', '证照号码'], format: 'code', width: 20, help: '食品生产许可证 SC 加 14 位数字，食品经营许可证 JY 加 14 位数字，三小登记证、备案卡按证上编号。同一编号再次导入即更新该证照。' },
  { key: 'licenceCategory', header: '许可类别（经营项目）', aliases: ['许可类别', '经营项目'], format: 'text', width: 28, help: '证上的许可类别或经营项目，不超过 200 个字。' },
  { key: 'licenceIssuedOn', header: '发证日期', format: 'date', width: 12, help: '日期，不晚于今天。' },
  { key: 'licenceExpiresOn', header: '有效期至', aliases: ['证照有效期至'], format: 'date', width: 12, help: '日期，不早于发证日期；备案卡可不填。' },
  { key: 'licenceElectronic', header: '电子证书', format: 'bool', width: 10, help: '是/否；不填为「否」。' },
  { key: 'licenceIssuer', header: '发证机关', format: 'text', width: 20, help: '不超过 64 个字。' },
  { key: 'directorName', header: '食品安全总监', format: 'text', width: 12, help: '姓名；填写总监电话时必填。' },
  { key: 'directorPhone', header: '总监电话', format: 'code', width: 15, help: '数字、+、- 和空格，5–20 位。' },
  { key: 'officerName', header: '食品安全员', format: 'text', width: 12, help: '姓名；填写安全员电话时必填。' },
  { key: 'officerPhone', header: '安全员电话', format: 'code', width: 15, help: '数字、+、- 和空格，5–20 位。' },
  { key: 'certifications', header: '认证', format: 'text', width: 18, help: `多个用逗号或顿号分隔。可选：${list(CERTIFICATION_KINDS)}。` },
  { key: 'lastInspectedOn', header: '上次检查日期', format: 'date', width: 13, help: '日期，不晚于今天。' },
] as const satisfies readonly ColumnDef[]

export type ColumnKey = (typeof COLUMNS)[number]['key']
export const COLUMN_INDEX = Object.fromEntries(COLUMNS.map((c, i) => [c.key, i])) as Record<ColumnKey, number>

const WS = /\s+/g
const HEADER_NOISE = /[*]|\(必填\)/g

/** Header text as compared: NFKC folds full-width brackets and ＊ to ASCII, then marks and spaces go. */
export const normaliseHeader = (text: string) => text.normalize('NFKC').replace(WS, '').replace(HEADER_NOISE, '')

/** Normalised header → column key, aliases included. */
export const HEADER_KEYS: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMNS.flatMap((c) => [c.header, ...('aliases' in c ? c.aliases : [])].map((h) => [normaliseHeader(h), c.key as ColumnKey] as const)),
)

/** Header as the template writes it. */
export const templateHeader = (c: ColumnDef) => (c.required ? `${c.header}＊` : c.header)

/** Enum text as compared: width-folded, spaces removed, upper case, so 「A 级（优秀）」 = 「a级(优秀)」. */
export const normaliseCode = (text: string) => text.normalize('NFKC').replace(WS, '').toUpperCase()

/**
 * Accepted spellings (code, label, extra) → code, for one enum column. Keys are the normalised forms
 * plus the exact ones, so the common case (a label picked from the dropdown) needs no normalising.
 */
export function optionMap(options: Readonly<Record<string, string>>, extra: Record<string, string> = {}): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  const add = (text: string, code: string) => {
    map.set(text, code)
    map.set(normaliseCode(text), code)
  }
  for (const [code, label] of Object.entries(options)) {
    add(code, code)
    add(label, code)
  }
  for (const [text, code] of Object.entries(extra)) add(text, code)
  return map
}
