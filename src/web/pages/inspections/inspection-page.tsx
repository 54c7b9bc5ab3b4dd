import { NotificationOutlined } from '@ant-design/icons'
import { App, Button, Card, Collapse, Descriptions, Empty, Image, List, Popconfirm, Space, Spin, Tag, Typography } from 'antd'
import { useCallback, useMemo } from 'react'
import { Link, useParams } from 'react-router-dom'
import { CHECKLIST_TEMPLATES, templateItems, type ChecklistCode, type FlatItem } from '../../../shared/inspection-checklists'
import { ITEM_OUTCOME_LABELS, type ItemOutcome } from '../../../shared/inspection-result'
import { useMe } from '../../auth/auth-context'
import { DownloadButton } from '../../lib/download-button'
import { errorMessage } from '../../lib/form-errors'
import { formatMinute } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { todayIso, typeLabel } from '../entities/labels'
import { fetchInspection, fileUrl, publishInspection, recordDocxUrl, type InspectionDetailDto, type OrderDto } from './api'
import { DueText, handlingLabel, kindLabel, orderKindLabel, OrderStatusTag, ResultTag } from './labels'
import { isClosed, VerifyButton } from './order-actions'

const OUTCOME_COLORS: Record<string, string> = { conform: 'green', nonconform: 'red', na: 'default' }
const ORDER: Record<string, number> = { nonconform: 0, conform: 1, na: 1 }

interface Row { code: string; outcome: string; note: string | null; item?: FlatItem }

/** The answers with their item texts: failures first (key ones before general), each part in table order. */
function answeredRows(d: InspectionDetailDto): Row[] {
  const template = CHECKLIST_TEMPLATES[d.checklistCode as ChecklistCode]
  const items = template ? templateItems(template) : []
  const position = new Map(items.map((it, k) => [it.code, k]))
  const byCode = new Map(items.map((it) => [it.code, it]))
  return d.answers.map((a) => ({ ...a, item: byCode.get(a.code) })).sort((a, b) =>
    ORDER[a.outcome] - ORDER[b.outcome] || (a.outcome === 'nonconform' ? Number(b.item?.key ?? 0) - Number(a.item?.key ?? 0) : 0) || (position.get(a.code) ?? 0) - (position.get(b.code) ?? 0))
}

function Publish({ d, onDone }: { d: InspectionDetailDto; onDone: () => void }) {
  const { message } = App.useApp()
  const late = !d.publishedAt && d.publishDueOn < todayIso()
  if (d.publishedAt) return <Tag color="green">已公示 {formatMinute(d.publishedAt)}</Tag>
  return (
    <Popconfirm title="公示检查结果" description={`将在门户公示本次检查结果（应于 ${d.publishDueOn} 前公示）。`} okText="公示" cancelText="取消"
      onConfirm={() => publishInspection(d.id).then(() => { message.success('已公示'); onDone() }, (e) => message.error(errorMessage(e)))}>
      <Button icon={<NotificationOutlined />} danger={late}>公示{late ? '（已超期）' : ''}</Button>
    </Popconfirm>
  )
}

function Orders({ orders, canVerify, onChange }: { orders: OrderDto[]; canVerify: boolean; onChange: () => void }) {
  return (
    <List dataSource={orders} data-testid="inspection-orders" renderItem={(o) => (
      <List.Item actions={canVerify && !isClosed(o) ? [<VerifyButton key="v" order={o} onDone={onChange} />] : []}>
        <List.Item.Meta
          title={<Space wrap size={4}>{orderKindLabel(o.kind)}{o.documentNumber && <span className="mono">{o.documentNumber}</span>}<OrderStatusTag status={o.status} overdue={o.overdue} dueOn={o.dueOn} /></Space>}
          description={(
            <div>
              <div>下达 {o.issuedOn} · 期限 <DueText dueOn={o.dueOn} overdue={o.overdue} /></div>
              <div style={{ whiteSpace: 'pre-wrap', color: 'rgba(0,0,0,0.75)', marginTop: 4 }}>{o.requirements}</div>
              {o.reportNote && <div style={{ marginTop: 4 }}>企业回复（{o.reportedOn}）：{o.reportNote}</div>}
              {o.verificationNote && <div style={{ marginTop: 4 }}>验证（{o.verifiedOn}）：{o.verificationNote}</div>}
              {o.caseId && <div style={{ marginTop: 4 }}><Link to={`/cases/${o.caseId}`}>已转立案调查，查看案件</Link></div>}
            </div>
          )} />
      </List.Item>
    )} />
  )
}

function AnswerList({ rows, testId }: { rows: Row[]; testId: string }) {
  return (
    <List dataSource={rows} data-testid={testId} renderItem={(r) => (
      <List.Item style={{ display: 'block', background: r.outcome === 'nonconform' ? '#fff1f0' : undefined, paddingInline: 8 }}>
        <Space size={4} wrap>
          <Tag color={OUTCOME_COLORS[r.outcome]}>{ITEM_OUTCOME_LABELS[r.outcome as ItemOutcome] ?? r.outcome}</Tag>
          <Typography.Text type="secondary" className="mono">{r.code}</Typography.Text>
          {r.item?.key && <Tag color="red">重点</Tag>}
        </Space>
        <div>{r.item?.text ?? r.code}</div>
        {r.note && <Typography.Text type="danger">问题：{r.note}</Typography.Text>}
      </List.Item>
    )} />
  )
}

/** 检查记录: the result, the answered checklist (failures first), photos, signature, orders and case. */
export function InspectionPage() {
  const { id = '' } = useParams()
  const me = useMe()
  const { data: d, error, reload } = useLoad(useCallback(() => fetchInspection(id), [id]))
  const rows = useMemo(() => (d ? answeredRows(d) : []), [d])
  const canRecord = me.permissions.includes('inspections.record')

  if (error) return <LoadError error={error} />
  if (!d) return <Spin style={{ display: 'block', marginTop: 80 }} />
  const failures = rows.filter((r) => r.outcome === 'nonconform')
  const others = rows.filter((r) => r.outcome !== 'nonconform')

  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 1000 }}>
      <Card title={<span style={{ whiteSpace: 'normal' }}>检查记录：{d.entityName}</span>} extra={<ResultTag result={d.result} />}>
        <Space wrap style={{ marginBottom: 16 }}>
          <DownloadButton type="primary" href={recordDocxUrl(d.id)} fileName="检查结果记录表.docx" label="下载检查结果记录表" />
          {canRecord && <Publish d={d} onDone={reload} />}
        </Space>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
          <Descriptions.Item label="检查对象"><Link to={`/entities/${d.entityId}`}>{d.entityName}</Link></Descriptions.Item>
          <Descriptions.Item label="主体类型">{typeLabel(d.entityType)}</Descriptions.Item>
          <Descriptions.Item label="地址">{d.entityAddress ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="检查类型">{kindLabel(d.kind)}{d.campaign ? `（${d.campaign}）` : ''}</Descriptions.Item>
          <Descriptions.Item label="检查日期">{d.inspectedOn}</Descriptions.Item>
          <Descriptions.Item label="执法人员">{d.inspectors.map((i) => i.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label="检查结果"><ResultTag result={d.result} /></Descriptions.Item>
          <Descriptions.Item label="不符合项">
            <span data-testid="failure-counts">重点项 {d.keyFailures} 项，一般项 {d.generalFailures} 项</span>{d.notApplicable ? `，不适用 ${d.notApplicable} 项` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="处理措施">{handlingLabel(d.handling)}</Descriptions.Item>
          <Descriptions.Item label="检查表">{d.checklistTitle}</Descriptions.Item>
          <Descriptions.Item label="结果公示">{d.publishedAt ? `已公示（${formatMinute(d.publishedAt)}）` : `应于 ${d.publishDueOn} 前公示`}</Descriptions.Item>
          {d.caseId && <Descriptions.Item label="案件"><Link to={`/cases/${d.caseId}`}>查看立案调查</Link></Descriptions.Item>}
          {d.findings && <Descriptions.Item label="检查发现的问题" span={3}><span style={{ whiteSpace: 'pre-wrap' }}>{d.findings}</span></Descriptions.Item>}
        </Descriptions>
      </Card>

      {d.orders.length > 0 && (
        <Card title="整改通知" size="small">
          <Orders orders={d.orders} canVerify={canRecord} onChange={reload} />
        </Card>
      )}

      <Card title={`检查项目（${rows.length} 项${failures.length ? `，其中不符合 ${failures.length} 项` : ''}）`} size="small">
        {failures.length > 0 && <AnswerList rows={failures} testId="failed-items" />}
        {/* The items without a finding fold away: on a phone fifty 符合 rows would bury the photos and the signature. */}
        {others.length > 0 && (
          <Collapse ghost size="small" items={[{
            key: 'others', label: `其余 ${others.length} 项（符合 ${others.filter((r) => r.outcome === 'conform').length} 项，不适用 ${others.filter((r) => r.outcome === 'na').length} 项）`,
            children: <AnswerList rows={others} testId="other-items" />,
          }]} />
        )}
      </Card>

      <Card title="现场照片" size="small">
        {d.photoIds.length ? (
          <Image.PreviewGroup>
            <Space wrap>{d.photoIds.map((p) => <Image key={p} src={fileUrl(d.id, p)} width={120} height={120} style={{ objectFit: 'cover', borderRadius: 6 }} alt="现场照片" />)}</Space>
          </Image.PreviewGroup>
        ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有照片" />}
      </Card>

      <Card title="被检查单位签字" size="small">
        {d.signatureRefused ? <Typography.Text type="warning">被检查单位拒绝签字</Typography.Text> : (
          <Space direction="vertical">
            {d.signatureSha256 && <Image src={fileUrl(d.id, d.signatureSha256)} width={260} alt="企业签名" style={{ border: '1px solid #f0f0f0', borderRadius: 6 }} />}
            <span>签字人：{d.signerName ?? '—'}</span>
          </Space>
        )}
      </Card>
    </Space>
  )
}
