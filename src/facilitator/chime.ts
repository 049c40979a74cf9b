/**
 * The sound at zero: three short tones made with the Web Audio API, so nothing is
 * downloaded. Browsers may refuse sound before a user gesture; the visual signal stays.
 */
export function playChime(): void {
  const AudioCtx = globalThis.AudioContext;
  if (!AudioCtx) return;
  try {
    const ctx = new AudioCtx();
    [0, 0.35, 0.7].forEach((offset) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, ctx.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, ctx.currentTime + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + offset + 0.3);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + offset);
      osc.stop(ctx.currentTime + offset + 0.32);
    });
    setTimeout(() => void ctx.close(), 1500);
  } catch {
    // No sound device: the visual signal is enough.
  }
}
