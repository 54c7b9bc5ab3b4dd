import { checkLicenceNumber, checkUscc } from '../../../shared/codes'
import type { CertificationInput, EntityInput, LicenceInput, PersonInput } from '../../../shared/entities'
import { entityTypeDef, LICENCE_KINDS } from '../../../shared/entity-catalogue'
import { addDays } from '../../platform/working-days'

/**
 * Rules an entity must satisfy beyond its schema (the schema checks shapes; these check meaning).
 * Each problem names its field by the label the form shows. Pure: the form, the API and the Excel
 * import share them.
 */
export interface Problem { field: string; message: string }

export const isVillageCode = (code: string) => /^\d{12}$/.test(code) && !code.endsWith('000')

export function entityProblems(e: EntityInput): Problem[] {
  const out: Problem[] = []
  const def = entityTypeDef(e.type)
  if (e.uscc) {
    const check = checkUscc(e.uscc)
    if (check.error) out.push({ field: '统一社会信用代码', message: check.error })
  }
  if (!isVillageCode(e.regionCode)) out.push({ field: '所在村（社区）', message: '应为村（社区）级 12 位区划代码' })
  if (e.canteenKind && e.type !== 'canteen') out.push({ field: '食堂类别', message: '只有单位食堂填写食堂类别' })
  if (e.type === 'canteen' && !e.canteenKind) out.push({ field: '食堂类别', message: '单位食堂须选择食堂类别' })
  if (e.schoolCategory && e.canteenKind !== 'school') out.push({ field: '学校类别', message: '只有学校食堂填写学校类别' })
  if (e.principalAccompanies !== null && !['school', 'kindergarten'].includes(e.canteenKind ?? '')) out.push({ field: '校长陪餐', message: '只有学校、幼儿园食堂填写校长陪餐' })
  if (e.openKitchen === 'internet' && !e.openKitchenUrl) out.push({ field: '明厨亮灶视频地址', message: '互联网+明厨亮灶须填写视频地址' })
  if (e.openKitchen !== 'internet' && e.openKitchenUrl) out.push({ field: '明厨亮灶视频地址', message: '只有互联网+明厨亮灶填写视频地址' })
  if (e.cateringGrade && def?.sector !== 'catering') out.push({ field: '量化分级', message: '只有餐饮服务单位评定量化等级' })
  if ((e.longitude === null) !== (e.latitude === null)) out.push({ field: e.longitude === null ? '经度' : '纬度', message: '经度和纬度应同时填写' })
  return out
}

export function licenceProblems(l: LicenceInput): Problem[] {
  const out: Problem[] = []
  const numberError = checkLicenceNumber(l.kind, l.number)
  if (numberError) out.push({ field: '证照编号', message: numberError })
  if (l.issuedOn && l.expiresOn && l.expiresOn < l.issuedOn) out.push({ field: '有效期至', message: '不能早于发证日期' })
  if (!l.expiresOn && LICENCE_KINDS[l.kind as keyof typeof LICENCE_KINDS]?.validityYears) out.push({ field: '有效期至', message: `${LICENCE_KINDS[l.kind as keyof typeof LICENCE_KINDS].label}须填写有效期` })
  return out
}

export function personProblems(p: PersonInput): Problem[] {
  const out: Problem[] = []
  if (p.assessmentScore !== null && p.assessmentPassed === null) out.push({ field: '考核结果', message: '填写了考核成绩须同时填写考核结果' })
  if ((p.assessmentScore !== null || p.assessmentPassed !== null) && !p.assessedOn) out.push({ field: '考核日期', message: '填写了考核结果须填写考核日期' })
  return out
}

export function certificationProblems(c: CertificationInput): Problem[] {
  return c.issuedOn && c.expiresOn && c.expiresOn < c.issuedOn ? [{ field: '有效期至', message: '不能早于发证日期' }] : []
}

/** Upper-case and trim what users type in codes, so the same code is always stored the same way. */
export const normaliseEntity = (e: EntityInput): EntityInput => ({ ...e, name: e.name.trim(), uscc: e.uscc?.trim().toUpperCase() || null })
export const normaliseLicence = (l: LicenceInput): LicenceInput => ({ ...l, number: l.number.trim().toUpperCase() })


/**
 * When the next inspection falls due, from the grade's yearly minimum spread evenly over the year: an
 * entity inspected on day d is due again d + 365 / n. One never inspected is due 60 days after it opened
 * (the first inspection of a newly registered 三小 is due within 2 months, REGULATIONS.md §10), or, if it
 * opened before this year, one interval into the year.
 */
export function nextInspectionDue(o: { perYearMin: number; lastInspectedOn: string | null; openedOn: string | null; year: number }): string {
  const interval = Math.floor(365 / Math.max(1, o.perYearMin))
  if (o.lastInspectedOn) return addDays(o.lastInspectedOn, interval)
  const yearStart = `${o.year}-01-01`
  if (o.openedOn && o.openedOn >= yearStart) return addDays(o.openedOn, 60)
  return addDays(yearStart, interval - 1)
}
