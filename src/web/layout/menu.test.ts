import { DEFAULT_ROLE_PERMISSIONS } from '../../shared/roles'
import { canOpen, menuFor, type Access } from './menu'

const labels = (access: Access) => menuFor(access).map((p) => p.label)
const UNIT = '00000000-0000-4000-8000-000000000001'

describe('menuFor', () => {
  it('gives a unit account the work-plan pages, its tasks included', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.unit_staff, unitId: UNIT }))
      .toEqual(['首页', '工作方案', '我的任务', '督办通知', '行政区划', '成员单位', '修改密码'])
  })

  it('hides 我的任务 from an account without a unit, even with the report permission', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.unit_staff, unitId: null })).not.toContain('我的任务')
    expect(canOpen('my-tasks', { permissions: ['workplans.read'], unitId: UNIT })).toBe(false)
  })

  it('gives the leader the plans and notices to read, and no tasks', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.leader, unitId: null }))
      .toEqual(['首页', '工作方案', '督办通知', '行政区划', '成员单位', '修改密码'])
  })

  it('keeps work plans from roles without workplans.read', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.coordinator, unitId: null })).toEqual(['首页', '行政区划', '修改密码'])
    expect(labels({ permissions: ['audit.read', 'accounts.read'], unitId: null })).toEqual(['首页', '审计日志', '修改密码'])
  })

  it('offers only the password page while a change is pending', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.office, unitId: UNIT, mustChangePassword: true })).toEqual(['修改密码'])
  })
})
