/**
 * The build records where its time goes (src/publish/stage-timer.ts), for the
 * build benchmark: every stage of the fixture build, in the order the
 * integration's hooks run them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStages } from '../../src/publish/stage-timer.ts';
import { fixtureDist, testTmp } from '../support/paths.ts';

describe('build stages', () => {
  it('times every stage of the fixture build, in order', () => {
    const recorded = readStages(path.join(testTmp, 'cache', path.basename(fixtureDist)));
    expect(recorded, 'build-stages.json in the build cache').toBeDefined();
    const stages = new Map(recorded!.stages.map((s) => [s.name, s]));
    expect([...stages.keys()].sort()).toEqual(
      [
        'check',
        'attachment extraction',
        'content sync',
        'bundle',
        'render',
        'carried pages',
        '繁體 twins',
        'search index',
        'publish',
      ].sort(),
    );
    const at = (name: string) => stages.get(name)!;
    for (const s of stages.values()) {
      expect(s.end, s.name).toBeGreaterThanOrEqual(s.start);
      expect(s.seconds, s.name).toBeGreaterThanOrEqual(0);
    }
    // One after the other: check, extraction, sync, bundle, render, carried pages, twins, publish.
    const sequence = [
      'check',
      'attachment extraction',
      'content sync',
      'bundle',
      'render',
      'carried pages',
      '繁體 twins',
      'publish',
    ];
    for (let i = 1; i < sequence.length; i++)
      expect(at(sequence[i]!).start, sequence[i]).toBeGreaterThanOrEqual(at(sequence[i - 1]!).end);
    // The search index is built beside the pages and is done before publishing.
    expect(at('search index').start).toBeLessThan(at('render').end);
    expect(at('search index').end).toBeLessThanOrEqual(at('publish').start);
    expect(recorded!.total).toBeGreaterThanOrEqual(at('publish').end);
  });
});
