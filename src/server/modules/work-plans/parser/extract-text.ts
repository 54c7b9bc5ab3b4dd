import { docxText } from './docx-text'
import { pdfText } from './pdf-text'
import { PlanReadError } from './plan-read-error'

/**
 * File → plain text, one paragraph per line. Knows .docx (mammoth), .pdf with a text layer (pdfjs) and
 * .txt (UTF-8, UTF-16 with BOM, or GB18030 as Windows Notepad saves Chinese text).
 */
export const MAX_PLAN_BYTES = 20 * 1024 * 1024

export type PlanFileType = 'docx' | 'pdf' | 'txt'

export function fileTypeOf(fileName: string, buffer: Buffer): PlanFileType {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (ext === 'docx' || ext === 'pdf' || ext === 'txt') return ext
  if (ext === 'doc' || ext === 'wps') throw new PlanReadError('unreadable', '不支持旧版 Word（.doc/.wps）文件：请在 Word 或 WPS 中另存为 .docx 后再上传')
  // No known extension: trust the content.
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  if (buffer.subarray(0, 2).toString('latin1') === 'PK') return 'docx'
  if (ext) throw new PlanReadError('unreadable', `不支持 .${ext} 文件：请上传 .docx、.pdf 或 .txt 格式的工作要点或工作方案`)
  return 'txt'
}

export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8')
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return new TextDecoder('utf-16le').decode(buffer.subarray(2))
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    return new TextDecoder('gb18030').decode(buffer)
  }
}

export async function extractText(buffer: Buffer, fileName: string): Promise<string> {
  if (buffer.length > MAX_PLAN_BYTES) throw new PlanReadError('too_large', `文件过大（${(buffer.length / 1024 / 1024).toFixed(1)} MB）：工作要点或工作方案不应超过 20 MB`)
  if (buffer.length === 0) throw new PlanReadError('empty', '文件是空的：请检查后重新上传')
  const type = fileTypeOf(fileName, buffer)
  const text = type === 'docx' ? await docxText(buffer) : type === 'pdf' ? await pdfText(buffer) : decodeText(buffer)
  if (!text.replace(/\s+/g, '')) {
    throw new PlanReadError('empty', type === 'pdf'
      ? 'PDF 中没有可读取的文字（可能是扫描件或图片）：请上传带文字层的 PDF 或 Word 文件'
      : '文件中没有文字内容：请检查后重新上传')
  }
  return text
}
