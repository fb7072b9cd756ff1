/**
 * Today's date as the site writes every date (2026年03月05日, utils/dates.ts),
 * in Beijing time whatever the reader's clock zone: for what the browser
 * fills in itself (the print line, the printed 申请表).
 */
export function todayInChinese(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日`;
}
