/** Where the test builds live; shared by the global setup and the tests. */
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const testTmp = path.join(projectRoot, 'tmp', 'test');
export const fixtureContent = path.join(testTmp, 'fixture-content');
export const fixtureDist = path.join(testTmp, 'fixture-dist');
export const sampleDist = path.join(testTmp, 'sample-dist');

/**
 * The date the tests build and check on (GONGKAI_TODAY), so the 年报
 * deadline check (条例 art. 49) does not depend on the clock: the 2025
 * reports are due and present. The fixture's 征集意见 are before, during
 * and after it.
 */
export const TEST_TODAY = '2026-06-01';
