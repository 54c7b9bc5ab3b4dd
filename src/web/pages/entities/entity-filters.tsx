import { Button, Input, Select, Space, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { EntityListDto, EntityListQuery } from '../../../shared/entities'
import { formatNumber } from '../../lib/format'
import { activeFilters, EXPIRY_CHOICES } from './entity-query'
import { STATUS_OPTIONS } from './labels'
import { RegionSelect } from './region-select'

type Facet = EntityListDto['facets']['sector']
type Patch = Partial<EntityListQuery>

const withCount = (label: string, count: number) => `${label} (${formatNumber(count)})`

function FilterRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, padding: '6px 0', borderBottom: '1px dashed #f0f0f0' }}>
      <Typography.Text type="secondary" style={{ flex: 'none', width: 64 }}>{label}</Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
    </div>
  )
}

/** One facet as checkable tags with counts; a chosen value stays visible even when its count drops to 0. */
function FacetTags({ facet, value, onChange, name }: { facet: Facet; value: string | undefined; onChange: (v: string | undefined) => void; name: string }) {
  const shown = value && !facet.some((f) => f.value === value) ? [...facet, { value, label: value, count: 0 }] : facet
  return (
    <Space size={[4, 6]} wrap role="group" aria-label={name}>
      <Tag.CheckableTag checked={!value} onChange={() => onChange(undefined)}>全部</Tag.CheckableTag>
      {shown.map((f) => (
        <Tag.CheckableTag key={f.value} checked={value === f.value} onChange={(on) => onChange(on ? f.value : undefined)}>
          {withCount(f.label, f.count)}
        </Tag.CheckableTag>
      ))}
    </Space>
  )
}

interface Props {
  query: EntityListQuery
  facets: EntityListDto['facets'] | undefined
  onChange: (patch: Patch) => void
  onClear: () => void
}

/** The register's filters. Each facet counts what the other filters leave, so a count is what a click will show. */
export function EntityFilters({ query, facets, onChange, onClear }: Props) {
  const empty: Facet = []
  const expiring = facets?.expiring ?? empty
  const expired = expiring.find((f) => f.value === '-1')?.count ?? 0
  const typeOptions = (facets?.type ?? empty).map((f) => ({ value: f.value, label: withCount(f.label, f.count) }))
  if (query.type && !typeOptions.some((o) => o.value === query.type)) typeOptions.push({ value: query.type, label: withCount(query.type, 0) })

  return (
    <div data-testid="entity-filters" style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <RegionSelect aria-label="区域" allowClear value={query.region} onChange={(region) => onChange({ region })} style={{ width: 220 }} placeholder="全部区域（乡镇、村）" />
        <Input.Search key={query.q ?? ''} aria-label="关键词" placeholder="名称、信用代码、证照编号" allowClear defaultValue={query.q} style={{ width: 260 }}
          onSearch={(q) => onChange({ q: q.trim() || undefined })} />
        <Select aria-label="经营状态" allowClear placeholder="经营状态" value={query.status} style={{ width: 120 }} options={STATUS_OPTIONS}
          onChange={(status?: string) => onChange({ status })} />
        <Select aria-label="主体类型" allowClear showSearch optionFilterProp="label" placeholder="主体类型" value={query.type} style={{ width: 240 }}
          options={typeOptions} onChange={(type?: string) => onChange({ type })} />
        {activeFilters(query) > 0 && <Button type="link" onClick={onClear}>清除筛选</Button>}
      </Space>
      <FilterRow label="环节">
        <FacetTags name="环节" facet={facets?.sector ?? empty} value={query.sector} onChange={(sector) => onChange({ sector })} />
      </FilterRow>
      <FilterRow label="风险等级">
        <FacetTags name="风险等级" facet={[...(facets?.grade ?? empty)].sort((a, b) => a.value.localeCompare(b.value))} value={query.grade}
          onChange={(grade) => onChange({ grade })} />
      </FilterRow>
      <FilterRow label="证照到期">
        <Space size={[4, 6]} wrap>
          <FacetTags name="证照到期" facet={expiring.filter((f) => (EXPIRY_CHOICES as readonly string[]).includes(f.value))}
            value={query.expiringWithin === undefined ? undefined : String(query.expiringWithin)}
            onChange={(v) => onChange({ expiringWithin: v === undefined ? undefined : Number(v) })} />
          {expired > 0 && <Typography.Text type="danger" data-testid="expired-count">其中已过期 {formatNumber(expired)} 家</Typography.Text>}
        </Space>
      </FilterRow>
      <FilterRow label="认证">
        <FacetTags name="认证" facet={facets?.certification ?? empty} value={query.certification} onChange={(certification) => onChange({ certification })} />
      </FilterRow>
      <FilterRow label="明厨亮灶">
        <FacetTags name="明厨亮灶" facet={facets?.openKitchen ?? empty} value={query.openKitchen} onChange={(openKitchen) => onChange({ openKitchen })} />
      </FilterRow>
    </div>
  )
}
