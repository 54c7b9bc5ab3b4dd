import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeAccount, makeTownship, type TestAccount, type TestTownship } from './testing/factories'
import { startTestApp, type TestApp } from './testing/test-app'
import { entityInput, licenceInput, makeEntity } from '../modules/entities/factory'
import { answersFor, inspectionInput, makeInspection, sampleItems } from '../modules/inspections/factory'

/**
 * Data scope, endpoint by endpoint: a caller placed in one township, holding the permission the route
 * needs, addresses another township's record by its id and gets exactly the answer a missing id gets.
 * Every OpenAPI path with a parameter must appear in CASES, so a new endpoint cannot skip this test.
 */
let t: TestApp
let home: TestTownship
let other: TestTownship
let strangerAccount: TestAccount
let strangerPlan: { id: string; taskId: string }
let strangerReport: { id: string; evidenceId: string; planId: string; taskId: string }
let strangerNotice: string
let strangerInspection: { id: string; orderId: string; photo: string }
let strangerEntity: { id: string; licenceId: string; personId: string; certificationId: string; importId: string }
const TOWNSHIP_PLAN = '某镇食品安全工作要点\n一、责任\n（一）落实责任。镇食安办牵头落实。（镇食安办负责）\n'
beforeAll(async () => {
  t = await startTestApp()
  home = await makeTownship(t)
  other = await makeTownship(t)
  strangerAccount = await makeAccount(t, { role: 'township', regionCode: other.code })
  // a township's own plan, made by an office-role account of that township
  const otherOffice = await makeAccount(t, { role: 'office', regionCode: other.code })
  const imported = (await t.as(otherOffice).post('/api/work-plans/import-text', { text: TOWNSHIP_PLAN })).json()
  const plan = (await t.as(otherOffice).get(`/api/work-plans/${imported.plan.id}`)).json()
  strangerPlan = { id: plan.id, taskId: plan.tasks[0].id }
  // and a published one with a report and its evidence
  const published = (await t.as(otherOffice).post('/api/work-plans/import-text', { text: TOWNSHIP_PLAN.replace('某镇', '某镇2') })).json().plan.id
  await t.as(otherOffice).post(`/api/work-plans/${published}/resolve-unit`, { nameAsWritten: '镇食安办', unitId: other.officeId })
  const detail = (await t.as(otherOffice).post(`/api/work-plans/${published}/publish`)).json()
  const reporter = await makeAccount(t, { role: 'township', regionCode: other.code, unitCode: `tso-${other.code.slice(0, 9)}` })
  const boundary = '----scope'
  const file = (await t.app.inject({ method: 'POST', url: '/api/work-plans/evidence', headers: { authorization: `Bearer ${reporter.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n进展\r\n--${boundary}--\r\n` })).json()
  const report = (await t.as(reporter).post(`/api/work-plans/${published}/tasks/${detail.tasks[0].id}/reports`, { text: '进展', evidence: [{ sha256: file.sha256, fileName: 'a.txt' }] })).json()
  strangerReport = { id: report.id, evidenceId: report.evidence[0].id, planId: published, taskId: detail.tasks[0].id }
  strangerNotice = (await t.as(otherOffice).post(`/api/work-plans/${published}/supervision`, { taskId: detail.tasks[0].id, unitId: other.officeId })).json().id
  // an entity of the other township with a licence, a person and a certification, and an import job
  const otherInspector = await makeAccount(t, { role: 'inspector', regionCode: other.code })
  const entity = await makeEntity(t, otherInspector, other.villageCodes[0])
  const withLicence = (await t.as(otherInspector).post(`/api/entities/${entity.id}/licences`, licenceInput())).json()
  const withPerson = (await t.as(otherInspector).post(`/api/entities/${entity.id}/people`, PERSON)).json()
  const withCert = (await t.as(otherInspector).post(`/api/entities/${entity.id}/certifications`, CERTIFICATION)).json()
  const template = (await t.as(otherInspector).get('/api/entities/template')).rawPayload
  const upload = await t.app.inject({ method: 'POST', url: '/api/entity-imports', headers: { authorization: `Bearer ${otherInspector.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t.xlsx"\r\n\r\n`), template, Buffer.from(`\r\n--${boundary}--\r\n`)]) })
  // an inspection of it with a rectification order and a photo
  const secondInspector = await makeAccount(t, { role: 'inspector', regionCode: other.code })
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
  const photo = (await t.app.inject({ method: 'POST', url: '/api/inspections/photos', headers: { authorization: `Bearer ${otherInspector.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\n\r\n`), png, Buffer.from(`\r\n--${boundary}--\r\n`)]) })).json()
  const inspection = await makeInspection(t, otherInspector, inspectionInput(entity.id, 'small_restaurant', [otherInspector.id, secondInspector.id], {
    answers: answersFor('small_restaurant', { fail: [sampleItems('small_restaurant').general[0]] }), handling: 'rectification', photoIds: [photo.sha256],
    rectification: { kind: 'rectify', dueOn: '2026-03-30', requirements: '整改', documentNumber: null },
  }))
  strangerInspection = { id: inspection.id, orderId: inspection.orders[0].id, photo: photo.sha256 }
  strangerEntity = { id: entity.id, licenceId: withLicence.licences[0].id, personId: withPerson.people[0].id, certificationId: withCert.certifications[0].id, importId: upload.json().id }
})
const PERSON = { role: 'officer', name: '李四', phone: null, appointedOn: null, assessedOn: null, assessmentScore: null, assessmentPassed: null }
const CERTIFICATION = { kind: 'haccp', number: 'H-1', issuer: null, issuedOn: null, expiresOn: null }
const ASSESSMENT = { assessedOn: '2026-03-01', staticFactors: {}, note: null, answers: Object.fromEntries(['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09', 'D10'].map((c) => [c, 'compliant'])) }
afterAll(async () => { await t.close() })

type Case = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; role: string; outside: () => string; missing: string; body?: unknown }
const MISSING_ID = '00000000-0000-4000-8000-000000000000'

const CASES: Case[] = [
  { method: 'GET', path: '/api/regions/{code}', role: 'township', outside: () => `/api/regions/${other.villageCodes[0]}`, missing: '/api/regions/411721999999' },
  { method: 'GET', path: '/api/units/{id}', role: 'township', outside: () => `/api/units/${other.stationId}`, missing: `/api/units/${MISSING_ID}` },
  { method: 'POST', path: '/api/units/{id}/aliases', role: 'office', outside: () => `/api/units/${other.stationId}/aliases`, missing: `/api/units/${MISSING_ID}/aliases`, body: { alias: '越界别名' } },
  { method: 'DELETE', path: '/api/units/{id}/aliases/{alias}', role: 'office', outside: () => `/api/units/${other.stationId}/aliases/x`, missing: `/api/units/${MISSING_ID}/aliases/x` },
  { method: 'GET', path: '/api/accounts/{id}', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}`, missing: `/api/accounts/${MISSING_ID}` },
  { method: 'PATCH', path: '/api/accounts/{id}', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}`, missing: `/api/accounts/${MISSING_ID}`, body: { displayName: '越界' } },
  { method: 'POST', path: '/api/accounts/{id}/reset-password', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}/reset-password`, missing: `/api/accounts/${MISSING_ID}/reset-password`, body: { password: 'Other#Pass2026' } },
  { method: 'POST', path: '/api/accounts/{id}/unlock', role: 'sysadmin', outside: () => `/api/accounts/${strangerAccount.id}/unlock`, missing: `/api/accounts/${MISSING_ID}/unlock` },
  { method: 'PUT', path: '/api/accounts/{id}/role', role: 'secadmin', outside: () => `/api/accounts/${strangerAccount.id}/role`, missing: `/api/accounts/${MISSING_ID}/role`, body: { role: 'leader' } },
  ...planCases(),
]

/** Every work-plan endpoint that names a plan (and a task): another township's draft is not found. */
function planCases(): Case[] {
  const task = (suffix: string) => ({ outside: () => `/api/work-plans/${strangerPlan.id}/tasks/${strangerPlan.taskId}${suffix}`, missing: `/api/work-plans/${MISSING_ID}/tasks/${MISSING_ID}${suffix}` })
  const plan = (suffix: string) => ({ outside: () => `/api/work-plans/${strangerPlan.id}${suffix}`, missing: `/api/work-plans/${MISSING_ID}${suffix}` })
  return [
    { method: 'GET', path: '/api/work-plans/{id}', role: 'office', ...plan('') },
    { method: 'GET', path: '/api/work-plans/{id}/source', role: 'office', ...plan('/source') },
    { method: 'GET', path: '/api/work-plans/{id}/tasks/export', role: 'office', ...plan('/tasks/export') },
    { method: 'PATCH', path: '/api/work-plans/{id}', role: 'office', ...plan(''), body: { title: '越界' } },
    { method: 'DELETE', path: '/api/work-plans/{id}', role: 'office', ...plan('') },
    { method: 'POST', path: '/api/work-plans/{id}/tasks', role: 'office', ...plan('/tasks'), body: { number: '（九）', title: '越界任务' } },
    { method: 'PATCH', path: '/api/work-plans/{id}/tasks/{taskId}', role: 'office', ...task(''), body: { title: '越界' } },
    { method: 'DELETE', path: '/api/work-plans/{id}/tasks/{taskId}', role: 'office', ...task('') },
    { method: 'PUT', path: '/api/work-plans/{id}/tasks/{taskId}/units', role: 'office', ...task('/units'), body: { units: [] } },
    { method: 'PUT', path: '/api/work-plans/{id}/tasks/{taskId}/targets', role: 'office', ...task('/targets'), body: { targets: [] } },
    { method: 'PUT', path: '/api/work-plans/{id}/tasks/{taskId}/deadlines', role: 'office', ...task('/deadlines'), body: { deadlines: [] } },
    { method: 'POST', path: '/api/work-plans/{id}/resolve-unit', role: 'office', ...plan('/resolve-unit'), body: { nameAsWritten: '镇食安办', collective: 'none' } },
    { method: 'POST', path: '/api/work-plans/{id}/publish', role: 'office', ...plan('/publish') },
    { method: 'GET', path: '/api/work-plans/{id}/tasks/{taskId}/reports', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/tasks/${strangerReport.taskId}/reports`, missing: `/api/work-plans/${MISSING_ID}/tasks/${MISSING_ID}/reports` },
    { method: 'POST', path: '/api/work-plans/{id}/tasks/{taskId}/reports', role: 'township', outside: () => `/api/work-plans/${strangerReport.planId}/tasks/${strangerReport.taskId}/reports`, missing: `/api/work-plans/${MISSING_ID}/tasks/${MISSING_ID}/reports`, body: { text: '越界报告' } },
    { method: 'POST', path: '/api/work-plan-reports/{id}/review', role: 'office', outside: () => `/api/work-plan-reports/${strangerReport.id}/review`, missing: `/api/work-plan-reports/${MISSING_ID}/review`, body: { decision: 'accept' } },
    { method: 'GET', path: '/api/work-plans/{id}/overdue', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/overdue`, missing: `/api/work-plans/${MISSING_ID}/overdue` },
    { method: 'GET', path: '/api/work-plans/{id}/overdue/export', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/overdue/export`, missing: `/api/work-plans/${MISSING_ID}/overdue/export` },
    { method: 'POST', path: '/api/work-plans/{id}/supervision', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/supervision`, missing: `/api/work-plans/${MISSING_ID}/supervision`, body: { taskId: MISSING_ID, unitId: MISSING_ID } },
    { method: 'GET', path: '/api/supervision-notices/{id}', role: 'office', outside: () => `/api/supervision-notices/${strangerNotice}`, missing: `/api/supervision-notices/${MISSING_ID}` },
    { method: 'GET', path: '/api/supervision-notices/{id}/document', role: 'office', outside: () => `/api/supervision-notices/${strangerNotice}/document`, missing: `/api/supervision-notices/${MISSING_ID}/document` },
    { method: 'POST', path: '/api/supervision-notices/{id}/reply', role: 'township', outside: () => `/api/supervision-notices/${strangerNotice}/reply`, missing: `/api/supervision-notices/${MISSING_ID}/reply`, body: { text: '越界回复' } },
    { method: 'GET', path: '/api/work-plans/{id}/dashboard', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/dashboard`, missing: `/api/work-plans/${MISSING_ID}/dashboard` },
    { method: 'GET', path: '/api/work-plans/{id}/assessment', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/assessment`, missing: `/api/work-plans/${MISSING_ID}/assessment` },
    { method: 'PUT', path: '/api/work-plans/{id}/assessment/weights', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/assessment/weights`, missing: `/api/work-plans/${MISSING_ID}/assessment/weights`, body: { onTime: 1, targets: 1, accepted: 1, perNotice: 1 } },
    { method: 'GET', path: '/api/work-plans/{id}/assessment.xlsx', role: 'office', outside: () => `/api/work-plans/${strangerReport.planId}/assessment.xlsx`, missing: `/api/work-plans/${MISSING_ID}/assessment.xlsx` },
    { method: 'GET', path: '/api/work-plan-reports/{id}/evidence/{evidenceId}', role: 'office', outside: () => `/api/work-plan-reports/${strangerReport.id}/evidence/${strangerReport.evidenceId}`, missing: `/api/work-plan-reports/${MISSING_ID}/evidence/${MISSING_ID}` },
    ...entityCases(),
    ...inspectionCases(),
  ]
}

function inspectionCases(): Case[] {
  const i = (suffix: string) => ({ outside: () => `/api/inspections/${strangerInspection.id}${suffix}`, missing: `/api/inspections/${MISSING_ID}${suffix}` })
  const o = (suffix: string) => ({ outside: () => `/api/rectifications/${strangerInspection.orderId}${suffix}`, missing: `/api/rectifications/${MISSING_ID}${suffix}` })
  return [
    { method: 'GET', path: '/api/inspections/{id}', role: 'inspector', ...i('') },
    { method: 'GET', path: '/api/inspections/{id}/record.docx', role: 'inspector', ...i('/record.docx') },
    { method: 'POST', path: '/api/inspections/{id}/publish', role: 'inspector', ...i('/publish') },
    { method: 'GET', path: '/api/inspections/{id}/files/{sha256}', role: 'inspector', outside: () => `/api/inspections/${strangerInspection.id}/files/${strangerInspection.photo}`, missing: `/api/inspections/${MISSING_ID}/files/${"0".repeat(64)}` },
    { method: 'GET', path: '/api/rectifications/{id}', role: 'inspector', ...o('') },
    { method: 'POST', path: '/api/rectifications/{id}/report', role: 'business', ...o('/report'), body: { note: '越界回复' } },
    { method: 'POST', path: '/api/rectifications/{id}/verify', role: 'inspector', ...o('/verify'), body: { passed: true, verifiedOn: '2026-03-20', note: '越界', followUpInspectionId: null, toCase: false } },
  ]
}

function entityCases(): Case[] {
  const e = (suffix: string) => ({ outside: () => `/api/entities/${strangerEntity.id}${suffix}`, missing: `/api/entities/${MISSING_ID}${suffix}` })
  const child = (path: string, id: () => string) => ({ outside: () => `/api/entities/${strangerEntity.id}/${path}/${id()}`, missing: `/api/entities/${MISSING_ID}/${path}/${MISSING_ID}` })
  const job = (suffix: string) => ({ outside: () => `/api/entity-imports/${strangerEntity.importId}${suffix}`, missing: `/api/entity-imports/${MISSING_ID}${suffix}` })
  const entityBody = () => entityInput(home.villageCodes[0])
  return [
    { method: 'GET', path: '/api/entities/{id}', role: 'inspector', ...e('') },
    { method: 'PUT', path: '/api/entities/{id}', role: 'inspector', ...e(''), get body() { return entityBody() } },
    { method: 'POST', path: '/api/entities/{id}/licences', role: 'inspector', ...e('/licences'), get body() { return licenceInput() } },
    { method: 'PUT', path: '/api/entities/{id}/licences/{itemId}', role: 'inspector', ...child('licences', () => strangerEntity.licenceId), get body() { return licenceInput() } },
    { method: 'DELETE', path: '/api/entities/{id}/licences/{itemId}', role: 'inspector', ...child('licences', () => strangerEntity.licenceId) },
    { method: 'POST', path: '/api/entities/{id}/people', role: 'inspector', ...e('/people'), body: PERSON },
    { method: 'PUT', path: '/api/entities/{id}/people/{itemId}', role: 'inspector', ...child('people', () => strangerEntity.personId), body: PERSON },
    { method: 'DELETE', path: '/api/entities/{id}/people/{itemId}', role: 'inspector', ...child('people', () => strangerEntity.personId) },
    { method: 'POST', path: '/api/entities/{id}/certifications', role: 'inspector', ...e('/certifications'), body: CERTIFICATION },
    { method: 'PUT', path: '/api/entities/{id}/certifications/{itemId}', role: 'inspector', ...child('certifications', () => strangerEntity.certificationId), body: CERTIFICATION },
    { method: 'DELETE', path: '/api/entities/{id}/certifications/{itemId}', role: 'inspector', ...child('certifications', () => strangerEntity.certificationId) },
    { method: 'GET', path: '/api/entities/{id}/assessments', role: 'inspector', ...e('/assessments') },
    { method: 'POST', path: '/api/entities/{id}/assessments', role: 'inspector', ...e('/assessments'), body: ASSESSMENT },
    { method: 'GET', path: '/api/entities/{id}/timeline', role: 'inspector', ...e('/timeline') },
    { method: 'POST', path: '/api/entities/{id}/account', role: 'inspector', ...e('/account'), body: { username: 'scope_shop', displayName: '越界', password: 'Scope#2026pass' } },
    { method: 'GET', path: '/api/entity-imports/{id}', role: 'inspector', ...job('') },
    { method: 'GET', path: '/api/entity-imports/{id}/report', role: 'inspector', ...job('/report') },
  ]
}
/**
 * Endpoints whose module test makes the same check (another township's record answers exactly like a
 * missing one, nothing changes) with fixtures this file does not build; the public draw record answers
 * only for published draws, whoever asks.
 */
const COVERED_BY_MODULE_TESTS: Record<string, string[]> = {
  'src/server/modules/cases/scope-and-input.test.ts': [
    'GET /api/cases/{id}', 'POST /api/cases/{id}/file', 'POST /api/cases/{id}/not-file', 'POST /api/cases/{id}/steps', 'POST /api/cases/{id}/decision',
    'POST /api/cases/{id}/extension', 'POST /api/cases/{id}/transfers', 'GET /api/case-transfers/{id}', 'POST /api/case-transfers/{id}/progress',
    'PUT /api/case-transfers/{id}/counts', 'POST /api/credit-records/{id}/publish', 'POST /api/credit-records/{id}/repair',
    'POST /api/serious-violations/{id}/publish', 'POST /api/serious-violations/{id}/remove',
  ],
  'src/server/modules/inspections/draws/roster.test.ts': [
    'PUT /api/draws/roster/{id}', 'GET /api/draws/roster/{id}/avoidances', 'POST /api/draws/roster/{id}/avoidances', 'DELETE /api/draws/roster/{id}/avoidances/{entityId}',
  ],
  'src/server/modules/inspections/draws/draws.test.ts': [
    'GET /api/draws/{id}', 'POST /api/draws/{id}/run', 'POST /api/draws/{id}/publish', 'POST /api/draws/{id}/cancel', 'GET /api/draws/{id}/verify',
    'GET /api/draws/{id}/assignments', 'GET /api/public/draws/{id}', 'GET /api/public/draws/{id}/verify',
  ],
  'src/server/modules/sampling/samples/samples.test.ts': [
    'GET /api/samples/{id}', 'GET /api/samples/{id}/sampling-form.docx', 'POST /api/samples/{id}/send', 'POST /api/samples/{id}/report', 'POST /api/samples/{id}/publish',
  ],
  'src/server/modules/sampling/disposals/steps.test.ts': [
    'GET /api/disposals/{id}', 'POST /api/disposals/{id}/notify', 'POST /api/disposals/{id}/retest-request', 'POST /api/disposals/{id}/retest-result',
    'POST /api/disposals/{id}/control', 'POST /api/disposals/{id}/cause', 'POST /api/disposals/{id}/rectification', 'POST /api/disposals/{id}/case',
    'POST /api/disposals/{id}/follow-up', 'POST /api/disposals/{id}/extension', 'POST /api/disposals/{id}/close',
  ],
  'src/server/modules/sampling/plans/plans.test.ts': ['PUT /api/sampling-plans/{id}', 'POST /api/sampling-plans/{id}/publish'],
  'src/server/modules/sampling/plans/export.test.ts': ['GET /api/sampling-plans/{id}/export/{table}'],
  'src/server/modules/inspections/draws/export.test.ts': ['GET /api/draws/{id}/export/{table}', 'GET /api/draws/roster/{id}/avoidances/export'],
  'src/server/modules/entities/detail-export.test.ts': ['GET /api/entities/{id}/export/{table}'],
  'src/server/modules/sampling/figures/export.test.ts': ['GET /api/sampling/figures/export/{table}'],
  'src/server/modules/sampling/rapid-tests/rapid-tests.test.ts': ['GET /api/rapid-tests/{id}', 'POST /api/rapid-tests/{id}/confirm'],
  'src/server/modules/sampling/requests/office.test.ts': ['GET /api/test-requests/{id}', 'POST /api/test-requests/{id}/pick', 'POST /api/test-requests/{id}/reject'],
  // Public: no account, so no scope; a declined or missing proposal answers 404 alike.
  'src/server/modules/indicators/indicators.test.ts': ['GET /api/indicators/{id}/records', 'GET /api/indicators/{id}/breakdown'],
  'src/server/modules/indicators/export.test.ts': [
    'GET /api/indicators/{id}/records/export', 'GET /api/indicators/{id}/breakdown/export', 'GET /api/indicators/scoreboard/{planId}/export',
  ],
  'src/server/modules/dashboard/export.test.ts': ['GET /api/dashboard/export/{list}'],
  'src/server/modules/indicators/scoreboard-periods.test.ts': [
    'GET /api/indicators/{id}/late-changes', 'GET /api/indicators/{id}/late-changes/export', 'GET /api/indicators/scoreboard/{planId}', 'POST /api/indicators/scoreboard/{planId}/confirm-suggestions', 'PUT /api/indicators/bindings/{targetId}',
  ],
  'src/server/modules/sampling/samples/photos.test.ts': ['GET /api/samples/{id}/files/{sha256}', 'POST /api/samples/{id}/photos', 'DELETE /api/samples/{id}/photos/{sha256}'],
  'src/server/modules/sampling/requests/public.test.ts': ['POST /api/public/test-requests/{id}/vote'],
}
// Parameters that are not records in a region: the role name, the test-item catalogue and the sampling time
// limits and the risk rules are county-wide configuration; a sampling plan is the county's, read by every township in it.
const NOT_REGIONAL = ['/api/roles/{role}/permissions', '/api/test-items/{id}', '/api/sampling/time-limits/{code}', '/api/sampling-plans/{id}', '/api/risk-rules/export/{table}']

describe('data scope on every endpoint with a record id', () => {
  it('lists every parameterised endpoint of the API', async () => {
    const doc = (await t.get('/api/docs/json')).json() as { paths: Record<string, Record<string, unknown>> }
    const parameterised = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)).filter((op) => op.includes('{'))
    const covered = CASES.map((c) => `${c.method} ${c.path}`)
    const exempt = [...NOT_REGIONAL.flatMap((p) => ['PUT', 'GET'].map((m) => `${m} ${p}`)), ...Object.values(COVERED_BY_MODULE_TESTS).flat()]
    for (const file of Object.keys(COVERED_BY_MODULE_TESTS)) expect(fs.existsSync(path.resolve(import.meta.dirname, '../../..', file)), file).toBe(true)
    expect(parameterised.filter((op) => !covered.includes(op) && !exempt.includes(op))).toEqual([])
  })

  for (const c of CASES) {
    it(`${c.method} ${c.path}: another township's record answers like a missing one, and nothing changes`, async () => {
      const caller = await makeAccount(t, { role: c.role, regionCode: home.code })
      const send = (url: string) => (c.body === undefined
        ? t.app.inject({ method: c.method, url, headers: { authorization: `Bearer ${caller.token}` } })
        : t.app.inject({ method: c.method, url, headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json' }, payload: JSON.stringify(c.body) }))
      const snapshot = async () => [await t.count('unit_aliases'), await t.count('audit_log', { entity_id: strangerAccount.id }),
        await t.count('plan_tasks'), await t.count('audit_log', { entity_id: strangerPlan.id }), await t.count('work_plans', { status: 'draft' }),
        await t.count('progress_reports'), await t.count('progress_reports', { status: 'submitted' }), await t.count('supervision_notices'),
        await t.count('audit_log', { entity_id: strangerNotice }), await t.count('audit_log', { entity_id: strangerReport.planId }),
        await t.count('entities'), await t.count('entity_licences'), await t.count('entity_people'), await t.count('entity_certifications'),
        await t.count('risk_assessments'), await t.count('entity_accounts'), await t.count('audit_log', { entity_id: strangerEntity.id })]
      const before = await snapshot()
      const outside = await send(c.outside())
      const missing = await send(c.missing)
      expect(outside.statusCode).toBe(404)
      expect(outside.json()).toEqual(missing.json())
      expect(await snapshot()).toEqual(before)
    })
  }

  it('the stranger\'s account is untouched', async () => {
    expect((await t.as(strangerAccount).get('/api/me')).json()).toMatchObject({ displayName: '测试用户', role: 'township' })
  })
})
