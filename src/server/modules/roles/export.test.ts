import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PermissionCatalogueDto, RoleDto } from '../../../shared/role-admin'
import type { Static } from 'typebox'
import { makeAccount, type TestAccount } from '../../platform/testing/factories'
import { startTestApp, type TestApp } from '../../platform/testing/test-app'
import { openTable } from '../../platform/testing/xlsx'

let t: TestApp
let secadmin: TestAccount
beforeAll(async () => {
  t = await startTestApp()
  secadmin = await makeAccount(t, { role: 'secadmin' })
})
afterAll(async () => { await t.close() })

describe('roles × permissions export', () => {
  it('one row a role, one column a permission, √ where the role holds it, as the page shows', async () => {
    const roles = (await t.as(secadmin).get('/api/roles')).json() as RoleDto[]
    const catalogue = (await t.as(secadmin).get('/api/permissions')).json() as Static<typeof PermissionCatalogueDto>
    const sheet = await openTable(await t.as(secadmin).get('/api/roles/export'))
    expect(sheet.fileName).toMatch(/^角色与权限_\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(sheet.header.slice(0, 3)).toEqual(['角色', '三员', '账号数'])
    expect(sheet.header.slice(3)).toEqual(catalogue.map((p) => `${p.group}：${p.label}${p.adminOnly ? '（仅三员）' : ''}`))
    expect(sheet.rows).toEqual(roles.map((r) => [
      r.label, r.adminRole ? '是' : null, r.accountCount, ...catalogue.map((p) => (r.permissions.includes(p.permission) ? '√' : null)),
    ]))
    expect(sheet.rows.find((r) => r[0] === '安全管理员')?.[3 + catalogue.findIndex((p) => p.permission === 'roles.manage')]).toBe('√')
  })

  it('is refused without the permission that guards the page', async () => {
    expect((await t.as(await makeAccount(t, { role: 'office' })).get('/api/roles/export')).statusCode).toBe(403)
  })
})
