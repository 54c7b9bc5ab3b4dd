import { DownloadButton } from './download-button'

/**
 * 导出 Excel for a table: the export route with the table's own filters, fetched and saved by DownloadButton so a
 * refusal (too many rows, a bad filter) shows its message.
 */
export function ExportButton({ href, size, label = '导出 Excel' }: { href: string; size?: 'small' | 'middle'; label?: string }) {
  return <DownloadButton href={href} size={size} label={label} fileName="export.xlsx" />
}
