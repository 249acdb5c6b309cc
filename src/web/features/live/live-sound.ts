const SOUND_KEY = 'rapport.live.sound';

/** Whether the five-minute cue also plays a sound: off unless the user turned it on, remembered here. */
export function readSoundOn(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

export function writeSoundOn(on: boolean): void {
  try {
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Two soft tones, quiet enough for a café table: no file to load, no network needed. */
export function playCue(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  const gain = context.createGain();
  gain.connect(context.destination);
  [0, 0.35].forEach((offset, index) => {
    const tone = context.createOscillator();
    tone.type = 'sine';
    tone.frequency.value = index === 0 ? 660 : 880;
    const start = context.currentTime + offset;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.15, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
    tone.connect(gain);
    tone.start(start);
    tone.stop(start + 0.3);
  });
  setTimeout(() => void context.close(), 1000);
}
