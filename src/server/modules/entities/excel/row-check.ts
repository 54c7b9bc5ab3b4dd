import { checkLicenceNumber, checkUscc } from '../../../../shared/codes'
import type { CertificationInput, EntityInput, LicenceInput, PersonInput } from '../../../../shared/entities'
import { CANTEEN_KINDS, CATERING_GRADES, CERTIFICATION_KINDS, ENTITY_STATUS, entityTypeDef, LICENCE_KINDS, OPEN_KITCHEN, SCHOOL_CATEGORIES, type LicenceKind } from '../../../../shared/entity-catalogue'
import type { EntitySeed } from '../seed-types'
import { CellChecker, type CellError } from './cell-checker'
import type { Flat } from './cell-values'
import { LICENCE_OPTIONS, normaliseCode, optionMap, TYPE_OPTIONS } from './columns'

/** How the reader resolves the 所在村（社区） column; the caller backs it with the regions table. */
export interface RegionLookup {
  regionByCode(code: string): boolean
  /** The village's 12-digit code, or null when unknown (or ambiguous). */
  regionByName(name: string): string | null
  /** YYYY-MM-DD; dates of opening, issue and inspection may not be later. */
  today: string
  /** Told every PROGRESS_EVERY data rows how many have been checked (the browser shows it). */
  onProgress?: (checkedRows: number) => void
}

export const PROGRESS_EVERY = 1000

/** One read's memo of region answers: a 20,000-row file names a few hundred villages. */
export interface RowContext {
  lookup: RegionLookup
  codeExists: Map<string, boolean>
  nameToCode: Map<string, string | null>
}

export interface RowOutcome {
  seed: EntitySeed | null
  errors: CellError[]
  /** Valid keys, for the file-level duplicate checks (present even when other cells are wrong). */
  uscc: string | null
  licenceNumber: string | null
}

const MAPS = {
  type: optionMap(TYPE_OPTIONS),
  canteenKind: optionMap(CANTEEN_KINDS),
  schoolCategory: optionMap(SCHOOL_CATEGORIES),
  status: optionMap(ENTITY_STATUS),
  openKitchen: optionMap(OPEN_KITCHEN),
  cateringGrade: optionMap(CATERING_GRADES, { A级: 'A', B级: 'B', C级: 'C' }),
  licenceKind: optionMap(LICENCE_OPTIONS, Object.fromEntries(Object.entries(LICENCE_KINDS).map(([k, v]) => [v.shortLabel, k]))),
  certification: optionMap(CERTIFICATION_KINDS),
}
const LABELS = {
  type: Object.values(TYPE_OPTIONS), canteenKind: Object.values(CANTEEN_KINDS), schoolCategory: Object.values(SCHOOL_CATEGORIES),
  status: Object.values(ENTITY_STATUS), openKitchen: Object.values(OPEN_KITCHEN), cateringGrade: ['A', 'B', 'C'], licenceKind: Object.values(LICENCE_OPTIONS),
}
const CERT_SPLIT = /[,，、;；/\n]+/
const WS_SPLIT = /\s+/
const DIGITS = /^\d+$/
/** 学校食堂 and 幼儿园食堂 are the canteens the 陪餐 rule covers. */
const ACCOMPANIED_CANTEENS = new Set(['school', 'kindergarten'])

function region(c: CellChecker, ctx: RowContext): string | null {
  if (!c.required('region')) return null
  const written = c.code('region')
  if (written === null) return null
  let code: string | null = written
  if (DIGITS.test(written)) {
    if (written.length !== 12) return c.fail('region', `区划代码应为 12 位数字（现为 ${written.length} 位）`)
    if (written.endsWith('000')) return c.fail('region', `${written} 不是村（社区）级区划代码（末 3 位不应为 000）`)
    let exists = ctx.codeExists.get(written)
    if (exists === undefined) ctx.codeExists.set(written, (exists = ctx.lookup.regionByCode(written)))
    if (!exists) return c.fail('region', `区划代码 ${written} 不存在`)
  } else {
    const name = c.text('region', 64) ?? ''
    if (!ctx.nameToCode.has(name)) ctx.nameToCode.set(name, ctx.lookup.regionByName(name))
    code = ctx.nameToCode.get(name) ?? null
    if (code === null) return c.fail('region', `未找到名为「${name}」的村（社区），请填写 12 位区划代码`)
    if (code.endsWith('000')) return c.fail('region', `「${name}」不是村（社区），请填写村（社区）名称或代码`)
  }
  return code
}

/** The row's main licence; `number` is returned even when other licence cells are wrong (duplicate check). */
function licence(c: CellChecker, type: string | null): { licence: LicenceInput | null; number: string | null } {
  const kind = c.option('licenceKind', MAPS.licenceKind, LABELS.licenceKind) as LicenceKind | null
  const number = c.code('licenceNumber')
  const issuedOn = c.date('licenceIssuedOn', true)
  const expiresOn = c.date('licenceExpiresOn')
  const category = c.text('licenceCategory', 200)
  const electronic = c.bool('licenceElectronic')
  const issuer = c.text('licenceIssuer', 64)
  if (issuedOn && expiresOn && expiresOn < issuedOn) c.fail('licenceExpiresOn', `${expiresOn} 早于发证日期 ${issuedOn}`)
  const kindGiven = c.filled('licenceKind')
  const numberGiven = c.filled('licenceNumber')
  if (kindGiven && !numberGiven) c.fail('licenceNumber', '填写了证照类型时必填')
  if (numberGiven && !kindGiven) c.fail('licenceKind', '填写了证照编号时必填')
  // 电子证书「否」alone is how many registers fill every row; only real licence details need the licence.
  const details = electronic === true || (['licenceCategory', 'licenceIssuedOn', 'licenceExpiresOn', 'licenceIssuer'] as const).some((k) => c.filled(k))
  if (!kindGiven && !numberGiven && details) {
    c.fail('licenceNumber', '填写了证照信息时，证照类型和证照编号必填')
  }
  if (kind && type) {
    const expected = entityTypeDef(type)?.licence
    if (expected && expected !== kind) c.fail('licenceKind', `「${TYPE_OPTIONS[type]}」应持${LICENCE_KINDS[expected].label}`)
  }
  const problem = kind && number ? checkLicenceNumber(kind, number) : null
  if (problem) c.fail('licenceNumber', problem)
  if (!kind || !number) return { licence: null, number: problem ? null : number }
  return { licence: { kind, number, category, issuedOn, expiresOn, electronic: electronic ?? false, issuer }, number: problem ? null : number }
}

function person(c: CellChecker, role: PersonInput['role'], nameKey: 'directorName' | 'officerName', phoneKey: 'directorPhone' | 'officerPhone'): PersonInput | null {
  const name = c.text(nameKey, 32, 1)
  const phone = c.phone(phoneKey)
  if (!c.filled(nameKey) && c.filled(phoneKey)) c.fail(nameKey, '填写了电话时必填姓名')
  return name ? { role, name, phone, appointedOn: null, assessedOn: null, assessmentScore: null, assessmentPassed: null } : null
}

function certifications(c: CellChecker): CertificationInput[] {
  const t = c.text('certifications', 200)
  if (t === null) return []
  const kinds = new Set<string>()
  const unknown: string[] = []
  for (const part of t.split(CERT_SPLIT)) {
    if (!part.trim()) continue
    // 「ISO 22000」 is one certification, 「HACCP ISO9001」 two: try the whole part, then its words.
    const whole = MAPS.certification.get(normaliseCode(part))
    const words = whole ? [whole] : part.trim().split(WS_SPLIT).map((w) => MAPS.certification.get(normaliseCode(w)))
    if (words.every((k) => k !== undefined)) words.forEach((k) => kinds.add(k))
    else unknown.push(part.trim())
  }
  if (unknown.length) c.fail('certifications', `「${unknown.join('、')}」不是可选的认证，可选：${Object.values(CERTIFICATION_KINDS).join('、')}`)
  return [...kinds].map((kind) => ({ kind: kind as CertificationInput['kind'], number: null, issuer: null, issuedOn: null, expiresOn: null }))
}

/** Checks one non-empty data row and builds its seed (null when any cell is wrong). */
export function checkRow(cells: readonly Flat[], ctx: RowContext): RowOutcome {
  const { today } = ctx.lookup
  const c = new CellChecker(cells, today)
  const name = c.required('name') ? c.text('name', 128, 2) : null
  const type = c.required('type') ? c.option('type', MAPS.type, LABELS.type) : null

  let uscc = c.code('uscc')
  if (uscc !== null) {
    const check = checkUscc(uscc)
    if (check.error) uscc = c.fail('uscc', check.error)
  }
  if (!c.filled('uscc') && !c.filled('licenceNumber')) c.fail('uscc', '未填写证照编号时必填')

  const canteenKind = c.option('canteenKind', MAPS.canteenKind, LABELS.canteenKind)
  if (canteenKind && type && type !== 'canteen') c.fail('canteenKind', '仅主体类型为「单位食堂」时填写')
  const schoolCategory = c.option('schoolCategory', MAPS.schoolCategory, LABELS.schoolCategory)
  if (schoolCategory && canteenKind !== 'school' && !c.hasError('canteenKind')) c.fail('schoolCategory', '仅食堂类别为「学校食堂」时填写')
  let principalAccompanies = c.bool('principalAccompanies')
  if (principalAccompanies !== null && !ACCOMPANIED_CANTEENS.has(canteenKind ?? '') && !c.hasError('canteenKind')) {
    // 「否」 on a restaurant row is harmless filler (stored as not applicable); 「是」 there is a mistake.
    if (principalAccompanies) c.fail('principalAccompanies', '仅学校食堂、幼儿园食堂填写')
    principalAccompanies = null
  }

  const regionCode = region(c, ctx)
  const longitude = c.number('longitude', 73, 136, '经度')
  const latitude = c.number('latitude', 3, 54, '纬度')
  if (c.filled('longitude') && !c.filled('latitude')) c.fail('latitude', '填写了经度时必填')
  if (c.filled('latitude') && !c.filled('longitude')) c.fail('longitude', '填写了纬度时必填')

  const entity: EntitySeed['entity'] = {
    name: name ?? '',
    uscc,
    type: (type ?? '') as EntityInput['type'],
    canteenKind: canteenKind as EntityInput['canteenKind'],
    schoolCategory: schoolCategory as EntityInput['schoolCategory'],
    principalAccompanies,
    legalRepresentative: c.text('legalRepresentative', 32),
    address: c.text('address', 200),
    regionCode: regionCode ?? '',
    longitude,
    latitude,
    contactName: c.text('contactName', 32),
    contactPhone: c.phone('contactPhone'),
    status: (c.option('status', MAPS.status, LABELS.status) ?? 'active') as EntityInput['status'],
    openedOn: c.date('openedOn', true),
    openKitchen: (c.option('openKitchen', MAPS.openKitchen, LABELS.openKitchen) ?? 'none') as EntityInput['openKitchen'],
    openKitchenUrl: c.url('openKitchenUrl'),
    cateringGrade: c.option('cateringGrade', MAPS.cateringGrade, LABELS.cateringGrade) as EntityInput['cateringGrade'],
    staticFactors: {},
    lastInspectedOn: c.date('lastInspectedOn', true),
  }
  const lic = licence(c, type)
  const people = [person(c, 'director', 'directorName', 'directorPhone'), person(c, 'officer', 'officerName', 'officerPhone')].filter((p) => p !== null)
  const certs = certifications(c)
  const seed: EntitySeed | null = c.errors.length ? null : { entity, licences: lic.licence ? [lic.licence] : [], people, certifications: certs, assessment: null }
  return { seed, errors: c.errors, uscc, licenceNumber: lic.number }
}
