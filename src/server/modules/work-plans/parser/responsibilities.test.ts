import { describe, expect, it } from 'vitest'
import { responsibilitiesOf } from './test-helpers'

const one = (text: string) => {
  const hits = responsibilitiesOf(text)
  expect(hits).toHaveLength(1)
  return hits[0]
}

describe('responsibility parentheticals', () => {
  it('takes the unit marked 牵头 as the lead, the others as cooperating', () => {
    expect(one('开展专项整治。（县市场监管局牵头，县公安局、县农业农村局配合）')).toMatchObject({
      leads: ['县市场监管局'], cooperating: ['县公安局', '县农业农村局'],
    })
    expect(one('加强监管。（县公安局配合，县市场监管局牵头）').leads).toEqual(['县市场监管局'])
  })

  it('reads a role marked on one unit of a list, dropping the marker from the name', () => {
    expect(one('开展整治。（责任单位：市市场监管局（牵头）、市农业农村局、市卫健委）')).toMatchObject({
      leads: ['市市场监管局'], cooperating: ['市农业农村局', '市卫健委'],
    })
    expect(one('开展整治。（县公安局、县市场监管局(牵头)）')).toMatchObject({ leads: ['县市场监管局'], cooperating: ['县公安局'] })
  })

  it('takes the first unit listed when none is marked', () => {
    expect(one('开展监测。（责任单位：市卫健委、发改委、农业农村局。排名第一的为牵头单位，下同）')).toMatchObject({
      leads: ['市卫健委'], cooperating: ['发改委', '农业农村局'],
    })
    expect(one('推进改革。（县农业农村局、市场监管局按职责分工负责）')).toMatchObject({ leads: ['县农业农村局'], cooperating: ['市场监管局'] })
    expect(one('抓好落实。（县市场监管局负责，县教育局按职责分工负责）')).toMatchObject({ leads: ['县市场监管局'], cooperating: ['县教育局'] })
  })

  it('keeps collective local-government phrases whole and splits X和有关部门', () => {
    expect(one('确保安全。（各乡镇党委、政府、街道党工委、办事处负责，县政府食安委各成员单位和有关部门按职责分工负责）')).toMatchObject({
      leads: ['各乡镇党委、政府、街道党工委、办事处'], cooperating: ['县政府食安委各成员单位', '有关部门'],
    })
    expect(one('解决问题。（各乡镇政府、办事处，县政府食安办负责）')).toMatchObject({ leads: ['各乡镇政府、办事处'], cooperating: ['县政府食安办'] })
    expect(one('严肃问责。（各乡镇党委政府、街道党工委和办事处负责）').leads).toEqual(['各乡镇党委政府、街道党工委和办事处'])
    expect(one('落实责任。（各乡镇（街道）负责，县市场监管局按职责分工负责）').leads).toEqual(['各乡镇（街道）'])
    expect(one('加强监管。（县公安局及有关部门负责）')).toMatchObject({ leads: ['县公安局'], cooperating: ['有关部门'] })
  })

  it('does not split names that hold 和', () => {
    expect(one('推进建设。（县住房和城乡建设局、县人力资源和社会保障局负责）')).toMatchObject({
      leads: ['县住房和城乡建设局'], cooperating: ['县人力资源和社会保障局'],
    })
  })

  it('drops a trailing 等 and keeps combined offices whole', () => {
    expect(one('完善预案。（县市场监管局等部门负责）').leads).toEqual(['县市场监管局'])
    expect(one('保障粮食。（县发展改革委（粮食局）牵头，县财政局配合）').leads).toEqual(['县发展改革委（粮食局）'])
  })

  it('reads other brackets: 〔〕, [ ], half-width ( ) with a comma inside', () => {
    expect(one('做好备案。〔各镇(街道)党委政府,县级部门按职责分工负责〕')).toMatchObject({ leads: ['各镇(街道)党委政府'], cooperating: ['县级部门'] })
    expect(one('保障经费。[区财政局、区发展改革委]')).toMatchObject({ leads: ['区财政局'], cooperating: ['区发展改革委'] })
    expect(one('规范市场。(县商务局负责)').leads).toEqual(['县商务局'])
  })

  it('counts a parenthetical right before the full stop', () => {
    expect(one('结果纳入政绩考核重要内容(县食安办)。').leads).toEqual(['县食安办'])
  })

  it('ignores parentheticals that are not responsibilities', () => {
    for (const text of [
      '减少挥发性有机物(VOCs)排放。',
      '落实校长(园长)陪餐制度。',
      '各乡镇（街道）要加强监管。',
      '根据《工作方案》（三政办〔2022〕12号）要求，制定本方案。',
      '落实《若干措施》（以下简称《措施》），强化保障。',
      '报送工作总结（联系人：张敏，联系电话：0398—5820516）。',
      '引导养殖场（户）规范用药。',
      '严禁添加非食用物质（药物）。',
    ]) expect(responsibilitiesOf(text), text).toEqual([])
  })

  it('reads 责任单位： and 牵头单位：X；配合单位：Y lines', () => {
    expect(one('开展排查。\n责任单位：县市场监管局、各乡镇（街道）')).toMatchObject({ leads: ['县市场监管局'], cooperating: ['各乡镇（街道）'] })
    expect(one('推进平台建设。\n牵头单位：县市场监管局；配合单位：县工信局、县财政局')).toMatchObject({
      leads: ['县市场监管局'], cooperating: ['县工信局', '县财政局'],
    })
    expect(one('加强能力建设。\n牵头单位：县市场监管局\n配合单位：县发展改革委')).toMatchObject({ leads: ['县市场监管局'], cooperating: ['县发展改革委'] })
    expect(one('排查风险。责任单位：县市场监管局。').leads).toEqual(['县市场监管局'])
  })

  it('ends a 责任单位： line at its line unless a unit name wraps onto the next', () => {
    expect(one('（一）加强产地治理\n责任单位：县农业农村局\n开展耕地污染防治。').leads).toEqual(['县农业农村局'])
    expect(one('开展整治。\n责任单位：县市场监管局、县公安局、县农业\n农村局').cooperating).toEqual(['县公安局', '县农业农村局'])
  })

  it('reads a bare sentence of units and roles, but not a duty', () => {
    expect(one('开展农资打假。县农业农村局牵头，县市场监管局配合。')).toMatchObject({ leads: ['县农业农村局'], cooperating: ['县市场监管局'] })
    expect(responsibilitiesOf('各乡镇（街道）负责辖区内协管员队伍建设。')).toEqual([])
  })

  it('reads traditional characters', () => {
    expect(one('加強監管。（縣農業農村局牽頭，縣市場監管局配合）')).toMatchObject({ leads: ['縣農業農村局'], cooperating: ['縣市場監管局'] })
    expect(one('壓實責任。（各鄉鎮（街道）負責，縣食安辦按職責分工負責）')).toMatchObject({ leads: ['各鄉鎮（街道）'], cooperating: ['縣食安辦'] })
  })

  it('skips deadlines written inside the parenthetical', () => {
    expect(one('完成改造。（县商务局负责，2023年6月底前完成）')).toMatchObject({ leads: ['县商务局'], cooperating: [] })
  })
})
