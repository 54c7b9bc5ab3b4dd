import { eq, inArray } from 'drizzle-orm'
import type { FastifyInstance, RouteOptions } from 'fastify'
import { ADMIN_ROLE_PERMISSIONS, DEFAULT_ROLE_PERMISSIONS, isAdminRole, PERMISSIONS, type Permission } from '../../shared/roles'
import type { Database, Executor } from './db'
import { knownPermissions, rolePermissions } from './schema'

/** Every route says who may call it: a permission, AUTHENTICATED (any signed-in account), or public. */
export const AUTHENTICATED = 'authenticated'
export type RoutePermission = Permission | typeof AUTHENTICATED

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission
    public?: boolean
    /** Reachable while a forced password change is pending (me, change password, logout). */
    allowPendingPasswordChange?: boolean
  }
}

/** Refuses to boot if an /api route declares neither a permission nor `public: true`. */
export function requireDeclaredPermissions(app: FastifyInstance) {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return
    const config = (route.config ?? {}) as { permission?: string; public?: boolean }
    if (!config.permission && !config.public) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares neither config.permission nor config.public`)
    }
    if (config.permission && config.permission !== AUTHENTICATED && !(config.permission in PERMISSIONS)) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares unknown permission ${config.permission}`)
    }
  })
}

// Role → permissions, read often and changed rarely: cached briefly, cleared at once by a change here.
const cache = new Map<string, { at: number; permissions: ReadonlySet<string> }>()
const CACHE_MS = 5000

export function clearPermissionCache() { cache.clear() }

export async function permissionsOf(db: Executor, role: string | null): Promise<ReadonlySet<string>> {
  if (!role) return new Set()
  if (isAdminRole(role)) return new Set(ADMIN_ROLE_PERMISSIONS[role as keyof typeof ADMIN_ROLE_PERMISSIONS])
  const hit = cache.get(role)
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.permissions
  const rows = await db.select({ permission: rolePermissions.permission }).from(rolePermissions).where(eq(rolePermissions.role, role))
  const permissions = new Set(rows.map((r) => r.permission))
  cache.set(role, { at: Date.now(), permissions })
  return permissions
}

/**
 * Grants each permission that is new to this database to its default roles, once. Later changes by the
 * security administrator are never overwritten.
 */
export async function syncPermissions(db: Database) {
  await db.transaction(async (tx) => {
    const all = Object.keys(PERMISSIONS)
    const known = new Set((await tx.select().from(knownPermissions).where(inArray(knownPermissions.permission, all))).map((r) => r.permission))
    const fresh = all.filter((p) => !known.has(p))
    if (!fresh.length) return
    const grants = Object.entries(DEFAULT_ROLE_PERMISSIONS).flatMap(([role, list]) =>
      list.filter((p) => fresh.includes(p)).map((permission) => ({ role, permission })))
    if (grants.length) await tx.insert(rolePermissions).values(grants).onConflictDoNothing()
    await tx.insert(knownPermissions).values(fresh.map((permission) => ({ permission }))).onConflictDoNothing()
  })
  clearPermissionCache()
}
