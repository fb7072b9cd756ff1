/** Writes today's date (the reader's clock, Beijing time) into the page's print line before it prints. */
import { todayInChinese } from './today.ts';

export function startPrintDate(): void {
  const fill = () => {
    const target = document.querySelector('.print-source .print-date');
    if (!target) return;
    target.textContent = `　打印日期：${todayInChinese()}`;
  };
  fill();
  addEventListener('beforeprint', fill);
}
