/** Roles and permissions, shared by the server (checks) and the web UI (menus, labels). */

export const ROLES = ['sysadmin', 'secadmin', 'auditor', 'office', 'leader', 'unit_staff', 'inspector', 'township', 'coordinator', 'business'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
  office: '县食安办',
  leader: '县领导',
  unit_staff: '成员单位人员',
  inspector: '执法检查人员',
  township: '乡镇（街道）食安办',
  coordinator: '村级协管员',
  business: '食品生产经营者',
}

/** 三员: each is its own role, with fixed permissions that the matrix cannot change. */
export const ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor']
export const isAdminRole = (role: string): boolean => (ADMIN_ROLES as readonly string[]).includes(role)

export interface PermissionDef { label: string; group: string }

export const PERMISSIONS = {
  'regions.read': { label: '查看行政区划', group: '基础数据' },
  'units.read': { label: '查看成员单位', group: '基础数据' },
  'units.manage': { label: '维护成员单位及别名', group: '基础数据' },
  'accounts.read': { label: '查看账号', group: '系统' },
  'accounts.manage': { label: '管理账号（创建、停用、解锁、重置密码）', group: '系统' },
  'roles.manage': { label: '分配角色与权限', group: '安全' },
  'audit.read': { label: '查看与校验审计日志', group: '审计' },
  'workplans.read': { label: '查看工作方案与任务', group: '工作方案' },
  'workplans.manage': { label: '导入、审核、发布方案，验收报告，督办，考核', group: '工作方案' },
  'workplans.report': { label: '报送任务进展', group: '工作方案' },
  'entities.read': { label: '查看经营主体', group: '经营主体' },
  'entities.manage': { label: '登记、修改、导入经营主体及证照', group: '经营主体' },
  'entities.grade': { label: '风险分级评定', group: '经营主体' },
  'entities.rules': { label: '维护风险分级规则', group: '经营主体' },
  'selfinspection.fill': { label: '填报企业自查', group: '经营主体' },
  'inspections.read': { label: '查看监督检查与整改', group: '监督检查' },
  'inspections.record': { label: '录入监督检查，下达与验证整改', group: '监督检查' },
  'inspections.draw': { label: '双随机抽查（名录库、回避、抽取、公示）', group: '监督检查' },
  'inspections.reply': { label: '企业回复整改情况', group: '监督检查' },
  'cases.read': { label: '查看案件、行刑衔接与信用记录', group: '案件与信用' },
  'cases.manage': { label: '办理案件、移送公安、管理严重违法失信名单', group: '案件与信用' },
  'sampling.read': { label: '查看抽检、快检、核查处置与你点我检', group: '抽检与快检' },
  'sampling.record': { label: '录入抽样、检验结果、快检与核查处置', group: '抽检与快检' },
  'sampling.manage': { label: '制定抽检计划，维护检验项目限量与时限规则，采纳与公开你点我检', group: '抽检与快检' },
  'indicators.read': { label: '查看指标、计分板、驾驶舱与报告', group: '指标与报告' },
  'indicators.manage': { label: '绑定方案目标与指标，关闭与重开统计期间', group: '指标与报告' },
} as const satisfies Record<string, PermissionDef>
export type Permission = keyof typeof PERMISSIONS

/** Permissions that belong to one of the three administrators and may never be granted to another role. */
export const ADMIN_ONLY_PERMISSIONS: readonly Permission[] = ['accounts.manage', 'roles.manage', 'audit.read']

/** Fixed for the three administrators: the system administrator reads no business data and no audit log. */
export const ADMIN_ROLE_PERMISSIONS: Record<'sysadmin' | 'secadmin' | 'auditor', readonly Permission[]> = {
  sysadmin: ['regions.read', 'units.read', 'accounts.read', 'accounts.manage'],
  secadmin: ['regions.read', 'units.read', 'accounts.read', 'roles.manage'],
  auditor: ['audit.read', 'accounts.read'],
}

/** Defaults for business roles; the security administrator may change them afterwards. */
export const DEFAULT_ROLE_PERMISSIONS: Record<Exclude<Role, 'sysadmin' | 'secadmin' | 'auditor'>, readonly Permission[]> = {
  office: ['regions.read', 'units.read', 'units.manage', 'workplans.read', 'workplans.manage', 'workplans.report', 'entities.read', 'entities.manage', 'entities.grade', 'entities.rules',
    'inspections.read', 'inspections.record', 'inspections.draw', 'cases.read', 'cases.manage', 'sampling.read', 'sampling.record', 'sampling.manage',
    'indicators.read', 'indicators.manage'],
  leader: ['regions.read', 'units.read', 'workplans.read', 'entities.read', 'inspections.read', 'cases.read', 'sampling.read', 'indicators.read'],
  unit_staff: ['regions.read', 'units.read', 'workplans.read', 'workplans.report', 'entities.read', 'inspections.read', 'cases.read', 'sampling.read', 'indicators.read'],
  inspector: ['regions.read', 'units.read', 'workplans.read', 'workplans.report', 'entities.read', 'entities.manage', 'entities.grade',
    'inspections.read', 'inspections.record', 'cases.read', 'cases.manage', 'sampling.read', 'sampling.record'],
  township: ['regions.read', 'units.read', 'workplans.read', 'workplans.report', 'entities.read', 'inspections.read', 'cases.read', 'sampling.read', 'indicators.read'],
  coordinator: ['regions.read', 'entities.read', 'inspections.read'],
  business: ['entities.read', 'selfinspection.fill', 'inspections.read', 'inspections.reply'],
}
