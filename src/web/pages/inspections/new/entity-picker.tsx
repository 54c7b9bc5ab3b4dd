import { Select, Spin, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import type { EntitySummaryDto } from '../../../../shared/entities'
import { searchEntities } from '../api'

export type PickedEntity = Pick<EntitySummaryDto, 'id' | 'name' | 'type' | 'typeLabel' | 'address' | 'regionName' | 'townshipName'>

interface Props {
  id?: string
  value?: string
  onChange?: (id: string | undefined) => void
  /** The chosen entity (the form needs its type for the checklist). */
  picked: PickedEntity | null
  onPick: (entity: PickedEntity | null) => void
}

/** 检查对象: the register in the caller's scope, searched by name, credit code or licence number as one types. */
export function EntityPicker({ id, value, onChange, picked, onPick }: Props) {
  const [options, setOptions] = useState<PickedEntity[]>([])
  const [loading, setLoading] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const latest = useRef('')

  const search = (q: string) => {
    clearTimeout(timer.current)
    latest.current = q
    // A phone keyboard sends a key at a time: wait for a pause before asking the server.
    timer.current = setTimeout(() => {
      setLoading(true)
      searchEntities(q.trim()).then((r) => { if (latest.current === q) setOptions(r.items) }, () => undefined).finally(() => setLoading(false))
    }, 300)
  }
  useEffect(() => { search(''); return () => clearTimeout(timer.current) }, [])

  const shown = picked && !options.some((o) => o.id === picked.id) ? [picked, ...options] : options
  return (
    <Select id={id} showSearch value={value} filterOption={false} onSearch={search} placeholder="输入名称、信用代码或许可证号搜索"
      notFoundContent={loading ? <Spin size="small" /> : '没有找到，请换个关键词'} loading={loading} size="large" popupMatchSelectWidth
      onChange={(v: string | undefined) => { onChange?.(v); onPick(shown.find((o) => o.id === v) ?? null) }}
      options={shown.map((e) => ({
        value: e.id, title: e.name,
        label: (
          <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '2px 0' }}>
            <div>{e.name}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.typeLabel} · {e.townshipName} {e.regionName}</Typography.Text>
          </div>
        ),
      }))}
      optionLabelProp="title" />
  )
}
