/** The teleprompter's text size (px) and scroll speed (1-10), remembered on this device for every script. */
export interface PromptSettings {
  fontSize: number;
  speed: number;
}

const KEY = 'rapport.teleprompter';
const defaults: PromptSettings = { fontSize: 36, speed: 3 };

function within(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

export function readPromptSettings(): PromptSettings {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<PromptSettings>;
    return {
      fontSize: within(parsed.fontSize, 20, 72, defaults.fontSize),
      speed: within(parsed.speed, 1, 10, defaults.speed),
    };
  } catch {
    return { ...defaults };
  }
}

export function writePromptSettings(settings: PromptSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage blocked: the settings last for this visit.
  }
}
