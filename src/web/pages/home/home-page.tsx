import { CheckCircleOutlined } from '@ant-design/icons'
import { Alert, Card, Col, Descriptions, List, Row, Space, Statistic, Typography } from 'antd'
import { useCallback } from 'react'
import { useMe } from '../../auth/auth-context'
import { LoadError } from '../../lib/load-error'
import { REGION_LEVEL_LABELS } from '../../lib/format'
import { useLoad } from '../../lib/use-load'
import { fetchRegionTree } from '../regions/api'
import { summarise } from '../regions/region-tree'
import { PERMISSION_ABILITIES, ROLE_DUTIES } from './role-guide'

export function HomePage() {
  const me = useMe()
  const duties = me.role ? ROLE_DUTIES[me.role] ?? [] : []
  // In the guide's order (read before manage), not the alphabetical order /api/me lists them in.
  const abilities = Object.entries(PERMISSION_ABILITIES).filter(([p]) => me.permissions.includes(p)).map(([, text]) => text)

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card title={`您好，${me.displayName}`}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label="账号">{me.username}</Descriptions.Item>
              <Descriptions.Item label="角色">{me.roleLabel}</Descriptions.Item>
              <Descriptions.Item label="所属区划">{me.regionName}</Descriptions.Item>
              <Descriptions.Item label="所属单位">{me.unitName ?? '—'}</Descriptions.Item>
            </Descriptions>
            {!me.role && (
              <Alert type="info" showIcon style={{ marginTop: 16 }} message="账号尚未分配角色"
                description="请联系安全管理员分配角色；分配后重新登录即可使用相应功能。" />
            )}
          </Card>
          {me.permissions.includes('regions.read') && <RegionStats />}
        </Space>
      </Col>
      <Col xs={24} xl={10}>
        <Card title="本角色在食安平台的工作">
          {duties.length > 0 && (
            <List size="small" dataSource={duties} renderItem={(d) => <List.Item>{d}</List.Item>} style={{ marginBottom: 12 }} />
          )}
          <Typography.Text strong>当前可以使用</Typography.Text>
          <List size="small" dataSource={abilities.length ? abilities : ['修改本人密码']}
            renderItem={(a) => <List.Item><CheckCircleOutlined style={{ color: '#389e0d', marginRight: 8 }} />{a}</List.Item>} />
        </Card>
      </Col>
    </Row>
  )
}

/** Population and counts of the caller's subtree (the whole county for county accounts). */
function RegionStats() {
  const { data, error } = useLoad(useCallback(fetchRegionTree, []))
  if (error) return <LoadError error={error} />
  return (
    <Card title="辖区概况" loading={!data}>
      {summarise(data ?? []).map(({ root, townships, villages }) => (
        <Row gutter={[16, 16]} key={root.code}>
          <Col xs={12} md={6}><Statistic title={`辖区（${REGION_LEVEL_LABELS[root.level] ?? '区划'}）`} value={root.name} /></Col>
          <Col xs={12} md={6}><Statistic title="人口（人）" value={root.population} groupSeparator="," /></Col>
          {root.level === 'county' && <Col xs={12} md={6}><Statistic title="乡镇（街道）" value={townships} suffix="个" /></Col>}
          {root.level !== 'village' && <Col xs={12} md={6}><Statistic title="村（社区）" value={villages} suffix="个" /></Col>}
        </Row>
      ))}
    </Card>
  )
}
