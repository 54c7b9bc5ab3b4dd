import { count, eq, isNotNull } from 'drizzle-orm'
import type { Executor } from '../../platform/db'
import { accounts, rolePermissions } from '../../platform/schema'

export const listRolePermissions = (db: Executor) => db.select().from(rolePermissions)

export const accountsPerRole = (db: Executor) =>
  db.select({ role: accounts.role, n: count() }).from(accounts).where(isNotNull(accounts.role)).groupBy(accounts.role)

export async function replaceRolePermissions(db: Executor, role: string, permissions: string[]) {
  await db.delete(rolePermissions).where(eq(rolePermissions.role, role))
  if (permissions.length) await db.insert(rolePermissions).values(permissions.map((permission) => ({ role, permission })))
}
