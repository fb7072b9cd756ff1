/**
 * Test workers see the fixture site on its own date: checks that depend on
 * "today" (a 征集意见 closed a month ago without its feedback summary) give
 * the same answer whenever the tests run. Tests that need another day set
 * GONGKAI_TODAY themselves.
 */
import { FIXTURE_TODAY } from './paths.ts';

process.env.GONGKAI_TODAY ??= FIXTURE_TODAY;
