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
  'export.supervision_notice': '导出督办通知', 'export.assessment': '导出考核表', 'workplan.assessment_weights': '设置考核权重',
  'entity.create': '登记经营主体', 'entity.update': '修改经营主体', 'entity.import': '导入经营主体', 'entity.import_create': '导入登记经营主体',
  'entity.import_update': '导入更新经营主体', 'entity.licence_add': '新增证照', 'entity.licence_update': '修改证照', 'entity.licence_remove': '删除证照',
  'entity.person_add': '新增人员', 'entity.person_update': '修改人员', 'entity.person_remove': '删除人员',
  'entity.certification_add': '新增认证', 'entity.certification_update': '修改认证', 'entity.certification_remove': '删除认证',
  'entity.assess': '风险分级评定', 'entity.account_create': '开通企业账号', 'risk_rules.update': '修改风险分级规则',
  'entity.self_inspection_save': '保存企业自查', 'entity.self_inspection_submit': '提交自查报告',
}
