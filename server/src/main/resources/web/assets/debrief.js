// The debrief's charts, drawn from a match's outcome: the projector's reveal and the student's
// results use the same ones, so the class sees the same figures on the screen and on their own.

import { h } from './dom.js';
import * as W from './words.js';

/** The score parts in the order the rules explain them (docs/RULES.md), with what each means. */
const PARTS = [
  ['text', 'The final text', 'how much you like the wording of each clause'],
  ['constraints', 'Costs of signing', 'promises in the text you would have to keep'],
  ['red_lines', 'Red lines', 'a big loss for signing a text with a wording you must never accept'],
  ['decision', 'Your decision', 'what your choice (sign, abstain, push) is worth back home'],
  ['breadth', 'How many signed', 'a bonus when many states sign (or a loss, if you wanted few to)'],
  ['binding', 'Binding law', 'what it means to you if enough states push for a binding treaty'],
  ['standing', 'Standing with partners', 'a bonus for deciding the same way as your partners'],
  ['trust', 'Trust', 'a loss for pledges and deals you broke'],
  ['influence', 'Influence', 'points for amendments the room adopted: the full points your brief gives for each you'
    + ' proposed, half for each you co-sponsored, less half for each of yours that failed (never below 0, and at most'
    + ' three amendments\u2019 worth)'],
];

/** The binding-law bar: how many pushed, how many were needed. */
export function bindingBar(o, id) {
  return [
    h('label', { for: id, text: (o.bindingCount === 1 ? '1 state' : o.bindingCount + ' states') + ' pushed for binding law, of the '
      + o.bindingThreshold + ' needed: ' + (o.bindingReached ? 'the coalition is formed.' : 'not enough.') }),
    h('meter', { id, min: 0, max: o.bindingThreshold, value: Math.min(o.bindingCount, o.bindingThreshold) }),
    h('p', { text: o.signatoryCount + ' of ' + o.attendingStates + ' attending states signed.' }),
  ];
}

/** What a state really did, in words: the decision, or why there is none. */
function reality(real) {
  return real && real.decision ? W.decisionWord(real.decision) : real && real.attended === 'no' ? 'did not attend' : 'not known';
}

/**
 * Each delegation's decision in this class beside what that state really did; with
 * {@code scores}, its score too. {@code mine}: the student's own delegation, marked.
 */
export function classAndReality(delegations, o, { scores = false, mine = null } = {}) {
  const states = (o.history && o.history.states) || {};
  const heads = ['Delegation', 'This class', 'In reality', ...(scores ? ['Points', 'Out of 100'] : [])];
  // On a phone the table may be wider than the screen: it scrolls in its own box, not the page.
  return h('div', { class: 'table-scroll' }, h('table', {}, h('thead', {}, h('tr', {}, heads.map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, delegations.map((d) => {
      const dec = o.decisions[d.id];
      const s = o.scores[d.id];
      return h('tr', { class: d.id === mine ? 'current' : null }, h('th', { scope: 'row', text: d.name }),
        h('td', { text: dec ? W.decisionWord(dec.decision) + (dec.defaulted ? ' (did not decide)' : '') : '' }),
        h('td', { text: reality(states[d.id]) }),
        scores ? [h('td', { text: s ? W.points(s.total) : '' }), h('td', { text: s ? String(Math.round(s.percent)) : '' })] : []);
    }))));
}

/**
 * For a screen too small for every delegation: only those whose decision in this class differs from
 * what their state really did, then how many decided as in reality and how many states' decisions
 * are not known.
 */
export function classAgainstReality(delegations, o) {
  const states = (o.history && o.history.states) || {};
  let same = 0;
  let unknown = 0;
  const differ = delegations.filter((d) => {
    const dec = o.decisions[d.id];
    const real = states[d.id];
    if (!real || !real.decision) {
      unknown++;
      return false;
    }
    if (dec && dec.decision === real.decision) {
      same++;
      return false;
    }
    return true;
  });
  const counted = [same === 1 ? '1 delegation decided as its state really did' : same + ' delegations decided as their states'
    + ' really did', unknown ? (unknown === 1 ? 'for 1, what its state did is not known'
    : 'for ' + unknown + ', what their states did is not known') : null].filter(Boolean).join('; ') + '.';
  return [differ.length ? classAndReality(differ, o) : null, h('p', { text: W.capitalized(counted) })];
}

/** One bar per delegation: how its result compares with what it usually reaches; the number is that, out of 100. */
export function scoreChart(delegations, o, mine = null) {
  return h('div', { class: 'chart' }, delegations.map((d) => {
    const s = o.scores[d.id];
    const bar = h('div', { class: 'fill' });
    // Set through the style object: the policy allows no style attributes in markup.
    bar.style.width = Math.max(0, Math.min(100, s ? s.percent : 0)) + '%';
    return h('div', { class: 'row' + (d.id === mine ? ' current' : ''), role: 'img', 'aria-label': d.name + ': '
      + (s ? W.points(s.total) + ' points, ' + Math.round(s.percent) + ' out of 100 against its usual results' : 'no score') },
      h('span', { text: d.name }), h('div', { class: 'track' }, bar),
      h('span', { text: s ? Math.round(s.percent) + '/100' : '', title: s ? W.points(s.total) + ' points' : '' }));
  }));
}

/** The weight in a seat's preferences that a score part comes from, for the parts that have one. */
const WEIGHT = { breadth: 'breadth', binding: 'binding', standing: 'standing', trust: 'trust', influence: 'influence' };

/**
 * A score's parts as a table with a bar each, gains to the right of the middle line and losses
 * to the left, all on one scale: where the points came from, and where they went. With the
 * seat's {@code prefs}, a part its brief gives no weight (0 points, and none possible) is left
 * out: a play-test's China met "Standing with partners" in its results, never in its brief.
 */
export function scoreParts(score, { failedPush = false, prefs = null } = {}) {
  const b = score.breakdown || {};
  // A push without the coalition costs a state at home: the part says so, not what a treaty would have meant.
  const parts = failedPush
    ? PARTS.map((p) => (p[0] === 'binding'
      ? ['binding', 'Binding law', 'you pushed, but not enough states pushed with you: a protest few joined costs you at home']
      : p))
    : PARTS;
  const possible = (k) => (k === 'standing' ? prefs.standing && prefs.partners && prefs.partners.length
    : prefs[WEIGHT[k]]);
  const weightless = (k) => prefs && WEIGHT[k] && !possible(k) && !b[k];
  const known = parts.filter(([k]) => k in b && !weightless(k));
  const extra = Object.keys(b).filter((k) => !parts.some(([p]) => p === k)).map((k) => [k, k.replace(/_/g, ' '), '']);
  const rows = [...known, ...extra];
  const widest = Math.max(1, ...rows.map(([k]) => Math.abs(b[k])));
  return h('table', { class: 'parts' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Part' }), h('th', { scope: 'col', text: 'Points' }),
      h('th', { scope: 'col', text: 'Gain or loss' }))),
    h('tbody', {}, rows.map(([k, label, meaning]) => {
      const v = b[k];
      const bar = h('span', { class: 'part-bar ' + (v < 0 ? 'loss' : 'gain') });
      bar.style.width = (Math.abs(v) / widest * 50) + '%';
      return h('tr', { 'data-part': k }, h('th', { scope: 'row' }, label, meaning ? h('span', { class: 'small', text: meaning }) : null),
        h('td', { class: 'num', text: W.signed(v) }),
        h('td', { 'aria-hidden': 'true' }, h('span', { class: 'axis' }, bar)));
    })),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', text: 'Total' }), h('td', { class: 'num', text: W.points(score.total) }),
      h('td', {}))));
}
