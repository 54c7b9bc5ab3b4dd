// Name lists for the demo county (西平县) built by county-data.ts.
// Township names follow the real 西平县 townships where known; codes, village
// names and populations are synthetic. Unit aliases are the forms the seed plans
// (/work/shared/seeds) actually write, plus the obvious 县-less and 西平县 forms.

export const COUNTY_CODE = '411721000000'
export const COUNTY_NAME = '西平县'
/** Target total population; the generated total lands within a few hundred of it. */
export const COUNTY_POPULATION_TARGET = 851_000

export interface TownshipSpec {
  /** digits 7–9 of the code: 001–099 街道, 100–199 镇, 200–399 乡 */
  seq: string
  name: string
  /** name without the 街道/镇/乡 suffix, used for 市场监管所 names */
  base: string
  /** number of 社区 (居民委员会, codes 001–199) */
  communities: number
  /** number of 村 (村民委员会, codes 200–399) */
  villages: number
}

// 3 街道 + 8 镇 + 9 乡 = 20 townships; 29 + 118 + 138 = 285 village-level units.
export const TOWNSHIPS: TownshipSpec[] = [
  { seq: '001', name: '柏城街道', base: '柏城', communities: 12, villages: 0 },
  { seq: '002', name: '柏亭街道', base: '柏亭', communities: 7, villages: 2 },
  { seq: '003', name: '柏苑街道', base: '柏苑', communities: 6, villages: 2 },
  { seq: '100', name: '出山镇', base: '出山', communities: 3, villages: 15 },
  { seq: '101', name: '五沟营镇', base: '五沟营', communities: 3, villages: 16 },
  { seq: '102', name: '权寨镇', base: '权寨', communities: 2, villages: 14 },
  { seq: '103', name: '师灵镇', base: '师灵', communities: 2, villages: 13 },
  { seq: '104', name: '盆尧镇', base: '盆尧', communities: 2, villages: 12 },
  { seq: '105', name: '嫘祖镇', base: '嫘祖', communities: 2, villages: 11 },
  { seq: '106', name: '宋集镇', base: '宋集', communities: 1, villages: 11 },
  { seq: '107', name: '二郎镇', base: '二郎', communities: 1, villages: 10 },
  { seq: '200', name: '专探乡', base: '专探', communities: 0, villages: 17 },
  { seq: '201', name: '焦庄乡', base: '焦庄', communities: 0, villages: 15 },
  { seq: '202', name: '人和乡', base: '人和', communities: 0, villages: 16 },
  { seq: '203', name: '谭店乡', base: '谭店', communities: 0, villages: 14 },
  { seq: '204', name: '芦庙乡', base: '芦庙', communities: 0, villages: 13 },
  { seq: '205', name: '重渠乡', base: '重渠', communities: 0, villages: 16 },
  { seq: '206', name: '杨庄乡', base: '杨庄', communities: 0, villages: 15 },
  { seq: '207', name: '蔡寨回族乡', base: '蔡寨', communities: 0, villages: 14 },
  { seq: '208', name: '吕店乡', base: '吕店', communities: 0, villages: 18 },
]

/** 社区 names of the three 街道 (keyed by TownshipSpec.base), in code order. */
export const STREET_COMMUNITIES: Record<string, string[]> = {
  柏城: [
    '城东社区', '城西社区', '城南社区', '城北社区', '解放路社区', '人民路社区',
    '文化路社区', '中山街社区', '东大街社区', '西大街社区', '南大街社区', '北大街社区',
  ],
  柏亭: ['柏亭社区', '建设路社区', '健康路社区', '新华路社区', '棠溪社区', '和平路社区', '光明路社区'],
  柏苑: ['柏苑社区', '仪封社区', '滨河社区', '南湖社区', '新城社区', '工业园社区'],
}

/** 社区 names of a 镇 after the first one ('<base>社区'). */
export const TOWN_COMMUNITY_SUFFIXES = ['东街社区', '西街社区', '南街社区', '北街社区']

/** Village names are <surname><place suffix>村, e.g. 王庄村, 李楼村, 张寨村. */
export const VILLAGE_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高',
  '郭', '何', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '程', '曹',
  '袁', '邓', '许', '沈', '彭', '吕', '苏', '卢', '蒋', '蔡', '贾', '丁', '魏', '薛', '余',
  '潘', '杜', '夏', '田', '任', '姜', '范', '方', '石', '姚', '谭', '金', '陆', '郝', '孔',
  '白', '崔', '康', '毛', '秦', '史', '侯', '孟', '段', '雷', '常', '武', '乔', '贺', '岳',
  '牛', '葛', '耿', '闫', '付', '祁', '聂', '邢', '申', '屈', '柴', '翟', '樊', '焦', '靳',
]
export const VILLAGE_SUFFIXES = [
  '庄', '楼', '寨', '营', '店', '集', '湾', '岗', '桥', '屯', '坡', '园', '洼', '台', '湖', '庙', '河', '埠',
]

/** [code, name, shortName, aliases] of the county-level committee member units. */
export type MemberSpec = [code: string, name: string, shortName: string, aliases: string[]]

export const OFFICE_SPEC: MemberSpec = [
  'fsc-office', '县食品安全委员会办公室', '县食安办',
  [
    '县食安办', '食安办', '县食安委办公室', '县政府食安办', '县政府食品安全委员会办公室',
    '县人民政府食品安全委员会办公室', '西平县食品安全委员会办公室', '西平县人民政府食品安全委员会办公室',
  ],
]

export const MEMBER_SPECS: MemberSpec[] = [
  ['msa', '县市场监督管理局', '市场监管局',
    ['西平县市场监督管理局', '县市场监管局', '市场监管局', '市场监督管理局', '县市场局', '市场监管部门']],
  ['agri', '县农业农村局', '农业农村局', ['西平县农业农村局', '农业农村局', '县农业局', '农业农村部门']],
  ['health', '县卫生健康委员会', '卫健委',
    ['西平县卫生健康委员会', '县卫健委', '卫健委', '县卫生健康委', '卫生健康委', '卫生健康委员会',
      '县卫健体委', '卫健体委', '县卫生健康体育委员会']],
  ['edu', '县教育局', '教育局', ['西平县教育局', '教育局', '县教体局', '教体局', '县教育体育局', '教育体育局']],
  ['police', '县公安局', '公安局', ['西平县公安局', '公安局', '公安部门']],
  ['commerce', '县商务局', '商务局', ['西平县商务局', '商务局']],
  ['finance', '县财政局', '财政局', ['西平县财政局', '财政局']],
  ['justice', '县司法局', '司法局', ['西平县司法局', '司法局']],
  ['eco', '市生态环境局西平分局', '生态环境分局',
    ['驻马店市生态环境局西平分局', '生态环境局西平分局', '生态环境分局', '县生态环境局', '生态环境局', '县环保局']],
  ['housing', '县住房和城乡建设局', '住建局', ['西平县住房和城乡建设局', '住房和城乡建设局', '县住建局', '住建局']],
  ['transport', '县交通运输局', '交通运输局', ['西平县交通运输局', '交通运输局', '县交通局']],
  ['water', '县水利局', '水利局', ['西平县水利局', '水利局']],
  ['grain', '县粮食和物资储备局', '粮食和物资储备局',
    ['西平县粮食和物资储备局', '粮食和物资储备局', '县粮食和物质储备局', '粮食和物质储备局', '县粮食局', '粮食局']],
  ['urban', '县城市管理局', '城管局', ['西平县城市管理局', '城市管理局', '县城管局', '城管局']],
  ['culture', '县文化广电和旅游局', '文广旅局',
    ['西平县文化广电和旅游局', '文化广电和旅游局', '县文广旅局', '文广旅局', '县文化广电旅游局', '县文旅局']],
  ['publicity', '县委宣传部', '宣传部', ['中共西平县委宣传部', '宣传部']],
  ['ndrc', '县发展和改革委员会', '发改委',
    ['西平县发展和改革委员会', '发展和改革委员会', '县发改委', '发改委', '县发展改革委']],
  ['industry', '县科技和工业信息化局', '科工局',
    ['西平县科技和工业信息化局', '县科工局', '科工局', '县科工信局', '县工业和信息化局', '县工信局', '工信局']],
  ['natres', '县自然资源局', '自然资源局', ['西平县自然资源局', '自然资源局']],
  ['civil', '县民政局', '民政局', ['西平县民政局', '民政局']],
  ['hrss', '县人力资源和社会保障局', '人社局',
    ['西平县人力资源和社会保障局', '人力资源和社会保障局', '县人社局', '人社局']],
  ['organization', '县委组织部', '组织部', ['中共西平县委组织部', '组织部']],
  ['united-front', '县委统一战线工作部', '统战部', ['县委统战部', '统战部', '中共西平县委统战部']],
  ['political-legal', '县委政法委员会', '政法委', ['县委政法委', '政法委', '中共西平县委政法委员会']],
  ['cac', '县委网络安全和信息化委员会办公室', '网信办', ['县委网信办', '网信办', '中共西平县委网信办']],
  ['emergency', '县应急管理局', '应急管理局', ['西平县应急管理局', '应急管理局', '县应急局']],
  ['procuratorate', '县人民检察院', '检察院', ['西平县人民检察院', '县检察院', '检察院']],
  ['court', '县人民法院', '法院', ['西平县人民法院', '县法院', '法院']],
  ['supply', '县供销合作社', '供销社', ['西平县供销合作社', '县供销合作社联合社', '县供销社', '供销社']],
  ['banking', '市银保监分局西平监管组', '银保监西平监管组',
    ['驻马店银保监分局西平监管组', '银保监分局西平监管组', '银保监西平监管组']],
  ['railway', '西平火车站', '西平火车站', ['西平站']],
]
