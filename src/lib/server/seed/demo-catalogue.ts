/**
 * Demo catalogue (办事指南) for 演示镇便民服务中心: the matters a Jiangsu town service hall
 * typically handles at its windows, with their materials, conditions and time limits.
 *
 * The data follows the public 办事指南 of Jiangsu town halls as closely as a demo can; a real
 * hall should import its own catalogue from 江苏政务服务网 before going live.
 * Days are working days. 即办件 have promisedDays 0; legalDays 0 means no statutory limit applies.
 */
import type { Category, Material, Matter, Site } from '../../domain/types';

export const demoSite: Site = {
	id: 'demo',
	name: '演示镇便民服务中心',
	phone: '0512-5555 0100'
};

export const demoCategories: Category[] = [
	{ id: 'invest', name: '项目投资', prefix: 'A', order: 1 },
	{ id: 'business', name: '生产经营', prefix: 'B', order: 2 },
	{ id: 'livelihood', name: '民生服务', prefix: 'C', order: 3 },
	{ id: 'police', name: '公安服务', prefix: 'D', order: 4 },
	{ id: 'tax', name: '税务服务', prefix: 'E', order: 5 }
];

// ---------------------------------------------------------------------------------------------
// Enquiry points (咨询地点及电话)

const ENQ_INVEST = '镇便民服务中心 项目投资区 0512-5555 0101';
const ENQ_BUSINESS = '镇便民服务中心 生产经营区（市场监管窗口） 0512-5555 0102';
const ENQ_LIVELIHOOD = '镇便民服务中心 民生服务区 0512-5555 0103';
const ENQ_SOCIAL_SECURITY = '镇便民服务中心 民生服务区（人社窗口） 0512-5555 0107';
const ENQ_DISABLED = '镇残疾人联合会（民生服务区） 0512-5555 0108';
const ENQ_VETERANS = '镇退役军人服务站（民生服务区） 0512-5555 0106';
const ENQ_POLICE = '镇派出所户籍室（便民服务中心公安窗口） 0512-5555 0104';
const ENQ_TAX = '镇便民服务中心 税务服务区 0512-5555 0105';

const FREE = '不收费';

// ---------------------------------------------------------------------------------------------
// Materials that recur across matters

function mat(name: string, form: Material['form'], copies = 1, note?: string): Material {
	return note === undefined ? { name, form, copies } : { name, form, copies, note };
}

/** 居民身份证 原件及复印件 1份. */
const idCard = (note?: string) => mat('居民身份证', 'original_and_copy', 1, note);
/** 居民户口簿 原件 (shown, not kept). */
const hukou = (note?: string) => mat('居民户口簿', 'original', 1, note);
const applicationForm = (name: string, note = '现场领取或网上下载') => mat(name, 'original', 1, note);
const agentDocs = () => mat('授权委托书及受托人居民身份证', 'original_and_copy', 1, '委托他人办理时提供');
const licenceCopy = (note = '加盖公章（个体工商户由经营者签字）') => mat('营业执照副本', 'copy', 1, note);
const premisesProof = () => mat('经营场所使用证明', 'copy', 1, '自有房屋提供不动产权证书，租赁房屋提供房屋租赁合同');
const assetCheckConsent = () => mat('家庭经济状况核对授权书', 'original', 1, '共同生活的家庭成员均需签字');

// ---------------------------------------------------------------------------------------------
// Matters, grouped by category; order is set from the position in each group.

type Draft = Omit<Matter, 'categoryId' | 'order'>;

const invest: Draft[] = [
	{
		id: 'project-filing',
		name: '企业投资项目备案',
		kind: 'promised',
		promisedDays: 1,
		legalDays: 0,
		materials: [
			mat('江苏省企业投资项目备案信息表', 'original', 1, '在江苏政务服务网投资项目在线审批监管平台填报后打印，加盖公章'),
			licenceCopy('加盖公章'),
			mat('法定代表人居民身份证', 'copy', 1),
			agentDocs()
		],
		conditions: [
			'项目单位为依法设立的企业',
			'项目不属于《政府核准的投资项目目录》核准范围',
			'项目符合国家和省产业政策，不属于禁止类'
		],
		fee: FREE,
		enquiry: ENQ_INVEST
	},
	{
		id: 'project-filing-change',
		name: '企业投资项目备案变更',
		kind: 'promised',
		promisedDays: 1,
		legalDays: 0,
		materials: [
			mat('项目备案变更申请', 'original', 1, '在投资项目在线审批监管平台填报，加盖公章'),
			mat('原项目备案证', 'copy', 1),
			mat('变更情况说明', 'original', 1, '说明变更内容及原因，加盖公章'),
			licenceCopy('加盖公章')
		],
		conditions: ['项目已在本镇备案且尚未竣工', '项目法人、建设地点、规模、内容发生重大变化'],
		fee: FREE,
		enquiry: ENQ_INVEST
	},
	{
		id: 'homestead',
		name: '农村宅基地和建房（规划许可）申请',
		kind: 'promised',
		promisedDays: 15,
		legalDays: 20,
		materials: [
			applicationForm('农村宅基地和建房（规划许可）申请表'),
			mat('农村宅基地使用承诺书', 'original', 1),
			idCard('申请人及家庭成员'),
			hukou(),
			mat('村民小组会议讨论通过意见及公示材料', 'original', 1, '由村民委员会出具，公示期不少于5个工作日'),
			mat('农房设计图或选用的通用图集', 'copy', 1),
			mat('原宅基地不动产权证书或宅基地使用证', 'copy', 1, '拆旧建新、翻建的提供，并附退出原宅基地协议')
		],
		conditions: ['申请人为本村集体经济组织成员', '符合“一户一宅”，建房面积符合本地标准', '选址符合国土空间规划和村庄规划'],
		fee: FREE,
		enquiry: ENQ_INVEST
	},
	{
		id: 'rural-planning-permit',
		name: '乡村建设规划许可证核发',
		kind: 'forwarded',
		promisedDays: 15,
		legalDays: 20,
		materials: [
			applicationForm('乡村建设规划许可申请表'),
			mat('土地权属证明或用地批准文件', 'copy', 1),
			mat('建设工程设计方案', 'original', 2, '含总平面图、建筑平立剖面图'),
			mat('村民会议或村民代表会议讨论同意的书面意见', 'original', 1, '村民委员会盖章'),
			mat('建设单位营业执照或个人居民身份证', 'copy', 1)
		],
		conditions: ['在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设', '不占用农用地，或已依法办理农用地转用审批'],
		fee: FREE,
		enquiry: ENQ_INVEST
	},
	{
		id: 'small-works-start',
		name: '限额以下小型工程开工报备',
		kind: 'promised',
		promisedDays: 3,
		legalDays: 0,
		materials: [
			applicationForm('限额以下小型工程开工报备表'),
			mat('用地批准文件或不动产权证书', 'copy', 1),
			mat('施工图或设计方案', 'copy', 1),
			mat('施工合同', 'copy', 1),
			mat('施工单位营业执照或施工负责人居民身份证', 'copy', 1),
			mat('质量安全承诺书', 'original', 1, '建设单位和施工单位共同签署')
		],
		conditions: ['工程投资额30万元以下或建筑面积300平方米以下', '工程位于本镇辖区内'],
		fee: FREE,
		enquiry: ENQ_INVEST
	},
	{
		id: 'agri-facility-land',
		name: '设施农业用地备案',
		kind: 'promised',
		promisedDays: 5,
		legalDays: 0,
		materials: [
			applicationForm('设施农业用地备案表'),
			mat('设施农业用地协议', 'original', 1, '经营者与村集体经济组织（土地承包方）签订'),
			mat('设施建设方案', 'original', 1, '含设施类型、规模、平面布局图'),
			mat('土地复垦承诺书', 'original', 1),
			mat('经营者营业执照或居民身份证', 'copy', 1)
		],
		conditions: ['用于农业生产的设施用地或与生产直接关联的辅助设施用地', '不占用永久基本农田（确需占用的按规定补划）'],
		fee: FREE,
		enquiry: ENQ_INVEST
	}
];

const business: Draft[] = [
	{
		id: 'sole-trader-register',
		name: '个体工商户设立登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 3,
		materials: [
			applicationForm('个体工商户登记（备案）申请书', '现场领取或在江苏市场监管网上登记系统填报'),
			mat('经营者居民身份证', 'original_and_copy', 1),
			premisesProof(),
			agentDocs()
		],
		conditions: [
			'有经营能力的自然人（以家庭经营的须注明家庭成员）',
			'有固定的经营场所',
			'经营范围不属于法律法规禁止的项目；涉及许可的，取得许可后方可经营'
		],
		fee: FREE,
		enquiry: ENQ_BUSINESS
	},
	{
		id: 'sole-trader-change',
		name: '个体工商户变更登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 3,
		materials: [
			applicationForm('个体工商户变更登记申请书'),
			mat('营业执照正、副本', 'original', 1),
			mat('经营者居民身份证', 'original_and_copy', 1),
			mat('变更事项相关证明', 'copy', 1, '如变更经营场所提供新场所使用证明；变更经营者需先注销再重新设立（直系亲属间可直接变更）')
		],
		conditions: ['登记事项（名称、经营场所、经营范围等）发生变化', '自变化之日起30日内申请'],
		fee: FREE,
		enquiry: ENQ_BUSINESS
	},
	{
		id: 'sole-trader-close',
		name: '个体工商户注销登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 3,
		materials: [
			applicationForm('个体工商户注销登记申请书'),
			mat('营业执照正、副本', 'original', 1, '遗失的在国家企业信用信息公示系统声明作废'),
			mat('经营者居民身份证', 'original_and_copy', 1),
			mat('清税证明', 'original', 1, '已办理涉税事项的提供；可在税务窗口同时办理')
		],
		conditions: ['已结清税款及应缴费用', '无未办结的行政处罚或被列入经营异常名录的情形'],
		fee: FREE,
		enquiry: ENQ_BUSINESS
	},
	{
		id: 'food-licence-small',
		name: '食品经营许可（小餐饮）',
		kind: 'promised',
		promisedDays: 5,
		legalDays: 10,
		materials: [
			applicationForm('食品经营许可申请书'),
			licenceCopy(),
			mat('经营者（负责人）居民身份证', 'copy', 1),
			mat('经营场所平面布局图和主要设备设施清单', 'original', 1, '标明加工、存放、清洗等功能区'),
			mat('食品安全管理制度文本', 'original', 1, '含从业人员健康管理、进货查验记录、食品安全自查等制度'),
			mat('从业人员健康证明', 'copy', 1, '每名从事接触直接入口食品工作的人员均需提供')
		],
		conditions: ['已取得营业执照', '经营场所与经营项目相适应，远离污染源', '配备符合要求的设备设施和食品安全管理人员'],
		fee: FREE,
		enquiry: ENQ_BUSINESS
	},
	{
		id: 'food-stall-register',
		name: '食品摊贩登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 5,
		materials: [
			applicationForm('食品摊贩登记申请表'),
			mat('经营者居民身份证', 'original_and_copy', 1),
			mat('近期一寸免冠彩色照片', 'original', 2, '白底'),
			mat('健康证明', 'copy', 1),
			mat('经营区域和时段说明', 'original', 1, '在镇政府划定的区域和时段内经营')
		],
		conditions: ['在镇人民政府划定的区域和时段内经营', '经营者持有有效健康证明'],
		fee: FREE,
		enquiry: ENQ_BUSINESS
	},
	{
		id: 'tobacco-retail',
		name: '烟草专卖零售许可证新办',
		kind: 'forwarded',
		promisedDays: 15,
		legalDays: 20,
		materials: [
			applicationForm('烟草专卖零售许可证申请表'),
			licenceCopy(),
			mat('经营者居民身份证', 'original_and_copy', 1),
			premisesProof()
		],
		conditions: [
			'有与经营烟草制品零售业务相适应的资金和固定经营场所',
			'符合本地烟草制品零售点合理布局规定',
			'经营者不属于法律法规禁止从事烟草零售的情形'
		],
		fee: FREE,
		enquiry: ENQ_BUSINESS
	},
	{
		id: 'coop-register',
		name: '农民专业合作社设立登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 3,
		materials: [
			applicationForm('农民专业合作社设立登记申请书'),
			mat('全体设立人签名的设立大会纪要', 'original', 1),
			mat('全体设立人签名的章程', 'original', 1),
			mat('成员名册及成员居民身份证', 'copy', 1, '农民成员应占成员总数80%以上'),
			mat('成员出资清单', 'original', 1),
			mat('法定代表人任职文件及居民身份证', 'original_and_copy', 1),
			mat('住所使用证明', 'copy', 1)
		],
		conditions: ['有五名以上符合规定的成员', '有符合规定的章程和组织机构', '有符合规定的名称和住所'],
		fee: FREE,
		enquiry: ENQ_BUSINESS
	}
];

const livelihood: Draft[] = [
	{
		id: 'resident-pension-enrol',
		name: '城乡居民基本养老保险参保登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [idCard(), hukou(), applicationForm('城乡居民基本养老保险参保登记表')],
		conditions: ['年满16周岁（不含在校学生）', '未参加职工基本养老保险，非国家机关和事业单位工作人员', '在户籍地参保'],
		fee: FREE,
		enquiry: ENQ_SOCIAL_SECURITY
	},
	{
		id: 'resident-pension-claim',
		name: '城乡居民基本养老保险待遇申领',
		kind: 'promised',
		promisedDays: 5,
		legalDays: 20,
		materials: [
			idCard(),
			hukou(),
			mat('社会保障卡', 'original', 1, '用于发放养老金'),
			applicationForm('城乡居民基本养老保险待遇领取申请表')
		],
		conditions: ['年满60周岁', '未领取国家规定的基本养老保障待遇', '累计缴费满15年或符合补缴条件'],
		fee: FREE,
		enquiry: ENQ_SOCIAL_SECURITY
	},
	{
		id: 'resident-medical-enrol',
		name: '城乡居民基本医疗保险参保登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			idCard('未成年人可凭户口簿办理'),
			hukou(),
			mat('出生医学证明', 'original_and_copy', 1, '新生儿参保时提供'),
			mat('居住证', 'original_and_copy', 1, '非本地户籍常住人员提供')
		],
		conditions: ['未参加职工基本医疗保险的本地户籍居民或持居住证的常住人员', '在校学生、新生儿可随时参保'],
		fee: FREE,
		enquiry: ENQ_SOCIAL_SECURITY
	},
	{
		id: 'dibao',
		name: '最低生活保障申请',
		kind: 'promised',
		promisedDays: 25,
		legalDays: 30,
		materials: [
			applicationForm('最低生活保障申请书'),
			idCard('共同生活的家庭成员'),
			hukou(),
			assetCheckConsent(),
			mat('家庭收入和财产状况声明及承诺书', 'original', 1),
			mat('特殊情况证明', 'copy', 1, '家庭成员有残疾、重病的提供残疾人证或病历、诊断证明')
		],
		conditions: ['持有本镇常住户口', '共同生活的家庭成员人均收入低于当地最低生活保障标准', '家庭财产状况符合当地规定'],
		fee: FREE,
		enquiry: ENQ_LIVELIHOOD
	},
	{
		id: 'tekun',
		name: '特困人员救助供养申请',
		kind: 'promised',
		promisedDays: 20,
		legalDays: 30,
		materials: [
			applicationForm('特困人员救助供养申请书'),
			idCard(),
			hukou(),
			mat('残疾人证', 'original_and_copy', 1, '残疾人申请时提供'),
			assetCheckConsent(),
			mat('本人收入和财产状况承诺书', 'original', 1)
		],
		conditions: [
			'老年人、残疾人或未满16周岁的未成年人',
			'无劳动能力、无生活来源',
			'无法定赡养、抚养、扶养义务人，或其义务人无履行能力'
		],
		fee: FREE,
		enquiry: ENQ_LIVELIHOOD
	},
	{
		id: 'temporary-relief',
		name: '临时救助申请',
		kind: 'promised',
		promisedDays: 10,
		legalDays: 20,
		materials: [
			applicationForm('临时救助申请书'),
			idCard(),
			hukou(),
			mat('遭遇困难的证明材料', 'copy', 1, '如医疗费用票据及出院小结、火灾或交通事故证明等'),
			assetCheckConsent()
		],
		conditions: [
			'因火灾、交通事故等意外事件或家庭成员突发重大疾病，基本生活暂时陷入困境',
			'生活必需支出突然增加，超出家庭承受能力'
		],
		fee: FREE,
		enquiry: ENQ_LIVELIHOOD
	},
	{
		id: 'elderly-allowance',
		name: '高龄津贴申领',
		kind: 'promised',
		promisedDays: 5,
		legalDays: 20,
		materials: [
			mat('老人居民身份证', 'original_and_copy', 1),
			hukou(),
			mat('老人本人社会保障卡或银行卡', 'copy', 1, '用于发放津贴'),
			applicationForm('高龄津贴申请表'),
			agentDocs()
		],
		conditions: ['具有本镇户籍', '年满80周岁'],
		fee: FREE,
		enquiry: ENQ_LIVELIHOOD
	},
	{
		id: 'disability-card',
		name: '残疾人证办理',
		kind: 'forwarded',
		promisedDays: 15,
		legalDays: 20,
		materials: [
			applicationForm('残疾人证申请表'),
			idCard(),
			hukou(),
			mat('近期二寸免冠彩色照片', 'original', 3, '白底'),
			mat('残疾评定结果', 'original', 1, '到县残联指定医疗机构评定，受理后开具评定介绍')
		],
		conditions: ['具有本地户籍', '视力、听力、言语、肢体、智力、精神或多重残疾，符合国家残疾标准'],
		fee: FREE,
		enquiry: ENQ_DISABLED
	},
	{
		id: 'disability-subsidies',
		name: '残疾人两项补贴申请',
		kind: 'forwarded',
		promisedDays: 15,
		legalDays: 20,
		materials: [
			applicationForm('困难残疾人生活补贴和重度残疾人护理补贴申请审批表'),
			idCard(),
			hukou(),
			mat('第二代残疾人证', 'original_and_copy', 1),
			mat('本人社会保障卡或银行卡', 'copy', 1, '用于发放补贴')
		],
		conditions: [
			'持有第二代残疾人证且具有本地户籍',
			'生活补贴：低保家庭中的残疾人',
			'护理补贴：残疾等级为一级、二级且需长期照护'
		],
		fee: FREE,
		enquiry: ENQ_DISABLED
	},
	{
		id: 'birth-registration',
		name: '生育登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			idCard('夫妻双方'),
			hukou('夫妻双方'),
			mat('结婚证', 'original_and_copy', 1),
			applicationForm('生育登记表', '现场领取，也可通过“江苏卫健”网上办理')
		],
		conditions: ['夫妻一方户籍在本镇，或女方在本镇居住', '生育第一、二、三个子女，实行告知承诺'],
		fee: FREE,
		enquiry: ENQ_LIVELIHOOD
	},
	{
		id: 'family-planning-reward',
		name: '农村部分计划生育家庭奖励扶助申请',
		kind: 'forwarded',
		promisedDays: 20,
		legalDays: 30,
		materials: [
			applicationForm('农村部分计划生育家庭奖励扶助对象申报表'),
			idCard('夫妻双方'),
			hukou(),
			mat('结婚证', 'original_and_copy', 1),
			mat('独生子女父母光荣证或子女死亡证明', 'original_and_copy', 1, '独生子女家庭提供光荣证；子女死亡的提供死亡证明')
		],
		conditions: [
			'本人及配偶均为农村居民，1973年至2001年间未违反计划生育规定',
			'只有一个子女或两个女孩，或子女死亡现无子女',
			'当年年满60周岁'
		],
		fee: FREE,
		enquiry: ENQ_LIVELIHOOD
	},
	{
		id: 'employment-card',
		name: '就业创业证申领',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [idCard(), applicationForm('就业创业登记表'), mat('毕业证书', 'original_and_copy', 1, '高校毕业生提供')],
		conditions: ['在法定劳动年龄内、有劳动能力和就业要求的城乡劳动者'],
		fee: FREE,
		enquiry: ENQ_SOCIAL_SECURITY
	},
	{
		id: 'unemployment-register',
		name: '失业登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			idCard(),
			mat('社会保障卡', 'original', 1),
			mat('解除或终止劳动关系证明', 'original_and_copy', 1, '原在用人单位就业的提供'),
			applicationForm('失业登记表')
		],
		conditions: ['在法定劳动年龄内，有劳动能力和就业要求', '处于无业状态'],
		fee: FREE,
		enquiry: ENQ_SOCIAL_SECURITY
	},
	{
		id: 'flexible-insurance',
		name: '灵活就业人员社会保险参保登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [idCard(), mat('社会保障卡', 'original', 1), applicationForm('灵活就业人员参保登记表')],
		conditions: ['年满16周岁至法定退休年龄', '无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就业人员'],
		fee: FREE,
		enquiry: ENQ_SOCIAL_SECURITY
	},
	{
		id: 'veteran-card',
		name: '退役军人优待证申领',
		kind: 'forwarded',
		promisedDays: 20,
		legalDays: 0,
		materials: [
			idCard(),
			mat('退役证件', 'original_and_copy', 1, '退出现役证或退伍证等'),
			mat('近期二寸免冠彩色照片', 'original', 1, '白底，也可现场采集电子照片'),
			applicationForm('退役军人优待证申领表')
		],
		conditions: ['户籍在本镇的退役军人', '未被依法剥夺政治权利或判处刑罚'],
		fee: FREE,
		enquiry: ENQ_VETERANS
	}
];

const police: Draft[] = [
	{
		id: 'residence-permit',
		name: '居住证办理',
		kind: 'promised',
		promisedDays: 10,
		legalDays: 15,
		materials: [
			idCard(),
			mat('近期一寸免冠彩色照片', 'original', 2, '白底；可现场采集'),
			mat('合法稳定住所证明', 'copy', 1, '房屋租赁合同或不动产权证书；居住在单位宿舍的提供单位证明'),
			mat('合法稳定就业或连续就读证明', 'copy', 1, '劳动合同、营业执照或学生证等，三者具备其一即可')
		],
		conditions: ['离开常住户口所在地，在本地已办理居住登记满半年', '有合法稳定就业、合法稳定住所、连续就读之一'],
		fee: '首次申领不收费；换领、补领 工本费 ￥20',
		enquiry: ENQ_POLICE
	},
	{
		id: 'id-card',
		name: '居民身份证申领/换领',
		kind: 'promised',
		promisedDays: 20,
		legalDays: 60,
		materials: [
			hukou(),
			mat('原居民身份证', 'original', 1, '换领时交回'),
			mat('相片', 'original', 1, '在窗口现场采集，无需自带照片'),
			mat('监护人居民身份证', 'original', 1, '未满16周岁申领时由监护人陪同')
		],
		conditions: [
			'本镇常住户口的中国公民',
			'年满16周岁应当申领；未满16周岁可由监护人代为申领',
			'有效期满、证件损坏或登记项目变更的应当换领'
		],
		fee: '工本费 ￥20（挂失补领 ￥40）',
		enquiry: ENQ_POLICE
	},
	{
		id: 'temp-id-card',
		name: '临时居民身份证申领',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 3,
		materials: [hukou(), mat('相片', 'original', 1, '在窗口现场采集')],
		conditions: ['已申领居民身份证，在领取前急需使用', '居民身份证丢失、损坏尚未补领到证件'],
		fee: '工本费 ￥10',
		enquiry: ENQ_POLICE
	},
	{
		id: 'hukou-move-in',
		name: '户口迁入登记（准迁证）',
		kind: 'promised',
		promisedDays: 5,
		legalDays: 20,
		materials: [
			applicationForm('户口迁移申请表'),
			idCard('迁移人'),
			hukou('迁出地户口簿'),
			mat('迁入理由证明', 'original_and_copy', 1, '购房落户提供不动产权证书；投靠亲属提供结婚证、出生医学证明等亲属关系证明'),
			mat('迁入地户主同意入户的书面意见及户口簿', 'original', 1, '投靠入户时提供')
		],
		conditions: ['符合本地户口迁入政策（购房、投靠、就业等）', '省内迁移实行“一站式”办理，跨省迁移先由迁入地签发准迁证'],
		fee: FREE,
		enquiry: ENQ_POLICE
	},
	{
		id: 'newborn-hukou',
		name: '出生登记',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			mat('出生医学证明', 'original_and_copy', 1),
			idCard('父母双方'),
			hukou('申报落户的户口簿'),
			mat('结婚证', 'original_and_copy', 1, '非婚生育的无需提供')
		],
		conditions: ['新生儿父母一方为本镇户籍', '出生后一个月内申报'],
		fee: FREE,
		enquiry: ENQ_POLICE
	},
	{
		id: 'no-criminal-record',
		name: '无犯罪记录证明开具',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 3,
		materials: [idCard(), applicationForm('无犯罪记录证明申请表'), agentDocs()],
		conditions: ['户籍在本镇或在本镇居住的中国公民', '申请时说明证明用途；需调查核实的，办理时限延长至15个工作日'],
		fee: FREE,
		enquiry: ENQ_POLICE
	}
];

const tax: Draft[] = [
	{
		id: 'vat-invoice-agent',
		name: '代开增值税发票',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			mat('代开增值税发票缴纳税款申报单', 'original', 1, '现场填写'),
			idCard('自然人或经办人'),
			mat('合同、协议或付款方对款项的确认证明', 'copy', 1, '证明业务真实发生'),
			licenceCopy('个体工商户提供')
		],
		conditions: ['已办理税务信息确认的小规模纳税人，或取得应税收入的自然人', '按规定缴纳相关税款后开具'],
		fee: '不收费（税款按规定缴纳）',
		enquiry: ENQ_TAX
	},
	{
		id: 'tax-info-confirm',
		name: '新办纳税人涉税信息确认',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			licenceCopy(),
			mat('法定代表人（经营者）居民身份证', 'original_and_copy', 1),
			mat('财务负责人、办税人员居民身份证', 'original_and_copy', 1, '已设置的提供'),
			mat('经营场所使用证明', 'copy', 1)
		],
		conditions: ['已领取“多证合一”营业执照', '首次办理涉税事项'],
		fee: FREE,
		enquiry: ENQ_TAX
	},
	{
		id: 'fixed-quota',
		name: '个体工商户定期定额核定',
		kind: 'promised',
		promisedDays: 5,
		legalDays: 20,
		materials: [
			applicationForm('个体工商户定额信息采集表'),
			licenceCopy(),
			mat('经营者居民身份证', 'original_and_copy', 1),
			premisesProof()
		],
		conditions: ['已办理涉税信息确认的个体工商户', '达不到设置账簿标准，经税务机关核准实行定期定额征收'],
		fee: FREE,
		enquiry: ENQ_TAX
	},
	{
		id: 'deed-tax',
		name: '契税申报',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			mat('财产和行为税纳税申报表（契税）', 'original', 1, '现场填写'),
			idCard('承受方'),
			mat('房屋、土地权属转移合同', 'original_and_copy', 1),
			mat('销售不动产发票或交易价格证明', 'original_and_copy', 1),
			mat('户口簿及婚姻状况证明', 'original_and_copy', 1, '享受家庭首套、二套住房优惠时提供')
		],
		conditions: ['承受境内土地、房屋权属', '在办理不动产登记前申报缴纳'],
		fee: '不收费（税款按规定缴纳）',
		enquiry: ENQ_TAX
	},
	{
		id: 'resident-insurance-payment',
		name: '城乡居民社会保险费缴纳',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [idCard('或社会保障卡'), mat('缴费银行卡', 'original', 1, '也可现场扫码缴纳')],
		conditions: ['已办理城乡居民养老保险或医疗保险参保登记', '在规定缴费期内缴纳'],
		fee: '不收费（保险费按缴费档次缴纳）',
		enquiry: ENQ_TAX
	},
	{
		id: 'tax-clearance',
		name: '清税证明开具',
		kind: 'instant',
		promisedDays: 0,
		legalDays: 0,
		materials: [
			applicationForm('清税申报表'),
			licenceCopy(),
			mat('经营者（法定代表人）居民身份证', 'original_and_copy', 1),
			mat('未使用的发票', 'original', 1, '已领用发票的交回缴销')
		],
		conditions: ['申请注销登记的纳税人', '已结清应纳税款、滞纳金、罚款，缴销发票'],
		fee: FREE,
		enquiry: ENQ_TAX
	}
];

function place(categoryId: string, drafts: Draft[]): Matter[] {
	return drafts.map((d, i) => ({ ...d, categoryId, order: i + 1 }));
}

export const demoMatters: Matter[] = [
	...place('invest', invest),
	...place('business', business),
	...place('livelihood', livelihood),
	...place('police', police),
	...place('tax', tax)
];
