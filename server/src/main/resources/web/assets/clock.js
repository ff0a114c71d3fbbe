// The phase clock: the server sends the time left when it changes (and on a pause); the page
// counts it down in between, from its own monotonic clock.

import { minutes } from './words.js';

/**
 * Shows the time left in {@code el}, each second, followed by {@code words.running} ("left") or
 * {@code words.paused} ("(paused)"). Returns the function that takes the server's clock
 * ({ remainingMs, paused }, or null for none).
 */
export function phaseClock(el, words) {
  let clock = null;
  const tick = () => {
    el.textContent = !clock || clock.remainingMs === undefined ? ''
      : minutes(clock.paused ? clock.remainingMs : clock.remainingMs - (performance.now() - clock.at))
        + (clock.paused ? words.paused : words.running);
  };
  setInterval(tick, 1000);
  return (c) => {
    clock = c ? { ...c, at: performance.now() } : null;
    tick();
  };
}
