import { DatePicker, Segmented, Space } from 'antd'
import dayjs from 'dayjs'
import quarterOfYear from 'dayjs/plugin/quarterOfYear'

dayjs.extend(quarterOfYear)

type Kind = 'year' | 'quarter' | 'month'
const kindOf = (period: string): Kind => (period.includes('-Q') ? 'quarter' : period.length === 7 ? 'month' : 'year')
const toDayjs = (period: string) => {
  const q = /^(\d{4})-Q([1-4])$/.exec(period)
  return q ? dayjs(`${q[1]}-01-01`).quarter(Number(q[2])) : dayjs(period.length === 4 ? `${period}-01-01` : `${period}-01`)
}
const format = (kind: Kind, d: dayjs.Dayjs) => (kind === 'year' ? d.format('YYYY') : kind === 'quarter' ? `${d.year()}-Q${d.quarter()}` : d.format('YYYY-MM'))

/** A year, quarter or month, as the indicators API names it (2026, 2026-Q3, 2026-07). */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const kind = kindOf(value)
  return (
    <Space>
      <Segmented<Kind> aria-label="期间类型" value={kind} onChange={(k) => onChange(format(k, toDayjs(value)))}
        options={[{ label: '年', value: 'year' }, { label: '季度', value: 'quarter' }, { label: '月', value: 'month' }]} />
      <DatePicker aria-label="统计期间" picker={kind} allowClear={false} value={toDayjs(value)} onChange={(d) => d && onChange(format(kind, d))}
        format={kind === 'quarter' ? 'YYYY年第Q季度' : kind === 'month' ? 'YYYY年M月' : 'YYYY年'} />
    </Space>
  )
}
