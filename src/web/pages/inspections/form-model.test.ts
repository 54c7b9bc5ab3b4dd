import { describe, expect, it } from 'vitest'
import { allowedHandlings, checklistOf, defaultDueOn, requirementsFrom, toInput, type Answers, type FormValues } from './form-model'

// The live result on the phone must be the one the server will record: same checklist, same rule.

const allConform = (codes: string[]): Answers => Object.fromEntries(codes.map((c) => [c, { outcome: 'conform' as const }]))

describe('the inspection form model', () => {
  it('judges a supermarket (sales table, 2016 rule): one general failure is 基本符合, one key failure 不符合', () => {
    const c = checklistOf('supermarket')
    const codes = c.items.map((i) => i.code)
    const general = c.items.find((i) => !i.key)!
    const key = c.items.find((i) => i.key)!
    expect(c.judge({}).result).toBeNull()
    expect(c.judge({}).unanswered).toBe(codes.length)
    expect(c.judge(allConform(codes)).result).toBe('conform')
    const oneGeneral = { ...allConform(codes), [general.code]: { outcome: 'nonconform' as const, note: '地面积水' } }
    expect(c.judge(oneGeneral)).toMatchObject({ result: 'basic', unanswered: 0, counts: { generalFailures: 1, keyFailures: 0 } })
    expect(c.judge({ ...allConform(codes), [key.code]: { outcome: 'nonconform' } }).result).toBe('nonconform')
  })

  it('judges a restaurant by the catering rule: one key failure alone is still 基本符合', () => {
    const c = checklistOf('small_restaurant')
    const key = c.items.find((i) => i.key)!
    expect(c.ruleTitle).toContain('餐饮')
    expect(c.judge({ ...allConform(c.items.map((i) => i.code)), [key.code]: { outcome: 'nonconform' } }).result).toBe('basic')
  })

  it('offers only the handlings the findings allow', () => {
    expect(allowedHandlings({ keyChecked: 3, keyFailures: 0, generalChecked: 5, generalFailures: 0, notApplicable: 0 })).toEqual(['none'])
    expect(allowedHandlings({ keyChecked: 3, keyFailures: 0, generalChecked: 5, generalFailures: 2, notApplicable: 0 })).toEqual(['on_the_spot', 'rectification', 'investigation'])
    expect(allowedHandlings({ keyChecked: 3, keyFailures: 1, generalChecked: 5, generalFailures: 0, notApplicable: 0 })).toEqual(['rectification', 'investigation'])
  })

  it('prefills the order from the failed items and their notes, due 15 days after the inspection', () => {
    const c = checklistOf('supermarket')
    const general = c.items.find((i) => !i.key)!
    const answers: Answers = { [general.code]: { outcome: 'nonconform', note: ' 地面积水 ' } }
    expect(requirementsFrom(c.judge(answers).failed, answers)).toBe(`1. ${general.code} ${general.text}：地面积水`)
    expect(defaultDueOn('2026-01-25')).toBe('2026-02-09')
  })

  it('sends only the fields of the chosen kind and handling, notes only on failures', () => {
    const c = checklistOf('supermarket')
    const [a, b] = c.items
    const values: FormValues = {
      entityId: 'e', kind: 'daily', campaign: '春节专项', drawId: 'd', inspectedOn: '2026-03-02', inspectorIds: ['x', 'y'],
      answers: { [a.code]: { outcome: 'conform', note: '旧备注' }, [b.code]: { outcome: 'nonconform', note: '过期' } },
      handling: 'on_the_spot', orderKind: 'rectify', dueOn: '2026-03-17', requirements: '整改', signerName: ' 张三 ', signatureRefused: false,
    }
    const input = toInput(values, c.items, ['p'], 's')
    expect(input).toMatchObject({ campaign: null, drawId: null, verifiesOrderId: null, rectification: null, signerName: '张三', signatureSha256: 's', photoIds: ['p'] })
    expect(input.answers).toEqual([{ code: a.code, outcome: 'conform' }, { code: b.code, outcome: 'nonconform', note: '过期' }])
    expect(toInput({ ...values, handling: 'rectification', signatureRefused: true }, c.items, [], 's'))
      .toMatchObject({ rectification: { kind: 'rectify', dueOn: '2026-03-17', requirements: '整改', documentNumber: null }, signatureSha256: null, signerName: null })
  })
})
