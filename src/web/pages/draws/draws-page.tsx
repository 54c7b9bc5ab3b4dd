import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import { DRAW_STATUS, selectionText, type DrawInput, type DrawSummaryDto } from '../../../shared/draws'
import { useMe } from '../../auth/auth-context'
import { ExportButton } from '../../lib/export-button'
import { formatDateTime } from '../../lib/format'
import { errorMessage } from '../../lib/form-errors'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { TYPE_OPTIONS } from '../entities/labels'
import { RegionSelect } from '../entities/region-select'
import { drawsExportUrl, fetchDraws, freezeDraw } from './api'

export const STATUS_COLORS: Record<string, string> = { frozen: 'blue', drawn: 'orange', published: 'green', cancelled: 'default' }
const GRADE_OPTIONS = [...['A', 'B', 'C', 'D'].map((g) => ({ value: g, label: `${g} 级` })), { value: 'none', label: '未评级' }]

interface FormValues {
  title: string; matter: string; year: number; regionCode: string; types: string[]; grades: string[]
  mode: 'count' | 'proportion'; count?: number; percent?: number; sameUnitRequired: boolean
}

/** 新建抽查: the filters of the 检查对象名录库, count or proportion, same-unit pairs. Saving freezes both lists. */
function CreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe()
  const [form] = Form.useForm<FormValues>()
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const navigate = useNavigate()
  const mode = Form.useWatch('mode', form)

  async function submit(v: FormValues) {
    const input: DrawInput = {
      title: v.title, matter: v.matter, year: v.year, sameUnitRequired: v.sameUnitRequired,
      entityFilter: { regionCode: v.regionCode, types: v.types ?? [], grades: v.grades ?? [] },
      selection: v.mode === 'count' ? { count: v.count } : { proportion: v.percent === undefined ? undefined : Number((v.percent / 100).toPrecision(12)) },
    }
    setSaving(true)
    setError(undefined)
    try {
      const draw = await freezeDraw(input)
      navigate(`/draws/${draw.id}`)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal title="新建双随机抽查（冻结名录）" open={open} onCancel={onClose} onOk={() => form.submit()} okText="冻结名录" confirmLoading={saving} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">
        保存时按筛选条件冻结“检查对象名录库”和在岗的“执法检查人员名录库”，并计算两个名录的哈希。请先公示名录哈希，再产生随机种子。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit}
        initialValues={{ year: new Date().getFullYear(), regionCode: me.regionCode, types: [], grades: [], mode: 'count', count: 10, percent: 5, sameUnitRequired: false }}>
        <Form.Item name="title" label="抽查任务名称" rules={[{ required: true, message: '请填写抽查任务名称' }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="matter" label="抽查事项" rules={[{ required: true, message: '请填写抽查事项' }]}><Input maxLength={200} placeholder="如：食品经营许可事项检查" /></Form.Item>
        <Space size="large" align="start" wrap>
          <Form.Item name="year" label="年度" rules={[{ required: true }]}><InputNumber min={2000} max={2100} /></Form.Item>
          <Form.Item name="regionCode" label="抽查区域" rules={[{ required: true, message: '请选择抽查区域' }]}><RegionSelect style={{ width: 280 }} /></Form.Item>
        </Space>
        <Form.Item name="types" label="主体类型（不选为全部）"><Select mode="multiple" options={TYPE_OPTIONS} optionFilterProp="label" allowClear placeholder="全部类型" /></Form.Item>
        <Form.Item name="grades" label="风险等级（不选为全部）"><Select mode="multiple" options={GRADE_OPTIONS} allowClear placeholder="全部等级" /></Form.Item>
        <Space size="large" align="start" wrap>
          <Form.Item name="mode" label="抽取方式">
            <Radio.Group options={[{ value: 'count', label: '按数量' }, { value: 'proportion', label: '按比例' }]} optionType="button" />
          </Form.Item>
          {mode === 'proportion'
            ? <Form.Item name="percent" label="抽取比例（%）" rules={[{ required: true, message: '请填写抽取比例' }]}><InputNumber min={0.01} max={100} step={1} /></Form.Item>
            : <Form.Item name="count" label="抽取数量（户）" rules={[{ required: true, message: '请填写抽取数量' }]}><InputNumber min={1} max={100000} precision={0} /></Form.Item>}
        </Space>
        <Form.Item name="sameUnitRequired" valuePropName="checked"><Checkbox>两名执法人员须同属一个执法单位</Checkbox></Form.Item>
      </Form>
    </Modal>
  )
}

export function DrawsPage() {
  const me = useMe()
  const canDraw = me.permissions.includes('inspections.draw')
  const [status, setStatus] = useState<string>()
  const [page, setPage] = useState(1)
  const [creating, setCreating] = useState(false)
  const { data, error, loading } = useLoad(useCallback(() => fetchDraws({ status, page, pageSize: 20 }), [status, page]))

  return (
    <Card title="双随机抽查" extra={(
      <Space wrap>
        <ExportButton href={drawsExportUrl({ status })} />
        {canDraw && <>
          <Link to="/draws/roster"><Button>执法检查人员名录库</Button></Link>
          <Button type="primary" onClick={() => setCreating(true)}>新建抽查</Button>
        </>}
      </Space>
    )}>
      <Typography.Paragraph type="secondary">
        双随机一公开：随机抽取检查对象、随机选派执法检查人员，抽查情况及查处结果及时向社会公开。抽取前冻结名录并公示名录哈希，种子公布后任何人都可以复核。
      </Typography.Paragraph>
      <LoadError error={error} />
      <Space style={{ marginBottom: 16 }}>
        <Select allowClear placeholder="全部状态" style={{ width: 160 }} value={status} onChange={(v) => { setStatus(v); setPage(1) }}
          options={Object.entries(DRAW_STATUS).map(([value, label]) => ({ value, label }))} aria-label="状态" />
      </Space>
      <Table<DrawSummaryDto> rowKey="id" loading={loading} dataSource={data?.items} size="middle"
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showTotal: (n) => `共 ${n} 次` }}
        columns={[
          { title: '抽查任务', dataIndex: 'title', render: (v, r) => <Link to={`/draws/${r.id}`}>{v}</Link> },
          { title: '抽查事项', dataIndex: 'matter' },
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '区域', dataIndex: 'regionName', width: 120 },
          { title: '名录库', key: 'lists', width: 150, render: (_, r) => `${r.entityCount} 户 / ${r.inspectorCount} 人` },
          { title: '抽取', key: 'selection', width: 110, render: (_, r) => r.drawnCount !== null ? `${r.drawnCount} 户` : selectionText(r.selection) },
          { title: '状态', dataIndex: 'status', width: 100, render: (v, r) => <Tag color={STATUS_COLORS[v]}>{r.statusLabel}</Tag> },
          { title: '冻结时间', dataIndex: 'frozenAt', width: 170, render: formatDateTime },
        ]} />
      <CreateModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  )
}
