import { sql } from 'drizzle-orm'
import type { MeasureSource } from '../../platform/measures'
import { currentListingSql } from './queries'
import { casePenalties, cases, policeTransfers, seriousViolations } from './schema'

/**
 * What the indicators module may count in cases and credit (see platform/measures.ts), as the report
 * figures count them (queries.ts caseFigures).
 */

// Cases are counted twice: by the day they were filed and by the day they were closed.
const caseSource = (name: string, date: MeasureSource['date'], measures: MeasureSource['measures']): MeasureSource => ({
  name, table: cases, region: cases.regionCode, unit: cases.unitId, date, measures, auditType: 'case',
  record: { id: cases.id, title: sql`${cases.caseNumber} || ' ' || ${cases.partyName}`, detail: sql`coalesce(${cases.cause}, '')`, link: '/cases/:id' },
})

export const casesFiledSource = caseSource('cases-filed', { column: cases.filedOn, label: '立案日期' }, { filed: { label: '立案件数' } })
export const casesClosedSource = caseSource('cases-closed', { column: cases.closedOn, label: '结案日期' },
  { closed: { label: '结案件数', where: sql`${cases.status} = 'closed'` } })

const MONEY_KINDS = sql`${casePenalties.kind} IN ('fine', 'person_fine', 'confiscate_income')`

export const penaltySource: MeasureSource = {
  name: 'penalties',
  table: casePenalties,
  region: casePenalties.regionCode,
  unit: sql`(SELECT c.unit_id FROM cases c WHERE c.id = ${casePenalties.caseId})`,
  // Penalties are placed in a period by their case's decision date.
  date: { column: sql`(SELECT c.decided_on FROM cases c WHERE c.id = ${casePenalties.caseId})`, label: '处罚决定日期' },
  record: {
    id: casePenalties.id, linkId: casePenalties.caseId, title: sql`coalesce((SELECT c.case_number || ' ' || c.party_name FROM cases c WHERE c.id = ${casePenalties.caseId}), '')`,
    detail: sql`coalesce(${casePenalties.personName} || '（' || ${casePenalties.personRole} || '）', '单位')`, link: '/cases/:id',
  },
  measures: {
    moneyYuan: { label: '罚没款金额（元）', where: MONEY_KINDS, value: { sum: sql`${casePenalties.amount}` } },
    personsPenalized: { label: '处罚到人人数', where: sql`${casePenalties.kind} IN ('person_fine', 'employment_ban')`, value: { distinct: sql`(${casePenalties.caseId}, ${casePenalties.personName})` } },
  },
}

export const transferSource: MeasureSource = {
  name: 'police-transfers',
  auditType: 'police_transfer',
  table: policeTransfers,
  region: policeTransfers.regionCode,
  unit: sql`(SELECT c.unit_id FROM cases c WHERE c.id = ${policeTransfers.caseId})`,
  date: { column: policeTransfers.transferredOn, label: '移送日期' },
  record: { id: policeTransfers.id, title: sql`coalesce((SELECT c.case_number || ' ' || c.party_name FROM cases c WHERE c.id = ${policeTransfers.caseId}), '')`, detail: sql`${policeTransfers.policeUnit}`, link: '/cases/:id', linkId: policeTransfers.caseId },
  measures: {
    transfers: { label: '移送公安机关案件数' },
    criminalCases: { label: '公安机关立案（刑事案件）数', where: sql`${policeTransfers.status} = 'filed'` },
    detained: { label: '刑事拘留人数', value: { sum: sql`${policeTransfers.detainedCount}` } },
    prosecuted: { label: '提起公诉人数', value: { sum: sql`${policeTransfers.prosecutedCount}` } },
    sentenced: { label: '判决人数', value: { sum: sql`${policeTransfers.sentencedCount}` } },
  },
}

export const listingSource: MeasureSource = {
  name: 'serious-violations',
  auditType: 'serious_violation',
  table: seriousViolations,
  region: seriousViolations.regionCode,
  // A state: the entries published and in force at the end of the period (as the report counts them).
  date: null,
  asOf: currentListingSql,
  record: { id: seriousViolations.id, title: sql`coalesce((SELECT e.name FROM entities e WHERE e.id = ${seriousViolations.entityId}), '')`, detail: sql`'列入 ' || ${seriousViolations.listedOn}::text`, link: '/entities/:id', linkId: seriousViolations.entityId },
  measures: { current: { label: '严重违法失信名单在列' } },
}
