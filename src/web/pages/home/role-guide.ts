// What each role does in Shian (DESIGN.md "Users"), for the home page. Business modules arrive over
// time; the list says what the role is for, the permission list below it says what is open today.

export const ROLE_DUTIES: Record<string, string[]> = {
  sysadmin: ['创建、修改、停用账号', '重置密码、解除登录锁定', '不查看业务数据和审计日志（三员分立）'],
  secadmin: ['为账号分配角色', '调整业务角色的权限', '不创建账号、不查看审计日志（三员分立）'],
  auditor: ['查阅全部操作的审计日志', '校验审计日志哈希链是否完整', '不管理账号和权限（三员分立）'],
  office: ['导入并发布年度工作要点，分派任务', '审核成员单位报送，督办逾期任务', '组织考核，查看工作看板', '维护成员单位及其别名'],
  leader: ['查看全县食品安全工作看板与大屏', '阅读季度、年度工作总结和报告'],
  unit_staff: ['报送本单位承担任务的进展', '上传佐证材料，接受食安办审核'],
  inspector: ['日常检查、飞行检查、双随机抽查', '抽样与快检，下达并复查限期整改', '案件办理'],
  township: ['落实属地管理责任', '管理网格与协管员', '指导农村集体聚餐'],
  coordinator: ['登记农村集体聚餐', '报告食品安全隐患（基层吹哨）'],
  business: ['每月食品安全自查并提交自查报告', '食品安全总监、安全员日志', '追溯码管理'],
}

/** What the account can open today, one line per permission it holds. */
export const PERMISSION_ABILITIES: Record<string, string> = {
  'regions.read': '查看本辖区行政区划、人口与城乡分类',
  'units.read': '查看食安委成员单位、市场监管所和乡镇食安办',
  'units.manage': '维护成员单位别名，便于识别文件中的牵头和配合单位',
  'accounts.manage': '管理账号：新建、编辑、停用、重置密码、解锁',
  'roles.manage': '分配角色，设置业务角色的权限',
  'audit.read': '查阅与校验审计日志',
  'workplans.read': '查看工作方案、任务进度、考核排名和督办通知',
  'workplans.manage': '导入、核对、发布工作方案，审核报告，下发督办，设置考核权重',
  'workplans.report': '在“我的任务”中报送本单位任务进展和证明材料，回复督办',
  'entities.read': '查看本辖区经营主体名录、证照、风险等级、应检主体和企业自查率',
  'entities.manage': '登记、修改、批量导入经营主体及其证照、人员、认证，开通企业账号',
  'entities.grade': '开展风险分级评定',
  'entities.rules': '调整风险分级规则（等级分界、检查频次）',
  'selfinspection.fill': '每月填报企业自查，提交自查报告',
}
