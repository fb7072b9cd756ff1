/**
 * How often things occur in the corpus: themes, catalogue columns with their
 * title templates, and the 文种 of each kind of policy. The weights follow
 * what a provincial transport department publishes.
 */
import { themes } from './phrases.ts';
import type { PolicyKind } from './document.ts';

const themeIndex = new Map(themes.map((t, i) => [t.key, i]));
export const themeOf = (key: string) => themeIndex.get(key) ?? 0;

/** Theme weights for documents without a publisher preference. */
export const themeWeights = themes.map(
  (t) =>
    ({
      'road-transport': 3,
      'highway-maintenance': 2.5,
      'rural-road': 2.2,
      port: 1.6,
      safety: 2.2,
      'ride-hailing': 1.2,
      licensing: 1.4,
      credit: 1,
      'urban-rural-bus': 1.3,
      overload: 1.1,
      emergency: 1.3,
      statistics: 0.7,
      waterway: 1.1,
      construction: 2,
      openness: 1.4,
      green: 0.8,
      smart: 0.8,
      logistics: 0.9,
      enforcement: 1.2,
      finance: 0.5,
      personnel: 0.3,
    })[t.key] ?? 1,
);

export interface CategoryProfile {
  weight: number;
  themes: string[];
  titles: string[];
  genres?: string[];
  tableShare: number;
  dept?: number;
}

export const categoryProfiles: Record<string, CategoryProfile> = {
  jgzn: {
    weight: 0.25,
    themes: ['openness', 'personnel'],
    tableShare: 0.2,
    dept: 0.6,
    titles: [
      '{pub}主要职责',
      '{pub}内设机构及职责（{yr}年更新）',
      '{pub}领导分工（{yr}年{m}月）',
      '{pub}办公地址、办公时间及联系方式',
      '{pub}机构职能调整情况说明（{yr}年）',
    ],
  },
  ghjh: {
    weight: 1,
    themes: ['construction', 'rural-road', 'green', 'smart', 'port', 'highway-maintenance'],
    tableShare: 0.5,
    titles: [
      '{place}综合交通运输发展规划（{yr}—{yr5}年）',
      '{yr}年{place}农村公路建设计划',
      '{yr}年全省重点交通建设项目投资计划',
      '{hw}建设实施计划',
      '{place}{themeName}专项规划中期评估报告',
      '{yr}年{pub}工作计划',
      '{place}{themeName}三年行动计划（{yr}—{yr2}年）',
    ],
  },
  tjxx: {
    weight: 1.3,
    themes: ['statistics'],
    tableShare: 0.95,
    titles: [
      '{yr}年{m}月全省交通运输主要指标',
      '{yr}年第{q}季度{place}道路运输统计数据',
      '{py}年{place}交通运输行业发展统计公报',
      '{yr}年{m}月全省港口货物吞吐量',
      '{yr}年1—{m}月交通固定资产投资完成情况',
      '{yr}年{m}月全省公路水路客货运输量',
    ],
  },
  xzxk: {
    weight: 2.2,
    themes: ['licensing', 'road-transport', 'port', 'overload'],
    tableShare: 0.6,
    genres: ['公告'],
    titles: [
      '{yr}年{m}月{pub}行政许可办理结果',
      '{company}道路旅客运输经营许可决定公示',
      '{yr}年第{q}季度超限运输车辆行驶公路许可结果',
      '{yr}年{m}月港口经营许可办理情况',
      '{pub}涉路施工许可决定书（{yr}年第{nnn}号）',
      '{yr}年{m}月网约车平台经营许可办理结果',
    ],
  },
  xzcf: {
    weight: 1.8,
    themes: ['enforcement', 'overload', 'road-transport'],
    tableShare: 0.5,
    genres: ['决定'],
    titles: [
      '{pub}行政处罚决定书（{company}）',
      '{yr}年{m}月行政处罚案件信息公开',
      '{pub}行政处罚裁量基准（{yr}年修订）',
      '{yr}年{m}月超限运输违法行为处罚结果',
      '{pub}行政强制措施决定（{yr}年第{nn}号）',
    ],
  },
  sf: {
    weight: 0.08,
    themes: ['finance'],
    tableShare: 0.6,
    titles: ['{pub}行政事业性收费项目清单（{yr}年）', '{pub}涉企收费目录清单（{yr}年）'],
  },
  zfcg: {
    weight: 1.2,
    themes: ['finance', 'construction'],
    tableShare: 0.6,
    genres: ['公告'],
    titles: [
      '{yr}年{pub}政府采购意向公开',
      '{project}监理服务采购结果公告',
      '{pub}{yr}年政府采购实施情况',
      '{pub}{yr}年{m}月政府采购意向',
      '{project}检测服务中标结果公告',
    ],
  },
  zdjsxm: {
    weight: 1.2,
    themes: ['construction'],
    tableShare: 0.5,
    genres: ['批复', '公告'],
    titles: [
      '关于{hw}工程可行性研究报告的批复',
      '关于{project}施工图设计的批复',
      '{hw}{yr}年{m}月建设进展情况',
      '{project}施工招标公告',
      '{yr}年全省重点交通建设项目进展情况',
      '{hw}交工验收情况公示',
    ],
  },
  msbz: {
    weight: 0.9,
    themes: ['rural-road', 'urban-rural-bus'],
    tableShare: 0.5,
    titles: [
      '{yr}年{place}农村客运补贴资金分配方案',
      '{yr}年{place}“四好农村路”民生实事完成情况',
      '{place}城乡公交一体化实施情况（{yr}年）',
      '{yr}年农村公路危桥改造民生项目进展',
      '{yr}年老年人乘坐公交优惠政策落实情况',
    ],
  },
  yjgl: {
    weight: 0.9,
    themes: ['emergency', 'waterway', 'safety'],
    tableShare: 0.4,
    titles: [
      '{pub}公路交通突发事件应急预案（{yr}年修订）',
      '{yr}年{m}月{weather}天气交通运输应对情况',
      '{place}公路交通突发事件应急演练情况',
      '{yr}年汛期交通运输防汛工作情况',
      '{pub}水上搜救应急预案',
    ],
  },
  jdjc: {
    weight: 1.3,
    themes: ['safety', 'construction', 'enforcement'],
    tableShare: 0.6,
    titles: [
      '{yr}年第{q}季度“双随机、一公开”抽查结果',
      '{yr}年{place}公路水运工程质量安全监督检查情况通报',
      '{yr}年{themeName}专项检查情况',
      '{pub}{yr}年度随机抽查事项清单',
      '{yr}年{m}月安全生产督导检查发现问题整改情况',
    ],
  },
  rsxx: {
    weight: 0.8,
    themes: ['personnel'],
    tableShare: 0.5,
    dept: 0.7,
    genres: ['公告'],
    titles: [
      '{pub}{yr}年考试录用公务员拟录用人员名单公示',
      '{pub}{yr}年公开招聘事业单位工作人员公告',
      '{pub}干部任前公示（{yr}年{m}月）',
      '{pub}{yr}年公开遴选公务员公告',
      '{pub}{yr}年度公务员考试录用面试公告',
    ],
  },
  jyta: {
    weight: 0.9,
    themes: ['road-transport', 'rural-road', 'urban-rural-bus', 'ride-hailing', 'construction', 'port', 'green'],
    tableShare: 0.1,
    dept: 0.8,
    genres: ['函'],
    titles: [
      '关于省{npc}第{nnn}号代表建议的答复',
      '关于省政协{cppcc}第{nnn}号提案的答复',
      '{pub}{yr}年建议提案办理情况',
      '对省{npc}第{nnn}号建议的会办意见',
    ],
  },
  qzqd: {
    weight: 0.25,
    themes: ['licensing', 'enforcement'],
    tableShare: 0.7,
    dept: 0.7,
    titles: [
      '{pub}权责清单（{yr}年版）',
      '{pub}行政许可事项清单（{yr}年）',
      '{pub}公共服务事项清单（{yr}年）',
      '{pub}权责清单动态调整情况（{yr}年{m}月）',
    ],
  },
};

export const policyGenres: Record<PolicyKind, [string, number][]> = {
  规章: [['命令（令）', 1]],
  行政规范性文件: [
    ['通知', 6],
    ['意见', 2.5],
    ['决定', 0.6],
    ['通告', 0.8],
    ['公告', 0.6],
  ],
  其他文件: [
    ['通知', 10],
    ['通报', 1.5],
    ['意见', 1.2],
    ['函', 1.6],
    ['批复', 1.2],
    ['公告', 0.8],
    ['会议纪要', 0.3],
    ['报告', 0.4],
    ['请示', 0.2],
    ['决定', 0.3],
  ],
};
export const regSuffixes = ['管理办法', '实施细则', '管理规定', '实施办法', '管理暂行办法', '考核办法', '管理规范'];
export const nonDirective = new Set(['通告', '公告', '命令（令）', '会议纪要', '报告', '请示']);
