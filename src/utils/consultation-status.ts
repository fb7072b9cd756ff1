/** Whether a 征集意见 is open, computed from its dates and "today" (Beijing date of the build). */

export type ConsultationStatus = '未开始' | '正在征集' | '已结束';

export function consultationStatus(c: { startDate: string; endDate: string }, today: string): ConsultationStatus {
  if (today < c.startDate) return '未开始';
  return today <= c.endDate ? '正在征集' : '已结束';
}

/** Calendar days left including today (the end date is the last day comments are taken). */
export function daysLeft(endDate: string, today: string): number {
  const t = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(endDate) - t(today)) / 86_400_000) + 1;
}
