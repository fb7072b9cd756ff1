/**
 * "Today" for things a build computes from the calendar (征集意见 open or
 * closed). Beijing date of the build, or GONGKAI_TODAY (YYYY-MM-DD) so tests
 * and previews can pin it.
 */
export function buildToday(): string {
  const pinned = process.env.GONGKAI_TODAY;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`GONGKAI_TODAY 应为 YYYY-MM-DD，实际为 "${pinned}"`);
    return pinned;
  }
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
