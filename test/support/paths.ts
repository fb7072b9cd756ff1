/** Where the test builds live; shared by the global setup and the tests. */
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const testTmp = path.join(projectRoot, 'tmp', 'test');
export const fixtureContent = path.join(testTmp, 'fixture-content');
export const fixtureDist = path.join(testTmp, 'fixture-dist');
export const sampleDist = path.join(testTmp, 'sample-dist');
