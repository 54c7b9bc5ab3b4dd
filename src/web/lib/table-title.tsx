import { Typography } from 'antd'
import type { ReactNode } from 'react'
import { ExportButton } from './export-button'

/**
 * A table's heading with its 导出 Excel button at the right, for pages with several tables under one card. The
 * heading keeps the title's own margins, so it lines up with the plain titles beside it.
 */
export function TableTitle({ title, href }: { title: ReactNode; href: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 8 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <div style={{ marginBottom: 8 }}><ExportButton size="small" href={href} /></div>
    </div>
  )
}
