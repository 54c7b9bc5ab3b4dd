import { Alert, Button, Card, Collapse, Descriptions, Input, Layout, Result, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { useParams } from 'react-router-dom'
import type { DrawResultRowDto } from '../../../shared/draws'
import { formatDateTime } from '../../lib/format'
import { errorMessage } from '../../lib/form-errors'
import { useLoad } from '../../lib/use-load'
import { typeLabel } from '../entities/labels'
import { fetchPublicDraw, verifyPublicDraw, type VerifyResultDto } from '../draws/api'
import { verifyInBrowser, type Check } from './draw-verify'

/**
 * 双随机抽查结果公示 (no login): the result, both frozen lists as hashed, the seed, the algorithm, and a
 * 复核 that redoes the draw in this browser. Officers appear with name, unit and 执法证号 only; the
 * avoidance list never reaches this page.
 */

const Hash = ({ value }: { value: string }) => <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{value}</Typography.Text>
const mark = (ok: boolean | null) => (ok === null ? <Tag>无法在浏览器复核</Tag> : ok ? <Tag color="green">一致</Tag> : <Tag color="red">不一致</Tag>)

export function PublicDrawPage() {
  const { id = '' } = useParams()
  const { data: draw, error, loading } = useLoad(useCallback(() => fetchPublicDraw(id), [id]))
  const [checks, setChecks] = useState<Check[]>()
  const [server, setServer] = useState<VerifyResultDto>()
  const [serverError, setServerError] = useState<string>()

  const content = () => {
    if (error) return <Result status="404" title="没有找到这次公示的抽查" subTitle={errorMessage(error)} />
    if (!draw) return <Card loading={loading} />
    const failed = checks?.some((c) => c.ok === false)
    return (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={`${draw.title}（${draw.year} 年）`}>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="抽查事项">{draw.matter}</Descriptions.Item>
            <Descriptions.Item label="抽查区域">{draw.regionName}</Descriptions.Item>
            <Descriptions.Item label="检查对象名录库">{draw.record.parameters.entityCount} 户</Descriptions.Item>
            <Descriptions.Item label="执法检查人员名录库">{draw.record.parameters.inspectorCount} 人</Descriptions.Item>
            <Descriptions.Item label="抽取户数">{draw.record.parameters.drawnCount} 户</Descriptions.Item>
            <Descriptions.Item label="两人须同一单位">{draw.record.parameters.sameUnitRequired ? '是' : '否'}</Descriptions.Item>
            <Descriptions.Item label="名录冻结">{formatDateTime(draw.frozenAt)}</Descriptions.Item>
            <Descriptions.Item label="抽取 / 公示">{formatDateTime(draw.drawnAt)} / {formatDateTime(draw.publishedAt)}</Descriptions.Item>
            <Descriptions.Item label="检查对象名录哈希" span={2}><Hash value={draw.entityListHash} /></Descriptions.Item>
            <Descriptions.Item label="执法人员名录哈希" span={2}><Hash value={draw.inspectorListHash} /></Descriptions.Item>
            <Descriptions.Item label="回避名单哈希" span={2}><Hash value={draw.avoidanceHash} /></Descriptions.Item>
            <Descriptions.Item label="随机种子" span={2}><Hash value={draw.seed} /></Descriptions.Item>
            {draw.seedParts && <Descriptions.Item label="种子来源（每项一行）" span={2}>{draw.seedParts.map((p, i) => <div key={i}><Typography.Text code>{p}</Typography.Text></div>)}</Descriptions.Item>}
            <Descriptions.Item label="算法" span={2}>{draw.record.algorithm}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title="抽取结果">
          <Table<DrawResultRowDto> rowKey="position" size="small" dataSource={draw.rows} pagination={false}
            columns={[
              { title: '位次', dataIndex: 'position', width: 60 },
              { title: '检查对象', key: 'entity', render: (_, r) => r.entity.name },
              { title: '类型', key: 'type', width: 120, render: (_, r) => typeLabel(r.entity.type) },
              { title: '许可证号 / 信用代码', key: 'code', width: 200, render: (_, r) => r.entity.licenceNumber ?? r.entity.uscc ?? '—' },
              { title: '执法检查人员（一）', key: 'p1', render: (_, r) => r.inspectors[0] ? `${r.inspectors[0].name}（${r.inspectors[0].unit}）` : <Tag color="red">未分配：{r.unassignedReason}</Tag> },
              { title: '执法检查人员（二）', key: 'p2', render: (_, r) => r.inspectors[1] ? `${r.inspectors[1].name}（${r.inspectors[1].unit}）` : '—' },
            ]} />
        </Card>
        <Card title="复核" extra={
          <Space>
            <Button type="primary" onClick={() => setChecks(verifyInBrowser(draw))}>复核</Button>
            <Button onClick={() => verifyPublicDraw(draw.id).then(setServer, (e) => setServerError(errorMessage(e)))}>服务器端复核</Button>
          </Space>
        }>
          <Typography.Paragraph type="secondary">
            “复核”在您的浏览器中按下方算法，用本页公布的名录原文和随机种子重新计算，不经过服务器。回避名单属个人信息不公开，有回避情形时人员配对由服务器端复核。
          </Typography.Paragraph>
          {checks && (
            <>
              <Alert type={failed ? 'error' : 'success'} showIcon style={{ marginBottom: 12 }}
                message={`浏览器复核：${failed ? '不一致' : '一致'}`} data-testid="browser-verdict" />
              <Table rowKey="label" size="small" pagination={false} dataSource={checks}
                columns={[{ title: '复核项目', dataIndex: 'label', width: 220 }, { title: '结果', dataIndex: 'ok', width: 150, render: mark }, { title: '重算值', dataIndex: 'detail', render: (v) => <span style={{ wordBreak: 'break-all' }}>{v}</span> }]} />
            </>
          )}
          {server && <Alert style={{ marginTop: 12 }} type={server.matches ? 'success' : 'error'} showIcon message={`服务器端复核：${server.verdict}`}
            description={server.differences.length ? `不一致之处：${server.differences.map((d) => d.where).join('、')}` : undefined} />}
          {serverError && <Alert style={{ marginTop: 12 }} type="error" showIcon message={serverError} />}
        </Card>
        <Card title="名录原文（被哈希的文本）">
          <Collapse items={[
            { key: 'e', label: `检查对象名录库（${draw.record.parameters.entityCount} 户）`, children: <Input.TextArea readOnly value={draw.entityList} autoSize={{ minRows: 3, maxRows: 12 }} aria-label="检查对象名录原文" /> },
            { key: 'i', label: `执法检查人员名录库（${draw.record.parameters.inspectorCount} 人）`, children: <Input.TextArea readOnly value={draw.inspectorList} autoSize={{ minRows: 3, maxRows: 12 }} aria-label="执法人员名录原文" /> },
          ]} />
        </Card>
        <Card title="抽取算法">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{draw.algorithmText}</Typography.Paragraph>
        </Card>
      </Space>
    )
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#1a5fb4', display: 'flex', alignItems: 'center' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>双随机抽查结果公示</Typography.Title>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>{content()}</Layout.Content>
    </Layout>
  )
}
