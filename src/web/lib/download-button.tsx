import { DownloadOutlined, LoadingOutlined } from '@ant-design/icons'
import { App, Button, Typography, type ButtonProps } from 'antd'
import { useState, type CSSProperties, type MouseEvent, type ReactNode } from 'react'
import { downloadErrorText, downloadFile } from './download'

export interface DownloadButtonProps {
  /** The file's route; the session cookie authorises the fetch. */
  href: string
  label: ReactNode
  /** A button shows the download icon unless given another; a link shows one only when given. */
  icon?: ReactNode
  type?: ButtonProps['type']
  size?: ButtonProps['size']
  /** Saved under this name only when the server sends none. */
  fileName?: string
  /** An inline text link (a file in a sentence or a list) instead of a button. */
  link?: boolean
  style?: CSSProperties
}

/**
 * Every file the UI offers (exports, templates, .docx records, evidence) goes through here rather than a plain
 * `href … download` anchor: a refusal (no permission, a list too long, a record gone) then shows its Chinese
 * message on the page instead of the browser saving the JSON error, and a lost session goes to the login page.
 */
export function DownloadButton({ href, label, icon, type, size, fileName = 'download', link, style }: DownloadButtonProps) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const download = async () => {
    if (busy) return
    setBusy(true)
    try {
      await downloadFile(href, fileName)
    } catch (e) {
      const text = downloadErrorText(e)
      if (text) message.error(text)
    } finally {
      setBusy(false)
    }
  }
  if (link) {
    // Keeps the href so it stays a real link (focus, copy address); the click fetches instead of navigating.
    const onClick = (e: MouseEvent) => { e.preventDefault(); void download() }
    return (
      <Typography.Link href={href} onClick={onClick} aria-busy={busy} style={style}>
        {busy ? <LoadingOutlined /> : icon}{(busy || icon) && ' '}{label}
      </Typography.Link>
    )
  }
  return <Button type={type} size={size} icon={icon ?? <DownloadOutlined />} loading={busy} onClick={download} style={style}>{label}</Button>
}
