/**
 * The 无障碍工具栏's behaviour: toggles and font steps, saved in
 * localStorage so every later page opens the same way (the head boot script
 * applies them before paint; this module only handles changes).
 */
import { startReadAloud } from './read-aloud.ts';
import {
  applySettings,
  CARE_MIN_STEP,
  changeSize,
  MAX_STEP,
  parseSettings,
  STORAGE_KEY,
  toggleCare,
  type CareSettings,
} from './settings.ts';

function load(): CareSettings {
  try {
    return parseSettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseSettings(null); // storage blocked: settings last for this page only
  }
}

function save(s: CareSettings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  } catch {
    /* private mode or quota: still applied to this page */
  }
}

export function startCareToolbar(): void {
  const bar = document.querySelector<HTMLElement>('.care-bar');
  if (!bar) return;
  const root = document.documentElement;
  const button = (name: string) => bar.querySelector<HTMLButtonElement>(`[data-care="${name}"]`)!;
  const status = bar.querySelector<HTMLElement>('.care-status')!;
  let settings = load();

  const render = () => {
    applySettings(root, settings);
    button('care').setAttribute('aria-pressed', String(settings.care));
    button('contrast').setAttribute('aria-pressed', String(settings.contrast));
    // aria-disabled, not disabled: a disabled button would drop keyboard focus at the limit.
    button('smaller').setAttribute('aria-disabled', String(settings.size <= (settings.care ? CARE_MIN_STEP : 0)));
    button('larger').setAttribute('aria-disabled', String(settings.size >= MAX_STEP));
  };
  const update = (next: CareSettings) => {
    settings = next;
    save(settings);
    render();
  };

  bar.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>('button[data-care]')?.dataset.care;
    if (action === 'care') update(toggleCare(settings));
    else if (action === 'contrast') update({ ...settings, contrast: !settings.contrast });
    else if (action === 'smaller' || action === 'larger') {
      const next = changeSize(settings, action === 'larger' ? 1 : -1);
      const limit = next.size === settings.size;
      update(next);
      // The words come from the page, which the 繁體 pass has converted on 繁體 pages.
      const word = (selector: string) => bar.querySelector(selector)?.textContent ?? '';
      const name = word(`.care-size-now [data-step="${next.size}"]`);
      status.textContent = limit
        ? `${word(`.care-words [data-word="${action === 'larger' ? 'max' : 'min'}"]`)}：${name}`
        : `${word('#care-size-label')}：${name}`;
    }
  });
  // Another tab changed the settings, or this page came back from the back-forward cache.
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) {
      settings = load();
      render();
    }
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) {
      settings = load();
      render();
    }
  });
  render();
  startReadAloud(button('read'));
}
