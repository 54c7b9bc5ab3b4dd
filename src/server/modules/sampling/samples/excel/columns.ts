/** The columns of the lab-results import, one row per tested item (the template writes them in this order). */
export const RESULT_COLUMNS = [
  { key: 'sampleNumber', header: '抽样单编号', required: true, width: 20 },
  { key: 'reportNumber', header: '检验报告编号', required: true, width: 20 },
  { key: 'reportReceivedOn', header: '收到报告日期', required: true, width: 14 },
  { key: 'item', header: '检验项目', required: true, width: 28 },
  { key: 'value', header: '检测值', required: true, width: 16 },
  { key: 'unit', header: '单位', required: true, width: 10 },
  { key: 'lod', header: '检出限', required: false, width: 10 },
  { key: 'limit', header: '限量', required: false, width: 12 },
  { key: 'standard', header: '判定依据', required: false, width: 24 },
] as const
export type ResultColumn = (typeof RESULT_COLUMNS)[number]['key']
export const SHEET_NAME = '检验结果'
export const MAX_ROWS = 5000

export const NOTES = [
  '每行填写一个样品的一个检验项目；同一抽样单编号的各行是同一份检验报告，检验报告编号和收到报告日期应相同。',
  '抽样单编号：系统中已登记送检、尚未录入结果的抽样单。',
  '收到报告日期：YYYY-MM-DD（如 2026-03-15），也可写 2026/3/15；不能早于送检日期，不能晚于今天。',
  '检验项目：按检验项目目录的名称填写（如 铅、毒死蜱），系统按样品的食品类别找到限量；同名项目有多条适用限量时，在名称后用括号注明适用食品，如「铅（叶菜蔬菜）」。',
  '检测值：数字；低于检出限的写「未检出」「ND」或「<0.01」（0.01 即检出限，也可写在检出限列）；微生物项目按采样方案填写各样品检测值，用顿号或逗号分隔，如 100、200、50、0、30。',
  '单位：与目录中该项目的单位一致（如 mg/kg、μg/kg、g/kg、CFU/g）。',
  '检出限：可选，禁用物质检出值不超过检出限的视为未检出。',
  '限量、判定依据：只在检验项目不在目录中时填写。限量写作「≤0.05」「≥3」或「不得检出」，判定依据写标准号，如 GB 2763-2021。',
  '判定结论由系统按检测值与限量计算，不需要填写；有一行出错则整个文件都不导入，请按错误清单改正后重新上传。',
]
