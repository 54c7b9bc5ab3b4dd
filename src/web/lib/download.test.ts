import { ApiError, setSessionHandlers } from '../api/client'
import { downloadErrorText, downloadFile } from './download'

// No DOM in this test run: the anchor downloadFile clicks is a stand-in that records what it was given.
const saved: { href: string; download: string; clicked: boolean }[] = []
const fakeDocument = {
  createElement: () => {
    const a = { href: '', download: '', clicked: false, click() { a.clicked = true }, remove() {} }
    saved.push(a)
    return a
  },
  body: { appendChild: () => {} },
}
const answer = (status: number, body: BodyInit, headers: Record<string, string> = {}) =>
  vi.fn(async () => new Response(body, { status, headers }))

beforeEach(() => {
  saved.length = 0
  vi.stubGlobal('document', fakeDocument)
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:file')
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  setSessionHandlers(null)
})

describe('downloadFile', () => {
  it('saves the file under the name the server gives, with the session cookie', async () => {
    const fetch = answer(200, 'xlsx', { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('经营主体名录.xlsx')}` })
    vi.stubGlobal('fetch', fetch)
    expect(await downloadFile('/api/entities/export?q=1', 'export.xlsx')).toBe('经营主体名录.xlsx')
    expect(fetch).toHaveBeenCalledWith('/api/entities/export?q=1', { credentials: 'same-origin' })
    expect(saved).toEqual([expect.objectContaining({ href: 'blob:file', download: '经营主体名录.xlsx', clicked: true })])
  })

  it('falls back to the given name when the server sends none', async () => {
    vi.stubGlobal('fetch', answer(200, 'docx'))
    expect(await downloadFile('/api/x', '抽样单.docx')).toBe('抽样单.docx')
  })

  it('turns a refusal into an ApiError with the server’s Chinese message and saves nothing', async () => {
    vi.stubGlobal('fetch', answer(400, JSON.stringify({ code: 'too_many_rows', message: '导出超过 50,000 行，请缩小筛选范围' })))
    const error = await downloadFile('/api/x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, code: 'too_many_rows', message: '导出超过 50,000 行，请缩小筛选范围' })
    expect(saved).toEqual([])
  })

  it('names the HTTP status when the refusal is not JSON', async () => {
    vi.stubGlobal('fetch', answer(502, '<html>bad gateway</html>'))
    await expect(downloadFile('/api/x')).rejects.toMatchObject({ status: 502, message: '下载失败（HTTP 502）' })
  })

  it('hands a lost session to the login page, and the page then shows nothing itself', async () => {
    const onUnauthorized = vi.fn()
    setSessionHandlers({ onUnauthorized, onPasswordChangeRequired: vi.fn() })
    vi.stubGlobal('fetch', answer(401, JSON.stringify({ code: 'unauthorized', message: '请先登录' })))
    const error = await downloadFile('/api/x').catch((e: unknown) => e)
    expect(onUnauthorized).toHaveBeenCalledOnce()
    expect(downloadErrorText(error)).toBeNull()
  })

  it('says the server cannot be reached when the request fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch') }))
    const error = await downloadFile('/api/x').catch((e: unknown) => e)
    expect(downloadErrorText(error)).toBe('无法连接服务器，请检查网络后重试')
  })
})

describe('downloadErrorText', () => {
  it('shows the server’s message, or a general one for anything else', () => {
    expect(downloadErrorText(new ApiError(404, 'not_found', '检查记录不存在'))).toBe('检查记录不存在')
    expect(downloadErrorText(new ApiError(403, 'password_change_required', '请先修改密码'))).toBeNull()
    expect(downloadErrorText(new Error('boom'))).toBe('下载失败，请稍后重试')
  })
})
