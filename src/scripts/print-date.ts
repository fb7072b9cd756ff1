/** Writes today's date (the reader's clock, Beijing time) into the page's print line before it prints. */
export function startPrintDate(): void {
  const fill = () => {
    const target = document.querySelector('.print-source .print-date');
    if (!target) return;
    const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    target.textContent = `　打印日期：${part('year')}年${part('month')}月${part('day')}日`;
  };
  fill();
  addEventListener('beforeprint', fill);
}
