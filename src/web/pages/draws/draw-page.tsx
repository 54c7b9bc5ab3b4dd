import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { Link, useParams } from 'react-router-dom'
import { selectionText, type DrawResultRowDto } from '../../../shared/draws'
import { useMe } from '../../auth/auth-context'
import { formatDateTime } from '../../lib/format'
import { ExportButton } from '../../lib/export-button'
import { errorMessage } from '../../lib/form-errors'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { typeLabel } from '../entities/labels'
import { cancelDraw, drawTableExportUrl, fetchAssignments, fetchDraw, publishDraw, runDraw, verifyDraw, type DrawDetailDto, type VerifyResultDto } from './api'
import { STATUS_COLORS } from './draws-page'

const Hash = ({ value }: { value: string }) => <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{value}</Typography.Text>

export const resultColumns = [
  { title: '位次', dataIndex: 'position', width: 60 },
  { title: '检查对象', key: 'entity', render: (_: unknown, r: DrawResultRowDto) => r.entity.name },
  { title: '类型', key: 'type', width: 110, render: (_: unknown, r: DrawResultRowDto) => typeLabel(r.entity.type) },
  { title: '许可证号 / 信用代码', key: 'code', width: 190, render: (_: unknown, r: DrawResultRowDto) => r.entity.licenceNumber ?? r.entity.uscc ?? '—' },
  {
    title: '执法检查人员', key: 'inspectors', render: (_: unknown, r: DrawResultRowDto) => r.unassignedReason
      ? <Tag color="red">未分配：{r.unassignedReason}</Tag>
      : r.inspectors.map((p) => `${p.name}（${p.unit}）`).join('、'),
  },
]

/** The seed: typed in, or built from the draw date and a lottery number drawn after the hashes were published. */
function SeedForm({ draw, onDone }: { draw: DrawDetailDto; onDone: () => void }) {
  const [form] = Form.useForm<{ mode: 'public' | 'manual'; seed?: string; drawDate?: { format: (f: string) => string }; lotteryNumber?: string }>()
  const mode = Form.useWatch('mode', form)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  async function submit(v: { mode: string; seed?: string; drawDate?: { format: (f: string) => string }; lotteryNumber?: string }) {
    setBusy(true)
    setError(undefined)
    try {
      await runDraw(draw.id, v.mode === 'manual' ? { seed: v.seed } : { drawDate: v.drawDate?.format('YYYY-MM-DD'), lotteryNumber: v.lotteryNumber })
      onDone()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card type="inner" title="输入随机种子并抽取" style={{ marginTop: 16 }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="inline" onFinish={submit} initialValues={{ mode: 'public' }}>
        <Form.Item name="mode"><Radio.Group options={[{ value: 'public', label: '由公开来源生成' }, { value: 'manual', label: '直接输入种子' }]} /></Form.Item>
        {mode === 'manual'
          ? <Form.Item name="seed" label="随机种子" rules={[{ required: true, message: '请填写随机种子' }]}><Input style={{ width: 320 }} maxLength={200} /></Form.Item>
          : <>
            <Form.Item name="drawDate" label="抽取日期" rules={[{ required: true, message: '请选择抽取日期' }]}><DatePicker /></Form.Item>
            <Form.Item name="lotteryNumber" label="开奖号码" rules={[{ required: true, message: '请填写开奖号码' }]}><Input style={{ width: 200 }} maxLength={100} placeholder="名录哈希公示后开奖的号码" /></Form.Item>
          </>}
        <Form.Item><Button type="primary" htmlType="submit" loading={busy}>执行抽取</Button></Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        由公开来源生成时，种子 = SHA-256（抽取日期、开奖号码、检查对象名录哈希、执法人员名录哈希，每项一行）。抽取只使用冻结时的名录，执行后不能重抽。
      </Typography.Paragraph>
    </Card>
  )
}

function Assignments({ id }: { id: string }) {
  const { data, error, loading } = useLoad(useCallback(() => fetchAssignments(id), [id]))
  return (
    <Card type="inner" title={`检查任务完成情况${data ? `（已检查 ${data.done} / ${data.total}）` : ''}`} style={{ marginTop: 16 }}
      extra={<ExportButton size="small" href={drawTableExportUrl(id, 'assignments')} />}>
      <LoadError error={error} />
      <Table rowKey="position" size="small" loading={loading} dataSource={data?.items} pagination={false}
        columns={[
          { title: '位次', dataIndex: 'position', width: 60 },
          { title: '检查对象', dataIndex: 'entityName', render: (v, r) => <Link to={`/entities/${r.entityId}`}>{v}</Link> },
          { title: '执法检查人员', key: 'inspectors', render: (_, r) => r.unassignedReason ? <Tag color="red">{r.unassignedReason}</Tag> : r.inspectors.map((p) => p.name).join('、') },
          { title: '完成情况', key: 'done', width: 200, render: (_, r) => r.done ? <Tag color="green">已检查 {r.inspectedOn}</Tag> : <Tag color="orange">未检查</Tag> },
        ]} />
    </Card>
  )
}

export function DrawPage() {
  const { id = '' } = useParams()
  const me = useMe()
  const { message } = App.useApp()
  const canDraw = me.permissions.includes('inspections.draw')
  const { data: draw, error, loading, reload } = useLoad(useCallback(() => fetchDraw(id), [id]))
  const [verdict, setVerdict] = useState<VerifyResultDto>()
  const [reason, setReason] = useState('')
  const act = async (run: () => Promise<unknown>, done: string) => {
    try { await run(); message.success(done); reload() } catch (e) { message.error(errorMessage(e)) }
  }
  if (!draw) return <Card loading={loading}><LoadError error={error} /></Card>
  const publicUrl = `/public/draws/${draw.id}`
  return (
    <Card title={<Space>{draw.title}<Tag color={STATUS_COLORS[draw.status]}>{draw.statusLabel}</Tag></Space>} extra={<Link to="/draws">返回列表</Link>}>
      <LoadError error={error} />
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label="抽查事项">{draw.matter}</Descriptions.Item>
        <Descriptions.Item label="年度">{draw.year}</Descriptions.Item>
        <Descriptions.Item label="抽查区域">{draw.entityFilter.regionName}</Descriptions.Item>
        <Descriptions.Item label="主体类型 / 风险等级">
          {draw.entityFilter.types.length ? draw.entityFilter.types.map(typeLabel).join('、') : '全部类型'}；
          {draw.entityFilter.grades.length ? draw.entityFilter.grades.map((g) => (g === 'none' ? '未评级' : `${g} 级`)).join('、') : '全部等级'}
        </Descriptions.Item>
        <Descriptions.Item label="检查对象名录库">{draw.entityCount} 户</Descriptions.Item>
        <Descriptions.Item label="执法检查人员名录库">{draw.inspectorCount} 人{draw.sameUnitRequired ? '（两人须同一单位）' : ''}</Descriptions.Item>
        <Descriptions.Item label="抽取">{draw.drawnCount !== null ? `${draw.drawnCount} 户` : selectionText(draw.selection)}</Descriptions.Item>
        <Descriptions.Item label="冻结时间">{formatDateTime(draw.frozenAt)}</Descriptions.Item>
        <Descriptions.Item label="检查对象名录哈希" span={2}><Hash value={draw.entityListHash} /></Descriptions.Item>
        <Descriptions.Item label="执法人员名录哈希" span={2}><Hash value={draw.inspectorListHash} /></Descriptions.Item>
        <Descriptions.Item label="回避名单哈希" span={2}><Hash value={draw.avoidanceHash} /></Descriptions.Item>
        {draw.seed && <Descriptions.Item label="随机种子" span={2}><Hash value={draw.seed} /></Descriptions.Item>}
        {draw.seedParts && <Descriptions.Item label="种子来源" span={2}>{draw.seedParts.join(' ／ ')}</Descriptions.Item>}
        {draw.drawnAt && <Descriptions.Item label="抽取时间">{formatDateTime(draw.drawnAt)}</Descriptions.Item>}
        {draw.publishedAt && <Descriptions.Item label="公示时间">{formatDateTime(draw.publishedAt)}</Descriptions.Item>}
      </Descriptions>
      {draw.status === 'frozen' && (
        <Alert type="info" showIcon style={{ marginTop: 16 }} message="请先公示以上两个名录哈希，再确定随机种子（如名录哈希公示之后开奖的彩票号码）。" />
      )}
      {canDraw && draw.status === 'frozen' && <SeedForm draw={draw} onDone={reload} />}
      {draw.rows.length > 0 && (
        <Card type="inner" title="抽取结果" style={{ marginTop: 16 }} extra={<ExportButton size="small" href={drawTableExportUrl(draw.id, 'results')} />}>
          <Table rowKey="position" size="small" dataSource={draw.rows} columns={resultColumns} pagination={false} />
        </Card>
      )}
      <Space wrap style={{ marginTop: 16 }}>
        {canDraw && draw.status === 'drawn' && <Button type="primary" onClick={() => act(() => publishDraw(draw.id), '已公示')}>公示结果</Button>}
        {draw.seed && <Button onClick={async () => setVerdict(await verifyDraw(draw.id))}>服务器端复核</Button>}
        {draw.status === 'published' && <a href={publicUrl} target="_blank" rel="noreferrer">查看公示页</a>}
        {canDraw && (draw.status === 'frozen' || draw.status === 'drawn') && (
          <Popconfirm title="作废本次抽取" okText="作废" cancelText="取消" okButtonProps={{ danger: true, disabled: !reason.trim() }}
            description={<Input placeholder="作废原因" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} aria-label="作废原因" />}
            onConfirm={() => act(() => cancelDraw(draw.id, reason), '已作废')}>
            <Button danger>作废</Button>
          </Popconfirm>
        )}
      </Space>
      {verdict && (
        <Alert style={{ marginTop: 16 }} type={verdict.matches ? 'success' : 'error'} showIcon message={`服务器端复核：${verdict.verdict}`}
          description={verdict.differences.length ? verdict.differences.map((d) => d.where).join('、') : '按冻结名录、种子和回避名单重算，结果与记录完全一致。'} />
      )}
      {(draw.status === 'drawn' || draw.status === 'published') && <Assignments id={draw.id} />}
    </Card>
  )
}
