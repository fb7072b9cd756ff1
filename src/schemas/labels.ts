/** Chinese names of frontmatter fields, for messages editors read. */
export const fieldLabels: Record<string, string> = {
  title: '标题',
  indexNo: '索引号',
  publisher: '发布机构',
  docNo: '发文字号',
  writtenDate: '成文日期',
  publishDate: '发布日期',
  topic: '主题分类',
  genre: '体裁',
  disclosure: '公开方式',
  summary: '内容概述',
  keywords: '关键词',
  attachments: '附件',
  file: '文件名',
  kind: '文件类别',
  validity: '有效性',
  effectiveDate: '施行日期',
  validityDate: '失效或废止日期',
  replacedBy: '替代文件',
  needsInterpretation: '需要解读',
  form: '解读形式',
  policy: '所解读文件',
  reportType: '报告类别',
  year: '报告年度',
  statistics: '统计数据',
  category: '所属栏目',
  column: '栏目',
  source: '来源',
  author: '作者',
  updated: '更新日期',
  description: '描述',
  columnType: '栏目类别',
  showContact: '显示联系方式',
  name: '名称',
  domain: '网站域名',
  siteCode: '网站标识码',
  sponsor: '主办单位',
  organizer: '承办单位',
  icp: 'ICP备案号',
  police: '公安备案',
  label: '文字',
  recordCode: '备案号',
  conacId: '党政机关网站标识',
  contact: '联系方式',
  office: '工作机构',
  address: '办公地址',
  postcode: '邮编',
  phone: '联系电话',
  fax: '传真',
  email: '电子邮箱',
  hours: '办公时间',
  indexNumber: '索引号规则',
  orgCode: '机构代码',
  template: '模板',
  pageSize: '每页条数',
  hotline: '服务热线',
  nav: '导航',
  href: '链接',
  newsColumns: '新闻栏目',
  catalogue: '信息公开目录',
  key: '栏目代码',
  article: '条例条款',
  children: '子栏目',
  emptyNote: '空栏目说明',
  lists: '数据清单',
  channel: '来信渠道',
  writer: '来信人',
  receivedDate: '来信日期',
  replyDate: '答复日期',
  handler: '办理单位',
  type: '类别',
  guests: '嘉宾',
  host: '主持人',
  date: '日期',
  startDate: '征集开始日期',
  endDate: '征集截止日期',
  unit: '征集单位',
  feedbackEmail: '意见接收邮箱',
  feedbackAddress: '意见接收地址',
  feedbackUrl: '在线提交意见网址',
  feedback: '意见采纳情况',
  received: '收到意见条数',
  adopted: '采纳条数',
  interaction: '互动交流',
  channels: '互动渠道',
  replyDays: '答复时限（工作日）',
  application: '依申请公开',
  endpoint: '在线提交地址',
};

/** `['attachments', 0, 'file']` → `附件 第1项 › 文件名 (attachments[0].file)`. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '整个文件';
  const words: string[] = [];
  let code = '';
  for (const part of path) {
    if (typeof part === 'number') {
      words.push(`第${part + 1}项`);
      code += `[${part}]`;
    } else {
      const name = String(part);
      words.push(fieldLabels[name] ?? name);
      code += code ? `.${name}` : name;
    }
  }
  return `${words.join(' › ')}（${code}）`;
}
