import { describe, expect, it } from 'vitest'
import { parsePlanText } from './index'

const brief = (text: string) => parsePlanText(text).tasks.map((t) => `${t.section ?? ''}${t.number}${t.title}`)

describe('plan structure', () => {
  it('reads tasks numbered per chapter and continuously', () => {
    const perChapter = '某县2023年食品安全工作要点\n一、压实责任\n（一）落实党政同责。内容。（县食安办负责）\n（二）落实包保责任。内容。（各乡镇负责）\n二、源头治理\n（一）治理产地环境。内容。（县农业农村局负责）'
    expect(brief(perChapter)).toEqual(['一（一）落实党政同责', '一（二）落实包保责任', '二（一）治理产地环境'])
    const continuous = perChapter.replace('二、源头治理\n（一）', '二、源头治理\n（三）')
    expect(brief(continuous)).toEqual(['一（一）落实党政同责', '一（二）落实包保责任', '二（三）治理产地环境'])
  })

  it('still starts a task at a number skipped or repeated by mistake', () => {
    const text = '某县2023年食品安全工作要点\n一、任务\n（一）甲。内容。（县食安办负责）\n（三）乙。内容。（县财政局负责）\n（三）丙。内容。（县公安局负责）'
    expect(brief(text)).toEqual(['一（一）甲', '一（三）乙', '一（三）丙'])
  })

  it('reads a long chapter heading that mentions 目标 as a chapter of tasks', () => {
    const text = '某县2023年食品安全工作要点\n一、聚焦目标任务，推动食品产业高质量发展\n（一）培育龙头企业。新增规模以上企业5家。'
    expect(brief(text)).toEqual(['一（一）培育龙头企业'])
  })

  it('reads 1. / 1、 tasks when the plan has no （一） level, numbered as written', () => {
    const text = '某县2024年食品安全实施方案\n一、重点任务\n1.健全监管网络。内容。\n责任单位：县市场监管局\n2、推进智慧监管。内容。\n牵头单位：县市场监管局；配合单位：县工信局'
    const plan = parsePlanText(text)
    expect(plan.tasks.map((t) => t.number)).toEqual(['1.', '2、'])
    expect(plan.tasks[1]).toMatchObject({ leads: ['县市场监管局'], cooperating: ['县工信局'] })
  })

  it('keeps 1. items under a （一） task as part of it', () => {
    const plan = parsePlanText('某县2024年食品安全工作要点\n一、源头治理\n（一）严格投入品管理\n1.开展农资打假。（县农业农村局牵头，县公安局配合）\n2.推行减量行动。（县农业农村局负责）')
    expect(plan.tasks).toHaveLength(1)
    expect(plan.tasks[0]).toMatchObject({ title: '严格投入品管理', leads: ['县农业农村局'], cooperating: ['县公安局'] })
    expect(plan.tasks[0].responsibilityText).toHaveLength(2)
  })

  it('gives a 工作进度 paragraph to the task before it', () => {
    const plan = parsePlanText('某县2023年食品安全工作要点\n一、源头治理\n（一）严格投入品监管。抽检不少于800批次。（县农业农村局负责）\n工作进度：3月底前制定方案，每季度通报一次结果。\n（二）加强粮食监管。内容。（县发改委负责）')
    const [t] = plan.tasks
    expect(t.progressText).toBe('工作进度：3月底前制定方案，每季度通报一次结果。')
    expect(t.deadlines.map((d) => [d.text, d.kind, d.from])).toEqual([['3月底前', 'by-date', '工作进度'], ['每季度通报一次', 'count-per-period', '工作进度']])
    expect(t.targets.map((x) => [x.value, x.unit, x.from])).toEqual([[800, '批次', undefined], [1, '次/季度', '工作进度']])
    expect(plan.tasks[1].progressText).toBeUndefined()
  })

  it('keeps a paragraph inside a task until its parenthetical, and a closing paragraph out of it', () => {
    const plan = parsePlanText('某县2020年食品安全工作要点\n一、能力建设\n（一）强化应急管理。开展演练。\n\n强化风险管控。加强监测。（县食安委各成员单位按职责分工负责）\n\n各乡镇于12月3日前报告工作情况。')
    expect(plan.tasks[0].text).toBe('（一）强化应急管理。开展演练。强化风险管控。加强监测。（县食安委各成员单位按职责分工负责）')
    expect(plan.tasks[0].deadlines).toEqual([])
    expect(plan.generalDeadlines.map((d) => d.text)).toEqual(['12月3日前'])
  })

  it('joins a task split by a page break, with its page number dropped', () => {
    const plan = parsePlanText('某县2020年食品安全工作要点\n一、监管\n（一）加强检验检测。落实农产品和食品抽检 4 批次/千人。（县市场监管局、农业农村局按职责分\n\n— 7 —\n\n工负责）')
    expect(plan.tasks[0]).toMatchObject({ leads: ['县市场监管局'], cooperating: ['农业农村局'], responsibilityText: ['（县市场监管局、农业农村局按职责分工负责）'] })
  })

  it('takes a short heading line without a full stop as the title', () => {
    expect(brief('某县2024年食品安全工作要点\n一、源头治理\n（一）净化产地环境\n加强耕地土壤污染防治，安全利用率达到92%以上。（县农业农村局负责）')).toEqual(['一（一）净化产地环境'])
    expect(brief('某县2024年食品安全工作要点\n一、源头治理\n（一）加强组织领导：各乡镇要高度重视。（各乡镇负责）')).toEqual(['一（一）加强组织领导'])
  })

  it('reads numbered overall goals and closing measures apart from tasks', () => {
    const plan = parsePlanText('某县2022—2024年食品安全攻坚行动方案\n一、总体目标\n到2024年年底，实现以下目标：\n1、抽检合格率达 98%以上。\n2、覆盖率 100%。\n二、主要任务\n（一）实施监测行动。内容。（责任单位：县卫健委、县市场监管局）\n三、工作措施\n（一）强化组织领导。内容。\n（二）加强跟踪评估。各牵头部门应于每季度末 20 日前报送总结。')
    expect(plan.year).toEqual([2022, 2024])
    expect(plan.goals?.map((g) => [g.number, g.targets.map((t) => `${t.comparator}${t.value}${t.unit}`)])).toEqual([['1', ['>=98%']], ['2', ['=100%']]])
    expect(plan.tasks.map((t) => t.number)).toEqual(['（一）'])
    expect(plan.measures?.map((m) => m.title)).toEqual(['强化组织领导', '加强跟踪评估'])
    expect(plan.generalDeadlines.map((d) => `${d.kind}:${d.text}`)).toEqual(['by-date:到2024年年底', 'recurring:每季度末 20 日前'])
  })

  it('reads a closing chapter that goes on with the task numbering as tasks', () => {
    const plan = parsePlanText('某县2024年食品安全实施方案\n一、重点任务\n（一）强化源头治理。内容。（县农业农村局负责）\n二、保障措施\n（二）加强经费保障。内容。（县财政局负责）')
    expect(plan.tasks.map((t) => `${t.section}${t.number}`)).toEqual(['一（一）', '二（二）'])
  })

  it('finds the real plan after a notice and garbled front matter', () => {
    const text = [
      '某市深化食品安全攻坚行动', '工作方案（2022-2024年）', '某市人民政府办公室文件', '一、总体要求', '二、总体目标', '1. 印发完善区划',
      '某市人民政府办公室', '关于印发《某市深化食品安全攻坚行动工作方案（2022-2024年）》的通知', '2022年7月19日',
      '某市深化食品安全攻坚行动 工作方案（2022-2024年）', '为深入开展行动，制定本方案。', '一、总体要求', '坚持人民至上。', '二、主要任务',
      '（一）实施监测行动。内容。（责任单位：市卫健委、发改委）', '（二）实施净化行动。内容。（责任单位：市农业农村局）',
    ].join('\n')
    const plan = parsePlanText(text)
    expect(plan).toMatchObject({ title: '某市深化食品安全攻坚行动工作方案（2022-2024年）', issuer: '某市人民政府办公室', year: [2022, 2024] })
    expect(plan.sections).toEqual([{ number: '一', title: '总体要求' }, { number: '二', title: '主要任务' }])
    expect(plan.tasks.map((t) => t.number)).toEqual(['（一）', '（二）'])
  })

  it('stops the body at the signature and at an attachment', () => {
    const plan = parsePlanText('某县2024年食品安全工作要点\n一、任务\n（一）加强监管。内容。（县市场监管局负责）\n某县食品安全委员会\n2024年3月1日\n附件\n（二）不是任务。内容。（县财政局负责）')
    expect(plan.tasks).toHaveLength(1)
    expect(plan.issuer).toBe('某县食品安全委员会')
  })

  it('reads a plan written as a table, one row per task', () => {
    const rows = ['序号\t工作目标\t工作内容\t责任单位\t完成时限', '一、源头治理', '1\t利用率保持在93%以上\t落实安全利用措施。\t县农业农村局、县生态环境分局\t2025年11月底前,并长期坚持', '2\t规范屠宰秩序\t开展专项整治。\t县农业农村局牵头，县公安局配合\t长期坚持']
    const plan = parsePlanText(`某县2025年食品安全重点工作任务清单\n${rows.join('\n')}`)
    expect(plan.sections).toEqual([{ number: '一', title: '源头治理' }])
    expect(plan.tasks.map((t) => [t.section, t.number, t.title, t.leads, t.cooperating, t.deadlines.map((d) => d.text)])).toEqual([
      ['一', '1', '利用率保持在93%以上', ['县农业农村局'], ['县生态环境分局'], ['2025年11月底前']],
      ['一', '2', '规范屠宰秩序', ['县农业农村局'], ['县公安局'], []],
    ])
    const piped = parsePlanText('某县2024年食品安全重点工作责任分工\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 1 | 开展宣传。 | 县食安办 | 县委宣传部 | 每季度 |')
    expect(piped.tasks[0]).toMatchObject({ number: '1', leads: ['县食安办'], cooperating: ['县委宣传部'] })
  })

  it('marks where each task, unit, target and deadline came from', () => {
    const plan = parsePlanText('某县2023年食品安全工作要点\n一、监管\n（一）加强监管。年底前，覆盖率达到 80%以上。（县教育局、县卫健委按职责分工负责）')
    const t = plan.tasks[0]
    const at = (s: { start: number; end: number }) => plan.sourceText.slice(s.start, s.end)
    expect(at(t.sourceSpans![0])).toBe(t.text)
    expect(at(t.targets[0].sourceSpans![0])).toBe('覆盖率达到 80%以上')
    expect(at(t.deadlines[0].sourceSpans![0])).toBe('年底前')
    expect(at(t.responsibilities[0].sourceSpans![0])).toBe('（县教育局、县卫健委按职责分工负责）')
    expect(t.responsibilities[0].units!.map(at)).toEqual(['县教育局', '县卫健委'])
  })

  it('merges units by canonical name within a task', () => {
    const plan = parsePlanText('2020年某县食品安全工作要点\n一、监管\n（一）加强监管。内容。（县卫健委负责）加强培训。（卫生健康委牵头，县卫健委、县教育局配合）')
    expect(plan.tasks[0]).toMatchObject({ leads: ['县卫健委'], cooperating: ['县教育局'] })
    expect(plan.unitCanonical.卫生健康委).toBe('县卫健委')
  })
})
