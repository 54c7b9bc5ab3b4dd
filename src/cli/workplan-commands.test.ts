import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { workplanParseCommand } from './workplan-commands'

/** `shian workplan parse FILE [--json]`, called in-process: output, summary and exit codes. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-workplan-cli-'))
const plan = '2023年某县食品安全工作要点\n一、压实责任\n（一）落实党政同责。年底前，考核覆盖率达到100%。（县食安办牵头，县委组织部配合）'

function capture() {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout += String(chunk); return true })
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { stderr += `${args.join(' ')}\n` })
  return { out: () => stdout, err: () => stderr }
}

afterEach(() => { vi.restoreAllMocks() })

describe('workplanParseCommand', () => {
  it('prints exactly the parser JSON with --json', async () => {
    const file = path.join(dir, 'plan.txt')
    fs.writeFileSync(file, plan)
    const io = capture()
    expect(await workplanParseCommand(file, { json: true })).toBe(0)
    const json = JSON.parse(io.out())
    expect(json).toMatchObject({ title: '2023年某县食品安全工作要点', year: 2023, tasks: [{ number: '（一）', leads: ['县食安办'], cooperating: ['县委组织部'] }] })
    expect(io.out()).toBe(`${JSON.stringify(json, null, 2)}\n`)
  })

  it('prints a Chinese summary without --json', async () => {
    const file = path.join(dir, 'plan.txt')
    fs.writeFileSync(file, plan)
    const io = capture()
    expect(await workplanParseCommand(file, {})).toBe(0)
    expect(io.out()).toContain('共 1 个部分、1 项任务')
    expect(io.out()).toContain('牵头：县食安办')
    expect(io.out()).toContain('时限：年底前')
  })

  it('returns 1 with a Chinese message for a missing file, an unreadable file and a document without tasks', async () => {
    const io = capture()
    expect(await workplanParseCommand(path.join(dir, 'missing.docx'), {})).toBe(1)
    const broken = path.join(dir, 'broken.docx')
    fs.writeFileSync(broken, 'PK\u0003\u0004 not really a zip')
    expect(await workplanParseCommand(broken, { json: true })).toBe(1)
    const notice = path.join(dir, 'notice.txt')
    fs.writeFileSync(notice, '关于开展宣传周活动的通知\n各单位：请做好宣传。')
    expect(await workplanParseCommand(notice, { json: true })).toBe(1)
    expect(io.out()).toBe('')
    expect(io.err()).toContain('找不到文件')
    expect(io.err()).toContain('无法读取该 .docx 文件')
    expect(io.err()).toContain('未能在文件中识别出任何工作任务')
  })
})
