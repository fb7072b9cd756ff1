/**
 * The reader's 关怀模式 settings: what is stored in localStorage and how it
 * maps onto the <html> element. Pure apart from `applySettings`, so the rules
 * (care mode never drops below 18 px) are unit-tested without a browser.
 *
 * The inline boot script in <head> (src/components/CareModeBoot.astro) reads
 * the same key and sets the same class names before the first paint; keep
 * the two in step (the browser tests check they agree).
 */

export const STORAGE_KEY = 'gongkai-care';

/** Font steps: 0 = the site's 16 px, then 18, 21 and 24 px (root font size in per cent). */
export const FONT_STEPS = ['标准', '大', '特大', '超大'] as const;
export const MAX_STEP = FONT_STEPS.length - 1;
/** 关怀模式 starts at 18 px (适老化规范: main text ≥ 18 pt) and never goes below it. */
export const CARE_MIN_STEP = 1;

export interface CareSettings {
  /** 关怀模式: large text, generous spacing, 44 px targets, no animation. */
  care: boolean;
  /** Index into FONT_STEPS. */
  size: number;
  /** 高对比度: black text, black borders, underlined links. */
  contrast: boolean;
}

export const DEFAULT_SETTINGS: CareSettings = { care: false, size: 0, contrast: false };

/** Keeps a size inside the steps allowed for the mode. */
export function clampSize(size: number, care: boolean): number {
  const min = care ? CARE_MIN_STEP : 0;
  return Math.min(MAX_STEP, Math.max(min, Number.isFinite(size) ? Math.floor(size) : 0));
}

/** Whatever is in storage (nothing, old or hand-edited JSON) becomes valid settings. */
export function parseSettings(raw: string | null): CareSettings {
  let value: unknown;
  try {
    value = raw ? JSON.parse(raw) : {};
  } catch {
    value = {};
  }
  const o = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const care = o.care === true;
  return { care, size: clampSize(typeof o.size === 'number' ? o.size : 0, care), contrast: o.contrast === true };
}

export function toggleCare(s: CareSettings): CareSettings {
  const care = !s.care;
  // Turning care on starts at 18 px; turning it off returns to the site's size.
  return { ...s, care, size: care ? clampSize(s.size, true) : 0 };
}

export function changeSize(s: CareSettings, delta: number): CareSettings {
  return { ...s, size: clampSize(s.size + delta, s.care) };
}

/** Sets the classes and attribute the stylesheet (src/styles/care.css) keys on. */
export function applySettings(root: HTMLElement, s: CareSettings): void {
  root.classList.toggle('care', s.care);
  root.classList.toggle('contrast', s.contrast);
  if (s.size > 0) root.dataset.fontSize = String(s.size);
  else delete root.dataset.fontSize;
}
