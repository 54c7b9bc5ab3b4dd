// Which pages an account may open, from its permissions (GET /api/me). One pure function so the rules
// can be read in one place; the server enforces the same permissions on every request regardless.

export type PageKey = 'home' | 'regions' | 'units' | 'accounts' | 'roles' | 'audit' | 'password'

export interface PageDef {
  key: PageKey
  path: string
  label: string
}

/** In menu order. */
export const PAGES: readonly PageDef[] = [
  { key: 'home', path: '/', label: '首页' },
  { key: 'regions', path: '/regions', label: '行政区划' },
  { key: 'units', path: '/units', label: '成员单位' },
  { key: 'accounts', path: '/accounts', label: '账号管理' },
  { key: 'roles', path: '/roles', label: '角色与权限' },
  { key: 'audit', path: '/audit', label: '审计日志' },
  { key: 'password', path: '/password', label: '修改密码' },
]

export function canOpen(page: PageKey, permissions: readonly string[]): boolean {
  const has = (p: string) => permissions.includes(p)
  switch (page) {
    case 'home':
    case 'password':
      return true
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
export function menuFor(permissions: readonly string[], mustChangePassword = false): PageDef[] {
  if (mustChangePassword) return PAGES.filter((p) => p.key === 'password')
  return PAGES.filter((p) => canOpen(p.key, permissions))
}
