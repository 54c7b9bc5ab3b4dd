import type { FormInstance } from 'antd'
import { ApiError } from '../../api/client'
import { applyFieldErrors } from './field-errors'

const LABELS = { name: '主体名称', uscc: '统一社会信用代码', regionCode: '所在村（社区）' }
const fakeForm = () => {
  const setFields = vi.fn()
  return { form: { setFields } as unknown as FormInstance, setFields }
}

describe('applyFieldErrors', () => {
  it('places schema failures named by key', () => {
    const { form, setFields } = fakeForm()
    expect(applyFieldErrors(form, new ApiError(400, 'bad_request', '主体名称（name）：至少 2 个字符'), LABELS)).toBe(true)
    expect(setFields).toHaveBeenCalledWith([{ name: 'name', errors: ['至少 2 个字符'] }])
  })

  it('places every rule problem listed in details, by its label', () => {
    const { form, setFields } = fakeForm()
    const error = new ApiError(400, 'bad_request', '统一社会信用代码：校验码错误（第 18 位应为 T）（另有 1 处问题）', [
      { field: '统一社会信用代码', message: '校验码错误（第 18 位应为 T）' }, { field: '所在村（社区）', message: '应为村（社区）级 12 位区划代码' },
    ])
    expect(applyFieldErrors(form, error, LABELS)).toBe(true)
    expect(setFields).toHaveBeenCalledWith([
      { name: 'uscc', errors: ['校验码错误（第 18 位应为 T）'] }, { name: 'regionCode', errors: ['应为村（社区）级 12 位区划代码'] },
    ])
  })

  it('reads a 409 naming its field by label, and gives up on what it cannot place', () => {
    const { form, setFields } = fakeForm()
    expect(applyFieldErrors(form, new ApiError(409, 'conflict', '统一社会信用代码：9141… 已登记为“某超市”'), LABELS)).toBe(true)
    expect(setFields).toHaveBeenCalledWith([{ name: 'uscc', errors: ['9141… 已登记为“某超市”'] }])
    expect(applyFieldErrors(form, new ApiError(400, 'bad_request', '食堂类别：单位食堂须选择食堂类别'), LABELS)).toBe(false)
    expect(applyFieldErrors(form, new ApiError(500, 'internal', '服务器出错'), LABELS)).toBe(false)
  })
})
