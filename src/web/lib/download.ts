import { ApiError, isSessionError, noticeSessionError } from '../api/client'

const fileNameOf = (disposition: string | null, fallback: string) => {
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')
  return m ? decodeURIComponent(m[1]) : fallback
}

/**
 * Fetches a file (a report, an export) and saves it under the server's name. Not a plain link: a refused
 * request (a bad filter, a list too long, a quarter not begun) then shows its Chinese message on the page
 * instead of a JSON page. Returns the file's name.
 */
export async function downloadFile(url: string, fallbackName = 'download'): Promise<string> {
  let res: Response
  try {
    res = await fetch(url, { credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试')
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string }
    const error = new ApiError(res.status, body.code ?? `http_${res.status}`, body.message ?? `下载失败（HTTP ${res.status}）`)
    noticeSessionError(error) // a lost session goes to the login page, as on every other request
    throw error
  }
  const name = fileNameOf(res.headers.get('content-disposition'), fallbackName)
  const href = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
  return name
}

/** What a failed download shows: the server's Chinese message, nothing for a lost session (the login page takes over). */
export function downloadErrorText(e: unknown): string | null {
  if (isSessionError(e)) return null
  return e instanceof ApiError ? e.message : '下载失败，请稍后重试'
}
