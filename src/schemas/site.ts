/**
 * Site settings (`content/site.yaml`): identity, the footer items national
 * checks look for (《政府网站发展指引》, 国办发〔2017〕47号), navigation and the catalogue tree.
 */
import { z } from 'zod';
import vocabularies from '../data/xxgk-vocabularies.json' with { type: 'json' };
import { blankAsAbsent, oneOf, text } from './fields.ts';
import { reportTypes } from './report.ts';
import { policyKinds } from './policy.ts';
import { listDefinitions } from './lists.ts';

const listKeys = listDefinitions.map((d) => d.key) as [string, ...string[]];

const key = z
  .string({ error: '应为栏目代码（小写字母、数字和 -），例如 ghjh' })
  .regex(/^[a-z][a-z0-9-]{0,31}$/, { error: '应为栏目代码（小写字母开头，只含小写字母、数字和 -），例如 ghjh' });

const columnType = z
  .string({ error: '应为栏目类别' })
  .refine((v) => (vocabularies.columnTypes as string[]).includes(v), {
    error: `应为以下栏目类别之一：${(vocabularies.columnTypes as string[]).join('、')}`,
  })
  // The closed list, for the web CMS's choice (src/cms/).
  .meta({ values: vocabularies.columnTypes });

/** Where a catalogue column takes its items from. */
export const catalogueSources = ['catalogue', 'policies', 'interpretations', 'reports'] as const;

/**
 * How often a column must get a new item (检查指标: 动态 columns every 2
 * weeks, 通知公告 and 政策文件 every 6 months), written `14天`, `2周` or
 * `6个月`; `不检查` turns the reminder off. See checks/check-freshness.ts for
 * the defaults.
 */
export const updateWindow = z
  .string({ error: '应为更新周期，例如 2周、14天、6个月，或 不检查' })
  .trim()
  .regex(/^([1-9]\d{0,2}(天|周|个月)|不检查)$/, { error: '应为更新周期，例如 2周、14天、6个月，或 不检查' });

const catalogueNodeFields = blankAsAbsent({
  /** URL segment, e.g. `ghjh` → /zwgk/fdzdgknr/ghjh/. Never change it once published. */
  key: key.meta({ label: '栏目代码' }),
  /** 栏目名称, e.g. 规划计划. */
  name: text('栏目名称').meta({ label: '名称' }),
  /** 条例第二十条 item number(s) this column fulfils (1–15). */
  article: z
    .array(z.number().int().min(1).max(15), { error: '应为条例第二十条的项号列表，例如 [3]' })
    .optional()
    .meta({ label: '条例条款' }),
  /** ColumnType meta value. */
  columnType: columnType.optional().meta({ label: '栏目类别' }),
  /** 栏目描述 (ColumnDescription meta). */
  description: z.string({ error: '应为栏目描述' }).trim().optional().meta({ label: '描述' }),
  /** Source collection; `catalogue` items choose this column by its key. */
  source: oneOf(catalogueSources).default('catalogue').meta({ label: '来源' }),
  /** With `source: policies`: only policies of this 文件类别. */
  kind: oneOf(policyKinds).optional().meta({ label: '文件类别' }),
  /** With `source: reports`: only reports of this 报告类别. */
  reportType: oneOf(reportTypes).optional().meta({ label: '报告类别' }),
  /** Shown when the column is empty: e.g. 本机关无此类信息 (检查指标: no blank columns). */
  emptyNote: z.string().trim().optional().meta({ label: '空栏目说明' }),
  /** Data lists (content/lists/) shown on this column's page, by key, e.g. [xzxk, bszn]. */
  lists: z.array(oneOf(listKeys)).optional().meta({ label: '数据清单' }),
  /** 更新周期 (检查指标): warn when the newest item is older. */
  updateWithin: updateWindow.optional().meta({ label: '更新周期' }),
});

const leafNode = z.strictObject(catalogueNodeFields, { error: '应为目录栏目，至少包括 key 和 name' });

export const catalogueNodeSchema = z.strictObject(
  {
    ...catalogueNodeFields,
    /** Sub-columns. A column with children lists everything in them. */
    children: z.array(leafNode).optional().meta({ label: '子栏目' }),
  },
  { error: '应为目录栏目，至少包括 key 和 name' },
);

export type CatalogueNode = z.output<typeof catalogueNodeSchema>;

/**
 * A path on this site: starts with one `/` and never a second `/` or `\`
 * (`//evil.example/x` and `/\evil.example` are addresses on another host to
 * a browser), no spaces or backslashes.
 */
const SITE_PATH = String.raw`\/(?![\/\\])[^\s\\]*`;

const navItem = z.strictObject({
  /** Text in the main navigation. */
  name: text('导航名称').meta({ label: '名称' }),
  /** Site path, e.g. /zwgk/. */
  href: z
    .string()
    .regex(new RegExp(`^${SITE_PATH}$`), {
      error: '应为以 / 开头的站内路径，例如 /zwgk/（不能以 // 或 /\\ 开头，那是其他网站的地址）',
    })
    .meta({ label: '链接' }),
});

/** A link that leaves the static site: mailto, https, or a path on the site. */
const channelHref = z
  .string({ error: '应为链接：mailto:邮箱地址、https:// 开头的网址，或以 / 开头的站内路径' })
  .regex(new RegExp(String.raw`^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+|${SITE_PATH})$`), {
    error: '应为链接：mailto:邮箱地址、https:// 开头的网址，或以 / 开头的站内路径（不能以 // 或 /\\ 开头）',
  });

const interaction = z.strictObject({
  /** 厅长信箱, 网上咨询 …: where people write to the department. */
  channels: z
    .array(
      z.strictObject({
        name: text('渠道名称，例如 厅长信箱').meta({ label: '名称' }),
        href: channelHref.meta({ label: '链接' }),
        description: z.string({ error: '应为渠道说明' }).trim().min(1).optional().meta({ label: '描述' }),
      }),
    )
    .min(1, { error: '至少需要一个互动渠道（例如厅长信箱）' })
    .meta({ label: '互动渠道' }),
  /** Promised reply time in working days; 留言选登 statistics count replies within it. */
  replyDays: z
    .number({ error: '应为工作日天数（整数）' })
    .int()
    .min(1)
    .max(60)
    .default(10)
    .meta({ label: '答复时限（工作日）' }),
});

const application = z.strictObject({
  /**
   * Where the online application form is sent (HTTP POST, JSON). An https://
   * address, or a path on this host (not prefixed with the base path). Leave
   * out to offer printing only: then nothing the applicant types leaves the browser.
   */
  endpoint: z
    .string({ error: '应为网址' })
    .regex(new RegExp(String.raw`^(https:\/\/\S+|${SITE_PATH})$`), {
      error: '应为 https:// 开头的网址，或以 / 开头的本站路径（不能以 // 或 /\\ 开头）',
    })
    .optional()
    .meta({ label: '在线提交地址' }),
});

/**
 * The web CMS at /admin (src/cms/): the Git repository editors commit to
 * when they sign in. Without it the CMS works only with a local clone
 * (使用本地仓库, in Chromium-based browsers on the editor's own computer).
 */
const cms = z.strictObject(
  blankAsAbsent({
    /** The Git host: github, gitlab, or gitea (also Forgejo). */
    backend: oneOf(['github', 'gitlab', 'gitea']).meta({ label: '代码托管平台' }),
    /** The repository, `owner/name` (GitLab: `group/subgroup/name`). */
    repo: z
      .string({ error: '应为仓库名称，写作 所有者/仓库名，例如 xxgk/jtt-site' })
      .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: '应为仓库名称，写作 所有者/仓库名，例如 xxgk/jtt-site' })
      .meta({ label: '仓库' }),
    /** The branch editors commit to; publishing builds from it. */
    branch: z.string({ error: '应为分支名称，例如 main' }).trim().min(1).default('main').meta({ label: '分支' }),
    /** A self-hosted server's API, e.g. https://git.example.gov.cn/api/v1 (Gitea) or …/api/v4 (GitLab). */
    apiRoot: z
      .string()
      .regex(/^https:\/\/\S+$/, { error: '应为以 https:// 开头的网址' })
      .optional()
      .meta({ label: 'API 地址' }),
    /** The sign-in (OAuth) server's address, for a self-hosted GitLab or Gitea, or an OAuth helper for GitHub. */
    baseUrl: z
      .string()
      .regex(/^https:\/\/\S+$/, { error: '应为以 https:// 开头的网址' })
      .optional()
      .meta({ label: '登录服务地址' }),
    /** OAuth application id (GitLab, Gitea). Without one editors sign in with a personal access token. */
    appId: z.string().trim().min(1).optional().meta({ label: 'OAuth 应用 ID' }),
  }),
  { error: '应为网页内容管理的设置，至少包括 backend 和 repo' },
);

const newsColumn = z.strictObject({
  key: key.meta({ label: '栏目代码' }),
  name: text('栏目名称').meta({ label: '名称' }),
  columnType: columnType.meta({ label: '栏目类别' }),
  description: z.string().trim().optional().meta({ label: '描述' }),
  /** 更新周期 (检查指标): warn when the newest item is older. */
  updateWithin: updateWindow.optional().meta({ label: '更新周期' }),
});

export const siteSchema = z.strictObject(
  blankAsAbsent({
    /** 网站名称 (SiteName meta). */
    name: text('网站名称').meta({ label: '名称' }),
    /** 网站英文域名 (SiteDomain meta), e.g. jtt.shili.gov.cn. */
    domain: z
      .string({ error: '应为网站域名，例如 jtt.shili.gov.cn' })
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.(gov\.cn|政务)$/, {
        error: '应为以 .gov.cn 结尾的域名，例如 jtt.shili.gov.cn（不含 https://）',
      })
      .meta({ label: '网站域名' }),
    /** 政府网站标识码 (SiteIDCode): 10 digits, or bm + 8 digits for central departments. */
    siteCode: z
      .string({ error: '应为政府网站标识码（加引号），例如 "9900000001"' })
      .regex(/^(\d{10}|bm\d{8})$/, { error: '应为10位数字，或 bm 加8位数字，例如 "9900000001" 或 "bm07000001"' })
      .meta({ label: '网站标识码' }),
    /** 主办单位. */
    sponsor: text('主办单位').meta({ label: '主办单位' }),
    /** 承办单位. */
    organizer: text('承办单位').meta({ label: '承办单位' }),
    /** ICP备案号, e.g. 示ICP备12345678号-1. */
    icp: z
      .string({ error: '应为ICP备案号' })
      .regex(/^.{1,4}ICP备\d+号(-\d+)?$/, { error: '应为ICP备案号，例如 示ICP备12345678号-1' })
      .meta({ label: 'ICP备案号' }),
    /** 公安机关备案: the text shown and the record code used in the link. */
    police: z
      .strictObject({
        label: text('公安备案文字，例如 示公网安备 99010002000001号').meta({ label: '文字' }),
        recordCode: z
          .string({ error: '应为公安备案号数字（加引号）' })
          .regex(/^\d{8,20}$/, { error: '应为公安备案号数字，例如 "99010002000001"' })
          .meta({ label: '备案号' }),
      })
      .meta({ label: '公安备案' }),
    /** 党政机关网站标识 id (bszs.conac.cn). */
    conacId: z
      .string({ error: '应为党政机关网站标识编号（加引号）' })
      .regex(/^[0-9A-Za-z]{4,40}$/, { error: '应为党政机关网站标识编号，只含字母和数字' })
      .meta({ label: '党政机关网站标识' }),
    /** 政府信息公开工作机构 contact details (条例 art. 12). */
    contact: z
      .strictObject({
        office: text('工作机构名称').meta({ label: '工作机构' }),
        address: text('办公地址').meta({ label: '办公地址' }),
        postcode: z
          .string({ error: '应为6位邮编（加引号）' })
          .regex(/^\d{6}$/, { error: '应为6位数字邮编，例如 "990001"' })
          .meta({ label: '邮编' }),
        phone: text('联系电话').meta({ label: '联系电话' }),
        fax: text('传真号码').meta({ label: '传真' }),
        email: z.email({ error: '应为电子邮箱地址，例如 xxgk@jtt.shili.gov.cn' }).meta({ label: '电子邮箱' }),
        hours: text('办公时间').meta({ label: '办公时间' }),
      })
      .meta({ label: '联系方式' }),
    /** 索引号 generation: organisation code and template. */
    indexNumber: z
      .strictObject({
        orgCode: z
          .string()
          .regex(/^[0-9A-Z-]{6,20}$/, { error: '应为机构代码（统一社会信用代码或组织机构代码）' })
          .meta({ label: '机构代码' }),
        /** Placeholders: {orgCode}, {yyyy}, {seq:05} (zero-padded to 5 digits). */
        template: z
          .string()
          .includes('{seq', { error: '模板中应包含 {seq} 或 {seq:05}' })
          .default('{orgCode}/{yyyy}-{seq:05}')
          .meta({ label: '模板' }),
      })
      .meta({ label: '索引号规则' }),
    /** Items per list page. */
    pageSize: z.number().int().min(5).max(100).default(20).meta({ label: '每页条数' }),
    /** 政务服务便民热线 shown under 互动交流. */
    hotline: z.string().trim().default('12328').meta({ label: '服务热线' }),
    /** 互动交流: 厅长信箱, 网上咨询 and the promised reply time. */
    interaction: interaction.optional().meta({ label: '互动交流' }),
    /** 依申请公开: the online application. */
    application: application.default({}).meta({ label: '依申请公开' }),
    /**
     * Where readers ask for an accessible format of an attachment marked
     * `accessible: false` (条例 art. 43: help for readers with 视听障碍): a
     * mailto:, https:// or site path. Default: an e-mail to the
     * 政府信息公开工作机构 (contact.email) naming the document and attachment.
     */
    accessibleFormatRequest: channelHref.optional().meta({ label: '申请无障碍格式的渠道' }),
    /**
     * 政策解读 published within this many working days of a policy marked
     * `needsInterpretation` (同步发布; 3 working days in several provinces' rules).
     */
    interpretationDays: z
      .number({ error: '应为工作日天数（整数）' })
      .int()
      .min(0)
      .max(60)
      .default(3)
      .meta({ label: '解读发布时限（工作日）' }),
    /**
     * A build that would publish this share (percent) fewer entries than the
     * published site, or none, stops unless confirmed (publish/shrink-guard.ts):
     * an emptied content folder must not replace the portal.
     */
    shrinkLimit: z
      .number({ error: '应为百分比（1 到 100 的整数）' })
      .int()
      .min(1)
      .max(100)
      .default(50)
      .describe('一次发布使已发布条目减少超过这个百分比（或减为零）时，停止发布，除非确认')
      .meta({ label: '发布缩减上限（%）' }),
    /**
     * The 繁體 pages: OpenCC character standard (`t` OpenCC's own, `tw` Taiwan,
     * `hk` Hong Kong) and whether the region's phrase vocabulary (软件→軟體)
     * is used too; that changes wording, so it is off unless asked for.
     */
    hant: z
      .strictObject(
        blankAsAbsent({
          standard: oneOf(['t', 'tw', 'hk'])
            .default('t')
            .describe('t：OpenCC 标准繁体；tw：台湾用字；hk：香港用字')
            .meta({ label: '繁體用字标准' }),
          phrases: z
            .boolean({ error: '应为 true 或 false' })
            .default(false)
            .describe('是否同时转换地区惯用词（如 软件→軟體），会改变措辞')
            .meta({ label: '转换地区惯用词' }),
        }),
        { error: '应为繁體版设置，写作 { standard: t, phrases: false }' },
      )
      .default({ standard: 't', phrases: false })
      .meta({ label: '繁體版' }),
    /** Main navigation. */
    nav: z.array(navItem).min(1, { error: '至少需要一个导航项' }).meta({ label: '导航' }),
    /** News columns (政务动态, 通知公告 …). */
    newsColumns: z.array(newsColumn).min(1).meta({ label: '新闻栏目' }),
    /** 法定主动公开内容 tree: one column per applicable item of 条例第二十条. */
    catalogue: z.array(catalogueNodeSchema).min(1).meta({ label: '信息公开目录' }),
    /** The web CMS's Git repository (optional; see `cms` above). */
    cms: cms.optional().meta({ label: '网页内容管理' }),
    /**
     * Write `.br` and `.gz` copies beside every text file over 1 KB, for web
     * servers that send stored compressed files (deploy/). Default off: it
     * costs build time and disk space, and helps only with such a server.
     */
    precompress: z.boolean({ error: '应为 true 或 false' }).default(false).meta({ label: '预压缩（.br 和 .gz）' }),
  }),
);

export type SiteSettings = z.output<typeof siteSchema>;
