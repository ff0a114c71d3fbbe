// The projector view: the room's public state, large, for the back of a classroom. It joins as a
// spectator, so the server sends it public events only: private talk and sealed decisions never
// reach the screen, whoever opened it. At the end the decisions are revealed one by one.

import { SummitSocket, socketUrl } from './socket.js';
import { h, fill, $, motion, withdrawLine } from './dom.js';
import * as W from './words.js';
import { phaseClock } from './clock.js';
import { bindingBar, classAgainstReality, classAndReality, scoreChart } from './debrief.js';

const REVEAL_MS = 1500;
/** How long a column that does not fit shows each screenful before it pages on. */
const PAGE_MS = 9000;
/** Above this, a room is large: compact lists, and a reveal in three columns (projector.css). */
const MANY_SEATS = 8;
const MANY_CLAUSES = 5;
const FLOOR_LINES = 60;

const app = { welcome: null, view: null, names: new Map(), clauses: new Map(), historyThrough: 0,
  viewTimer: null, revealLive: false, revealed: false };
const setClock = phaseClock($('#clock'), { running: '', paused: ' paused' });

const code = (/^\/projector\/([A-Za-z0-9-]{1,32})\/?$/.exec(location.pathname) || [])[1];

function nameOf(seat) {
  return app.names.get(seat) || seat;
}

function optionOf(clauseId, optionId) {
  const c = app.clauses.get(clauseId);
  return (c && c.options.find((o) => o.id === optionId)) || { label: optionId };
}

function clauseTitle(id) {
  const c = app.clauses.get(id);
  return c ? c.title : id;
}

async function start() {
  const socket = new SummitSocket(socketUrl());
  app.socket = socket;
  socket.addEventListener('welcome', (e) => welcomed(e.detail));
  socket.addEventListener('event', (e) => received(e.detail));
  socket.addEventListener('clock', (e) => setClock(e.detail));
  socket.addEventListener('state', (e) => {
    $('#link').textContent = e.detail.state === 'reconnecting' ? 'Connection lost: reconnecting\u2026' : '';
  });
  try {
    await socket.open();
    await socket.enter({ type: 'join', code, role: 'spectator', lastSeq: 0 });
  } catch (e) {
    notice(e.code === 'unknown_code' ? 'No room has the code ' + code + '.' : 'The summit server cannot be reached;'
      + ' this page tries again in a few seconds.');
    socket.close();
    setTimeout(start, 3000);
  }
}

function notice(text) {
  $('#notice').textContent = text;
  $('#notice').hidden = !text;
}

function welcomed(w) {
  notice('');
  app.welcome = w;
  app.view = w.view;
  app.historyThrough = w.view.seq;
  app.names = new Map(w.scenario.delegations.map((d) => [d.id, d.name]));
  app.clauses = new Map(w.scenario.clauses.map((c) => [c.id, c]));
  document.body.classList.toggle('many', w.scenario.delegations.length > MANY_SEATS
    || w.scenario.clauses.length > MANY_CLAUSES);
  $('#title').textContent = w.label;
  $('#where').textContent = w.scenario.title + ' \u00b7 join code ' + w.code;
  const join = location.origin + '/join/' + w.code;
  $('#p-qr').src = '/qr/join/' + encodeURIComponent(w.code) + '.svg';
  $('#p-qr').alt = 'QR code: scan it with a phone or tablet camera to open ' + join;
  $('#p-join-address').textContent = location.origin + '/';
  $('#p-join-code').textContent = w.code;
  setClock(w.clock);
  draw();
}

function draw() {
  const v = app.view;
  $('#phase').textContent = W.stageWords(v.stage, v.rounds) + (v.paused ? ' (paused)' : '');
  // While students arrive, the screen tells them how to join.
  $('#p-join').hidden = v.stage.phase !== 'LOBBY';
  fill($('#p-clauses'), v.text.map((clause) => {
    const amended = clause.current !== clause.draft;
    const open = v.amendments.filter((a) => a.clause === clause.id && a.status === 'open');
    return h('article', { class: 'clause' },
      // Only a change is marked: the draft's own wording already says "(draft)".
      h('h3', {}, clause.title, amended ? h('span', { class: 'status amended', text: 'amended' }) : null),
      h('p', {}, h('strong', { text: optionOf(clause.id, clause.current).label })),
      open.map((a) => {
        // Sponsors count as for, as the rules count them and the result will.
        const votes = Object.values(a.votes || {});
        const sponsors = 1 + (a.cosponsors || []).length;
        return h('p', { class: 'amendment' }, 'Amendment ' + a.id + ' by ' + nameOf(a.proposer) + ': \u201c'
          + optionOf(a.clause, a.option).label + '\u201d \u2014 ' + tally(sponsors + votes.filter((b) => b === 'SUPPORT').length,
            votes.filter((b) => b === 'OPPOSE').length, votes.filter((b) => b === 'ABSTAIN').length));
      }));
  }));
  fill($('#p-delegations'), v.delegations.map((d) => h('li', {}, h('strong', { text: d.name }),
    d.decided && !v.outcome ? h('span', { class: 'decided', text: ' \u2713 has decided' }) : null,
    d.publicStance ? h('p', { class: 'small', text: d.publicStance }) : null)));
  fill($('#p-pledges'), !v.pledges.length ? [h('li', { text: 'None yet.' })]
    : document.body.classList.contains('many') ? pledgeGroups(v)
      : v.pledges.map((p) => h('li', {}, h('strong', { text: nameOf(p.seat) }),
        W.pledgeTerms(p, app.clauses, v.bindingThreshold, false) + '.')));
  if (v.outcome && !app.revealed) {
    app.revealed = true;
    reveal(v.outcome, app.revealLive);
  }
}

/**
 * A big room's pledges as the room can read them from the back: each delegation once, by what its
 * pledge that counts now promises ("Will sign: …", "Will push for binding law if enough states push
 * with them (8 needed): …"), names only. A pledge counts now when its conditions on the text hold;
 * a delegation whose pledges all wait on a change of text "would" do it. The Hague's pledges,
 * naming the text they need clause by clause, filled a projector's column two and three times.
 */
function pledgeGroups(v) {
  const text = new Map(v.text.map((c) => [c.id, c.current]));
  const holds = (p) => (p.conditions || []).every((c) => c.options.includes(text.get(c.clause)));
  const counting = new Map();
  for (const p of v.pledges) {
    // The latest that holds; failing that, the latest made.
    if (holds(p) || !counting.has(p.seat) || !holds(counting.get(p.seat))) {
      counting.set(p.seat, p);
    }
  }
  const groups = new Map();
  for (const p of counting.values()) {
    const verb = W.decisionVerb(p.decision);
    const label = !holds(p) ? 'Would ' + verb + ' if the text changed'
      : p.ifCoalition ? 'Will ' + verb + ' if enough states push with them'
        + (v.bindingThreshold ? ' (' + v.bindingThreshold + ' needed)' : '')
        : 'Will ' + verb;
    groups.set(label, (groups.get(label) || []).concat(nameOf(p.seat)));
  }
  const rank = (label) => (label.startsWith('Would') ? 10 : 0) + (label.includes(' sign') ? 0 : label.includes(' push') ? 1 : 2);
  return [...groups].sort((a, b) => rank(a[0]) - rank(b[0])).map(([label, names]) => h('li', {}, h('strong', { text: label + ': ' }),
    W.andList(names.map(W.inSentence)) + '.'));
}

/** A vote's count in words, abstentions included: they decide nothing, but the room should see who held back. */
function tally(supports, objections, abstentions) {
  return supports + ' for, ' + objections + ' against, ' + (abstentions || 0) + ' abstaining';
}

/** The decisions one by one (at once when the page opened after the end), then the rest. */
function reveal(o, slowly) {
  // The end takes the whole screen: the room's state has become the results.
  $('#stage').hidden = true;
  $('#p-reveal').hidden = false;
  const rows = app.welcome.scenario.delegations.map((d) => {
    const dec = o.decisions[d.id];
    return h('li', { class: dec ? dec.decision : '' }, h('strong', { text: d.name + ': ' }),
      dec ? W.decisionWord(dec.decision) + (dec.defaulted ? ' (did not decide)' : '') : '');
  });
  fill($('#p-decisions'), rows);
  const timers = rows.map((row, i) => setTimeout(() => row.classList.add('shown'), slowly ? (i + 1) * REVEAL_MS : 0));
  let done = false;
  const finish = () => {
    if (done) {
      return;
    }
    done = true;
    timers.forEach(clearTimeout);
    rows.forEach((row) => row.classList.add('shown'));
    $('#p-skip').hidden = true;
    document.removeEventListener('keydown', finish);
    document.removeEventListener('click', finish);
    after(o);
  };
  timers.push(setTimeout(finish, slowly ? (rows.length + 1) * REVEAL_MS : 0));
  if (slowly) {
    // The teacher short of time shows the rest at once.
    $('#p-skip').hidden = false;
    document.addEventListener('keydown', finish);
    document.addEventListener('click', finish);
  }
}

function after(o) {
  $('#p-after').hidden = false;
  $('#p-binding-box').hidden = false;
  const delegations = app.welcome.scenario.delegations;
  // The text the class made, in the declaration's order, each clause marked if it changed.
  fill($('#p-final-text'), app.welcome.scenario.clauses.filter((c) => c.id in o.text).map((c) => h('li', {},
    h('strong', { text: c.title + ': ' }), W.finalWording(optionOf(c.id, o.text[c.id]).label),
    o.text[c.id] !== c.draft ? h('span', { class: 'small', text: ' (amended)' }) : null)));
  fill($('#p-binding'), bindingBar(o, 'p-binding-meter'));
  // A large room's table would run off the screen: the differences make the discussion anyway.
  fill($('#p-history'), document.body.classList.contains('many') ? classAgainstReality(delegations, o)
    : classAndReality(delegations, o), o.history && o.history.summary ? h('p', { text: o.history.summary }) : null);
  fill($('#p-scores'), scoreChart(delegations, o));
}

/**
 * Nobody scrolls a projector from the back of the room: a column that does not fit pages through
 * by itself, a screenful at a time, and starts again from the top. The floor is left alone (it
 * keeps its newest lines in sight), and so is a column the teacher's pointer is over.
 */
function autoPage() {
  setInterval(() => {
    const columns = $('#p-reveal').hidden ? [...document.querySelectorAll('#stage > .card')].filter((c) => !c.querySelector('.log'))
      : [$('#p-reveal'), ...document.querySelectorAll('#p-reveal .reveal-first, #p-reveal .after-text, #p-reveal .after-scores')];
    columns.forEach((c) => {
      if (c.scrollHeight - c.clientHeight < 4 || c.matches(':hover')) {
        return;
      }
      const atEnd = c.scrollTop + c.clientHeight >= c.scrollHeight - 4;
      c.scrollTo({ top: atEnd ? 0 : c.scrollTop + c.clientHeight * 0.85, behavior: motion() });
    });
  }, PAGE_MS);
}

function received(msg) {
  const e = msg.event;
  const live = msg.seq > app.historyThrough;
  let who = null;
  let text = null;
  switch (e.type) {
    case 'floor': who = nameOf(e.seat); text = e.text; break;
    case 'announcement': who = 'The chair'; text = e.text; break;
    case 'news': who = 'News: ' + e.title; text = e.text; break;
    case 'phase_started': text = W.stageStarts(e.stage, app.view && app.view.rounds); break;
    case 'amendment_proposed':
      // The class sees what is on the table, not only what became of it.
      text = W.subject(nameOf(e.seat)) + ' proposes amendment ' + e.amendment + ': \u201c' + clauseTitle(e.clause)
        + '\u201d to read \u201c' + optionOf(e.clause, e.option).label + '\u201d.';
      break;
    case 'amendment_resolved':
      text = 'Amendment ' + e.amendment + ' on \u201c' + clauseTitle(e.clause) + '\u201d' + (e.adopted ? ' is adopted'
        : ' fails') + ' (' + tally(e.supports, e.objections, e.abstentions) + ')' + (e.adopted
        ? ': it now reads \u201c' + optionOf(e.clause, e.option).label + '\u201d.' : '.');
      break;
    case 'decisions_revealed': app.revealLive = live; break;
    case 'statement_hidden': withdrawLine($('#p-floor'), e.seq, W.WITHDRAWN); break;
    default: break;
  }
  if (text !== null) {
    const list = $('#p-floor');
    list.append(h('li', { class: who ? null : 'phase', 'data-seq': msg.seq, 'data-words': e.type === 'floor' ? 'yes' : null },
      who ? h('strong', {}, h('bdi', { text: who })) : null,
      who ? ': ' : '', h('bdi', { class: 'said', text })));
    while (list.children.length > FLOOR_LINES) {
      list.firstElementChild.remove();
    }
    list.parentElement.scrollTop = list.parentElement.scrollHeight;
  }
  clearTimeout(app.viewTimer);
  app.viewTimer = setTimeout(async () => {
    try {
      app.view = (await app.socket.request({ type: 'get_view' })).view;
      draw();
    } catch (err) {
      // Offline: the welcome after the reconnection brings a fresh view.
    }
  }, 150);
}

start();
autoPage();
