import { sql } from 'drizzle-orm'
import { countWhere, type MeasureSource } from '../../platform/measures'
import { inspectionTallies, inspections, rectificationOrders } from './schema'

/**
 * What the indicators module may count in inspections (see platform/measures.ts). The conditions are the
 * ones of the report figures and rectification rates (queries.ts, service/orders.ts, presenter.ts).
 */

const entityName = sql<string>`coalesce((SELECT e.name FROM entities e WHERE e.id = ${inspections.entityId}), '')`
const RESULT = sql`CASE ${inspections.result} WHEN 'conform' THEN '符合' WHEN 'basic' THEN '基本符合' ELSE '不符合' END`
// An order still open, reported but not verified, or failed without a case leaves its inspection unhandled
// (ordersPending, kept by a trigger on the orders: migration 0008).
const foundProblem = sql`${inspections.keyFailures} + ${inspections.generalFailures} > 0`

export const inspectionSource: MeasureSource = {
  name: 'inspections',
  auditType: 'inspection',
  table: inspections,
  region: inspections.regionCode,
  unit: inspections.unitId,
  date: { column: inspections.inspectedOn, label: '检查日期' },
  record: { id: inspections.id, title: entityName, detail: sql`${RESULT}`, link: '/inspections/:id' },
  measures: {
    inspections: { label: '监督检查户次' },
    entitiesInspected: { label: '检查经营主体家数', value: { distinct: inspections.entityId } },
    nonconform: { label: '检查结果不符合户次', where: sql`${inspections.result} = 'nonconform'` },
    problemsFound: { label: '发现问题户次', where: foundProblem },
    problemsHandled: { label: '问题已处置户次', where: sql`${foundProblem} AND (${inspections.handling} <> 'rectification' OR NOT ${inspections.ordersPending})` },
    operationsHalted: { label: '责令停止生产经营户次', where: sql`${inspections.operationsHalted}` },
    investigations: { label: '立案调查户次', where: sql`${inspections.handling} = 'investigation'` },
  },
  // The migration's trigger counts each column with the condition of the measure of the same name above.
  tally: {
    table: inspectionTallies, region: inspectionTallies.regionCode, month: inspectionTallies.month, unit: inspectionTallies.unitId, records: inspectionTallies.n,
    columns: {
      inspections: inspectionTallies.n, nonconform: countWhere(sql`${inspectionTallies.result} = 'nonconform'`, inspectionTallies.n),
      problemsFound: inspectionTallies.problems, problemsHandled: inspectionTallies.problemsHandled,
      operationsHalted: inspectionTallies.operationsHalted, investigations: inspectionTallies.investigations,
    },
  },
}

const orderDoneOn = sql`coalesce(${rectificationOrders.reportedOn}, ${rectificationOrders.verifiedOn})`

export const rectificationSource: MeasureSource = {
  name: 'rectifications',
  auditType: 'rectification_order',
  table: rectificationOrders,
  region: rectificationOrders.regionCode,
  unit: sql`(SELECT i.unit_id FROM inspections i WHERE i.id = ${rectificationOrders.inspectionId})`,
  date: { column: rectificationOrders.issuedOn, label: '整改通知下达日期' },
  record: {
    id: rectificationOrders.id, title: sql`coalesce((SELECT e.name FROM entities e WHERE e.id = ${rectificationOrders.entityId}), '')`,
    detail: sql`'整改期限 ' || ${rectificationOrders.dueOn}::text`, link: '/inspections/:id', linkId: rectificationOrders.inspectionId,
  },
  measures: {
    issued: { label: '下达整改通知份数' },
    verified: { label: '已验证整改份数', where: sql`${rectificationOrders.status} IN ('passed', 'failed')` },
    onTime: { label: '按期整改到位份数', where: sql`${rectificationOrders.status} = 'passed' AND ${orderDoneOn} <= ${rectificationOrders.dueOn}` },
  },
}
