/** Working days from the chinese-days calendar: holidays, 调休 weekends, and years it does not know. */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarCovers, isWorkingDay, workingDaysBetween } from '../../src/utils/working-days.ts';

describe('working days', () => {
  it.each([
    ['2025-10-01', false, '国庆节'],
    ['2025-10-08', false, '国庆中秋假期最后一天'],
    ['2025-09-28', true, '调休上班的星期日'],
    ['2025-10-11', true, '调休上班的星期六'],
    ['2026-01-04', true, '元旦调休上班的星期日'],
    ['2025-11-22', false, '普通星期六'],
    ['2025-11-24', true, '普通星期一'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('counts a limit across the National Day holiday', () => {
    // 9-26 (Fri) + 7: 9-28 (Sun, worked), 9-29, 9-30, then 10-9, 10-10, 10-11 (Sat, worked), 10-13.
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
  });

  it('counts the days between two dates, the first day excluded', () => {
    expect(workingDaysBetween('2025-09-29', '2025-10-09')).toBe(2);
    expect(workingDaysBetween('2025-06-02', '2025-06-30')).toBe(20);
    expect(workingDaysBetween('2025-06-30', '2025-06-30')).toBe(0);
    expect(workingDaysBetween('2025-06-30', '2025-06-02')).toBe(-20);
  });

  it('falls back to weekends only for a year the calendar does not cover, and says so', () => {
    expect(calendarCovers('2025-05-01')).toBe(true);
    expect(calendarCovers('2099-05-01')).toBe(false);
    expect(isWorkingDay('2099-05-01')).toBe(true); // a Friday; no holiday known
    expect(isWorkingDay('2099-05-02')).toBe(false); // Saturday
  });
});
