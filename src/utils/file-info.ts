/** File type names and human-readable sizes for attachment links. */

const TYPE_NAMES: Record<string, string> = {
  pdf: 'PDF文档',
  doc: 'Word文档',
  docx: 'Word文档',
  wps: 'WPS文档',
  xls: 'Excel表格',
  xlsx: 'Excel表格',
  et: 'WPS表格',
  csv: 'CSV表格',
  ofd: 'OFD版式文档',
  zip: '压缩包',
  rar: '压缩包',
  jpg: '图片',
  jpeg: '图片',
  png: '图片',
  txt: '文本文件',
};

export function fileExtension(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** `pdf` → `PDF文档`; unknown types show their extension. */
export function fileTypeName(ext: string): string {
  return TYPE_NAMES[ext] ?? `${ext.toUpperCase()}文件`;
}

/** 1536 → `1.5 KB`; sizes in binary units, one decimal under 10. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  // Round first, then move up a unit if rounding reached 1024 (1048575 B is 1.0 MB, not 1024 KB).
  const rounded = (v: number) => (v < 9.95 ? Math.round(v * 10) / 10 : Math.round(v));
  while (rounded(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = rounded(value);
  return `${shown < 10 ? shown.toFixed(1) : shown} ${units[unit]}`;
}
