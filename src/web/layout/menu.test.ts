import { DEFAULT_ROLE_PERMISSIONS } from '../../shared/roles'
import { canOpen, menuFor, type Access } from './menu'

const labels = (access: Access) => menuFor(access).map((p) => p.label)
const UNIT = '00000000-0000-4000-8000-000000000001'
const REGISTER = ['经营主体', '应检主体', '企业自查率']
const INSPECTION = ['监督检查', '整改跟踪', '双随机抽查']
const SAMPLING = ['抽样检验', '抽检计划', '核查处置', '快检', '你点我检']
const CASES = ['案件办理', '行刑衔接', '严重违法失信名单']

describe('menuFor', () => {
  it('gives a unit account the work-plan pages, its tasks included, and the register to read', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.unit_staff, unitId: UNIT, role: 'unit_staff' }))
      .toEqual(['首页', '工作看板', '工作方案', '我的任务', '督办通知', ...REGISTER, ...INSPECTION, ...SAMPLING, ...CASES, '指标', '报告', '行政区划', '成员单位', '修改密码'])
  })

  it('hides 我的任务 from an account without a unit, even with the report permission', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.unit_staff, unitId: null })).not.toContain('我的任务')
    expect(canOpen('my-tasks', { permissions: ['workplans.read'], unitId: UNIT })).toBe(false)
  })

  it('gives the leader the plans, notices and register to read, and no tasks', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.leader, unitId: null, role: 'leader' }))
      .toEqual(['首页', '工作看板', '工作方案', '督办通知', ...REGISTER, ...INSPECTION, ...SAMPLING, ...CASES, '指标', '报告', '行政区划', '成员单位', '修改密码'])
  })

  it('keeps work plans from roles without workplans.read', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.coordinator, unitId: null, role: 'coordinator' })).toEqual(['首页', ...REGISTER, ...INSPECTION, '行政区划', '修改密码'])
    expect(labels({ permissions: ['audit.read', 'accounts.read'], unitId: null })).toEqual(['首页', '审计日志', '修改密码'])
  })

  it('gives the office the risk rules, and the inspector the register without them', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.office, unitId: UNIT, role: 'office' }))
      .toEqual(['首页', '工作看板', '工作方案', '我的任务', '督办通知', ...REGISTER, '风险分级规则', ...INSPECTION, ...SAMPLING, '检验项目与时限', ...CASES, '指标', '报告', '行政区划', '成员单位', '修改密码'])
    // Sampling settings (limits, time rules) are the office's; the inspector records samples and reads them.
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.inspector, unitId: UNIT, role: 'inspector' })).not.toContain('检验项目与时限')
    expect(canOpen('samples', { permissions: DEFAULT_ROLE_PERMISSIONS.business, unitId: null, role: 'business' })).toBe(false)
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.inspector, unitId: UNIT, role: 'inspector' })).not.toContain('风险分级规则')
    expect(canOpen('risk-rules', { permissions: ['entities.read'], unitId: null })).toBe(false)
  })

  it('gives a business its self-inspection and its own entity, never the register', () => {
    const business: Access = { permissions: DEFAULT_ROLE_PERMISSIONS.business, unitId: null, role: 'business' }
    expect(labels(business)).toEqual(['首页', '企业自查', '本企业', '整改跟踪', '修改密码'])
    for (const page of ['entities', 'inspections-due', 'self-inspection-rates', 'risk-rules', 'inspections', 'draws', 'cases'] as const) expect(canOpen(page, business)).toBe(false)
    expect(canOpen('self-inspection', { permissions: DEFAULT_ROLE_PERMISSIONS.office, unitId: UNIT, role: 'office' })).toBe(false)
    expect(canOpen('my-entity', { permissions: DEFAULT_ROLE_PERMISSIONS.office, unitId: UNIT, role: 'office' })).toBe(false)
  })

  it('offers only the password page while a change is pending', () => {
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.office, unitId: UNIT, mustChangePassword: true })).toEqual(['修改密码'])
    expect(labels({ permissions: DEFAULT_ROLE_PERMISSIONS.business, unitId: null, role: 'business', mustChangePassword: true })).toEqual(['修改密码'])
  })
})
