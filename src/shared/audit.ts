import { Type, type Static } from 'typebox'

export const AuditDto = Type.Object({
  id: Type.Integer(), at: Type.String(), actorUsername: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]), ip: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(), entityType: Type.Union([Type.String(), Type.Null()]), entityId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Any(), after: Type.Any(), hash: Type.String(),
})
export type AuditDto = Static<typeof AuditDto>
export const AuditListDto = Type.Object({ items: Type.Array(AuditDto), total: Type.Integer() })

export const AuditQuery = Type.Object({
  actor: Type.Optional(Type.String({ maxLength: 64, title: '操作人' })),
  action: Type.Optional(Type.String({ maxLength: 64, title: '操作' })),
  entityType: Type.Optional(Type.String({ maxLength: 64, title: '对象类型' })),
  entityId: Type.Optional(Type.String({ maxLength: 128, title: '对象编号' })),
  from: Type.Optional(Type.String({ format: 'date', title: '开始日期' })),
  to: Type.Optional(Type.String({ format: 'date', title: '结束日期' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, title: '页码' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, title: '每页条数' })),
}, { additionalProperties: false })
export type AuditQuery = Static<typeof AuditQuery>

export const ChainDto = Type.Object({ ok: Type.Boolean(), rows: Type.Integer(), firstBrokenId: Type.Union([Type.Integer(), Type.Null()]), reason: Type.Union([Type.String(), Type.Null()]), checkedAt: Type.String() })

/** Chinese names of the objects audit rows are about; each module adds its own. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  account: '账号', unit: '单位', role: '角色', region: '行政区划', database: '数据库',
  work_plan: '工作方案', progress_report: '进展报告', supervision_notice: '督办通知',
  entity: '经营主体', entity_import: '经营主体导入', risk_rules: '风险分级规则',
  inspection: '监督检查', rectification_order: '整改通知', inspection_draw: '双随机抽查', inspector: '执法检查人员',
  case: '案件', police_transfer: '移送公安', credit_record: '信用记录', serious_violation: '严重违法失信名单',
  sampling_plan: '抽检计划', sample: '抽样检验', test_item: '检验项目', sampling_time_limit: '抽检时限规则', disposal: '核查处置',
  rapid_test: '快检', test_request: '你点我检', target_binding: '方案目标与指标', indicator_period: '统计期间',
}

/** Chinese names of audit actions for the viewer. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录', 'auth.login_failed': '登录失败', 'auth.logout': '退出登录', 'auth.password_change': '修改密码',
  'account.create': '创建账号', 'account.update': '修改账号', 'account.reset_password': '重置密码', 'account.unlock': '解锁账号',
  'account.role_assign': '分配角色', 'role.permissions_update': '修改角色权限',
  'unit.alias_add': '添加单位别名', 'unit.alias_remove': '删除单位别名',
  'demo.load': '加载演示数据', 'system.restore': '恢复备份', 'audit.export': '导出审计日志',
  'workplan.import': '导入工作方案', 'workplan.update': '修改方案', 'workplan.task_add': '新增任务', 'workplan.task_update': '修改任务',
  'workplan.task_delete': '删除任务', 'workplan.task_units': '设置责任单位', 'workplan.unit_resolve': '对应单位名称', 'workplan.targets': '设置量化指标',
  'workplan.deadlines': '设置完成时限', 'workplan.delete': '删除方案草稿', 'workplan.publish': '发布方案', 'workplan.report_submit': '报送进展',
  'workplan.report_accept': '通过进展报告', 'workplan.report_return': '退回进展报告', 'workplan.supervise': '下发督办', 'workplan.supervision_reply': '回复督办',
  'export.supervision_notice': '导出督办通知', 'export.self_inspection_report': '导出自查报告', 'export.assessment': '导出考核表', 'workplan.assessment_weights': '设置考核权重',
  'entity.create': '登记经营主体', 'entity.update': '修改经营主体', 'entity.import': '导入经营主体', 'entity.import_create': '导入登记经营主体',
  'entity.import_update': '导入更新经营主体', 'entity.licence_add': '新增证照', 'entity.licence_update': '修改证照', 'entity.licence_remove': '删除证照',
  'entity.person_add': '新增人员', 'entity.person_update': '修改人员', 'entity.person_remove': '删除人员',
  'entity.certification_add': '新增认证', 'entity.certification_update': '修改认证', 'entity.certification_remove': '删除认证',
  'entity.assess': '风险分级评定', 'entity.account_create': '开通企业账号', 'risk_rules.update': '修改风险分级规则',
  'entity.self_inspection_save': '保存企业自查', 'entity.self_inspection_submit': '提交自查报告',
  'inspection.create': '录入监督检查', 'inspection.publish': '公示检查结果', 'rectification.issue': '下达整改通知',
  'rectification.report': '企业回复整改', 'rectification.verify': '验证整改', 'rectification.to_case': '整改不合格转立案',
  'inspector.roster_update': '修改执法人员名录', 'inspector.avoidance_add': '登记回避', 'inspector.avoidance_remove': '删除回避',
  'draw.freeze': '冻结双随机名录', 'draw.run': '执行双随机抽取', 'draw.publish': '公示双随机结果', 'draw.cancel': '作废双随机抽取',
  'case.create': '登记案件线索', 'case.file': '立案', 'case.not_file': '不予立案', 'case.step': '记录办案环节', 'case.decide': '作出处罚决定',
  'case.extend': '延长办案期限', 'case.close': '结案', 'transfer.create': '移送公安', 'transfer.update': '更新移送情况',
  'credit.publish': '公示信用记录', 'credit.repair': '信用修复', 'serious_violation.list': '列入严重违法失信名单',
  'serious_violation.publish': '公示严重违法失信名单', 'serious_violation.remove': '移出严重违法失信名单',
  'sampling_plan.create': '制定抽检计划', 'sampling_plan.update': '修改抽检计划', 'sampling_plan.publish': '发布抽检计划',
  'sample.create': '录入抽样', 'sample.send': '样品送检', 'sample.report': '录入检验结果', 'sample.import_results': '导入检验结果',
  'sample.publish': '公开抽检结果', 'sample.photo_add': '补充现场照片', 'sample.photo_remove': '删除现场照片', 'test_item.create': '新增检验项目', 'test_item.update': '修改检验项目限量',
  'sampling_time_limit.update': '修改抽检时限规则', 'disposal.open': '启动核查处置', 'disposal.step': '记录核查处置环节',
  'disposal.extend': '延长核查处置期限', 'disposal.close': '核查处置办结', 'rapid_test.create': '录入快检', 'rapid_test.import': '导入快检',
  'rapid_test.confirm': '快检阳性送检确认', 'test_request.create': '提交你点我检建议', 'test_request.pick': '采纳你点我检建议',
  'test_request.reject': '不采纳你点我检建议',
  'target_binding.set': '绑定方案目标与指标', 'indicator_period.close': '关闭统计期间', 'indicator_period.reopen': '重开统计期间',
}
