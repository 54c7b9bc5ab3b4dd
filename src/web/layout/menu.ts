// Which pages an account may open, from its permissions and unit (GET /api/me). One pure function so the
// rules can be read in one place; the server enforces the same permissions on every request regardless.

export type PageKey =
  | 'home' | 'work-plans' | 'my-tasks' | 'supervision' | 'regions' | 'units' | 'accounts' | 'roles' | 'audit' | 'password'

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
  mustChangePassword?: boolean
}

/** In menu order: the daily work first, reference data and administration after it. */
export const PAGES: readonly PageDef[] = [
  { key: 'home', path: '/', label: '首页' },
  { key: 'work-plans', path: '/work-plans', label: '工作方案' },
  { key: 'my-tasks', path: '/my-tasks', label: '我的任务' },
  { key: 'supervision', path: '/supervision', label: '督办通知' },
  { key: 'regions', path: '/regions', label: '行政区划' },
  { key: 'units', path: '/units', label: '成员单位' },
  { key: 'accounts', path: '/accounts', label: '账号管理' },
  { key: 'roles', path: '/roles', label: '角色与权限' },
  { key: 'audit', path: '/audit', label: '审计日志' },
  { key: 'password', path: '/password', label: '修改密码' },
]

export function canOpen(page: PageKey, access: Access): boolean {
  const has = (p: string) => access.permissions.includes(p)
  switch (page) {
    case 'home':
    case 'password':
      return true
    case 'work-plans':
    case 'supervision':
      return has('workplans.read')
    case 'my-tasks':
      return has('workplans.report') && Boolean(access.unitId)
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
