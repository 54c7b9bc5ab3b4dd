import type { FastifySchemaValidationError } from 'fastify'

/**
 * Turns schema failures into one Chinese sentence per field, naming the field by its schema title:
 * `用户名（username）：不能为空；密码（password）：至少 10 个字符`.
 */
interface SchemaNode { title?: string; type?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[]; minLength?: number }

const partNames: Record<string, string> = { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' }

// A nullable field (`T | null`) is an anyOf node: its title, properties and items are those of its non-null member.
const member = (node: SchemaNode, has: (n: SchemaNode) => unknown) => (has(node) ? node : node.anyOf?.find(has))
const titleOf = (node: SchemaNode | undefined) => (node ? member(node, (n) => n.title)?.title : undefined)

function nodeAt(schema: SchemaNode | undefined, pointer: string): SchemaNode | undefined {
  let node = schema
  for (const key of pointer.split('/').filter(Boolean)) {
    if (!node) return undefined
    node = member(node, (n) => n.properties)?.properties?.[key] ?? (/^\d+$/.test(key) ? member(node, (n) => n.items)?.items : undefined)
  }
  return node
}

function label(schema: SchemaNode | undefined, pointer: string): string {
  const path = pointer.split('/').filter(Boolean).join('.')
  const title = titleOf(nodeAt(schema, pointer))
  if (title && path) return `${title}（${path}）`
  return title ?? path
}

function describe(error: FastifySchemaValidationError, node: SchemaNode | undefined): string {
  const p = (error.params ?? {}) as Record<string, unknown>
  switch (error.keyword) {
    case 'minLength': return Number(p.limit) <= 1 ? '不能为空' : `至少 ${p.limit} 个字符`
    case 'maxLength': return `不能超过 ${p.limit} 个字符`
    case 'minimum': case 'exclusiveMinimum': return `不能小于 ${p.limit}`
    case 'maximum': case 'exclusiveMaximum': return `不能大于 ${p.limit}`
    case 'minItems': return `至少 ${p.limit} 项`
    case 'maxItems': return `不能超过 ${p.limit} 项`
    case 'format': return '格式不正确'
    case 'pattern': return '格式不正确'
    case 'type': return `类型不正确${typeName(node?.type ?? String(p.type ?? ''))}`
    case 'const': case 'enum': case 'anyOf': case 'oneOf': return '取值无效'
    default: return '取值无效'
  }
}

const typeName = (t: string) => ({ string: '，应为文本', integer: '，应为整数', number: '，应为数字', boolean: '，应为是/否', object: '，应为对象', array: '，应为列表' } as Record<string, string>)[t] ?? ''

export function validationMessage(errors: FastifySchemaValidationError[], context: string, schema: unknown): string {
  const seen = new Set<string>()
  const parts: string[] = []
  const add = (name: string, text: string) => {
    if (seen.has(name)) return
    seen.add(name)
    parts.push(`${name}：${text}`)
  }
  const root = schema as SchemaNode
  for (const error of errors) {
    const p = (error.params ?? {}) as Record<string, unknown>
    const pointer = error.instancePath ?? ''
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)])
    if (error.keyword === 'boolean' && String(error.schemaPath ?? '').endsWith('/additionalProperties')) continue
    // "required" and "additionalProperties" report the parent object: name the missing or unknown field itself.
    if (error.keyword === 'required') {
      for (const field of list(p.requiredProperties ?? p.missingProperty)) add(label(root, `${pointer}/${field}`), '不能为空')
      continue
    }
    if (error.keyword === 'additionalProperties') {
      for (const field of list(p.additionalProperties ?? p.additionalProperty)) add(`${label(root, pointer) || partNames[context] || context}（${field}）`, '不允许的字段')
      continue
    }
    add(label(root, pointer) || partNames[context] || context, describe(error, nodeAt(root, pointer)))
  }
  return parts.join('；') || `${partNames[context] ?? context}格式不正确`
}
