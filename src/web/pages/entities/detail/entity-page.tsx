import { ArrowLeftOutlined } from '@ant-design/icons'
import { Card, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router-dom'
import type { EntityDetailDto } from '../../../../shared/entities'
import { useMe } from '../../../auth/auth-context'
import { LoadError } from '../../../lib/load-error'
import { useLoad } from '../../../lib/use-load'
import { fetchEntity } from '../api'
import { GradeTag, StatusTag } from '../labels'
import { AccountTab } from './account-tab'
import { BasicTab } from './basic-tab'
import { CertificationsTab } from './certifications-tab'
import { InspectionsTab } from './inspections-tab'
import { LicencesTab } from './licences-tab'
import { PeopleTab } from './people-tab'
import { RiskTab } from './risk-tab'
import { TimelineTab } from './timeline-tab'

const TABS = ['basic', 'licences', 'people', 'certifications', 'risk', 'inspections', 'timeline', 'account'] as const

function Header({ entity, business }: { entity: EntityDetailDto; business: boolean }) {
  const soon = entity.licences.filter((l) => l.daysToExpiry !== null && l.daysToExpiry <= 30)
  return (
    <Space direction="vertical" size={2} style={{ marginBottom: 8 }}>
      {!business && <Link to="/entities"><ArrowLeftOutlined /> 经营主体</Link>}
      <Space wrap align="center">
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="entity-name">{entity.name}</Typography.Title>
        <GradeTag grade={entity.riskGrade} />
        <StatusTag status={entity.status} />
        {entity.inspection?.overdue && <Tag color="red">检查已逾期</Tag>}
        {soon.length > 0 && <Tag color="orange">{soon.length} 个证照已过期或 30 天内到期</Tag>}
      </Space>
      <Typography.Text type="secondary">
        {entity.typeLabel} · {entity.regionPath}{entity.uscc && <> · <span className="mono">{entity.uscc}</span></>}
      </Typography.Text>
    </Space>
  )
}

/** One entity: its record in tabs. Writes answer with the whole entity, which replaces the one shown. */
export function EntityPage() {
  const { id = '' } = useParams()
  const me = useMe()
  const business = me.role === 'business'
  const canManage = me.permissions.includes('entities.manage')
  const canGrade = me.permissions.includes('entities.grade')
  const [search, setSearch] = useSearchParams()
  const loaded = useLoad(useCallback(() => fetchEntity(id), [id]))
  const [entity, setEntity] = useState<EntityDetailDto>()
  useEffect(() => { if (loaded.data) setEntity(loaded.data) }, [loaded.data])
  const reload = loaded.reload

  if (loaded.error && !entity) return <LoadError error={loaded.error} />
  if (!entity || entity.id !== id) return <Spin style={{ display: 'block', marginTop: 80 }} />

  // A business reads its own record; the audit trail and the account stay with the regulators.
  const canReadInspections = me.permissions.includes('inspections.read')
  const visible = TABS.filter((t) => (t === 'account' ? !business && (canManage || entity.hasAccount) : t === 'inspections' ? canReadInspections : t !== 'timeline' || !business))
  const tab = visible.find((t) => t === search.get('tab')) ?? 'basic'
  const count = (n: number) => (n ? `（${n}）` : '')
  const labels: Record<(typeof TABS)[number], string> = {
    basic: '基本信息', licences: `证照${count(entity.licences.length)}`, people: `人员${count(entity.people.length)}`,
    certifications: `认证${count(entity.certifications.length)}`, risk: '风险分级', inspections: '检查与整改', timeline: '变更记录', account: '企业账号',
  }
  const children = {
    basic: <BasicTab entity={entity} canManage={canManage} onChange={setEntity} />,
    licences: <LicencesTab entity={entity} canManage={canManage} onChange={setEntity} />,
    people: <PeopleTab entity={entity} canManage={canManage} onChange={setEntity} />,
    certifications: <CertificationsTab entity={entity} canManage={canManage} onChange={setEntity} />,
    risk: <RiskTab entity={entity} canGrade={canGrade} onAssessed={reload} />,
    inspections: <InspectionsTab entityId={entity.id} canRecord={me.permissions.includes('inspections.record')} />,
    timeline: <TimelineTab entityId={entity.id} />,
    account: <AccountTab entity={entity} canManage={canManage} onChange={setEntity} />,
  }

  return (
    <Card>
      <Header entity={entity} business={business} />
      <Tabs activeKey={tab} onChange={(key) => setSearch(key === 'basic' ? {} : { tab: key }, { replace: true })} destroyOnHidden
        items={visible.map((key) => ({ key, label: labels[key], children: children[key] }))} />
    </Card>
  )
}
