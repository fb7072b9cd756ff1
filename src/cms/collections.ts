/**
 * The web CMS's collections: one folder collection per content collection
 * (src/schemas/collections.ts), with its folder under content/, where new
 * files go, and its fields from the collection's schema; and the site
 * settings (content/site.yaml) as a file collection.
 *
 * Where new files go follows the project's folders (docs/editors/, npm run new):
 * documents, news and letters in a folder per year, catalogue items in a
 * folder per column, pages anywhere (the path is the URL).
 *
 * The schemas point at a policy by its path within the folder
 * (`2024/road-freight-rules`), and a relation widget stores the entry's
 * "slug". When a collection's `path` contains the plain tag `{{slug}}`,
 * Sveltia takes only the last part (`road-freight-rules`) as the slug of an
 * existing file; written `{{slug | lower}}` (the same name: file names are
 * lowercase already) the slug is the whole path within the folder, so the
 * relation stores what the content check expects. The browser test
 * (test/browser/cms.test.ts) shows an existing 解读 with its policy chosen.
 */
import { collectionSchemas, type CollectionName } from '../schemas/collections.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { flattenCatalogue } from '../catalogue/catalogue-tree.ts';
import { cmsFields, type CmsField, type SpecialWidgets } from './cms-fields.ts';
import { schemaFields } from './schema-fields.ts';

/** How a collection's files are laid out in its folder. */
type Layout = 'year' | 'category' | 'tree' | 'flat';

interface CollectionSpec {
  label: string;
  labelSingular: string;
  description: string;
  layout: Layout;
  /** Field to sort by, newest first. */
  dateField?: string;
  /** What a new entry's body starts with. */
  body?: string;
}

export const collectionSpecs: Record<CollectionName, CollectionSpec> = {
  policies: {
    label: '政策文件',
    labelSingular: '政策文件',
    description: '规章、行政规范性文件和其他文件，按发布年份分文件夹存放。',
    layout: 'year',
    dateField: 'publishDate',
  },
  interpretations: {
    label: '政策解读',
    labelSingular: '政策解读',
    description: '对政策文件的解读（文字、图解、问答、访谈、视频），与所解读的文件互相链接。',
    layout: 'year',
    dateField: 'publishDate',
  },
  reports: {
    label: '报告',
    labelSingular: '报告',
    description: '政府信息公开工作年度报告、工作要点、预决算等。年报的统计表请直接编辑文件中的 statistics。',
    layout: 'flat',
    dateField: 'publishDate',
  },
  catalogue: {
    label: '其他公开内容',
    labelSingular: '公开内容',
    description: '其他法定主动公开内容（机构职能、规划计划、统计信息……），按栏目分文件夹存放。',
    layout: 'category',
    dateField: 'publishDate',
  },
  news: {
    label: '政务动态、通知公告',
    labelSingular: '新闻',
    description: '政务动态和通知公告，按发布年份分文件夹存放。',
    layout: 'year',
    dateField: 'publishDate',
  },
  pages: {
    label: '独立页面',
    labelSingular: '页面',
    description: '政府信息公开指南、联系我们等独立页面；文件路径就是网址。',
    layout: 'tree',
  },
  letters: {
    label: '留言选登',
    labelSingular: '留言',
    description: '公开的来信和答复，正文用“## 来信内容”和“## 答复内容”两个小标题。',
    layout: 'year',
    dateField: 'replyDate',
    body: '## 来信内容\n\n\n\n## 答复内容\n\n',
  },
  interviews: {
    label: '在线访谈',
    labelSingular: '访谈',
    description: '在线访谈实录。',
    layout: 'flat',
    dateField: 'date',
  },
  consultations: {
    label: '征集意见',
    labelSingular: '征集',
    description: '征求意见稿和意见采纳情况。',
    layout: 'flat',
    dateField: 'publishDate',
  },
};

/** New files are named by the editor (English or 拼音), or by the date if they keep the suggestion. */
const SLUG = {
  template: '{{year}}{{month}}{{day}}',
  editable: ['create'],
  pattern: ['^[a-z0-9][a-z0-9-]*$', '文件名只能用小写英文字母、数字和 -（可用拼音），例如 road-freight-rules'],
  hint: '文件名（不含 .md）：用小写英文或拼音，如 road-freight-rules。保存后不要再改：网址和其他文件的引用都用它。',
};

function layoutOptions(layout: Layout): Record<string, unknown> {
  switch (layout) {
    case 'year':
      return { path: '{{year}}/{{slug | lower}}' };
    case 'category':
      return { path: '{{fields.category}}/{{slug | lower}}' };
    case 'tree':
      // Existing pages in subfolders are listed (and keep their paths); new pages go to the top folder.
      return { path: '{{slug}}', nested: { depth: 4 } };
    case 'flat':
      return { path: '{{slug}}' };
  }
}

/** Fields that point to other entries or to site settings. */
function specialWidgets(site: SiteSettings): Partial<Record<CollectionName, SpecialWidgets>> {
  const policy = {
    widget: 'relation',
    collection: 'policies',
    value_field: '{{slug}}',
    display_fields: ['title'],
    search_fields: ['title', 'docNo', 'indexNo'],
  };
  const columns = [...flattenCatalogue(site.catalogue).values()].filter(
    (c) => c.isLeaf && c.node.source === 'catalogue',
  );
  // Attachments and images are stored beside the entry (collection media_folder ''), as the content check expects.
  const attachment = { 'attachments.file': { widget: 'file' } };
  return {
    policies: { ...attachment, replacedBy: policy },
    interpretations: { ...attachment, policy },
    reports: { ...attachment, statistics: { widget: 'hidden' } },
    catalogue: {
      ...attachment,
      category: {
        widget: 'select',
        options: columns.map((c) => ({ label: `${c.node.name}（${c.node.key}）`, value: c.node.key })),
      },
    },
    news: {
      column: {
        widget: 'select',
        options: site.newsColumns.map((c) => ({ label: `${c.name}（${c.key}）`, value: c.key })),
      },
    },
  };
}

export const BODY_FIELD: CmsField = { name: 'body', label: '正文', widget: 'markdown', required: false };

/** The folder collection of one content collection. `folder` is its folder relative to the repository. */
export function entryCollection(name: CollectionName, folder: string, site: SiteSettings): Record<string, unknown> {
  const spec = collectionSpecs[name];
  const fields = cmsFields(schemaFields(collectionSchemas[name]), specialWidgets(site)[name] ?? {});
  return {
    name,
    label: spec.label,
    label_singular: spec.labelSingular,
    description: spec.description,
    folder,
    ...layoutOptions(spec.layout),
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    slug: SLUG,
    identifier_field: 'title',
    // Files and images beside the entry, written as plain file names.
    media_folder: '',
    public_folder: '',
    ...(spec.dateField && {
      sortable_fields: {
        fields: [spec.dateField, 'title'],
        default: { field: spec.dateField, direction: 'descending' },
      },
    }),
    fields: [...fields, { ...BODY_FIELD, ...(spec.body && { default: spec.body }) }],
  };
}

/** content/site.yaml as a file collection with one file. */
export function siteCollection(file: string): Record<string, unknown> {
  return {
    name: 'settings',
    label: '网站设置',
    description:
      '网站名称、备案信息、联系方式、导航、信息公开目录等。在这里保存会按固定格式重写 site.yaml（文件中的注释不会保留）。',
    files: [
      {
        name: 'site',
        label: '网站设置（site.yaml）',
        file,
        format: 'yaml',
        fields: cmsFields(schemaFields(siteSchema)),
      },
    ],
  };
}
