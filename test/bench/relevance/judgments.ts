/**
 * The judged relevance set for the sample site (content/): what a citizen or
 * an editor typing each query wants, graded 3 (the document the query names,
 * or the one answer), 2 (clearly what they are after: its 解读, the policy
 * on the topic), 1 (useful: a notice, news or report substantially about
 * it). Written from the documents' titles and subjects, not from any
 * engine's output; documents not listed count as 0.
 *
 * `target` marks queries that name one document (a title, a 《name》, a
 * 发文字号 or 索引号): that document should come first.
 */
/** Prefixes of the file references `resolveJudged` replaces (relevance/resolve.ts). */
export const DOC = 'doc:';
export const INDEX_NO = '索引号:';

export interface Judged {
  kind: string;
  q: string;
  rel: Record<string, number>;
  target?: string;
}

/**
 * A document of the 政府信息公开目录, by its file (the path under content/
 * without .md), never by its 索引号 or URL: `resolveJudged` turns it into the
 * page's URL from the content the site is built from.
 */
const D = (file: string) => `${DOC}${file}`;
/** A query that is a document's 索引号, typed as the page shows it. */
const I = (file: string) => `${INDEX_NO}${file}`;
const N = (path: string) => `/xwzx/${path}/`;
const H = (path: string) => `/hdjl/${path}/`;

// Documents used more than once.
const CREDIT_2025 = D('policies/2025/road-freight-credit-rules'); // 道路运输经营者信用评价管理办法 (现行)
const CREDIT_QA = D('interpretations/2025/road-freight-credit-rules-qa'); // its 十问十答
const FREIGHT_CREDIT_2024 = D('policies/2024/road-freight-credit-measures'); // 道路货物运输经营者信用评价管理办法（试行）, 废止
const RIDE_RULES = D('policies/2024/ride-hailing-service-rules'); // 网络预约出租汽车经营服务管理实施细则
const RIDE_PIC = D('interpretations/2024/ride-hailing-service-rules-graphic'); // 一图读懂 网约车细则
const RIDE_COMPLIANCE = D('policies/2026/ride-hailing-compliance-notice'); // 网约车合规化通知
const PERMIT_MEASURES = D('policies/2026/road-transport-permit-measures'); // 优化道路运输许可服务的若干措施
const PERMIT_PIC = D('interpretations/2026/road-transport-permit-measures-graphic');
const RURAL_MAINT = D('policies/2024/rural-road-maintenance-measures'); // 农村公路养护管理办法
const RURAL_MAINT_JD = D('interpretations/2024/rural-road-maintenance-measures');
const RURAL_FUND = D('policies/2025/rural-road-maintenance-funds'); // 农村公路养护资金管理办法
const RURAL_FUND_JD = D('interpretations/2025/rural-road-maintenance-funds-qa');
const PORT_RULES = D('policies/2025/port-operation-management-rules');
const PORT_JD = D('interpretations/2025/port-operation-management-rules');
const BUS_INTEGRATION = D('policies/2024/urban-rural-bus-integration-opinions'); // 城乡客运一体化实施意见
const BUS_INTEGRATION_JD = D('interpretations/2024/urban-rural-bus-integration-interview');
const OVERLOAD_2025 = D('policies/2025/overload-control-campaign-notice'); // 超限超载集中整治
const OVERSIZE_2024 = D('policies/2024/overload-permit-notice'); // 超限运输许可 (失效)
const WINTER_2026 = D('policies/2026/winter-road-safety-notice');
const DISCLOSURE_RULES = D('policies/2024/info-disclosure-application-procedures'); // 政府信息公开申请办理规程
const GUIDE = '/zwgk/zn/';
const APPLY = '/ysqgk/';

/** The judged set with documents named by file; `sampleJudgments()` (resolve.ts) gives it with URLs. */
export const JUDGED_BY_FILE: Judged[] = [
  // Exact titles (as published).
  {
    kind: '标题',
    q: '示例省公路路政管理规定',
    target: D('policies/2018/highway-administration-rules'),
    rel: { [D('policies/2018/highway-administration-rules')]: 3 },
  },
  {
    kind: '标题',
    q: '示例省水路运输管理办法',
    target: D('policies/2020/waterway-transport-rules'),
    rel: { [D('policies/2020/waterway-transport-rules')]: 3 },
  },
  {
    kind: '标题',
    q: '示例省农村公路养护管理办法',
    target: RURAL_MAINT,
    rel: { [RURAL_MAINT]: 3, [RURAL_MAINT_JD]: 2, [RURAL_FUND]: 1 },
  },
  {
    kind: '标题',
    q: '示例省港口经营管理规定',
    target: PORT_RULES,
    rel: { [PORT_RULES]: 3, [PORT_JD]: 2, [N('tzgg/2024/port-rules-draft-consultation')]: 1 },
  },
  {
    kind: '标题',
    q: '示例省城市公共汽电车客运管理办法',
    target: D('policies/2026/urban-bus-management-measures'),
    rel: { [D('policies/2026/urban-bus-management-measures')]: 3 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅关于做好2026年冬季道路运输安全生产工作的通知',
    target: WINTER_2026,
    rel: { [WINTER_2026]: 3, [N('zwdt/2026/winter-safety-video-conference')]: 1 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅关于进一步优化道路运输许可服务的若干措施',
    target: PERMIT_MEASURES,
    rel: { [PERMIT_MEASURES]: 3, [PERMIT_PIC]: 2 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅关于做好2025年春运工作的通知',
    target: D('policies/2025/spring-festival-transport-notice'),
    rel: { [D('policies/2025/spring-festival-transport-notice')]: 3, [N('tzgg/2025/spring-festival-travel-tips')]: 1 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅关于加快推进网络预约出租汽车合规化工作的通知',
    target: RIDE_COMPLIANCE,
    rel: { [RIDE_COMPLIANCE]: 3, [N('zwdt/2026/ride-hailing-compliance-meeting')]: 1, [RIDE_RULES]: 1 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅2025年政府信息公开工作年度报告',
    target: D('reports/2025-annual-report'),
    rel: { [D('reports/2025-annual-report')]: 3, [D('reports/2024-annual-report')]: 1 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅2025年部门预算',
    target: D('reports/2025-department-budget'),
    rel: { [D('reports/2025-department-budget')]: 3, [D('reports/2024-department-final-accounts')]: 1 },
  },
  {
    kind: '标题',
    q: '道路旅客运输经营许可办事指南',
    target: D('catalogue/xzxk/passenger-transport-license-guide'),
    rel: {
      [D('catalogue/xzxk/passenger-transport-license-guide')]: 3,
      [D('policies/2025/passenger-line-licensing-rules')]: 1,
    },
  },
  {
    kind: '标题',
    q: '北岭至南江高速公路全线贯通',
    target: N('zwdt/2026/beiling-nanjiang-expressway-connected'),
    rel: {
      [N('zwdt/2026/beiling-nanjiang-expressway-connected')]: 3,
      [D('catalogue/zdjsxm/beiling-nanjiang-expressway-approval')]: 1,
      [N('zwdt/2024/qinghe-bridge-pylon-topping')]: 1,
    },
  },
  {
    kind: '标题',
    q: '出租汽车不提供发票怎么办',
    target: H('lxxd/2026/taxi-invoice'),
    rel: { [H('lxxd/2026/taxi-invoice')]: 3 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅政府信息公开指南',
    target: GUIDE,
    rel: { [GUIDE]: 3, ['/zwgk/zd/']: 1, [DISCLOSURE_RULES]: 1 },
  },
  {
    kind: '标题',
    q: '示例省交通运输厅权责清单（2025年版）',
    target: D('catalogue/qzqd/power-responsibility-list-2025'),
    rel: { [D('catalogue/qzqd/power-responsibility-list-2025')]: 3 },
  },
  {
    kind: '标题',
    q: '2025年示例省交通运输行业发展统计公报',
    target: D('catalogue/tjxx/2025-statistical-bulletin'),
    rel: { [D('catalogue/tjxx/2025-statistical-bulletin')]: 3, [D('catalogue/tjxx/2024-statistical-bulletin')]: 1 },
  },
  // The name inside 《》, as people type a policy's title.
  {
    kind: '标题',
    q: '示例省道路运输经营者信用评价管理办法',
    target: CREDIT_2025,
    rel: {
      [CREDIT_2025]: 3,
      [CREDIT_QA]: 2,
      [N('tzgg/2025/credit-rules-draft-consultation')]: 1,
      [N('tzgg/2026/2025-road-transport-credit-results')]: 1,
      [FREIGHT_CREDIT_2024]: 1,
    },
  },
  {
    kind: '标题',
    q: '示例省网络预约出租汽车经营服务管理实施细则',
    target: RIDE_RULES,
    rel: { [RIDE_RULES]: 3, [RIDE_PIC]: 2, [RIDE_COMPLIANCE]: 1 },
  },
  {
    kind: '标题',
    q: '示例省农村公路养护资金管理办法',
    target: RURAL_FUND,
    rel: { [RURAL_FUND]: 3, [RURAL_FUND_JD]: 2, [RURAL_MAINT]: 1 },
  },
  {
    kind: '标题',
    q: '示例省公路水运建设市场从业单位信用管理办法',
    target: D('policies/2025/construction-market-credit-rules'),
    rel: {
      [D('policies/2025/construction-market-credit-rules')]: 3,
      [D('interpretations/2025/construction-market-credit-rules')]: 2,
    },
  },
  {
    kind: '标题',
    q: '示例省道路客运班线经营许可实施细则',
    target: D('policies/2025/passenger-line-licensing-rules'),
    rel: {
      [D('policies/2025/passenger-line-licensing-rules')]: 3,
      [D('catalogue/xzxk/passenger-transport-license-guide')]: 1,
    },
  },
  {
    kind: '标题',
    q: '示例省道路货物运输经营者信用评价管理办法（试行）',
    target: FREIGHT_CREDIT_2024,
    rel: { [FREIGHT_CREDIT_2024]: 3, [CREDIT_2025]: 2 },
  },
  {
    kind: '标题',
    q: '示例省交通运输行政执法程序规定',
    target: D('policies/2020/enforcement-procedure-rules'),
    rel: { [D('policies/2020/enforcement-procedure-rules')]: 3 },
  },
  // Fragments of titles.
  {
    kind: '标题片段',
    q: '冬季道路运输安全生产',
    rel: { [WINTER_2026]: 3, [N('zwdt/2026/winter-safety-video-conference')]: 2 },
  },
  {
    kind: '标题片段',
    q: '城乡客运一体化',
    rel: { [BUS_INTEGRATION]: 3, [BUS_INTEGRATION_JD]: 2, [N('zwdt/2025/urban-rural-bus-survey-beiling')]: 1 },
  },
  {
    kind: '标题片段',
    q: '十五五规划',
    rel: {
      [D('catalogue/ghjh/15th-five-year-transport-plan')]: 3,
      [N('zwdt/2026/15th-five-year-plan-press-conference')]: 1,
      [N('tzgg/2026/15th-plan-draft-consultation')]: 1,
    },
  },
  {
    kind: '标题片段',
    q: '双随机、一公开',
    rel: {
      [D('catalogue/jdjc/2025-h2-random-inspection-results')]: 3,
      [D('catalogue/jdjc/2026-random-inspection-plan')]: 3,
    },
  },
  {
    kind: '标题片段',
    q: '政府开放日',
    rel: { [N('tzgg/2026/government-open-day-registration')]: 3, [N('zwdt/2026/government-open-day')]: 3 },
  },
  {
    kind: '标题片段',
    q: '行政处罚裁量基准',
    rel: { [D('catalogue/xzcf/discretion-benchmarks-2025')]: 3, [D('catalogue/xzcf/2026-q3-penalty-decisions')]: 1 },
  },
  {
    kind: '标题片段',
    q: '港口经营许可办理结果',
    rel: {
      [D('catalogue/xzxk/2025-q4-port-licensing-results')]: 3,
      [D('catalogue/xzxk/2026-10-licensing-results')]: 1,
    },
  },
  { kind: '标题片段', q: '重大事故隐患专项排查整治', rel: { [D('policies/2025/major-hazard-rectification-plan')]: 3 } },
  {
    kind: '标题片段',
    q: '汛期水上交通安全',
    rel: { [D('policies/2024/flood-season-water-safety-notice')]: 3, [N('zwdt/2025/flood-emergency-drill')]: 1 },
  },
  {
    kind: '标题片段',
    q: '四好农村路',
    rel: { [D('policies/2026/rural-road-2026-key-tasks')]: 3, [H('zxft/2026-rural-roads')]: 1 },
  },
  {
    kind: '标题片段',
    q: '招标投标管理实施细则',
    rel: { [D('policies/2022/highway-bidding-rules')]: 3, [D('catalogue/zdjsxm/xidu-container-terminal-tender')]: 1 },
  },
  {
    kind: '标题片段',
    q: '考试录用公务员',
    rel: {
      [D('catalogue/rsxx/2026-civil-servant-recruitment')]: 3,
      [D('catalogue/rsxx/2025-civil-servant-proposed-hires')]: 3,
    },
  },
  // Topics.
  {
    kind: '主题',
    q: '道路运输',
    rel: {
      [CREDIT_2025]: 3,
      [PERMIT_MEASURES]: 3,
      [WINTER_2026]: 3,
      [CREDIT_QA]: 2,
      [PERMIT_PIC]: 2,
      [D('catalogue/xzxk/passenger-transport-license-guide')]: 2,
      [N('tzgg/2026/2025-road-transport-credit-results')]: 1,
      [N('tzgg/2026/road-transport-risk-rules-consultation')]: 1,
      [N('zwdt/2026/winter-safety-video-conference')]: 1,
      [N('tzgg/2025/credit-rules-draft-consultation')]: 1,
      [FREIGHT_CREDIT_2024]: 1,
    },
  },
  {
    kind: '主题',
    q: '网约车',
    rel: { [RIDE_RULES]: 3, [RIDE_COMPLIANCE]: 3, [RIDE_PIC]: 2, [N('zwdt/2026/ride-hailing-compliance-meeting')]: 1 },
  },
  {
    kind: '主题',
    q: '网络预约出租汽车',
    rel: { [RIDE_RULES]: 3, [RIDE_COMPLIANCE]: 3, [RIDE_PIC]: 2, [N('zwdt/2026/ride-hailing-compliance-meeting')]: 1 },
  },
  {
    kind: '主题',
    q: '超限超载',
    rel: { [OVERLOAD_2025]: 3, [OVERSIZE_2024]: 1, [N('tzgg/2024/oversize-permit-online-announcement')]: 1 },
  },
  {
    kind: '主题',
    q: '信用修复',
    rel: {
      [CREDIT_2025]: 3,
      [CREDIT_QA]: 3,
      [N('tzgg/2026/2025-road-transport-credit-results')]: 1,
      [N('tzgg/2025/credit-rules-draft-consultation')]: 1,
    },
  },
  {
    kind: '主题',
    q: '农村公路养护',
    rel: {
      [RURAL_MAINT]: 3,
      [RURAL_FUND]: 3,
      [RURAL_MAINT_JD]: 2,
      [RURAL_FUND_JD]: 2,
      [D('policies/2026/rural-road-2026-key-tasks')]: 1,
    },
  },
  {
    kind: '主题',
    q: '港口经营',
    rel: {
      [PORT_RULES]: 3,
      [PORT_JD]: 2,
      [D('catalogue/xzxk/2025-q4-port-licensing-results')]: 2,
      [N('tzgg/2024/port-rules-draft-consultation')]: 1,
    },
  },
  {
    kind: '主题',
    q: '春运',
    rel: {
      [D('policies/2025/spring-festival-transport-notice')]: 3,
      [N('tzgg/2025/spring-festival-travel-tips')]: 2,
      [N('zwdt/2026/spring-festival-transport-summary')]: 2,
    },
  },
  {
    kind: '主题',
    q: '信用评价',
    rel: {
      [CREDIT_2025]: 3,
      [D('policies/2025/credit-evaluation-2025-notice')]: 3,
      [CREDIT_QA]: 2,
      [FREIGHT_CREDIT_2024]: 2,
      [N('tzgg/2026/2025-road-transport-credit-results')]: 2,
      [N('tzgg/2025/credit-rules-draft-consultation')]: 1,
    },
  },
  {
    kind: '主题',
    q: '出租汽车',
    rel: {
      [D('policies/2021/cruising-taxi-rules')]: 3,
      [RIDE_RULES]: 3,
      [RIDE_COMPLIANCE]: 2,
      [RIDE_PIC]: 2,
      [H('zjyj/2025-taxi-service-rules')]: 2,
      [H('lxxd/2026/taxi-invoice')]: 1,
    },
  },
  {
    kind: '主题',
    q: '超限运输',
    rel: { [OVERSIZE_2024]: 3, [N('tzgg/2024/oversize-permit-online-announcement')]: 3, [OVERLOAD_2025]: 2 },
  },
  {
    kind: '主题',
    q: '应急预案',
    rel: { [D('catalogue/yjgl/highway-emergency-plan-2025')]: 3, [N('zwdt/2025/flood-emergency-drill')]: 1 },
  },
  { kind: '主题', q: '养护资金', rel: { [RURAL_FUND]: 3, [RURAL_FUND_JD]: 2, [RURAL_MAINT]: 1 } },
  { kind: '主题', q: '高速公路服务区', rel: { [D('policies/2026/highway-service-area-rules')]: 3 } },
  { kind: '主题', q: '驾驶员培训', rel: { [D('policies/2023/driver-training-rules')]: 3 } },
  {
    kind: '主题',
    q: '政府信息公开年度报告',
    rel: {
      [D('reports/2025-annual-report')]: 3,
      [D('reports/2024-annual-report')]: 3,
      [D('reports/2023-annual-report')]: 2,
      [D('reports/2022-annual-report')]: 2,
      [D('reports/2021-annual-report')]: 2,
      [D('reports/2020-annual-report')]: 2,
    },
  },
  // 发文字号 and 索引号.
  { kind: '文号', q: '示交规〔2025〕3号', target: CREDIT_2025, rel: { [CREDIT_2025]: 3 } },
  { kind: '文号', q: '示交规〔2024〕3号', target: RIDE_RULES, rel: { [RIDE_RULES]: 3 } },
  { kind: '文号', q: '示交规〔2026〕1号', target: PERMIT_MEASURES, rel: { [PERMIT_MEASURES]: 3 } },
  { kind: '文号', q: '示交安监〔2026〕21号', target: WINTER_2026, rel: { [WINTER_2026]: 3 } },
  { kind: '文号', q: '示交公路〔2025〕12号', target: OVERLOAD_2025, rel: { [OVERLOAD_2025]: 3 } },
  { kind: '文号', q: '示交办〔2024〕6号', target: DISCLOSURE_RULES, rel: { [DISCLOSURE_RULES]: 3 } },
  {
    kind: '文号',
    q: '示交规[2019]1号',
    target: D('policies/2019/passenger-station-rules'),
    rel: { [D('policies/2019/passenger-station-rules')]: 3 },
  },
  { kind: '文号', q: '示交運〔2024〕18號', target: BUS_INTEGRATION, rel: { [BUS_INTEGRATION]: 3 } },
  { kind: '文号', q: I('policies/2025/road-freight-credit-rules'), target: CREDIT_2025, rel: { [CREDIT_2025]: 3 } },
  {
    kind: '文号',
    q: I('policies/2024/rural-road-maintenance-measures'),
    target: RURAL_MAINT,
    rel: { [RURAL_MAINT]: 3 },
  },
  {
    kind: '文号',
    q: I('catalogue/ghjh/15th-five-year-transport-plan'),
    target: D('catalogue/ghjh/15th-five-year-transport-plan'),
    rel: { [D('catalogue/ghjh/15th-five-year-transport-plan')]: 3 },
  },
  // Agencies.
  { kind: '机构', q: '示例省财政厅', rel: { [BUS_INTEGRATION]: 3, [RURAL_FUND]: 3, [RURAL_FUND_JD]: 1 } },
  { kind: '机构', q: '示例省公安厅', rel: { [OVERLOAD_2025]: 3 } },
  { kind: '机构', q: '示例省农业农村厅', rel: { [BUS_INTEGRATION]: 3, [BUS_INTEGRATION_JD]: 1 } },
  {
    kind: '机构',
    q: '交通运输厅机构职能',
    rel: { [D('catalogue/jgzn/functions-and-divisions')]: 3, ['/about/']: 2, [D('catalogue/jgzn/leadership')]: 1 },
  },
  {
    kind: '机构',
    q: '交通运输厅领导',
    rel: { [D('catalogue/jgzn/leadership')]: 3, [D('catalogue/jgzn/functions-and-divisions')]: 1, ['/about/']: 1 },
  },
  // 繁體 and mixed queries.
  {
    kind: '繁體/混合',
    q: '道路運輸經營者信用評價管理辦法',
    target: CREDIT_2025,
    rel: {
      [CREDIT_2025]: 3,
      [CREDIT_QA]: 2,
      [N('tzgg/2025/credit-rules-draft-consultation')]: 1,
      [FREIGHT_CREDIT_2024]: 1,
    },
  },
  {
    kind: '繁體/混合',
    q: '網約車',
    rel: { [RIDE_RULES]: 3, [RIDE_COMPLIANCE]: 3, [RIDE_PIC]: 2, [N('zwdt/2026/ride-hailing-compliance-meeting')]: 1 },
  },
  {
    kind: '繁體/混合',
    q: '農村公路養護',
    rel: {
      [RURAL_MAINT]: 3,
      [RURAL_FUND]: 3,
      [RURAL_MAINT_JD]: 2,
      [RURAL_FUND_JD]: 2,
      [D('policies/2026/rural-road-2026-key-tasks')]: 1,
    },
  },
  {
    kind: '繁體/混合',
    q: '信用修復',
    rel: {
      [CREDIT_2025]: 3,
      [CREDIT_QA]: 3,
      [N('tzgg/2026/2025-road-transport-credit-results')]: 1,
      [N('tzgg/2025/credit-rules-draft-consultation')]: 1,
    },
  },
  {
    kind: '繁體/混合',
    q: '港口經營管理規定',
    target: PORT_RULES,
    rel: { [PORT_RULES]: 3, [PORT_JD]: 2, [N('tzgg/2024/port-rules-draft-consultation')]: 1 },
  },
  {
    kind: '繁體/混合',
    q: '超限超載',
    rel: { [OVERLOAD_2025]: 3, [OVERSIZE_2024]: 1, [N('tzgg/2024/oversize-permit-online-announcement')]: 1 },
  },
  {
    kind: '繁體/混合',
    q: '城鄉客运一体化',
    rel: { [BUS_INTEGRATION]: 3, [BUS_INTEGRATION_JD]: 2, [N('zwdt/2025/urban-rural-bus-survey-beiling')]: 1 },
  },
  { kind: '繁體/混合', q: 'ETC 重复扣费', rel: { [H('lxxd/2025/etc-refund')]: 3 } },
  { kind: '繁體/混合', q: '政府資訊公开指南', rel: { [GUIDE]: 3, ['/zwgk/zd/']: 1 } },
  {
    kind: '繁體/混合',
    q: '春運',
    rel: {
      [D('policies/2025/spring-festival-transport-notice')]: 3,
      [N('tzgg/2025/spring-festival-travel-tips')]: 2,
      [N('zwdt/2026/spring-festival-transport-summary')]: 2,
    },
  },
  // Two-character terms.
  {
    kind: '两字词',
    q: '港口',
    rel: {
      [PORT_RULES]: 3,
      [PORT_JD]: 2,
      [D('catalogue/xzxk/2025-q4-port-licensing-results')]: 2,
      [N('tzgg/2024/port-rules-draft-consultation')]: 1,
      [H('lxxd/2026/port-noise')]: 1,
      [D('catalogue/zdjsxm/xidu-container-terminal-tender')]: 1,
    },
  },
  { kind: '两字词', q: '路政', rel: { [D('policies/2018/highway-administration-rules')]: 3 } },
  {
    kind: '两字词',
    q: '年报',
    rel: {
      [D('reports/2025-annual-report')]: 3,
      [D('reports/2024-annual-report')]: 2,
      [D('reports/2023-annual-report')]: 2,
      [D('reports/2022-annual-report')]: 1,
      [D('reports/2021-annual-report')]: 1,
      [D('reports/2020-annual-report')]: 1,
    },
  },
  {
    kind: '两字词',
    q: '预算',
    rel: { [D('reports/2025-department-budget')]: 3, [D('reports/2024-department-final-accounts')]: 1 },
  },
  {
    kind: '两字词',
    q: '决算',
    rel: { [D('reports/2024-department-final-accounts')]: 3, [D('reports/2025-department-budget')]: 1 },
  },
  { kind: '两字词', q: '公交', rel: { [D('policies/2026/urban-bus-management-measures')]: 3, [BUS_INTEGRATION]: 2 } },
  {
    kind: '两字词',
    q: '水路',
    rel: {
      [D('policies/2020/waterway-transport-rules')]: 3,
      [D('policies/2024/flood-season-water-safety-notice')]: 2,
      [N('zwdt/2026/spring-festival-transport-summary')]: 1,
    },
  },
  {
    kind: '两字词',
    q: '招标',
    rel: { [D('policies/2022/highway-bidding-rules')]: 3, [D('catalogue/zdjsxm/xidu-container-terminal-tender')]: 2 },
  },
  // Questions.
  { kind: '问句', q: '怎么申请政府信息公开', rel: { [APPLY]: 3, [GUIDE]: 3, [DISCLOSURE_RULES]: 2, ['/zwgk/zd/']: 1 } },
  { kind: '问句', q: '高速公路重复扣费怎么退费', rel: { [H('lxxd/2025/etc-refund')]: 3 } },
  {
    kind: '问句',
    q: '出租车不给发票怎么办',
    rel: {
      [H('lxxd/2026/taxi-invoice')]: 3,
      [D('policies/2021/cruising-taxi-rules')]: 1,
      [H('zjyj/2025-taxi-service-rules')]: 1,
    },
  },
  { kind: '问句', q: '网约车驾驶员如何取得从业资格', rel: { [RIDE_RULES]: 3, [RIDE_PIC]: 2, [RIDE_COMPLIANCE]: 1 } },
  { kind: '问句', q: '农村公路坑槽谁来修', rel: { [H('lxxd/2025/rural-road-repair')]: 3, [RURAL_MAINT]: 2 } },
  {
    kind: '问句',
    q: '道路运输经营者信用等级怎么评定',
    rel: {
      [CREDIT_2025]: 3,
      [CREDIT_QA]: 3,
      [D('policies/2025/credit-evaluation-2025-notice')]: 1,
      [N('tzgg/2026/2025-road-transport-credit-results')]: 1,
    },
  },
];
