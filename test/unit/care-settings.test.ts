/** 关怀模式 settings: whatever is stored becomes valid settings, and care mode never drops below 18 px. */
import { describe, expect, it } from 'vitest';
import { CARE_MIN_STEP, changeSize, MAX_STEP, parseSettings, toggleCare } from '../../src/browser/care/settings.ts';

describe('parseSettings', () => {
  it.each([null, '', 'not json', '[]', '42', 'null', '{"care":"yes","size":"2","contrast":1}'])(
    'reads %j as the normal page',
    (raw) => {
      expect(parseSettings(raw)).toEqual({ care: false, size: 0, contrast: false });
    },
  );

  it('keeps valid settings', () => {
    expect(parseSettings('{"care":true,"size":3,"contrast":true}')).toEqual({ care: true, size: 3, contrast: true });
  });

  it('clamps sizes into the steps of the mode', () => {
    expect(parseSettings('{"care":true,"size":0}').size).toBe(CARE_MIN_STEP);
    expect(parseSettings('{"care":true,"size":99}').size).toBe(MAX_STEP);
    expect(parseSettings('{"size":-3}').size).toBe(0);
    expect(parseSettings('{"size":1.7}').size).toBe(1);
  });
});

describe('changing settings', () => {
  it('starts care mode at 18 px and returns to the normal size when it ends', () => {
    const on = toggleCare(parseSettings(null));
    expect(on).toEqual({ care: true, size: CARE_MIN_STEP, contrast: false });
    expect(toggleCare({ ...on, size: 3 })).toEqual({ care: false, size: 0, contrast: false });
  });

  it('steps the font size within the limits', () => {
    let s = toggleCare(parseSettings(null));
    const sizes = [s.size];
    for (let i = 0; i < 5; i++) sizes.push((s = changeSize(s, 1)).size);
    expect(sizes).toEqual([1, 2, 3, 3, 3, 3]);
    for (let i = 0; i < 5; i++) s = changeSize(s, -1);
    expect(s.size).toBe(CARE_MIN_STEP);
    expect(changeSize(parseSettings(null), -1).size).toBe(0);
  });
});
