import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams, Uuid } from '../../../shared/common'
import {
  CertificationInput, DueInspectionListDto, EntityDetailDto, EntityInput, EntityListDto, EntityListQuery, ImportJobDto, LicenceInput, PersonInput,
  RiskAssessmentDto, RiskAssessmentInput, TimelineEventDto,
} from '../../../shared/entities'
import { signedIn as ctx } from '../../platform/http-hooks'
import { XLSX_MIME } from '../../platform/excel-table'
import { readUploadedFile, sendDownload } from '../../platform/uploads'
import { EntityTableParams, entityTableWorkbook } from './detail-export'
import { buildEntityExport } from './excel/export-list'
import { buildTemplate } from './excel/template'
import { openBusinessAccount } from './service/alerts-and-accounts'
import { addChild, removeChild, updateChild } from './service/children'
import { assessEntity, getRules, listAssessments, updateRules } from './service/grading'
import { entityTimeline, listDueInspections } from './service/history'
import { getImport, importReport, listImports, startImport } from './service/imports'
import { RiskRulesTableParams, riskRulesWorkbook } from './risk-rules-export'
import { createEntity, getEntity, listEntities, listForExport, updateEntity } from './service/register'

const tags = ['entities']
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const ChildParams = Type.Object({ id: Uuid('经营主体'), itemId: Uuid('记录') }, { additionalProperties: false })
const CHILDREN = [
  { path: 'licences', kind: 'licence', body: LicenceInput, label: '证照' },
  { path: 'people', kind: 'person', body: PersonInput, label: '人员' },
  { path: 'certifications', kind: 'certification', body: CertificationInput, label: '认证' },
] as const

const RulesDto = Type.Object({ version: Type.Integer(), rules: Type.Any(), createdAt: Type.String() })
const FrequencyInput = Type.Object({ min: Type.Integer({ minimum: 0, maximum: 52, title: '最少次数' }), max: Type.Integer({ minimum: 0, maximum: 52, title: '最多次数' }) }, { additionalProperties: false })
const Score = (title: string) => Type.Number({ minimum: 0, maximum: 100, title })
const RulesInput = Type.Object({
  rules: Type.Object({
    staticMax: Score('静态分值上限'), dynamicMax: Score('动态分值上限'),
    thresholds: Type.Object({ A: Score('A 级上限'), B: Score('B 级上限'), C: Score('C 级上限') }, { additionalProperties: false }),
    frequency: Type.Object({ A: FrequencyInput, B: FrequencyInput, C: FrequencyInput, D: FrequencyInput }, { additionalProperties: false }),
    staticFactors: Type.Object({ highRiskProducts: Score('高风险食品加分'), vulnerableConsumers: Score('特定人群加分'), largeScale: Score('规模加分') }, { additionalProperties: false }),
  }, { additionalProperties: false }),
  note: Type.Union([Type.String({ maxLength: 200, title: '修改说明' }), Type.Null()]),
}, { additionalProperties: false })
const AccountInput = Type.Object({
  username: Type.String({ minLength: 3, maxLength: 32, pattern: '^[A-Za-z][A-Za-z0-9_.-]*$', title: '用户名' }),
  displayName: Type.String({ minLength: 1, maxLength: 32, title: '姓名' }),
  password: Type.String({ minLength: 1, maxLength: 128, title: '初始密码' }),
}, { additionalProperties: false })
const DueQuery = Type.Object({
  region: EntityListQuery.properties.region, overdueOnly: Type.Optional(Type.Boolean({ title: '只看逾期' })),
  page: EntityListQuery.properties.page, pageSize: EntityListQuery.properties.pageSize,
}, { additionalProperties: false })

export const entityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/entities', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '经营主体列表（筛选、分面计数）', querystring: EntityListQuery, response: { 200: EntityListDto } },
  }, async (req) => listEntities(ctx(req), req.query))

  app.get('/entities/export', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '按筛选条件导出 Excel', querystring: EntityListQuery },
  }, async (req, reply) => {
    const rows = await listForExport(ctx(req), req.query)
    return sendDownload(reply, { buffer: await buildEntityExport(rows, '经营主体名录'), fileName: '经营主体名录.xlsx', mimeType: XLSX })
  })

  app.get('/entities/template', {
    config: { permission: 'entities.manage' },
    schema: { tags, summary: '下载导入模板（.xlsx）' },
  }, async (_req, reply) => sendDownload(reply, { buffer: await buildTemplate(), fileName: '经营主体导入模板.xlsx', mimeType: XLSX }))

  app.get('/entities/inspections-due', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '本年度应检、逾期未检的经营主体（按风险等级频次）', querystring: DueQuery, response: { 200: DueInspectionListDto } },
  }, async (req) => listDueInspections(ctx(req), req.query))

  app.post('/entities', {
    config: { permission: 'entities.manage' },
    schema: { tags, summary: '登记经营主体', body: EntityInput, response: { 201: EntityDetailDto } },
  }, async (req, reply) => reply.code(201).send(await createEntity(ctx(req), req.body)))

  app.get('/entities/:id', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '经营主体详情（证照、人员、认证、应检）', params: IdParams, response: { 200: EntityDetailDto } },
  }, async (req) => getEntity(ctx(req), req.params.id))

  app.get('/entities/:id/export/:table', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '导出经营主体详情的一个表格（.xlsx）：证照、人员、认证、风险分级评定记录、变更记录', params: EntityTableParams },
  }, async (req, reply) => sendDownload(reply, { ...await entityTableWorkbook(ctx(req), req.params), mimeType: XLSX_MIME }))

  app.put('/entities/:id', {
    config: { permission: 'entities.manage' },
    schema: { tags, summary: '修改经营主体', params: IdParams, body: EntityInput, response: { 200: EntityDetailDto } },
  }, async (req) => updateEntity(ctx(req), req.params.id, req.body))

  for (const child of CHILDREN) {
    app.post(`/entities/:id/${child.path}`, {
      config: { permission: 'entities.manage' },
      schema: { tags, summary: `新增${child.label}`, params: IdParams, body: child.body, response: { 201: EntityDetailDto } },
    }, async (req, reply) => reply.code(201).send(await addChild(ctx(req), req.params.id, child.kind, req.body as never)))
    app.put(`/entities/:id/${child.path}/:itemId`, {
      config: { permission: 'entities.manage' },
      schema: { tags, summary: `修改${child.label}`, params: ChildParams, body: child.body, response: { 200: EntityDetailDto } },
    }, async (req) => updateChild(ctx(req), req.params.id, child.kind, req.params.itemId, req.body as never))
    app.delete(`/entities/:id/${child.path}/:itemId`, {
      config: { permission: 'entities.manage' },
      schema: { tags, summary: `删除${child.label}`, params: ChildParams, response: { 200: EntityDetailDto } },
    }, async (req) => removeChild(ctx(req), req.params.id, child.kind, req.params.itemId))
  }

  app.get('/entities/:id/assessments', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '风险分级评定记录', params: IdParams, response: { 200: Type.Array(RiskAssessmentDto) } },
  }, async (req) => listAssessments(ctx(req), req.params.id))

  app.post('/entities/:id/assessments', {
    config: { permission: 'entities.grade' },
    schema: { tags, summary: '风险分级评定（静态 + 动态评分 → 等级）', params: IdParams, body: RiskAssessmentInput, response: { 201: RiskAssessmentDto } },
  }, async (req, reply) => reply.code(201).send(await assessEntity(ctx(req), req.params.id, req.body)))

  app.get('/entities/:id/timeline', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '变更记录（谁在何时改了什么）', params: IdParams, response: { 200: Type.Array(TimelineEventDto) } },
  }, async (req) => entityTimeline(ctx(req), req.params.id))

  app.post('/entities/:id/account', {
    config: { permission: 'entities.manage' },
    schema: { tags, summary: '为经营主体开通企业账号', params: IdParams, body: AccountInput, response: { 201: EntityDetailDto } },
  }, async (req, reply) => reply.code(201).send(await openBusinessAccount(ctx(req), req.params.id, req.body)))

  app.get('/risk-rules', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '现行风险分级规则（含来源）', response: { 200: RulesDto } },
  }, async (req) => getRules(ctx(req)))

  app.get('/risk-rules/export/:table', {
    config: { permission: 'entities.read' },
    schema: { tags, summary: '导出现行风险分级规则的检查频次表或规则来源表（.xlsx）', params: RiskRulesTableParams },
  }, async (req, reply) => sendDownload(reply, { ...await riskRulesWorkbook(ctx(req), req.params), mimeType: XLSX_MIME }))

  app.put('/risk-rules', {
    config: { permission: 'entities.rules' },
    schema: { tags, summary: '修改风险分级规则（生成新版本）', body: RulesInput, response: { 200: RulesDto } },
  }, async (req) => updateRules(ctx(req), req.body))

  app.post('/entity-imports', {
    config: { permission: 'entities.manage' },
    bodyLimit: 21 * 1024 * 1024,
    schema: { tags, summary: '上传 Excel 导入经营主体（multipart 字段 file，≤ 20 MB，全部成功或全部不导入）', consumes: ['multipart/form-data'], response: { 202: ImportJobDto } },
  }, async (req, reply) => {
    const { buffer, fileName } = await readUploadedFile(req, 20 * 1024 * 1024, '导入文件')
    return reply.code(202).send(await startImport(ctx(req), buffer, fileName))
  })

  app.get('/entity-imports', {
    config: { permission: 'entities.manage' },
    schema: { tags, summary: '我的导入记录', response: { 200: Type.Array(ImportJobDto) } },
  }, async (req) => listImports(ctx(req)))

  app.get('/entity-imports/:id', {
    config: { permission: 'entities.manage' },
    schema: { tags, summary: '导入进度与结果', params: IdParams, response: { 200: ImportJobDto } },
  }, async (req) => getImport(ctx(req), req.params.id))

  app.get('/entity-imports/:id/report', {
    config: { permission: 'entities.manage' },
    schema: { tags, summary: '下载导入错误报告（.xlsx）', params: IdParams },
  }, async (req, reply) => sendDownload(reply, await importReport(ctx(req), req.params.id)))
}
