// Which pages an account may open, from its permissions and unit (GET /api/me). One pure function so the
// rules can be read in one place; the server enforces the same permissions on every request regardless.

export type PageKey =
  | 'home' | 'dashboard' | 'work-plans' | 'my-tasks' | 'supervision'
  | 'entities' | 'inspections-due' | 'self-inspection-rates' | 'risk-rules' | 'self-inspection' | 'my-entity'
  | 'inspections' | 'rectifications' | 'draws' | 'cases' | 'police-transfers' | 'serious-violations'
  | 'samples' | 'sampling-plans' | 'disposals' | 'rapid-tests' | 'test-requests' | 'sampling-settings'
  | 'indicators' | 'reports'
  | 'regions' | 'units' | 'accounts' | 'roles' | 'audit' | 'password'

export interface PageDef {
  key: PageKey
  path: string
  label: string
}

/** What the rules read from /api/me. */
export interface Access {
  permissions: readonly string[]
  /** Tasks are assigned to units: an account without one has nothing to report on. */
  unitId: string | null
  /** A business account (role business) sees its own entity instead of the register. */
  role?: string | null
  mustChangePassword?: boolean
}

/** In menu order: the daily work first, reference data and administration after it. */
export const PAGES: readonly PageDef[] = [
  { key: 'home', path: '/', label: '首页' },
  { key: 'dashboard', path: '/dashboard', label: '工作看板' },
  { key: 'work-plans', path: '/work-plans', label: '工作方案' },
  { key: 'my-tasks', path: '/my-tasks', label: '我的任务' },
  { key: 'supervision', path: '/supervision', label: '督办通知' },
  { key: 'entities', path: '/entities', label: '经营主体' },
  { key: 'inspections-due', path: '/entities/inspections-due', label: '应检主体' },
  { key: 'self-inspection-rates', path: '/entities/self-inspection-rates', label: '企业自查率' },
  { key: 'risk-rules', path: '/entities/risk-rules', label: '风险分级规则' },
  { key: 'self-inspection', path: '/self-inspection', label: '企业自查' },
  // The business's own entity: /entities answers a business account with its one entity's page.
  { key: 'my-entity', path: '/entities', label: '本企业' },
  { key: 'inspections', path: '/inspections', label: '监督检查' },
  { key: 'rectifications', path: '/rectifications', label: '整改跟踪' },
  { key: 'draws', path: '/draws', label: '双随机抽查' },
  { key: 'samples', path: '/sampling/samples', label: '抽样检验' },
  { key: 'sampling-plans', path: '/sampling/plans', label: '抽检计划' },
  { key: 'disposals', path: '/sampling/disposals', label: '核查处置' },
  { key: 'rapid-tests', path: '/sampling/rapid-tests', label: '快检' },
  { key: 'test-requests', path: '/sampling/requests', label: '你点我检' },
  { key: 'sampling-settings', path: '/sampling/settings', label: '检验项目与时限' },
  { key: 'cases', path: '/cases', label: '案件办理' },
  { key: 'police-transfers', path: '/cases/transfers', label: '行刑衔接' },
  { key: 'serious-violations', path: '/cases/serious-violations', label: '严重违法失信名单' },
  { key: 'indicators', path: '/indicators', label: '指标' },
  { key: 'reports', path: '/reports', label: '报告' },
  { key: 'regions', path: '/regions', label: '行政区划' },
  { key: 'units', path: '/units', label: '成员单位' },
  { key: 'accounts', path: '/accounts', label: '账号管理' },
  { key: 'roles', path: '/roles', label: '角色与权限' },
  { key: 'audit', path: '/audit', label: '审计日志' },
  { key: 'password', path: '/password', label: '修改密码' },
]

export function canOpen(page: PageKey, access: Access): boolean {
  const has = (p: string) => access.permissions.includes(p)
  const business = access.role === 'business'
  switch (page) {
    case 'home':
    case 'password':
      return true
    case 'dashboard':
      return has('indicators.read') && !business
    case 'work-plans':
    case 'supervision':
      return has('workplans.read')
    case 'my-tasks':
      return has('workplans.report') && Boolean(access.unitId)
    case 'inspections-due':
      // The yearly inspection plan reads the register and the inspections.
      return has('entities.read') && has('inspections.read') && !business
    case 'entities':
    case 'self-inspection-rates':
      // The register and its statistics are the regulators'; a business reads only its own entity.
      return has('entities.read') && !business
    case 'risk-rules':
      return has('entities.rules')
    case 'inspections':
    case 'draws':
      return has('inspections.read') && !business
    case 'rectifications':
      // A business sees and answers the orders given to it.
      return has('inspections.read')
    case 'samples':
    case 'sampling-plans':
    case 'disposals':
    case 'rapid-tests':
    case 'test-requests':
      return has('sampling.read') && !business
    case 'sampling-settings':
      return has('sampling.manage')
    case 'cases':
    case 'police-transfers':
    case 'serious-violations':
      return has('cases.read')
    case 'self-inspection':
      return has('selfinspection.fill')
    case 'my-entity':
      return has('entities.read') && business
    case 'indicators':
    case 'reports':
      return has('indicators.read') && !business
    case 'regions':
      return has('regions.read')
    case 'units':
      return has('units.read')
    case 'accounts':
      // Not accounts.read alone: the auditor holds it only to label audit rows, and manages no accounts.
      return has('accounts.manage') || has('roles.manage')
    case 'roles':
      return has('roles.manage')
    case 'audit':
      return has('audit.read')
  }
}


/**
 * The menu for an account. While a password change is pending the server refuses everything else,
 * so the menu offers only the password page.
 */
export function menuFor(access: Access): PageDef[] {
  if (access.mustChangePassword) return PAGES.filter((p) => p.key === 'password')
  return PAGES.filter((p) => canOpen(p.key, access))
}
