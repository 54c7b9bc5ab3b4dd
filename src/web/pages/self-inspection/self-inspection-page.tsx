import { Alert, App, Button, Card, DatePicker, Input, Popconfirm, Progress, Space, Spin, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useCallback, useEffect, useState } from 'react'
import { isSessionError } from '../../api/client'
import { errorMessage } from '../../lib/form-errors'
import { formatMinute } from '../../lib/format'
import { LoadError } from '../../lib/load-error'
import { useLoad } from '../../lib/use-load'
import { answersOf, problemsOf, toInputAnswers, type Answers } from './answers'
import { fetchMine, saveMine, type SelfInspectionDto } from './api'
import { CheckItemCard } from './check-item-card'

const STATUS: Record<string, { label: string; color: string }> = {
  none: { label: '未填写', color: 'default' }, draft: { label: '已保存，未提交', color: 'gold' }, submitted: { label: '已提交', color: 'green' },
}

/** 企业自查: the business fills its monthly checklist on a phone, saves it, and submits it as the month's 自查报告. */
export function SelfInspectionPage() {
  const { message } = App.useApp()
  const [month, setMonth] = useState<Dayjs>(() => dayjs())
  const period = month.format('YYYY-MM')
  const loaded = useLoad(useCallback(() => fetchMine(period), [period]))
  const [form, setForm] = useState<SelfInspectionDto>()
  const [answers, setAnswers] = useState<Answers>({})
  const [summary, setSummary] = useState('')
  const [tried, setTried] = useState<'save' | 'submit' | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!loaded.data) return
    setForm(loaded.data)
    setAnswers(answersOf(loaded.data))
    setSummary(loaded.data.summary ?? '')
    setTried(null)
    setError(null)
  }, [loaded.data])

  if (loaded.error && !form) return <LoadError error={loaded.error} />
  if (!form) return <Spin style={{ display: 'block', marginTop: 80 }} />

  const submitted = form.status === 'submitted'
  const problems = problemsOf(form.items, answers, summary, tried === 'submit')
  const answered = form.items.filter((i) => answers[i.code]?.answer).length
  const noCount = form.items.filter((i) => answers[i.code]?.answer === 'no').length

  const save = async (submit: boolean) => {
    setTried(submit ? 'submit' : 'save')
    setError(null)
    if (problemsOf(form.items, answers, summary, submit).count) return setError('还有未填写完整的项目，请按红色提示补充')
    setSaving(true)
    try {
      const saved = await saveMine({ period, answers: toInputAnswers(answers), summary: summary.trim() || null, submit })
      setForm(saved)
      setTried(null)
      message.success(submit ? '自查报告已提交' : '自查已保存，可继续修改后提交')
    } catch (e) {
      if (!isSessionError(e)) setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div style={{ maxWidth: 680, margin: '0 auto' }}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{form.entityName}</Typography.Title>
        <Space wrap style={{ marginTop: 8 }}>
          <DatePicker picker="month" aria-label="自查月份" value={month} allowClear={false} format="YYYY年MM月" inputReadOnly
            onChange={(m) => m && setMonth(m)} disabledDate={(d) => d.isAfter(dayjs(), 'month')} />
          <Tag color={STATUS[form.status]?.color} data-testid="self-inspection-status">{STATUS[form.status]?.label ?? form.status}</Tag>
        </Space>
        {submitted ? (
          <Alert type="success" showIcon style={{ marginTop: 12 }} message={`本月自查报告已于 ${formatMinute(form.submittedAt)} 提交`}
            description={form.problemCount ? `发现问题 ${form.problemCount} 项，请按整改措施落实。` : '未发现问题。'} />
        ) : (
          <div style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">已填 {answered} / {form.items.length} 项{noCount ? `，发现问题 ${noCount} 项` : ''}</Typography.Text>
            <Progress percent={Math.round((answered / Math.max(1, form.items.length)) * 100)} size="small" showInfo={false} />
          </div>
        )}
      </Card>
      {form.items.map((item, i) => (
        <CheckItemCard key={item.code} index={i + 1} code={item.code} text={item.text} value={answers[item.code] ?? {}}
          problem={tried ? problems.byItem[item.code] : undefined}
          onChange={submitted ? undefined : (next) => setAnswers((cur) => ({ ...cur, [item.code]: next }))} />
      ))}
      <Card size="small" title="自查情况小结" style={{ marginBottom: 12 }}>
        {submitted ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{form.summary}</Typography.Paragraph> : (
          <>
            <Input.TextArea rows={4} maxLength={2000} showCount aria-label="自查情况小结" value={summary} onChange={(e) => setSummary(e.target.value)}
              status={problems.summary ? 'error' : undefined} placeholder="本月自查发现的问题、整改情况和下月重点；提交自查报告时必填" />
            {problems.summary && <Typography.Text type="danger">{problems.summary}</Typography.Text>}
          </>
        )}
      </Card>
      {!submitted && (
        <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: 12, borderTop: '1px solid #f0f0f0', zIndex: 2, margin: '0 -12px' }}>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
          <div style={{ display: 'flex', gap: 12 }}>
            <Button size="large" style={{ flex: 1 }} loading={saving && tried === 'save'} disabled={saving} onClick={() => save(false)}>保存</Button>
            <Popconfirm title="提交自查报告？" description="提交后本月自查不能再修改。" okText="提交" cancelText="取消" onConfirm={() => save(true)}>
              <Button size="large" type="primary" style={{ flex: 2 }} loading={saving && tried === 'submit'} disabled={saving}>提交自查报告</Button>
            </Popconfirm>
          </div>
        </div>
      )}
    </div>
  )
}
