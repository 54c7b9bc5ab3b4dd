// Word lists for the demo register's names and addresses. Business names follow how 西平县 firms
// and 个体工商户 are actually registered (西平县 + trade name + trade + form); people's names are
// common Henan surnames with ordinary given names. Everything here is synthetic.

/** Common surnames, the most frequent repeated so they come up as often as in a real roster. */
export const SURNAMES = [
  '王', '王', '王', '李', '李', '李', '张', '张', '张', '刘', '刘', '陈', '陈', '杨', '杨', '赵', '赵',
  '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '郭', '郭', '何', '马', '马', '罗', '梁', '宋', '郑',
  '谢', '韩', '唐', '冯', '于', '董', '程', '曹', '袁', '邓', '许', '沈', '彭', '吕', '苏', '卢', '蒋',
  '蔡', '贾', '丁', '魏', '薛', '余', '潘', '杜', '夏', '田', '任', '姜', '范', '方', '石', '姚', '谭',
  '金', '郝', '孔', '白', '崔', '康', '毛', '秦', '史', '侯', '孟', '段', '雷', '常', '武', '乔', '贺',
  '岳', '牛', '葛', '耿', '闫', '付', '祁', '聂', '邢', '申', '屈', '柴', '翟', '樊', '焦', '靳', '楚',
]

export const GIVEN_MALE = [
  '建国', '建军', '建设', '国强', '国庆', '志强', '志刚', '卫东', '卫国', '红军', '新民', '振华', '保国',
  '海涛', '海峰', '金锁', '铁柱', '长林', '永红', '永刚', '明亮', '俊杰', '晓东', '晓峰', '伟', '磊',
  '勇', '军', '涛', '鹏', '强', '斌', '浩', '超', '亮', '刚', '杰', '博', '宇', '鑫', '帅', '朋',
  '全喜', '富贵', '跃进', '玉山', '文斌', '世杰', '春生', '留柱', '二强', '三喜', '中伟', '东亮',
]
export const GIVEN_FEMALE = [
  '秀英', '桂英', '玉兰', '秀兰', '凤英', '桂兰', '翠花', '淑珍', '丽娟', '红霞', '春梅', '艳芳',
  '丽', '静', '敏', '燕', '娟', '霞', '芳', '萍', '丹', '倩', '晶', '洁', '琳', '雪', '颖', '莉',
  '晓燕', '海燕', '小红', '雪梅', '玉霞', '金凤', '爱萍', '素芳', '新华', '丽萍', '慧敏', '梦瑶',
]

/** Two-character trade names (字号). */
export const BRANDS = [
  '华丰', '金源', '鑫达', '永盛', '福满', '天润', '宏运', '盛源', '恒信', '富民', '兴旺', '嘉禾', '丰禾',
  '金穗', '瑞丰', '鸿福', '德顺', '顺发', '万家', '惠民', '百姓', '佳乐', '家和', '旺佳', '聚福', '豫丰',
  '中原', '柏亭', '棠溪', '嫘祖', '龙泉', '吉祥', '安康', '康泰', '金利', '盛世', '同心', '和盛', '利民',
  '润泽', '益康', '绿源', '绿野', '田园', '丰收', '亿家', '乐购', '欣悦', '红星', '东方', '南湖', '滨河',
  '春晖', '金鼎', '鼎盛', '汇丰', '隆昌', '宝丰', '众诚', '诚信', '新华', '金达', '银河', '天顺', '天和',
  '正道', '大地', '沃野', '好运', '喜来', '福源', '源丰', '宏达', '万隆', '荣华', '祥和', '金田', '麦香',
  '香满园', '好再来', '聚贤', '迎宾', '友谊', '老街', '老字号', '乡里乡亲', '农家乐', '四季', '一品',
]

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']

/** Production licence categories (食品生产许可分类目录): code, certificate text, name words, count. */
export const FOOD_CATEGORIES: { code: string; text: string; words: string[]; count: number; highRisk?: boolean }[] = [
  { code: '01', text: '粮食加工品（小麦粉、挂面）', words: ['面业', '粮油', '面粉'], count: 14 },
  { code: '02', text: '食用油、油脂及其制品（食用植物油、芝麻油）', words: ['油脂', '油业', '小磨香油'], count: 6 },
  { code: '03', text: '调味品（酱油、食醋、酱类）', words: ['酿造', '调味品'], count: 5 },
  { code: '04', text: '肉制品（酱卤肉制品、熏烧烤肉制品）', words: ['肉制品', '清真食品', '食品'], count: 7, highRisk: true },
  { code: '05', text: '乳制品（液体乳）', words: ['乳业'], count: 2, highRisk: true },
  { code: '06', text: '饮料（包装饮用水、蛋白饮料）', words: ['饮品', '纯净水', '饮料'], count: 8 },
  { code: '07', text: '方便食品（调味面制品）', words: ['食品'], count: 4 },
  { code: '11', text: '速冻食品（速冻面米制品）', words: ['速冻食品', '食品'], count: 5 },
  { code: '12', text: '薯类和膨化食品', words: ['食品'], count: 3 },
  { code: '15', text: '酒类（白酒、黄酒）', words: ['酒业', '酿酒'], count: 4 },
  { code: '16', text: '蔬菜制品（酱腌菜）', words: ['食品', '酱菜'], count: 3 },
  { code: '18', text: '炒货食品及坚果制品', words: ['炒货', '食品'], count: 3 },
  { code: '23', text: '淀粉及淀粉制品（粉丝、粉条）', words: ['粉业', '淀粉', '粉条'], count: 8 },
  { code: '24', text: '糕点（烘烤类糕点、蒸煮类糕点）', words: ['食品', '糕点'], count: 7 },
  { code: '25', text: '豆制品（非发酵性豆制品）', words: ['豆制品', '豆业'], count: 3 },
  { code: '31', text: '其他食品', words: ['食品'], count: 4 },
]

export const ADDITIVE_CATEGORIES = [
  { code: '01', text: '食品添加剂（单一品种）', form: '生物科技有限公司' },
  { code: '02', text: '食品用香精', form: '香精香料有限公司' },
  { code: '03', text: '复配食品添加剂', form: '食品配料有限公司' },
]

/** 小作坊 products; the meat ones are the county's two 熟肉 workshops. */
export const WORKSHOP_PRODUCTS: { product: string; text: string; meat?: boolean }[] = [
  { product: '豆腐', text: '豆制品（豆腐、豆腐皮）' }, { product: '小磨香油', text: '食用植物油（芝麻油）' },
  { product: '红薯粉条', text: '淀粉制品（粉条）' }, { product: '馒头', text: '蒸煮类面制品（馒头、花卷）' },
  { product: '挂面', text: '粮食加工品（挂面）' }, { product: '烧饼', text: '烘烤类糕点（烧饼）' },
  { product: '糕点', text: '糕点（蒸煮类、烘烤类）' }, { product: '酱菜', text: '蔬菜制品（酱腌菜）' },
  { product: '米酒', text: '酒类（米酒）' }, { product: '芝麻酱', text: '调味品（芝麻酱）' },
  { product: '粉皮', text: '淀粉制品（粉皮）' }, { product: '麻花', text: '油炸面制品（麻花）' },
  { product: '熟食', text: '熟肉制品（卤肉）', meat: true },
]

export const LARGE_RESTAURANT = ['大酒店', '国际酒店', '宴会中心', '酒店', '大饭店']
export const MEDIUM_RESTAURANT = ['饭店', '酒楼', '大排档', '菜馆', '农家院', '鱼馆', '宴会厅', '食府']
export const SMALL_RESTAURANT = [
  '烩面馆', '家常菜', '饺子馆', '羊肉汤馆', '火锅店', '烧烤', '土菜馆', '快餐店', '牛肉汤', '黄焖鸡米饭',
  '麻辣烫', '拉面馆', '蒸菜馆', '鱼庄', '炒菜馆', '卤面馆',
]
export const SNACK_SHOP = [
  '胡辣汤', '包子铺', '米线', '凉皮店', '早餐店', '卤面', '奶茶店', '水煎包', '烧饼铺', '豆腐脑',
  '面馆', '馄饨店', '煎饼', '炸鸡店', '糊涂面', '蛋糕店',
]
export const STALL_PRODUCTS = [
  '烤红薯', '煎饼果子', '炸串', '凉皮', '豆腐脑', '油条', '鸡蛋灌饼', '烧饼', '卤肉', '糖葫芦', '手抓饼',
  '臭豆腐', '炒凉粉', '烤冷面', '麻辣烫', '胡辣汤', '菜盒', '水煎包', '爆米花', '烤肠',
]
export const GROCERY = ['食杂店', '商店', '副食店', '小卖部', '烟酒副食', '便民商店', '百货店', '日杂店']
export const SUPERMARKET = ['超市', '生活超市', '平价超市', '购物中心', '量贩', '便民超市']
export const CONVENIENCE = ['便利店', '便民店', '24小时便利店', '便利超市']

export const COOPERATIVE_PRODUCTS = [
  '小麦种植', '蔬菜种植', '花生种植', '芝麻种植', '红薯种植', '食用菌种植', '瓜果种植', '优质粮种植',
  '生猪养殖', '肉牛养殖', '肉羊养殖', '蛋鸡养殖', '水产养殖', '小杂粮种植', '葡萄种植', '桃种植',
]
export const LIVESTOCK = ['养猪场', '肉牛养殖场', '蛋鸡养殖场', '肉羊养殖场', '肉鸡养殖场', '生猪养殖场']
export const LIVESTOCK_COMPANY = ['牧业有限公司', '养殖有限公司', '生态农牧有限公司']
export const INDUSTRIES = ['纺织', '电缆', '服饰', '建材', '机械制造', '电子科技', '新能源', '皮革', '物流', '包装', '钢构']

/** Streets of the county town (the 街道 communities take their road when they are named after one). */
export const CITY_ROADS = [
  '解放路', '人民路', '文化路', '中山街', '东大街', '西大街', '南大街', '北大街', '建设路', '健康路',
  '新华路', '和平路', '光明路', '柏亭路', '棠溪路', '嫘祖大道', '仪封路', '滨河路', '南湖路', '新城大道',
  '工业大道', '西平大道', '迎宾大道', '龙泉路', '团结路', '车站路', '东环路', '西环路', '南环路', '北环路',
]
export const TOWN_STREETS = ['中心街', '东大街', '西大街', '南大街', '北大街', '解放路', '建设路', '商贸街', '新华路', '振兴路']

/** County bodies with their own 机关食堂. */
export const GOVERNMENT_CANTEENS = [
  '中共西平县委', '西平县人民政府', '西平县公安局', '西平县人民法院', '西平县人民检察院', '西平县市场监督管理局',
  '西平县教育局', '西平县农业农村局', '国家税务总局西平县税务局', '西平县看守所', '西平县消防救援大队',
  '西平县卫生健康委员会',
]

export const CERT_BODIES = ['中国质量认证中心', '方圆标志认证集团有限公司', '华夏认证中心有限公司', '北京中大华远认证中心', '中国检验认证集团河南有限公司']
export const LOCAL_ISSUER = '西平县市场监督管理局'
