import { PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, DatePicker, Empty, Form, Input, Select, Space, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useCallback, useMemo, useState } from 'react'
import { limitText } from '../../../../shared/sample-verdict'
import { isSessionError } from '../../../api/client'
import { useLoad } from '../../../lib/use-load'
import { fromDay, toDay } from '../../entities/dates'
import { todayIso } from '../../entities/labels'
import { fetchTestItems, reportSample, type SampleDetailDto, type TestItemDto } from './api'
import { categoryLabel, groupLabel } from './labels'
import { LiveVerdictTag, ResultRowCard } from './result-row-card'
import { catalogueRow, customRow, liveSampleVerdict, liveVerdict, rowProblems, toResultInput, type ResultRow } from './result-rows'

const dateProps = { getValueProps: (v: string | undefined) => ({ value: toDay(v) }), normalize: (d: dayjs.Dayjs | null) => fromDay(d) ?? undefined }

/** The server names a result by its path (检测值（results.2.value）：…): shown as 第 3 项 for people. */
const readable = (message: string) => message
  .replace(/（results\.(\d+)(?:\.[A-Za-z.0-9]*)?）/g, (_, k: string) => `（第 ${Number(k) + 1} 项）`)
  .replace(/（[A-Za-z0-9_.]+）：/g, '：')

const itemLabel = (t: TestItemDto) => `${t.name}（${t.foodScope}）${limitText(t)}`

/** 录入检验结果: the report's number and date, then each tested item; the verdicts follow as one types. */
export function ResultsForm({ sample, onDone }: { sample: SampleDetailDto; onDone: () => void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reportReceivedOn: string; reportNumber: string }>()
  const [rows, setRows] = useState<ResultRow[]>([])
  const [tried, setTried] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const catalogue = useLoad(useCallback(() => fetchTestItems(sample.category), [sample.category]))
  const verdict = liveSampleVerdict(rows)
  const failing = rows.filter((r) => liveVerdict(r) === 'fail')

  const added = useMemo(() => new Set(rows.map((r) => r.item?.id).filter(Boolean)), [rows])
  const options = useMemo(() => {
    const groups = new Map<string, { label: string; options: { value: string; label: React.ReactNode; title: string; disabled: boolean }[] }>()
    for (const t of catalogue.data?.items ?? []) {
      if (!t.active) continue
      const g = groups.get(t.group) ?? { label: groupLabel(t.group), options: [] }
      g.options.push({
        value: t.id, title: itemLabel(t), disabled: added.has(t.id),
        label: <span style={{ whiteSpace: 'normal' }}>{itemLabel(t)}{t.status === 'U' && <Tag color="orange" style={{ marginInlineStart: 4 }}>未核实</Tag>}</span>,
      })
      groups.set(t.group, g)
    }
    return [...groups.values()]
  }, [catalogue.data, added])

  const addItem = (id: string) => {
    const t = catalogue.data?.items.find((i) => i.id === id)
    if (t) setRows((rs) => [...rs, catalogueRow(t)])
  }
  const change = (key: string, patch: Partial<ResultRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const remove = (key: string) => setRows((rs) => rs.filter((r) => r.key !== key))

  const submit = async (v: { reportReceivedOn: string; reportNumber: string }) => {
    setTried(true)
    setError(null)
    if (!rows.length) { setError('请至少添加一个检验项目'); return }
    const incomplete = rows.findIndex((r) => rowProblems(r).length > 0)
    if (incomplete >= 0) {
      setError(`第 ${incomplete + 1} 项尚未填写完整`)
      document.querySelectorAll('[data-testid="result-row"]')[incomplete]?.scrollIntoView({ behavior: 'smooth', block: 'center' })
      return
    }
    setSaving(true)
    try {
      const saved = await reportSample(sample.id, { reportReceivedOn: v.reportReceivedOn, reportNumber: v.reportNumber.trim(), results: rows.map(toResultInput) })
      message.success(saved.verdict === 'fail' ? '检验结果已保存：不合格，已开启核查处置' : '检验结果已保存')
      onDone()
    } catch (e) {
      if (!isSessionError(e)) setError(readable(e instanceof Error ? e.message : String(e)))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={saving} initialValues={{ reportReceivedOn: todayIso() }} data-testid="results-form">
      <Space wrap size={12} style={{ width: '100%' }} align="start">
        <Form.Item name="reportNumber" label="检验报告编号" rules={[{ required: true, whitespace: true, message: '请填写检验报告编号' }]} style={{ minWidth: 240 }}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="reportReceivedOn" label="收到检验报告日期" rules={[{ required: true, message: '请选择收到报告日期' }]} {...dateProps}
          extra={sample.reportDueOn ? `报告应于 ${sample.reportDueOn} 前出具` : undefined}>
          <DatePicker inputReadOnly allowClear={false} style={{ width: 200 }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || (sample.sentOn ? d.isBefore(dayjs(sample.sentOn), 'day') : false)} />
        </Form.Item>
      </Space>

      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>检验项目</Typography.Text>
      {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="从下方目录添加检验项目，或添加目录外项目" />}
      {rows.map((r, k) => (
        <ResultRowCard key={r.key} row={r} index={k} showProblems={tried} onChange={(patch) => change(r.key, patch)} onRemove={() => remove(r.key)} />
      ))}
      <Space direction="vertical" style={{ width: '100%', margin: '4px 0 16px' }}>
        <Select showSearch aria-label="从目录添加检验项目" value={null} placeholder={`从目录添加：${categoryLabel(sample.category)}的检验项目`} optionFilterProp="title"
          loading={catalogue.loading} options={options} onChange={(id: string) => addItem(id)} style={{ width: '100%' }} listHeight={320}
          notFoundContent={catalogue.error ? '检验项目目录加载失败' : '目录中没有该类别的项目，可添加目录外项目'} />
        <Button icon={<PlusOutlined />} onClick={() => setRows((rs) => [...rs, customRow()])}>添加目录外项目</Button>
      </Space>

      <Alert type={verdict === 'fail' ? 'error' : verdict === 'pass' ? 'success' : 'info'} showIcon style={{ marginBottom: 12 }} data-testid="sample-verdict"
        message={<span>样品判定：<LiveVerdictTag verdict={verdict} />{verdict === null && rows.length > 0 ? '（填写全部检验项目后判定）' : ''}</span>}
        description={failing.length ? `不合格项目：${failing.map((r) => r.item?.name ?? r.itemName).join('、')}。保存后将开启核查处置档案。` : '样品中任一项目不合格即判定为不合格；判定由系统按限量计算。'} />
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="results-error" />}
      <Button type="primary" htmlType="submit" loading={saving} block>保存检验结果</Button>
    </Form>
  )
}
