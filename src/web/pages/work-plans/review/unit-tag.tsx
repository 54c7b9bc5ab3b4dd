import { Tag, Tooltip } from 'antd'
import type { TaskUnitDto } from '../../../../shared/work-plans'
import { unitLabel } from '../labels'

/** A task's unit: blue when matched to a member unit, purple for a collective, red while unresolved. */
export function UnitTag({ unit }: { unit: TaskUnitDto }) {
  const resolved = Boolean(unit.unitId || unit.collective)
  const color = unit.unitId ? 'blue' : unit.collective === 'none' ? 'default' : unit.collective ? 'purple' : 'red'
  const label = !resolved ? `${unit.nameAsWritten}（未对应）` : unit.collective === 'none' ? `${unit.nameAsWritten}（不单独指派）` : unitLabel(unit)
  const tag = <Tag color={color} style={{ marginBlock: 2 }}>{label}</Tag>
  return resolved && !label.startsWith(unit.nameAsWritten) ? <Tooltip title={`原文：${unit.nameAsWritten}`}>{tag}</Tooltip> : tag
}
