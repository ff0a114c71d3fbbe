// The student page: join with a code, take a seat, and play it. Everything shown comes from the
// protocol's welcome, view and events (docs/PROTOCOL.md); every command goes out as the
// console's would. Player text is only ever set as text (dom.js), inside <bdi> so that
// direction marks in it cannot turn the rest of the line around.

import { SummitSocket, socketUrl } from './socket.js';
import { h, fill, $, motion, withdrawLine } from './dom.js';
import * as W from './words.js';
import { phaseClock } from './clock.js';
import { bindingBar, classAndReality, scoreChart, scoreParts } from './debrief.js';

const STORE = 'summit.seat.';

const app = {
  code: null,
  socket: null,
  welcome: null,
  view: null,
  names: new Map(),
  clauses: new Map(),
  historyThrough: 0,
  unread: { floor: 0, private: 0 },
  offers: new Map(),          // deal id -> the deal as offered, for naming its answer before the view has it
  ballots: new Map(),         // amendment id -> (seat -> ballot) from the votes heard, for naming them at the result
  proposed: new Map(),        // amendment id -> its clause and wording as heard, before the view has it
  acceptedHeard: new Set(),   // deals heard accepted, before the view has them
  brokenMine: new Map(),      // deal id -> how the student's own vote broke their side of it
  conversations: new Map(),   // private conversation ("china", "caucus:C1") -> messages not yet seen
  showing: 'all',
  visible: { floor: true, private: true },
  follow: { floor: true, private: true },   // the log was scrolled to its newest line: keep it there
  pinnedTop: { floor: 0, private: 0 },       // where the page last put each log's scroll, at its newest line
  drawn: {},
  viewTimer: null,
};
const setClock = phaseClock($('#clock'), { running: ' left', paused: ' (paused)' });

// ---- entry: the code, then the seat ---------------------------------------------------------

function normalise(code) {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The code as the teacher handed it out (KQ7M-D3XP), whatever was typed or is in the address. */
function shownCode(code) {
  const c = normalise(code);
  return c.length === 8 ? c.slice(0, 4) + '-' + c.slice(4) : c;
}

function saved() {
  try {
    return JSON.parse(localStorage.getItem(STORE + normalise(app.code)) || 'null');
  } catch (e) {
    return null;
  }
}

function remember(token, name) {
  localStorage.setItem(STORE + normalise(app.code), JSON.stringify({ token, name }));
}

function forget() {
  localStorage.removeItem(STORE + normalise(app.code));
}

function show(id) {
  for (const s of ['code-entry', 'seat-entry', 'ended-entry', 'room']) {
    document.getElementById(s).hidden = s !== id;
  }
}

function notice(text) {
  const n = $('#notice');
  n.textContent = text || '';
  n.hidden = !text;
}

function askForCode(message) {
  show('code-entry');
  const form = $('#code-form');
  form.querySelector('.form-error').textContent = message || '';
  if (app.code) {
    $('#code').value = app.code;
  }
  $('#code').focus();
}

$('#code-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const code = normalise($('#code').value);
  if (code.length < 4) {
    e.target.querySelector('.form-error').textContent = 'Type the join code your teacher gave you, for example KQ7M-D3XP.';
    $('#code').focus();
    return;
  }
  location.assign('/join/' + encodeURIComponent(shownCode(code)));
});

async function enter() {
  const socket = new SummitSocket(socketUrl());
  app.socket = socket;
  socket.addEventListener('welcome', (e) => welcomed(e.detail));
  socket.addEventListener('event', (e) => received(e.detail));
  socket.addEventListener('clock', (e) => setClock(e.detail));
  socket.addEventListener('state', (e) => linkState(e.detail.state));
  socket.addEventListener('bye', (e) => notice(e.detail.message));
  socket.addEventListener('lost', () => {
    forget();
    notice('Your seat was handed to someone else or its key was changed. Choose a delegation again.');
    enter();
  });
  try {
    await socket.open();
  } catch (e) {
    notice('The summit server cannot be reached. Check your network; this page tries again in a few seconds.');
    setTimeout(enter, 3000);
    return;
  }
  notice('');
  const mine = saved();
  if (mine && mine.token) {
    try {
      // lastSeq 0: the whole visible log again, so the page shows everything said so far.
      const resume = { type: 'resume', token: mine.token, lastSeq: 0 };
      if (mine.name) {
        resume.name = mine.name; // so the teacher still sees who sits here
      }
      await socket.enter(resume);
      return;
    } catch (e) {
      if (e.code !== 'forbidden') {
        notice(e.message);
        return;
      }
      forget();
      notice('Your seat was handed to someone else or its key was changed. Choose a delegation again.');
    }
  }
  await chooseSeat(mine && mine.name);
}

/** Looks into the room as a spectator to list the delegations, then leaves to join as a player. */
async function chooseSeat(name) {
  let w;
  try {
    w = await app.socket.request({ type: 'join', code: app.code, role: 'spectator' });
    await app.socket.request({ type: 'leave' });
  } catch (e) {
    app.socket.close();
    askForCode(e.code === 'unknown_code' ? 'No class has the code ' + shownCode(app.code) + '. Check it with your teacher.'
      : e.message);
    return;
  }
  if (w.view.stage.phase === 'RESULTS') {
    ended(w.label + ': ' + w.scenario.title);
    return;
  }
  $('#room-title').textContent = w.label + ': ' + w.scenario.title;
  const status = new Map((w.presence ? w.presence.seats : []).map((s) => [s.seat, s]));
  const choices = [h('option', { value: '', text: 'Any free delegation' })];
  for (const d of w.scenario.delegations) {
    const s = status.get(d.id);
    const taken = s && (s.status === 'present' || s.status === 'absent');
    const note = !s || s.status === 'empty' ? '' : s.status === 'bot' ? ' (a bot plays it now; you would take over)'
      : s.status === 'present' ? ' (taken)' : ' (its player is away)';
    choices.push(h('option', { value: d.id, text: d.name + note, disabled: taken }));
  }
  fill($('#seat'), choices);
  if (name) {
    $('#name').value = name;
  }
  show('seat-entry');
  $('#name').focus();
}

$('#seat-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.target;
  const error = form.querySelector('.form-error');
  const name = $('#name').value.trim();
  if (!name) {
    error.textContent = 'Type your name, so the others know who speaks.';
    $('#name').focus();
    return;
  }
  error.textContent = '';
  const seat = $('#seat').value;
  const join = { type: 'join', code: app.code, role: 'player', name, lastSeq: 0 };
  if (seat) {
    join.seat = seat;
  }
  try {
    const w = await app.socket.enter(join);
    remember(w.token, name);
    notice(inherited(w).trim());
  } catch (err) {
    error.textContent = err.message;
    if (err.code === 'match_over') {
      ended($('#room-title').textContent); // it ended while this form was open
    } else if (err.code === 'seat_taken' || err.code === 'room_full') {
      await chooseSeat(name);
      form.querySelector('.form-error').textContent = err.message;
    }
  }
});

/**
 * What a student taking over a delegation is told of what was done in its name before them (by a
 * bot, mostly, when the teacher seated bots before the class came): its pledges and deals count
 * against them now. Said at a join and at a move; '' when there is nothing (a play-test's student
 * found seven deals she never made).
 */
function inherited(w) {
  const v = w.view;
  const seat = w.seat;
  if (!seat || !v) {
    return '';
  }
  const pledges = (v.pledges || []).filter((p) => p.seat === seat).length;
  const deals = (v.deals || []).filter((d) => d.status === 'accepted' && (d.from === seat || d.to === seat)).length;
  const amendments = (v.amendments || []).filter((a) => a.proposer === seat).length;
  const bind = [pledges ? W.count(pledges, 'pledge') : null, deals ? W.count(deals, 'accepted deal') : null]
    .filter((x) => x);
  if (!bind.length && !amendments) {
    return '';
  }
  return ' Someone played this seat before you (a bot, most likely). '
    + (bind.length ? W.capitalized(W.andList(bind)) + ' made in its name bind you now: a broken promise costs trust'
      + ' points at the end. ' : '')
    + (amendments ? W.capitalized(W.count(amendments, 'amendment')) + ' carr' + (amendments === 1 ? 'ies' : 'y')
      + ' its name. ' : '')
    + 'You find them under Pledges, Deals and the declaration.';
}

/** A summit that is over takes nobody new: say so, and offer its results on the projector's view. */
function ended(title) {
  app.socket.close();
  $('#ended-room').textContent = title;
  $('#ended-watch').href = '/projector/' + encodeURIComponent(shownCode(app.code));
  show('ended-entry');
  $('#ended-title').focus();
}

// ---- the room --------------------------------------------------------------------------------

function welcomed(w) {
  const before = app.welcome;
  if (before && before.room !== w.room) {
    app.ballots.clear();
    app.proposed.clear();
    app.acceptedHeard.clear();
    app.brokenMine.clear();
  }
  app.welcome = w;
  app.view = w.view;
  app.historyThrough = w.view.seq;
  app.names = new Map(w.scenario.delegations.map((d) => [d.id, d.name]));
  app.clauses = new Map(w.scenario.clauses.map((c) => [c.id, c]));
  if (w.role === 'player' && w.token) {
    remember(w.token, w.name || (saved() || {}).name);
  }
  setClock(w.clock);
  show('room');
  drawStatic();
  draw();
  // The teacher moved this student (the server sends a new welcome): say so, or the page just changes.
  if (before && before.room === w.room && before.role !== 'facilitator'
      && (w.role !== before.role || w.seat !== before.seat)) {
    const was = before.seat ? W.inSentence(nameOf(before.seat)) : null;
    const now = w.role === 'player' ? W.inSentence(nameOf(w.seat)) : null;
    notice(!now ? 'The teacher moved you to watching: you no longer play ' + was + '. Ask the teacher if you should have a'
        + ' seat.'
      : (was ? 'The teacher moved you from ' + was + ' to ' + now + '.' : 'The teacher gave you a seat: you play ' + now
        + ' now.') + inherited(w));
  }
}

function nameOf(seat) {
  return app.names.get(seat) || seat;
}

/** A delegation inside a sentence: "the United States", "China". */
function inSentence(seat) {
  return W.inSentence(nameOf(seat));
}

/** A delegation that begins a sentence: "The United States", "China". */
function subjectOf(seat) {
  return W.subject(nameOf(seat));
}

function me() {
  return app.view && app.view.seat;
}

function optionOf(clauseId, optionId) {
  const c = app.clauses.get(clauseId);
  const o = c && c.options.find((x) => x.id === optionId);
  return o || { id: optionId, label: optionId, text: '' };
}

function clauseTitle(id) {
  const c = app.clauses.get(id);
  return c ? c.title : id;
}

function valueFor(clauseId, optionId) {
  const prefs = app.view.preferences && app.view.preferences[me()];
  const v = prefs && prefs.clauses && prefs.clauses[clauseId] ? prefs.clauses[clauseId][optionId] : undefined;
  return v === undefined ? 0 : v;
}

/** A wording in a list the student chooses from, with what it is worth to them: "Meaningful human control (+4 for you)". */
function valuedOption(clause, o) {
  return h('option', { value: o.id, text: o.label + ' (' + W.signed(valueFor(clause.id, o.id)) + ' for you)' });
}

function isRedLine(clauseId, optionId) {
  const prefs = app.view.preferences && app.view.preferences[me()];
  return !!(prefs && prefs.redLines || []).find((r) => r.clause === clauseId && r.option === optionId);
}

function can(command, args) {
  return (app.view.legalActions || []).some((a) => a.command === command
    && Object.entries(args || {}).every(([k, v]) => a.args[k] === v));
}

function said(text) {
  return h('bdi', { class: 'said', text });
}

/** Parts of the page that depend only on the scenario and the seat: drawn once per welcome. */
function drawStatic() {
  const w = app.welcome;
  // A student the teacher moved to watching has no seat: no brief of their own, values, messages or decision.
  const watching = !w.seat;
  $('#to-brief').hidden = watching;
  $('#title').textContent = watching ? 'Watching' : 'You are ' + nameOf(w.seat);
  $('#where').textContent = w.label + ' \u00b7 ' + w.scenario.title;
  $('#where').title = $('#where').textContent; // whole, where the bar cuts it
  document.title = (watching ? 'Watching' : nameOf(w.seat)) + ' \u00b7 Summit';
  $('#brief-title').textContent = watching ? 'The briefing' : 'Your brief';
  $('#room').toggleAttribute('data-watching', watching);
  const clauseOptions = w.scenario.clauses.map((c) => h('option', { value: c.id, text: c.title }));
  keepChoice($('#propose-clause'), clauseOptions);
  keepChoice($('#pledge-clause'), [h('option', { value: '', text: 'whatever the text says (no condition)' }),
    ...w.scenario.clauses.map((c) => h('option', { value: c.id, text: c.title }))]);
  const others = w.scenario.delegations.filter((d) => d.id !== w.seat);
  keepChoice($('#offer-to'), others.map((d) => h('option', { value: d.id, text: d.name })));
  fill($('#caucus-members'), others.map((d) => h('label', {}, h('input', { type: 'checkbox', name: 'member', value: d.id }),
    d.name)));
  promisePicker('give');
  promisePicker('want');
  app.drawn.talkTargets = null;
  keepChoice($('#pledge-decision'), W.DECISIONS.map((d) => h('option', { value: d, text: W.decisionVerb(d) })));
  proposeOptions();
  pledgeOptions();
}

/**
 * The fields of one side of a deal, in its fieldset: what kind of promise, then the fields that
 * kind needs (the others are hidden).
 */
function promisePicker(side) {
  const box = document.getElementById('offer-' + side);
  if (box.querySelector('select')) {
    return;
  }
  const id = (name) => 'offer-' + side + '-' + name;
  const kinds = h('select', { id: id('kind') },
    h('option', { value: 'vote', text: 'a vote on an open amendment' }),
    h('option', { value: 'support', text: 'support for a wording' }),
    h('option', { value: 'decide', text: 'a final decision' }));
  const part = (kind, ...children) => h('div', { class: 'promise-part', 'data-kind': kind }, children);
  box.append(h('label', { for: id('kind'), text: 'What' }), kinds,
    part('vote', h('label', { for: id('amendment'), text: 'Amendment' }), h('select', { id: id('amendment') }),
      h('label', { for: id('ballot'), text: 'Vote' }), h('select', { id: id('ballot') },
        ['SUPPORT', 'OPPOSE', 'ABSTAIN'].map((b) => h('option', { value: b, text: W.ballotWord(b) })))),
    part('support', h('label', { for: id('clause'), text: 'Clause' }), h('select', { id: id('clause') },
      app.welcome.scenario.clauses.map((c) => h('option', { value: c.id, text: c.title }))),
    h('label', { for: id('option'), text: 'Wording' }), h('select', { id: id('option') })),
    part('decide', h('label', { for: id('decision'), text: 'Decision' }), h('select', { id: id('decision') },
      W.DECISIONS.map((d) => h('option', { value: d, text: W.decisionVerb(d) }))),
    h('label', { for: id('if-clause'), text: 'Only if' }), h('select', { id: id('if-clause') },
      h('option', { value: '', text: 'whatever the text says (no condition)' }),
      app.welcome.scenario.clauses.map((c) => h('option', { value: c.id, text: c.title }))),
    h('label', { for: id('if-option'), text: 'reads' }), h('select', { id: id('if-option') })));
  const showKind = () => box.querySelectorAll('.promise-part').forEach((p) => { p.hidden = p.dataset.kind !== kinds.value; });
  const clauseOptions = () => {
    const c = app.clauses.get(document.getElementById(id('clause')).value);
    keepChoice(document.getElementById(id('option')), c ? c.options.map((o) => valuedOption(c, o)) : []);
  };
  // A promised decision may hold only if a clause reads a given wording, as a pledge may.
  const conditionOptions = () => {
    const c = app.clauses.get(document.getElementById(id('if-clause')).value);
    const option = document.getElementById(id('if-option'));
    option.hidden = !c;
    box.querySelector('label[for="' + id('if-option') + '"]').hidden = !c;
    keepChoice(option, c ? c.options.map((o) => valuedOption(c, o)) : []);
  };
  kinds.addEventListener('change', showKind);
  document.getElementById(id('clause')).addEventListener('change', clauseOptions);
  document.getElementById(id('if-clause')).addEventListener('change', conditionOptions);
  showKind();
  clauseOptions();
  conditionOptions();
}

/** One side of the deal as the protocol's promise, or a sentence saying what is missing. */
function promiseOf(side) {
  const value = (name) => document.getElementById('offer-' + side + '-' + name).value;
  switch (value('kind')) {
    case 'vote':
      return value('amendment') ? { kind: 'vote', amendment: value('amendment'), ballot: value('ballot') }
        : 'There is no open amendment to promise a vote on; choose another kind of promise.';
    case 'support': return { kind: 'support', clause: value('clause'), option: value('option') };
    default: return value('if-clause')
      ? { kind: 'decide', decision: value('decision'), conditions: [{ clause: value('if-clause'), options: [value('if-option')] }] }
      : { kind: 'decide', decision: value('decision') };
  }
}

/** Refills a select and keeps what was chosen. */
function keepChoice(select, options) {
  const was = select.value;
  fill(select, options);
  if ([...select.options].some((o) => o.value === was)) {
    select.value = was;
  }
}

/** What the text reads now, clause by clause. */
function textNow() {
  return new Map((app.view.text || []).map((c) => [c.id, c.current]));
}

/**
 * The accepted deal whose promise the student would break by proposing optionId for clauseId, or
 * null: the proposer counts as supporting its amendment, and support promised for the wording the
 * clause reads now is also a promise not to vote it out.
 */
function proposalBreaks(clauseId, optionId, standing) {
  return (app.view.deals || []).find((d) => {
    const p = d.status === 'accepted' && (d.from === me() || d.to === me()) ? myPromiseIn(d) : null;
    return p && p.kind === 'support' && p.clause === clauseId && p.option === standing && optionId !== standing;
  }) || null;
}

/** Whether the wording was put to a vote on its clause this round (so it cannot be proposed again until the next). */
function votedThisRound(clauseId, optionId) {
  const v = app.view;
  return v.stage.phase === 'ROUND' && (v.amendments || []).some((a) => a.clause === clauseId && a.option === optionId
    && a.round === v.stage.round && (a.status === 'adopted' || a.status === 'rejected'));
}

function openOn(clauseId) {
  return (app.view.amendments || []).find((a) => a.clause === clauseId && a.status === 'open');
}

/**
 * The clauses, each marked when no new wording can be proposed for it now, and the wordings of
 * the chosen one, the one the text reads now marked and never chosen for the student: proposing
 * it would change nothing, and a default that is the draft could undo an adopted amendment.
 */
function proposeOptions(clauseChanged) {
  if (!app.view) {
    return;
  }
  const select = $('#propose-clause');
  keepChoice(select, app.welcome.scenario.clauses.map((c) => {
    const open = openOn(c.id);
    const any = can('propose', { clause: c.id });
    return h('option', { value: c.id, disabled: !any, text: c.title + (any ? '' : open
      ? ' (amendment ' + open.id + ' on it is being voted on)' : ' (every other wording was voted on this round)') });
  }));
  let note = '';
  if (select.selectedOptions[0] && select.selectedOptions[0].disabled) {
    const open = openOn(select.value);
    if (open && open.proposer !== me() && $('#propose-option').value) {
      // The student was writing on this clause when someone else tabled a wording there: keep
      // their work, and say what happened, rather than switch the form under their hands.
      note = subjectOf(open.proposer) + ' has just proposed “'
        + optionOf(open.clause, open.option).label + '” here (amendment ' + open.id + '). You can co-sponsor it'
        + ' or vote on it; once it is voted on, you can propose another wording for this clause.';
    } else {
      const free = [...select.options].find((o) => !o.disabled);
      if (free) {
        // Said, not done silently (a play-test's student saw the clause jump back to the first one),
        // and kept until the student next touches the form, not wiped by the next event.
        const was = app.clauses.get(select.value);
        app.formMoved = open && was ? 'Amendment ' + open.id + ' on “' + was.title + '” is being voted on, so the form'
          + ' moved to the first clause free for a new wording.' : '';
        select.value = free.value;
        clauseChanged = true;
      }
    }
  }
  $('#propose-note').textContent = note || app.formMoved || '';
  const clause = app.clauses.get(select.value);
  if (!clause) {
    return;
  }
  const now = textNow().get(clause.id);
  const option = $('#propose-option');
  if (clauseChanged) {
    option.value = '';
  }
  keepChoice(option, [h('option', { value: '', text: 'Choose the new wording' }), ...clause.options.map((o) => {
    const note = o.id === now ? ', the text reads this now' : votedThisRound(clause.id, o.id) ? ', voted on this round' : '';
    const breaks = note ? null : proposalBreaks(clause.id, o.id, now);
    return h('option', { value: o.id, disabled: !!note,
      text: o.label + ' (' + W.signed(valueFor(clause.id, o.id)) + ' for you' + note
        + (breaks ? ', breaks your promise in deal ' + breaks.id : '') + ')' });
  })]);
  if (option.selectedOptions[0] && option.selectedOptions[0].disabled) {
    option.value = '';
  }
}

/**
 * Why no amendment can be proposed now, in words, or '' when one can: the form is replaced by
 * this sentence rather than vanishing without a word.
 */
function whyNoProposal() {
  const v = app.view;
  if (can('propose') || !app.welcome.seat) {
    return ''; // a watcher proposes nothing, and needs no reason why
  }
  if (v.paused) {
    return 'The teacher has paused the summit. You can propose amendments again when it goes on.';
  }
  if (v.stage.phase === 'LOBBY' || v.stage.phase === 'BRIEFING' || v.stage.phase === 'OPENING') {
    return 'Amendments can be proposed from negotiation round 1.';
  }
  if (v.stage.phase !== 'ROUND') {
    return 'Amendments are closed: the text will not change any more.';
  }
  const lastRound = v.stage.round >= v.rounds;
  const own = (v.amendments || []).find((a) => a.status === 'open' && a.proposer === me());
  if (own) {
    return 'Your amendment ' + own.id + ' (' + clauseTitle(own.clause) + ') is being voted on. Each delegation has one'
      + ' amendment at a time, so you can propose another once its vote closes, or if you withdraw it.';
  }
  const open = (v.amendments || []).filter((a) => a.status === 'open');
  if (open.length === app.welcome.scenario.clauses.length) {
    return 'Every clause already has a new wording being voted on (' + open.map((a) => a.id).join(', ') + '). Only one'
      + ' amendment per clause can be open, so you can propose again as soon as one of these votes closes:'
      + ' when everyone has voted on it, when the teacher calls the vote, or at the end of the round.';
  }
  return 'Every other wording has been voted on this round' + (open.length ? ', or has its vote open now' : '')
    + (lastRound ? '. This is the last round, so they cannot be proposed again.'
      : '. You can propose them again in the next round.');
}

function pledgeOptions() {
  const clause = app.clauses.get($('#pledge-clause').value);
  $('#pledge-option').hidden = !clause;
  $('label[for=pledge-option]').hidden = !clause;
  keepChoice($('#pledge-option'), clause ? clause.options.map((o) => valuedOption(clause, o)) : []);
  // A coalition pledge is a push that counts only if enough states push: offered with a push only.
  const push = $('#pledge-decision').value === 'PUSH_BINDING';
  $('#pledge-coalition-choice').hidden = !push;
  if (!push) {
    $('#pledge-coalition').checked = false;
  }
  const needed = app.view && app.view.bindingThreshold;
  $('#pledge-coalition-label').textContent = 'Only if enough states push with us'
    + (needed ? ' (at least ' + needed + ' states must push for binding law in the end; if they do not, this pledge does not count)' : '');
}

$('#propose-clause').addEventListener('change', () => {
  app.formMoved = '';
  proposeOptions(true);
});
$('#propose-option').addEventListener('change', () => {
  app.formMoved = '';
  $('#propose-note').textContent = '';
});
$('#pledge-clause').addEventListener('change', pledgeOptions);
$('#offer-to').addEventListener('change', drawOpenAmendments);
$('#pledge-decision').addEventListener('change', pledgeOptions);

/** Brings the first vote waiting for the student into sight, its Support button focused. */
function toVote(amendment) {
  const button = document.querySelector('[aria-label="Support amendment ' + amendment + '"]');
  if (button) {
    button.scrollIntoView({ block: 'center', behavior: motion() });
    button.focus({ preventScroll: true });
  }
}

/** Brings the first deal offer waiting for an answer into sight, its first button focused. */
function toOffer(deal) {
  const button = document.querySelector('[aria-label="Accept deal ' + deal + '"]')
    || document.querySelector('[aria-label="Decline deal ' + deal + '"]');
  if (button) {
    button.scrollIntoView({ block: 'center', behavior: motion() });
    button.focus({ preventScroll: true });
  }
}

/** Draws what the view holds; each part only when its data changed, so focus stays put. */
function draw() {
  const v = app.view;
  // Open amendments this student may still vote on: silence counts as abstaining when the vote closes.
  const waiting = [...new Set((v.legalActions || []).filter((a) => a.command === 'vote').map((a) => a.args.amendment))];
  const votes = waiting.length;
  // The votes waiting take the student to the first of them: among nine clauses they are hard to find.
  const phase = W.stageWords(v.stage, v.rounds) + (v.paused ? ' (paused by the teacher)' : '');
  // So do the deal offers waiting for an answer, which sit below the floor, out of sight at 614 px.
  const offers = [...new Set((v.legalActions || []).filter((a) => a.command === 'decline').map((a) => a.args.deal))];
  part('phase', [phase, waiting, offers], () => fill($('#phase'), phase, votes ? [' · ', h('button', { type: 'button',
    class: 'to-vote', onclick: () => toVote(waiting[0]), text: votes + (votes === 1 ? ' vote waits' : ' votes wait')
      + ' for you' })] : null, offers.length ? [' · ', h('button', { type: 'button', class: 'to-offer',
    onclick: () => toOffer(offers[0]), text: offers.length + (offers.length === 1 ? ' offer waits' : ' offers wait') })]
    : null));
  $('#ready').hidden = !can('ready');
  const ready = $('#ready');
  if (ready.dataset.confirm && ready.dataset.confirm !== W.stageText(v.stage)) {
    // A new phase: the question asked in the last one no longer stands.
    delete ready.dataset.confirm;
    ready.textContent = 'I am done with this phase';
  }
  if (!ready.dataset.confirm) {
    $('#ready-note').textContent = readyNote();
  }
  $('#room').dataset.stage = { LOBBY: 'waiting', BRIEFING: 'waiting', FINAL: 'final', RESULTS: 'results' }[v.stage.phase] || 'play';
  part('brief', [v.briefs, v.preferences], drawBrief);
  part('clauses', [v.text, v.amendments, v.legalActions, v.preferences, v.deals], drawClauses);
  part('pledges', [v.pledges], drawPledges);
  part('deals', [v.deals, v.legalActions, v.outcome, v.text], drawDeals);
  part('talkTargets', [v.caucuses], drawTalkTargets);
  part('caucuses', [v.caucuses, v.legalActions], drawCaucuses);
  part('openAmendments', [v.amendments, v.stage], drawOpenAmendments);
  part('decide', [v.projection, v.outlook, v.sealed, v.legalActions, v.stage, v.pledges, v.deals, v.text,
    othersDone(v)], drawDecide);
  part('results', [v.outcome, v.hindsight], drawResults);
  $('#propose-form').hidden = !can('propose');
  const closed = whyNoProposal();
  $('#propose-closed').textContent = closed;
  $('#propose-closed').hidden = !closed;
  $('#say-form').hidden = !can('say');
  $('#dm-form').hidden = !can('dm');
  // Muted, the message forms go (the actions are no longer legal), and so do the words that go with
  // a proposal, a pledge, a deal or a decision; the note says why and what is left.
  const silenced = muted();
  $('#muted-note').hidden = !silenced;
  $('#muted-note').textContent = silenced ? 'The teacher has muted your delegation: you cannot send messages or'
    + ' words of your own for now. You can still propose, vote, make deals and decide.' : '';
  for (const id of ['propose-why', 'pledge-text', 'offer-text', 'decide-statement']) {
    const field = document.getElementById(id);
    if (silenced) {
      field.value = '';
    }
    field.hidden = silenced;
    document.querySelector('label[for="' + id + '"]').hidden = silenced;
  }
  $('#pledge-form').hidden = !can('pledge');
  $('#caucus-form').hidden = !can('caucus_create');
  $('#deal-tools').hidden = !can('offer');
  proposeOptions(false);
  pledgeOptions();
}

/**
 * After "I am done with this phase": that the student is marked done, and what happens next;
 * before it, how many of the others are done (the phase ends when all are).
 */
function readyNote() {
  const v = app.view;
  const mine = (v.delegations || []).find((d) => d.id === me());
  if (!mine || v.outcome) {
    return '';
  }
  if (!mine.ready) {
    const others = (v.delegations || []).filter((d) => d.id !== me());
    const done = others.filter((d) => d.ready).length;
    return can('ready') && done > 0
      ? done + ' of the ' + others.length + ' other delegations ' + (done === 1 ? 'is' : 'are') + ' done with this phase.'
      : '';
  }
  return v.stage.phase === 'FINAL'
    ? (v.sealed && v.sealed[me()] ? 'You are marked as done.' : 'You are marked as done without a decision: if you do not'
      + ' decide, you will ' + W.decisionVerb(v.defaultDecision || 'ABSTAIN') + ' (the default).') + ' The decisions are revealed when every delegation has decided or is done, or when the time runs out.'
    : 'You are marked as done with this phase. The next one starts when every delegation is done, when the teacher moves'
      + ' on, or when the time runs out. You can still act until then.';
}

function part(name, data, drawIt) {
  const key = JSON.stringify(data);
  if (app.drawn[name] !== key) {
    app.drawn[name] = key;
    drawIt();
  }
}

function drawBrief() {
  const v = app.view;
  const w = app.welcome;
  const own = v.briefs && v.briefs[me()];
  const prefs = v.preferences && v.preferences[me()];
  const rows = [];
  if (own) {
    rows.push(h('h3', { text: 'Your secret instructions' }), ...paragraphs(own));
  }
  if (prefs && prefs.redLines && prefs.redLines.length) {
    rows.push(h('h3', { text: 'Your red lines' }), h('ul', {}, prefs.redLines.map((r) =>
      h('li', { text: clauseTitle(r.clause) + ': never \u201c' + optionOf(r.clause, r.option).label + '\u201d'
        + (prefs.redLinePenalty ? ' (\u2212' + prefs.redLinePenalty + ' points if you sign a text with it)' : '') }))));
  }
  if (prefs && prefs.decisions) {
    rows.push(h('h3', { text: 'What each final decision is worth at home' }), h('ul', {}, W.DECISIONS
      .filter((d) => prefs.decisions[d] !== undefined)
      .map((d) => h('li', { text: W.decisionWord(d) + ': ' + W.signed(prefs.decisions[d]) + ' points' }))));
    if (prefs.endorsement > 0) {
      // The decision part of the results is more than the number above when you sign.
      rows.push(h('p', { class: 'small', text: 'Signing also counts up to +' + prefs.endorsement + ' points if the final'
        + ' text holds all you want, and down to \u2212' + prefs.endorsement + ' if it holds none of it.' }));
    }
  }
  const stakes = atStake(prefs, w.rules);
  if (stakes.length) {
    rows.push(h('ul', { id: 'at-stake' }, stakes.map((t) => h('li', { text: t }))));
  }
  const more = alsoCounts(prefs);
  if (more.length) {
    rows.push(h('h3', { id: 'also-counts-title', text: 'What your play earns' }),
      h('ul', { id: 'also-counts' }, more.map((t) => h('li', { text: t }))));
  }
  rows.push(h('details', {}, h('summary', { text: 'The background, for everyone' }),
    ...paragraphs(v.setting || ''), ...paragraphs(v.briefing || '')));
  rows.push(h('details', {}, h('summary', { text: 'How this room works' }),
    h('p', { text: w.rules.adoptionText + ' A vote, once cast, is final: it cannot be changed.' }),
    v.bindingThreshold ? h('p', { id: 'binding-rule', text: bindingRule(v, w) }) : null,
    h('p', { text: 'A delegation that does not decide will ' + W.decisionVerb(v.defaultDecision || 'ABSTAIN')
      + ' (the default).' }),
    h('p', { text: w.rules.privacyText })));
  fill($('#brief'), rows);
}

/**
 * How binding law is reached, as the console's brief says it: the threshold counts states outside
 * the room too, or a class of six would wonder how eight can push.
 */
function bindingRule(v, w) {
  const outside = (w.scenario.backgroundStates || []).filter((b) => b.attended !== false)
    .reduce((n, b) => n + (b.count == null ? 1 : b.count), 0);
  return 'Binding law: a treaty track starts if at least ' + v.bindingThreshold + ' states push for it'
    + (outside > 0 ? ', counting the ' + outside + ' states outside this room (some follow a delegation here when it'
      + ' pushes)' : '') + '.';
}

/**
 * The rest of what the seat's numbers say, as the console's brief says it: binding law and a push that falls short,
 * the partners to decide alongside, and what signing a text with a wording costs besides its value.
 */
function atStake(prefs, rules) {
  const out = [];
  if (!prefs) {
    return out;
  }
  const b = prefs.binding || 0;
  const failed = (rules && rules.failedPushCost) || 0;
  const worth = b > 0 ? 'Binding law, if enough states push: +' + b + ' points if you pushed, +' + b / 2 + ' if you did not.'
    : b < 0 ? 'Binding law, if enough states push: \u2212' + -b + ' points for you, '
      + (rules && rules.signingHedges ? '\u2212' + -b / 2 + ' if you signed the declaration (you backed the voluntary route).'
        : 'whatever you decide.') : '';
  const fall = failed > 0 ? ' A push that falls short costs you \u2212' + failed + '.' : '';
  if ((worth + fall).trim()) {
    out.push((worth + fall).trim());
  }
  if (prefs.partners && prefs.partners.length) {
    out.push('Partners you want to decide alongside: ' + prefs.partners.map(nameOf).join(', ')
      + (prefs.standing > 0 ? ' (up to +' + prefs.standing + ' points the more of them decide as you do).' : '.'));
  }
  Object.entries(prefs.costs || {}).forEach(([clause, options]) => Object.entries(options).forEach(([option, cost]) => {
    if (cost > 0) {
      out.push('Signing a text that says \u201c' + optionOf(clause, option).label + '\u201d (' + clauseTitle(clause)
        + ') costs you \u2212' + cost + ' points besides what the wording is worth.');
    }
  }));
  return out;
}

/**
 * The parts of the score earned by playing rather than by the text, as the console's brief says them: players
 * asked why a delegation that proposed little scored more. Nothing of it counts until it happens.
 */
function alsoCounts(prefs) {
  const out = [];
  if (!prefs) {
    return out;
  }
  // A play-test's student read "signing also counts…" as "the text counts only if you sign".
  out.push('The final text, whatever you decide: each clause adds what its wording is worth to you (the \u201cfor you\u201d'
    + ' figures beside the declaration).');
  const w = prefs.influence || 0;
  if (w > 0) {
    out.push('Each amendment of yours that the room adopts: +' + w + ' points; each you co-sponsor that is adopted: +'
      + w / 2 + '; each of yours that is rejected: \u2212' + w / 2 + ' (at most +' + 3 * w + ' in all, counted as'
      + ' amendments pass, so your projected score starts without it).');
  }
  if (prefs.breadth > 0) {
    out.push('Up to +' + prefs.breadth + ' points the more states sign.');
  }
  if (prefs.trust > 0) {
    out.push('Up to \u2212' + prefs.trust + ' points for promises you break.');
  }
  return out;
}

function paragraphs(text) {
  return text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => h('p', { text: p.trim() }));
}

function drawClauses() {
  const v = app.view;
  const out = [];
  for (const clause of v.text) {
    const now = optionOf(clause.id, clause.current);
    const worth = valueFor(clause.id, clause.current);
    const valued = !!(v.preferences && v.preferences[me()]); // a watcher has no values of its own
    const open = v.amendments.filter((a) => a.clause === clause.id && a.status === 'open');
    const closed = v.amendments.filter((a) => a.clause === clause.id && a.status !== 'open');
    out.push(h('article', { class: 'clause', 'aria-labelledby': 'clause-' + clause.id },
      h('h3', { id: 'clause-' + clause.id, text: clause.title }),
      h('p', {}, 'Now reads: ', h('strong', { text: now.label }), ' ',
        valued ? h('span', { class: worth >= 0 ? 'good' : 'bad', text: '(' + W.signed(worth) + ' for you)' }) : null,
        isRedLine(clause.id, clause.current) ? h('span', { class: 'bad', text: ' red line!' }) : null),
      h('p', { class: 'wording', text: now.text }),
      h('details', {}, h('summary', { text: valued ? 'Every wording and its value for you' : 'Every wording' }),
        h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Wording' }),
          valued ? h('th', { scope: 'col', text: 'Value for you' }) : null)),
        h('tbody', {}, clause.options.map((o) => h('tr', { class: o.id === clause.current ? 'current' : null },
          h('td', {}, h('strong', { text: o.label }), o.id === clause.current ? ' (now)' : '',
            h('br'), h('span', { class: 'wording', text: o.text })),
          valued ? h('td', { text: W.signed(valueFor(clause.id, o.id))
            + (isRedLine(clause.id, o.id) ? ' red line' : '') }) : null))))),
      open.map(amendment),
      closed.length ? h('details', { class: 'past' },
        h('summary', { text: 'Earlier on this clause: ' + closed.map((a) => a.id + ' '
          + W.proposedWording(optionOf(a.clause, a.option).label) + ' ' + a.status).join('; ') + ' (who voted how)' }),
        h('ul', {}, closed.map((a) => h('li', { text: 'Amendment ' + a.id + ' (' + W.proposedWording(optionOf(a.clause, a.option).label)
          + '): ' + (a.status === 'withdrawn' ? 'withdrawn before the vote closed.'
          : a.status + '. ' + whoVoted(a)) })))) : null));
  }
  fill($('#clauses'), out);
}

/** The amendment's proposer and co-sponsors: the rules count them as for it. */
function sponsorsOf(a) {
  return [a.proposer, ...(a.cosponsors || [])];
}

/** The seats that took the amendment's side, in the rules' count: its sponsors, then those who voted for it. */
function supportersOf(a) {
  const sponsors = sponsorsOf(a);
  return [...sponsors, ...Object.keys(a.votes || {}).filter((s) => a.votes[s] === 'SUPPORT' && !sponsors.includes(s))];
}

function votedOn(a, ballot) {
  const sponsors = sponsorsOf(a);
  return Object.keys(a.votes || {}).filter((s) => a.votes[s] === ballot && !sponsors.includes(s));
}

/**
 * Who voted how, by name (votes are public): whom to thank, and whom to lobby. On a closed
 * amendment those who did not vote are named with the abstainers, as the rules counted them.
 */
function whoVoted(a) {
  const names = (seats) => (seats.length ? W.andList(seats.map(inSentence)) : 'nobody');
  const silent = app.welcome.scenario.delegations.map((d) => d.id)
    .filter((s) => !sponsorsOf(a).includes(s) && !(a.votes || {})[s]);
  const abstained = votedOn(a, 'ABSTAIN');
  return 'For: ' + names(supportersOf(a)) + '. Against: ' + names(votedOn(a, 'OPPOSE')) + '. Abstained: '
    + names(abstained) + (silent.length ? (abstained.length ? '; ' : ', ') + 'and not voting (counted as abstaining): '
    + names(silent) : '') + '.';
}

/** Who has voted on an open amendment, by name ("Voted so far: against, China and India; for, Japan."), or null. */
function votersSoFar(a) {
  const parts = [['OPPOSE', 'against'], ['SUPPORT', 'for'], ['ABSTAIN', 'abstaining']]
    .map(([ballot, word]) => [word, votedOn(a, ballot)]).filter(([, seats]) => seats.length)
    .map(([word, seats]) => word + ', ' + W.andList(seats.map(inSentence)));
  return parts.length ? h('p', { class: 'small voters', text: 'Voted so far: ' + parts.join('; ') + '.' }) : null;
}

function amendment(a) {
  const o = optionOf(a.clause, a.option);
  // Counted as the rules count when the vote closes: sponsors are for, and whoever has not
  // voted by then abstains; so the open count and the result say the same thing.
  const sponsorSeats = sponsorsOf(a);
  const tally = { SUPPORT: sponsorSeats.length, OPPOSE: 0, ABSTAIN: 0 };
  Object.values(a.votes || {}).forEach((b) => { tally[b] = (tally[b] || 0) + 1; });
  const waiting = app.welcome.scenario.delegations.length - tally.SUPPORT - tally.OPPOSE - tally.ABSTAIN;
  const mine = a.votes && a.votes[me()];
  const buttons = [];
  for (const [ballot, label] of [['SUPPORT', 'Support'], ['OPPOSE', 'Oppose'], ['ABSTAIN', 'Abstain']]) {
    if (can('vote', { amendment: a.id, ballot })) {
      buttons.push(h('button', { type: 'button', text: label, title: 'Votes are final: a vote cannot be changed.',
        'aria-label': (ballot === 'ABSTAIN' ? 'Abstain on' : label) + ' amendment ' + a.id,
        onclick: (e) => act({ type: 'vote', amendment: a.id, ballot }, e.target.closest('.amendment')) }));
    }
  }
  if (can('cosponsor', { amendment: a.id })) {
    buttons.push(h('button', { type: 'button', text: 'Co-sponsor', 'aria-label': 'Co-sponsor amendment ' + a.id,
      onclick: (e) => act({ type: 'cosponsor', amendment: a.id }, e.target.closest('.amendment')) }));
  }
  if (can('withdraw', { amendment: a.id })) {
    buttons.push(h('button', { type: 'button', text: 'Withdraw', 'aria-label': 'Withdraw amendment ' + a.id,
      onclick: (e) => act({ type: 'withdraw', amendment: a.id }, e.target.closest('.amendment')) }));
  }
  const sponsors = sponsorSeats.map(nameOf).join(', ');
  const promised = mine ? null : promiseOn(a);
  return h('div', { class: 'amendment', role: 'group', 'aria-label': 'Amendment ' + a.id },
    h('p', {}, h('strong', { text: 'Amendment ' + a.id + ': ' }), 'change to \u201c', h('strong', { text: W.finalWording(o.label) }),
      '\u201d' + (W.isDraftWording(o.label) ? ', back to the draft' : ''),
      app.view.preferences && app.view.preferences[me()] ? ' (' + W.signed(valueFor(a.clause, a.option))
        + ' for you)' : '',
      isRedLine(a.clause, a.option) ? h('span', { class: 'bad', text: ' your red line!' }) : null),
    promised ? h('p', { class: 'bad promise-note', text: promised }) : null,
    a.rationale ? h('p', {}, h('span', { text: nameOf(a.proposer) + ' says: ' }), said(a.rationale)) : null,
    h('p', { class: 'small tally', text: 'Sponsors (they count as for): ' + sponsors + '. So far: ' + tally.SUPPORT
      + ' for, ' + tally.OPPOSE + ' against, ' + tally.ABSTAIN + ' abstaining'
      + (waiting > 0 ? ', ' + waiting + ' not voted yet (not voting counts as abstaining when the vote closes)' : '') + '.'
      + (mine ? ' ' + { SUPPORT: 'You voted for.', OPPOSE: 'You voted against.', ABSTAIN: 'You abstained.' }[mine] : '')
      + (sponsorSeats.includes(me()) ? ' You sponsor it, so you count as for.' : '')
      + (!mine && waiting === 1 && !sponsorSeats.includes(me()) && can('vote', { amendment: a.id, ballot: 'ABSTAIN' })
        ? ' Yours is the last vote: once you cast it, the vote can close at any moment, so lobby first.' : '') }),
    votersSoFar(a),
    buttons.length ? h('p', { class: 'actions' }, buttons) : null,
    h('p', { class: 'form-error', role: 'alert' }));
}

/**
 * What the student promised in accepted deals that a vote on amendment a could break, in words,
 * or null: a vote promised on it, or support for a wording of its clause (a promise to back that
 * wording and, while it stands, not to vote it out; a wording that does not stand now can be
 * replaced without breaking anything). Every deal that bears on the vote is named.
 */
function promiseOn(a) {
  const notes = [];
  const standing = textNow().get(a.clause);
  for (const d of app.view.deals || []) {
    if (d.status !== 'accepted' || (d.from !== me() && d.to !== me())) {
      continue;
    }
    const p = myPromiseIn(d);
    const other = nameOf(d.from === me() ? d.to : d.from);
    const theirs = d.from === me() ? d.want : d.give;
    if (lapsesBy(theirs, a, standing)) {
      // Not a broken promise, but what the student traded for: the results would only say "never came due".
      notes.push('If this amendment is adopted, ' + W.possessive(other) + ' promise in deal ' + d.id + ' ('
        + promise(theirs, 'to') + ') never comes due: the text would no longer read as its condition says.');
    }
    if (p && p.kind === 'vote' && p.amendment === a.id) {
      const promise = { SUPPORT: 'a vote for', OPPOSE: 'a vote against', ABSTAIN: 'an abstention on' }[p.ballot];
      notes.push('Your deal ' + d.id + ' with ' + other + ' promises ' + promise + ' this amendment: any other vote'
        + ' breaks it.');
    } else if (p && p.kind === 'support' && p.clause === a.clause && p.option === a.option) {
      notes.push('Your deal ' + d.id + ' with ' + other + ' promises support for this wording: vote for it to keep'
        + ' your word.');
    } else if (p && p.kind === 'support' && p.clause === a.clause && p.option === standing) {
      notes.push('Your deal ' + d.id + ' with ' + other + ' promises support for \u201c'
        + optionOf(p.clause, p.option).label + '\u201d, which the clause reads now: voting for this amendment'
        + ' breaks it.');
    }
  }
  return notes.length ? notes.join(' ') : null;
}

/**
 * The accepted deals whose side vote e breaks (the side of e.seat, who voted), each with that
 * promise; {@code judged} picks the promises to look at. The same judgement as the results' (a
 * promised vote cast otherwise; a promised wording not supported; a promised wording that
 * stands, voted out), made at once.
 */
function dealsBrokenBy(e, judged) {
  const a = app.proposed.get(e.amendment) || (app.view.amendments || []).find((x) => x.id === e.amendment);
  if (!a) {
    return [];
  }
  const standing = textNow().get(a.clause);
  // The view comes a moment after the events: a deal accepted just now is known from its event.
  const deals = new Map([...app.offers].concat((app.view.deals || []).map((d) => [d.id, d])));
  const out = [];
  for (const d of deals.values()) {
    const accepted = app.acceptedHeard.has(d.id) || d.status === 'accepted';
    const promised = d.from === e.seat ? d.give : d.to === e.seat ? d.want : null;
    if (accepted && promised && judged(d, promised) && voteBreaks(promised, e, a, standing)) {
      out.push({ deal: d, promise: promised });
    }
  }
  return out;
}

/**
 * Whether amendment a, adopted, would leave a promised decision never to come due: it holds only
 * if a's clause reads certain wordings, the clause reads one of them now, and a's is not one.
 */
function lapsesBy(promised, a, standing) {
  return !!promised && promised.kind === 'decide' && (promised.conditions || []).some((c) => c.clause === a.clause
    && c.options.includes(standing) && !c.options.includes(a.option));
}

function voteBreaks(promise, e, a, standing) {
  return promise.kind === 'vote' ? promise.amendment === e.amendment && promise.ballot !== e.ballot
    : promise.kind === 'support' && promise.clause === a.clause
      && (promise.option === a.option ? e.ballot !== 'SUPPORT' : promise.option === standing && e.ballot === 'SUPPORT');
}

const DID = { SUPPORT: 'voted for', OPPOSE: 'voted against', ABSTAIN: 'abstained on' };

/** The vote e breaks a promise another delegation made to this student in an accepted deal: the words that say so, or null. */
function brokenToMe(e) {
  const [broken] = e.seat === me() ? [] : dealsBrokenBy(e, (d) => d.from === me() || d.to === me());
  return broken ? subjectOf(e.seat) + ' ' + DID[e.ballot] + ' amendment ' + e.amendment + ' and so broke its promise'
    + ' to you in deal ' + broken.deal.id + ' (' + promise(broken.promise, inSentence(e.seat) + ' will') + '). It costs '
    + inSentence(e.seat) + ' trust points at the end; your side of the deal still counts as you promised it.' : null;
}

/**
 * The student's own vote e breaking their side of an accepted deal: that deal's id and the words
 * its card shows from then on, or null. A vote is final, so the deal stays broken, and the
 * student should not learn it only from the results. Heard again after a reload, a vote is
 * judged on the text as it reads now, which may not be the text it was cast on: only a promised
 * vote, which needs no text, is judged then.
 */
function brokenByMe(e, live) {
  const [broken] = dealsBrokenBy(e, (d, p) => live || p.kind === 'vote');
  return broken ? { deal: broken.deal.id, text: 'You broke your side when you ' + DID[e.ballot] + ' amendment '
    + e.amendment + ': it costs you trust points at the end.' } : null;
}

function caucusName(id) {
  const c = (app.view.caucuses || []).find((x) => x.id === id);
  return c ? c.name : 'a caucus';
}

/** Whom a private message can go to: each other delegation, then each caucus this seat is in. */
function drawTalkTargets() {
  showConversations();
  const w = app.welcome;
  const caucuses = app.view.caucuses || [];
  // No one chosen at first: a play-test's student wrote to Mexico and it went to the first name on the list.
  keepChoice($('#dm-to'), [h('option', { value: '', text: 'Choose whom to write to\u2026' }),
    ...w.scenario.delegations.filter((d) => d.id !== w.seat)
    .map((d) => h('option', { value: d.id, text: d.name })),
  caucuses.length ? h('optgroup', { label: 'Caucuses' }, caucuses.map((c) => h('option', { value: 'caucus:' + c.id,
    text: c.name + ' (caucus)' }))) : null]);
}

function drawCaucuses() {
  const caucuses = app.view.caucuses || [];
  fill($('#caucuses'), caucuses.map((c) => {
    const outside = app.welcome.scenario.delegations.filter((d) => !c.members.includes(d.id));
    const inviteId = 'invite-' + c.id;
    return h('li', { class: 'deal' },
      h('p', {}, h('strong', {}, h('bdi', { text: c.name })), ': ' + c.members.map(nameOf).join(', ')),
      h('p', { class: 'actions' },
        can('caucus_invite', { caucus: c.id }) && outside.length ? [
          h('label', { for: inviteId, class: 'small', text: 'Invite' }),
          h('select', { id: inviteId }, outside.map((d) => h('option', { value: d.id, text: d.name }))),
          h('button', { type: 'button', text: 'Invite', 'aria-label': 'Invite to ' + c.name,
            onclick: (e) => act({ type: 'caucus_invite', caucus: c.id, seat: document.getElementById(inviteId).value },
              e.target.closest('li')) })] : null,
        can('caucus_leave', { caucus: c.id }) ? h('button', { type: 'button', text: 'Leave', 'aria-label': 'Leave ' + c.name,
          onclick: (e) => act({ type: 'caucus_leave', caucus: c.id }, e.target.closest('li')) }) : null),
      h('p', { class: 'form-error', role: 'alert' }));
  }));
}

function drawOpenAmendments() {
  const open = app.view.amendments.filter((a) => a.status === 'open');
  // Who would cast the promised vote: the student on their side, the recipient on the other. A
  // vote already cast is named: only that vote can still be promised (votes do not change), and a
  // play-test's student could not tell why a deal for another was refused.
  const voter = { give: me(), want: $('#offer-to').value };
  for (const side of ['give', 'want']) {
    keepChoice(document.getElementById('offer-' + side + '-amendment'), open.map((a) => {
      const cast = stanceOf(a, voter[side]);
      const who = voter[side] === me() ? 'you' : inSentence(voter[side]);
      return h('option', { value: a.id,
        text: a.id + ': ' + clauseTitle(a.clause) + ' → ' + W.proposedWording(optionOf(a.clause, a.option).label)
          + (cast ? ' (' + who + ' ' + DID[cast] + ' it; votes do not change)' : '') });
    }));
    // A vote can be promised only on an open amendment: with none open, the form offers the others.
    // Once the rounds are over nothing is voted on again, so only a decision can be promised.
    const kinds = document.getElementById('offer-' + side + '-kind');
    const vote = kinds && kinds.querySelector('option[value=vote]');
    const support = kinds && kinds.querySelector('option[value=support]');
    if (vote) {
      const over = app.view.stage.phase === 'FINAL';
      vote.disabled = !open.length;
      vote.textContent = 'a vote on an open amendment' + (over ? ' (the rounds are over)' : open.length ? ''
        : ' (none is open now)');
      support.disabled = over;
      support.textContent = 'support for a wording' + (over ? ' (the rounds are over)' : '');
      if ((!open.length && kinds.value === 'vote') || (over && kinds.value === 'support')) {
        kinds.value = over ? 'decide' : 'support';
        kinds.dispatchEvent(new Event('change'));
      }
    }
  }
}

/** Seat's stance on amendment a, or null: the vote it cast, or SUPPORT with its name on it (sponsors count as for). */
function stanceOf(a, seat) {
  if (!seat) {
    return null;
  }
  return sponsorsOf(a).includes(seat) ? 'SUPPORT' : (a.votes || {})[seat] || null;
}

/** " if “Human control” reads “…”": a promise's conditions in words (words.js), or nothing. */
function onlyIf(conditions) {
  return W.onlyIf(conditions, app.clauses);
}

/** What a pledge promises, after its delegation's name: "will sign if … reads …". */
function pledgeTerms(p) {
  return W.pledgeTerms(p, app.clauses, app.view.bindingThreshold, p.seat === me());
}

const FILLER = new Set(['the', 'a', 'an', 'declaration', 'text', 'we', 'us', 'our', 'they', 'them', 'their', 'on',
  'negotiations', 'to', 'and']);

function words(text) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w);
}

/**
 * The pledge's own words when they say more than its terms; null when they only repeat them
 * ("Germany will sign if "Where the work continues" reads: "…"."), so it reads once.
 */
function pledgeWords(p) {
  if (!p.text) {
    return null;
  }
  // Its terms, and the wordings its conditions allow: words that list those instead of naming
  // the one ruled out ("reads X or Y" for "does not read Z") say nothing more either.
  const allowed = (p.conditions || []).flatMap((c) => c.options.map((o) => optionOf(c.clause, o).label));
  const terms = new Set(words(nameOf(p.seat) + pledgeTerms(p) + ' reads or ' + allowed.join(' ')));
  return words(p.text).every((w) => terms.has(w) || FILLER.has(w)) ? null : p.text;
}

/** A pledge in a sentence: the name, the terms, and the pledge's own words if they add anything. */
function pledgeLine(p) {
  const extra = pledgeWords(p);
  return [h('strong', { text: nameOf(p.seat) }), pledgeTerms(p) + (extra ? ': \u201c' : '.'),
    extra ? said(extra) : null, extra ? '\u201d' : null];
}

function drawPledges() {
  const v = app.view;
  fill($('#pledges'), v.pledges.length ? v.pledges.map((p) => h('li', {}, pledgeLine(p)))
    : [h('li', { text: 'No pledges yet.' })]);
}

/** The student's own pledge named by what it says: "your pledge to sign if … reads …". */
function ownPledge(p) {
  return 'your pledge to ' + W.decisionVerb(p.decision) + onlyIf(p.conditions)
    + (p.ifCoalition ? ' if enough states push with you' : p.conditions && p.conditions.length ? '' : ' whatever the text says');
}

function promise(p, who) {
  return W.promiseWords(p, who, app.clauses);
}

/**
 * The latest deal offered before deal d (or before a new one, not yet in the list) by the same
 * side to the same side on the very same terms, or null: a bot that asks again each phase, whose
 * terms were read once already.
 */
function sameTermsBefore(deals, d) {
  let same = null;
  for (const x of deals) {
    if (x.id === d.id) {
      break;
    }
    if (x.from === d.from && x.to === d.to && JSON.stringify(x.give) === JSON.stringify(d.give)
      && JSON.stringify(x.want) === JSON.stringify(d.want)) {
      same = x;
    }
  }
  return same;
}

/**
 * " again: the same terms as deal D3", or nothing for new terms. (Not whether D3 was declined:
 * the view that says so may not have caught up with the events yet; the deals list shows it.)
 */
function again(deals, d) {
  const before = sameTermsBefore(deals, d);
  return before ? ' again: the same terms as deal ' + before.id : '';
}

/** What a deal promises, both sides, in words: "Kenya will …, in return Chile will …". */
function terms(d) {
  return promise(d.give, subjectOf(d.from) + ' will') + ', in return ' + promise(d.want, inSentence(d.to) + ' will');
}

/** " deal D3 (Kenya will …, in return Chile will …)": the answered deal by its terms, when the page has them. */
function answered(id) {
  const d = ((app.view && app.view.deals) || []).find((x) => x.id === id) || app.offers.get(id);
  return ' deal ' + id + (d ? ' (' + terms(d) + ')' : '');
}

/**
 * "“Prevent WMD proliferation” stands in the text already: …": support promised for a wording
 * already adopted is a promise to keep it there, not to put it in.
 */
function standingNote(d) {
  const text = textNow();
  const standing = [d.give, d.want].filter((p) => p && p.kind === 'support' && text.get(p.clause) === p.option);
  return standing.length ? h('p', { class: 'small standing-note', text: standing.map((p) => '\u201c'
    + W.finalWording(optionOf(p.clause, p.option).label) + '\u201d').join(' and ') + (standing.length === 1 ? ' stands'
    : ' stand') + ' in the text already: support for it means voting against any amendment that would take it out.'
    }) : null;
}

/**
 * The student's accepted deal whose promise the offered deal d would contradict, or undefined:
 * support for another wording of the same clause, another ballot on the same amendment, or
 * another decision (both without conditions). Keeping one breaks the other.
 */
function clashWith(deals, d) {
  return deals.find((x) => x.status === 'accepted' && (x.from === me() || x.to === me())
    && contradicts(myPromiseIn(x), d.want));
}

/** What the student promised in deal x. */
/** The label of the student's red line that deal d asks them to support (a wording, or a vote for it), or null. */
function redLineAsked(d) {
  const p = myPromiseIn(d);
  const a = p && p.kind === 'vote' && p.ballot === 'SUPPORT'
    ? (app.view.amendments || []).find((x) => x.id === p.amendment) : null;
  const wording = p && p.kind === 'support' ? p : a;
  return wording && isRedLine(wording.clause, wording.option) ? optionOf(wording.clause, wording.option).label : null;
}

function myPromiseIn(x) {
  return x.from === me() ? x.give : x.want;
}

function contradicts(a, b) {
  if (!a || !b || a.kind !== b.kind) {
    return false;
  }
  switch (a.kind) {
    case 'support': return a.clause === b.clause && a.option !== b.option;
    case 'vote': return a.amendment === b.amendment && a.ballot !== b.ballot;
    case 'decide': return a.decision !== b.decision && !(a.conditions || []).length && !(b.conditions || []).length;
    default: return false;
  }
}

function drawDeals() {
  const v = app.view;
  const deals = v.deals || [];
  // Offers still open and deals that bind first; the declined and lapsed ones (dozens, in a long
  // summit with bots) folded away below them.
  // At the end an offer nobody answered binds no one: it goes with the declined ones.
  const live = (d) => d.status === 'accepted' || (d.status === 'offered' && !v.outcome);
  const item = (d) => {
    const mineToAnswer = can('decline', { deal: d.id });
    // Offered, but a vote cast since rules one of its promises out: it can only be declined.
    const keepable = can('accept', { deal: d.id });
    const clash = mineToAnswer ? clashWith(deals, d) : undefined;
    const before = sameTermsBefore(deals, d);
    const what = before ? ' the same terms as deal ' + before.id + ' again' : ': ' + terms(d);
    return h('li', { class: 'deal' },
      h('p', { text: 'Deal ' + d.id + ': ' + subjectOf(d.from) + ' offers ' + inSentence(d.to) + what
        + '. ' + ({ offered: v.outcome ? 'Not answered before the end.' : 'Waiting for an answer.', accepted: 'Accepted.',
          declined: 'Declined.', lapsed: 'Lapsed: ' + (d.give.kind === 'vote' || d.want.kind === 'vote'
            ? 'the vote it was about is over' : 'the rounds are over, so the support it promised could never come due')
            + ', so it can no longer be accepted.' }[d.status]
          || '') }),
      // Once answered, the words ("Shall we agree?") are what was said with the offer, not a question now.
      d.text ? h('p', d.status === 'offered' ? {} : { class: 'small' }, d.status === 'offered' ? null : 'With the offer: ',
        said(d.text)) : null,
      d.status === 'accepted' && app.brokenMine.has(d.id)
        ? h('p', { class: 'bad broken-mine', text: app.brokenMine.get(d.id) }) : null,
      clash ? h('p', { class: 'bad', text: 'Careful: this contradicts deal ' + clash.id + ', where '
        + promise(myPromiseIn(clash), 'you will') + '. You cannot keep both, and the promise you break'
        + ' costs trust at the end.' }) : null,
      mineToAnswer && redLineAsked(d) ? h('p', { class: 'bad', text: 'Careful: this asks you to support \u201c'
        + redLineAsked(d) + '\u201d, your red line.' }) : null,
      // A play-test's student was offered support for a wording adopted minutes before, four times over.
      d.status === 'offered' ? standingNote(d) : null,
      mineToAnswer && !keepable ? h('p', { class: 'bad', text: 'It can no longer be kept: a vote cast since it was'
        + ' offered rules out one of its promises. Decline it, or offer a new deal.' }) : null,
      mineToAnswer ? h('p', { class: 'actions' },
        keepable ? h('button', { type: 'button', text: 'Accept', 'aria-label': 'Accept deal ' + d.id,
          onclick: (e) => act({ type: 'accept', deal: d.id }, e.target.closest('.deal')) }) : null,
        h('button', { type: 'button', text: 'Decline', 'aria-label': 'Decline deal ' + d.id,
          onclick: (e) => act({ type: 'decline', deal: d.id }, e.target.closest('.deal')) })) : null,
      h('p', { class: 'form-error', role: 'alert' }));
  };
  const done = deals.filter((d) => !live(d));
  fill($('#deals'), deals.length ? [h('h3', { text: 'Deals' }),
    // "Where did D1 to D6 go?": the numbers are the room's, as every delegation's commands name them.
    h('p', { class: 'small', text: 'Deal numbers count every offer in the room, most of them between other'
      + ' delegations, so yours skip numbers.' }),
    h('ul', { class: 'plain' }, deals.filter(live).map(item)),
    done.length ? h('details', { class: 'old-deals' }, h('summary', { text: (v.outcome ? 'Deals that bound no one ('
      : 'Declined and lapsed deals (') + done.length + ')' }), h('ul', { class: 'plain' }, done.map(item))) : null] : []);
}

/**
 * What deciding d would break of the student's own promises about the final decision, as the text
 * stands, in sentences: a pledge or its side of an accepted deal whose conditions hold now; and
 * apart, once, those to push with a coalition, which deciding otherwise breaks only if this push
 * was the one the coalition lacked (no one knows until the reveal: the student is told the risk).
 * The projected points count the sure ones (docs/RULES.md).
 */
function brokenBy(v, d) {
  const reads = {};
  for (const c of v.text || []) {
    reads[c.id] = c.current;
  }
  const holds = (conditions) => (conditions || []).every((c) => c.options.includes(reads[c.clause]));
  const sure = [];
  const risky = [];
  for (const p of v.pledges || []) {
    if (p.seat === me() && !p.ifCoalition && p.decision !== d && holds(p.conditions)) {
      sure.push(ownPledge(p));
    }
    if (p.seat === me() && p.ifCoalition && p.decision === 'PUSH_BINDING' && d !== 'PUSH_BINDING') {
      risky.push(ownPledge(p));
    }
  }
  for (const deal of v.deals || []) {
    const mineIsGive = deal.from === me();
    const mine = mineIsGive ? deal.give : deal.want;
    if (deal.status === 'accepted' && (mineIsGive || deal.to === me()) && mine && mine.kind === 'decide'
        && mine.decision !== d && holds(mine.conditions)) {
      // A push promised in a deal is a push together, due only with the coalition, as the rules keep it.
      (mine.decision === 'PUSH_BINDING' ? risky : sure).push('your side of deal ' + deal.id + ' with '
        + inSentence(mineIsGive ? deal.to : deal.from) + ' (to ' + W.decisionVerb(mine.decision) + ')');
    }
  }
  const list = (out) => (out.length > 1 ? out.slice(0, -1).join('; ') + '; and ' + out[out.length - 1] : out[0]);
  return [
    sure.length ? 'This breaks ' + list(sure) + ': you lose trust points at the end (already counted in these points).'
      : null,
    risky.length ? 'If the coalition for binding law falls short by your push alone, this ' + (sure.length ? 'also ' : '')
      + 'breaks ' + list(risky) + (sure.length ? '.' : ': you would lose trust points at the end.') : null,
  ].filter(Boolean);
}

/**
 * The delegations whose decision is only guessed (no pledge of theirs holds now), as names; some
 * may have decided already, in secret, so the page calls them "without a pledge", not undecided.
 */
function unpledged(v) {
  return ((v.outlook && v.outlook.undeclared) || []).filter((s) => s !== me()).map(inSentence);
}

/**
 * " (8.9 to 34.9 if those without a pledge all do the same)": the outlook's band, which is no bound:
 * it tries only those all signing, all abstaining or all pushing (docs/RULES.md, "During play").
 */
function spread(v, d) {
  const band = v.outlook && v.outlook.bands && v.outlook.bands[d];
  return band && unpledged(v).length && band.low !== band.high
    ? ' (' + W.points(band.low) + ' to ' + W.points(band.high) + ' if those without a pledge all do the same)' : '';
}

function spreadNote(v) {
  const names = unpledged(v);
  if (!names.length) {
    return null;
  }
  return h('p', { class: 'small', text: 'The points count the others as they pledged (a pledge to push only if'
    + ' enough states push counts once enough do). No pledge of ' + W.andList(names) + ' holds now (a decision already made'
    + ' stays secret until the reveal): the range is what you get if they all sign, all abstain or all push. A mix'
    + ' of those' + (v.stage.phase === 'FINAL' ? '' : ', or a change to the text,') + ' can give you more or less.' });
}

/**
 * Where the push for binding law stands, as pledged: a play-test's student (Kenya, torn between
 * signing and pushing) saw "Push" jump from 6 to 20 points when Sierra Leone pledged, and nothing
 * said why. The count is of states: groups that follow a delegation count by their size.
 */
function pushNote(v) {
  const p = v.outlook && v.outlook.pushes;
  if (!p || !p.needed) {
    return null;
  }
  const states = (n) => n + (n === 1 ? ' state' : ' states');
  // Who they are: a play-test's student read "13 states" pledged by two delegations and could not tell.
  const who = (p.by || []).map((b) => b.states > 1
    ? nameOf(b.seat) + ' and the ' + states(b.states - 1) + ' outside this room that push with it or follow it'
    : nameOf(b.seat));
  const head = 'Binding law needs ' + states(p.needed) + ' pushing for it. Pledged to push now: ' + states(p.pledged)
    + (who.length ? ' (' + who.join('; ') + ')' : '');
  return h('p', { id: 'push-note', class: 'small', text: p.pledged >= p.needed
    ? head + ': enough, if they all keep their word.'
    : p.withYou >= p.needed && p.withYou > p.pledged
      ? head + '; ' + states(p.withYou) + ' with you: your push would make it.'
      : head + (p.withYou > p.pledged ? '; ' + states(p.withYou) + ' with you' : '') + ': not enough yet, and a push'
        + ' that falls short costs those who made it.' });
}

/**
 * Where signing hedges against a treaty track (the room's rules) and this seat is against one: what
 * the track would cost it, signed or not. A play-test's China signed for it and learnt so only from
 * the results ("Binding law \u22121").
 */
function hedgeNote(v) {
  const prefs = v.preferences && v.preferences[me()];
  const w = app.welcome;
  const b = (prefs && prefs.binding) || 0;
  if (!(w && w.rules && w.rules.signingHedges) || b >= 0) {
    return null;
  }
  return h('p', { id: 'hedge-note', class: 'small', text: 'Signing is also a hedge: if enough states push for binding'
    + ' law, the treaty track costs you \u2212' + -b / 2 + ' points if you signed, \u2212' + -b + ' if you did not. The'
    + ' points above count it once the pledges to push reach the number needed.' });
}

/** The other delegations done in the final phase (decided, or done without a decision): when all are, this one ends it. */
function othersDone(v) {
  const others = (v.delegations || []).filter((d) => d.id !== me());
  return { done: others.filter((d) => d.decided || d.ready).length, of: others.length };
}

/** "3 of the 5 other delegations have decided": the projector shows who has; the student should know how many. */
function decidedNote(v) {
  const { done, of } = othersDone(v);
  return h('p', { id: 'decided-note', class: 'small', text: done && done === of
    ? 'Every other delegation has decided: yours ends the summit, and the results come at once.'
    : done + ' of the ' + of + ' other delegations ' + (done === 1 ? 'has' : 'have') + ' decided.' });
}

function drawDecide() {
  const v = app.view;
  const sealed = v.sealed && v.sealed[me()];
  const box = $('#decision');
  if (sealed) {
    fill(box, h('p', {}, 'You decided to ', h('strong', { text: W.decisionVerb(sealed.decision) }), '.',
      sealed.statement ? ' Your statement: ' : '', sealed.statement ? said(sealed.statement) : null));
  } else if (v.stage.phase !== 'FINAL') {
    fill(box, h('p', { text: 'You decide at the end, in the final phase. If the text stayed as it is now:' }),
      h('ul', {}, W.DECISIONS.filter((d) => v.projection && v.projection[d]).map((d) => h('li', {
        text: [W.decisionWord(d) + ': ' + projected(v.projection[d]) + spread(v, d) + '.', ...brokenBy(v, d)].join(' ') }))),
      lowEverywhere(v), scaleNote(v), pushNote(v), hedgeNote(v), spreadNote(v));
  } else {
    fill(box, decidedNote(v), lowEverywhere(v), scaleNote(v), pushNote(v), hedgeNote(v), spreadNote(v));
  }
  const choices = [];
  for (const d of W.DECISIONS) {
    const score = v.projection && v.projection[d];
    if (!score) {
      continue;
    }
    const id = 'decide-' + d.toLowerCase();
    choices.push(h('div', { class: 'choice' },
      h('input', { type: 'radio', name: 'decision', id, value: d, required: true }),
      // The points first; each promise it would break on a line of its own, not one paragraph.
      h('label', { for: id }, h('strong', { text: W.decisionWord(d) }), ': ' + projected(score) + spread(v, d) + '.',
        brokenBy(v, d).map((t) => h('span', { class: 'choice-note bad', text: t })))));
  }
  fill($('#decide-choices'), choices);
  $('#decide-form').hidden = !can('decide') || !!sealed;
  $('#decide-box').hidden = !!v.outcome;
}

/**
 * When every choice projects among the role's lowest results (the draft, before anything moved,
 * often does for a state that wants it changed), a row of zeros reads as broken: say why instead.
 */
function lowEverywhere(v) {
  const scores = W.DECISIONS.map((d) => v.projection && v.projection[d]).filter((x) => x);
  if (!scores.length || scores.some((x) => Math.round(x.percent) >= 10)) {
    return null;
  }
  // In the final phase the text is final: nothing is left to change, only the least bad choice to make.
  return h('p', { class: 'small low-everywhere', text: v.stage.phase === 'FINAL'
    ? 'The final text leaves every choice among the lowest results ' + inSentence(me()) + ' gets. The points still'
      + ' differ: choose the decision that loses least.'
    : 'As the text stands now, every choice gives one of the lowest results ' + inSentence(me()) + ' gets: changing'
      + ' the text is what the negotiation is for. Each wording you win for your side raises these numbers.' });
}

/**
 * Why "28.0 points (0 out of 100)" is no contradiction: the second number places the points among
 * the role's usual results. Said once, where a choice shows it and the note on low results does not.
 */
function scaleNote(v) {
  const scores = W.DECISIONS.map((d) => v.projection && v.projection[d]).filter((x) => x);
  if (lowEverywhere(v) || !scores.some((x) => x.total > 0 && Math.round(x.percent) < 10)) {
    return null;
  }
  return h('p', { class: 'small scale-note', text: 'Out of 100 compares the points with the results '
    + inSentence(me()) + ' usually gets (50 is typical), so points above zero can still be 0 out of 100.' });
}

/**
 * "12.3 points (61 out of 100)": a projected result in both numbers, as the results give it, so
 * that the student can weigh the choice on the scale the result will be shown on.
 */
function projected(score) {
  return W.points(score.total) + ' points (' + Math.round(score.percent) + ' out of 100)';
}

/** "your side of deal D4 with Austria (you would support …)", or by its number if the page has not seen it. */
function ownSide(id) {
  const d = (app.view.deals || []).find((x) => x.id === id) || app.offers.get(id);
  if (!d) {
    return 'your side of deal ' + id;
  }
  const mineIsGive = d.from === me();
  return 'your side of deal ' + id + ' with ' + inSentence(mineIsGive ? d.to : d.from) + ' ('
    + promise(mineIsGive ? d.give : d.want, 'you would') + ')';
}

/** The other side of a deal with this student, as checked at the end: "Austria's side of deal D2 (they would sign)". */
function theirSide(c) {
  const d = (app.view.deals || []).find((x) => x.id === c.id) || app.offers.get(c.id);
  const side = W.possessive(nameOf(c.seat)) + ' side of deal ' + c.id;
  return (d ? side + ' (' + promise(d.from === c.seat ? d.give : d.want, 'they would') + ')' : side);
}

/** Whether checked deal promise c was made to this student (the other side of one of their deals). */
function madeToMe(c) {
  if (c.kind !== 'deal' || c.seat === me()) {
    return false;
  }
  const d = (app.view.deals || []).find((x) => x.id === c.id) || app.offers.get(c.id);
  return !!d && (d.from === me() || d.to === me());
}

/** Whether checked promise c is a pledge to push only if enough states push. */
function coalitionPledge(c) {
  const p = c.kind === 'deal' ? null : (app.view.pledges || []).find((x) => x.id === c.id);
  return !!(p && p.ifCoalition);
}

/** A checked promise of the student's, in words: the pledge by what it said, a deal by its partner and terms. */
function promiseName(c) {
  const p = c.kind === 'deal' ? null : (app.view.pledges || []).find((x) => x.id === c.id);
  return W.capitalized(c.kind === 'deal' ? ownSide(c.id) : p ? ownPledge(p) : 'a pledge of yours');
}

function drawResults() {
  const o = app.view.outcome;
  $('#results-box').hidden = !o;
  if (!o) {
    return;
  }
  if (!app.resultsSeen) {
    // They arrive where the student was reading, often half way down the declaration.
    app.resultsSeen = true;
    requestAnimationFrame(() => $('#results-box').scrollIntoView({ block: 'start' }));
  }
  const delegations = app.welcome.scenario.delegations;
  const score = o.scores[me()];
  const mine = (o.commitments || []).filter((c) => c.seat === me());
  // What others promised this student: a broken deal is news to the one it was made to.
  const toMe = (o.commitments || []).filter(madeToMe);
  const statusWords = { KEPT: 'kept.', BROKEN: 'broken.', VOID: 'never came due.' };
  fill($('#results'),
    // What a student looks for first: their own result, in both numbers.
    score ? h('p', { id: 'my-result', class: 'headline', text: 'Your result: ' + W.points(score.total) + ' points, '
      + Math.round(score.percent) + ' out of 100: ' + W.resultBand(Math.round(score.percent), inSentence(me()))
      + ' (50 is typical).' }) : null,
    // A low number is read as a fail; much of it is what the room did, the choice at the end is the student's.
    score && Math.round(score.percent) < 35 ? h('p', { id: 'my-result-why', text: 'Much of a result is the room\u2019s'
      + ' doing: the final text and the others\u2019 decisions. Your decision at the end was yours alone: see it in'
      + ' hindsight below.' }) : null,
    bindingBar(o, 'binding-meter'),
    o.adopted === undefined ? null : h('p', { text: o.adopted ? 'The declaration is adopted.' : 'The declaration is not adopted.' }),
    h('h3', { text: 'The final text' }),
    // In the declaration's order: the outcome's text arrives keyed, in no order a reader would know.
    h('ul', { id: 'final-text' }, app.welcome.scenario.clauses.filter((c) => c.id in o.text).map((c) => h('li', {},
      h('strong', { text: c.title + ': ' }), W.finalWording(optionOf(c.id, o.text[c.id]).label)))),
    score ? [h('h3', { id: 'parts-title', text: 'Your score, part by part' }),
      h('p', { class: 'small', text: 'Where your points came from (green, to the right) and where you lost them (red, to the left).' }),
      scoreParts(score, { failedPush: !o.bindingReached && (o.decisions[me()] || {}).decision === 'PUSH_BINDING',
        prefs: app.view.preferences && app.view.preferences[me()] })] : [],
    hindsight(o),
    h('h3', { text: 'Decisions and scores' }),
    h('p', { class: 'small', text: 'Each bar: how that delegation did compared with what it usually reaches, out of 100'
      + ' (50 is typical for that country, whatever its points).' }),
    scoreChart(delegations, o, me()),
    h('h3', { text: 'This class and what really happened' }),
    classAndReality(delegations, o, { scores: true, mine: me() }),
    o.history && o.history.summary ? h('p', { text: o.history.summary }) : null,
    mine.length ? [h('h3', { text: 'Your promises' }), h('ul', {}, mine.map((c) => h('li', {
      text: promiseName(c) + ': ' + (statusWords[c.status] || c.status)
        + (c.status === 'BROKEN' && coalitionPledge(c) ? ' With your push the coalition would have been reached.' : ''),
    })))] : [],
    toMe.length ? [h('h3', { text: 'Promises made to you' }), h('ul', { id: 'promises-to-me' }, toMe.map((c) => h('li', {
      text: W.capitalized(theirSide(c)) + ': ' + (statusWords[c.status] || c.status) })))] : []);
}

/**
 * What each final decision would have scored the student, the final text and every other decision as they
 * were: a low result can be the room's doing, the choice at the end was the student's own.
 */
function hindsight(o) {
  const scores = app.view.hindsight;
  const taken = o.decisions[me()];
  if (!scores || !taken) {
    return [];
  }
  // As the reports pick it: another decision is better only if it scores strictly more.
  const best = W.DECISIONS.reduce((b, d) => (scores[d].total > scores[b].total ? d : b), taken.decision);
  const gap = scores[best].total - scores[taken.decision].total;
  const verdict = gap < 0.05 ? 'the best of the three' : gap.toFixed(1) + ' points below ' + W.decisionGerund(best);
  return [h('h3', { id: 'hindsight-title', text: 'Your decision, in hindsight' }),
    h('p', { class: 'small', text: 'What each decision would have scored you, with the final text and every other'
      + ' delegation\u2019s decision as they were.' }),
    h('table', { id: 'hindsight', 'aria-labelledby': 'hindsight-title' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Decision' }), h('th', { scope: 'col', text: 'Out of 100' }),
        h('th', { scope: 'col', text: 'Points' }))),
      h('tbody', {}, W.DECISIONS.map((d) => h('tr', { class: d === taken.decision ? 'current' : null },
        h('td', { text: W.decisionWord(d) + (d === taken.decision ? ' (yours)' : '') }),
        h('td', { text: String(Math.round(scores[d].percent)) }),
        h('td', { text: scores[d].total.toFixed(1) }))))),
    h('p', { id: 'hindsight-verdict' },
      taken.defaulted ? 'You did not decide in time, so the default counted: ' + W.decisionVerb(taken.decision) + '. ' : '',
      'Your choice was ', h('strong', { class: gap < 0.05 ? 'good' : null, text: verdict }),
      '. Your result depends on the whole room; this choice was yours alone.')];
}

/** Whether the teacher has muted this delegation: no messages, and no words with what it does. */
function muted() {
  return ((app.view && app.view.muted) || []).includes(me());
}

// ---- events: the transcripts -------------------------------------------------------------------

function received(msg) {
  if (!app.welcome) {
    return; // heard while looking in as a spectator to list the seats
  }
  const e = msg.event;
  // New to the student: arrived live, and not something this delegation did itself.
  const mine = [e.seat, e.from, e.founder].includes(me())
    || ((e.type === 'deal_accepted' || e.type === 'deal_declined') && e.to === me());
  const live = msg.seq > app.historyThrough && !mine;
  const floor = (who, text, cls) => line('floor', msg, who, text, cls, live);
  // The line just added holds a delegation's own words, which the teacher may take off the screens.
  const words = () => { $('#floor').lastElementChild.dataset.words = 'yes'; };
  switch (e.type) {
    case 'floor': floor(nameOf(e.seat), e.text); words(); break;
    case 'announcement': floor('The chair', e.text, 'chair'); break;
    case 'news': floor('News: ' + e.title, e.text, 'news'); break;
    case 'phase_started': floor(null, W.stageStarts(e.stage, app.view && app.view.rounds), 'phase'); break;
    case 'paused': floor(null, 'The teacher paused the summit.', 'phase'); break;
    case 'resumed': floor(null, 'The summit goes on.', 'phase'); break;
    case 'amendment_proposed':
      app.proposed.set(e.amendment, { clause: e.clause, option: e.option });
      floor(null, subjectOf(e.seat) + ' proposes amendment ' + e.amendment + ': ' + clauseTitle(e.clause) + ' to read \u201c'
        + optionOf(e.clause, e.option).label + '\u201d.', 'motion');
      break;
    case 'vote_cast': {
      if (!app.ballots.has(e.amendment)) {
        app.ballots.set(e.amendment, new Map());
      }
      app.ballots.get(e.amendment).set(e.seat, e.ballot);
      // A vote is final: a promise to this student that it breaks is broken now, and the student may want to answer.
      const broken = live ? brokenToMe(e) : null;
      if (broken) {
        line('private', msg, null, broken, 'bad', live, e.seat);
      }
      const mine = e.seat === me() ? brokenByMe(e, live) : null;
      if (mine && !app.brokenMine.has(mine.deal)) {
        app.brokenMine.set(mine.deal, mine.text);
      }
      break;
    }
    case 'amendment_resolved': {
      // Whom to lobby: the seats that voted against, by name (the sponsors never do).
      const against = [...(app.ballots.get(e.amendment) || new Map())].filter(([, b]) => b === 'OPPOSE')
        .map(([seat]) => inSentence(seat));
      floor(null, 'Amendment ' + e.amendment + (e.adopted ? ' is adopted' : ' fails') + ' (' + e.supports + ' for, '
        + e.objections + ' against, ' + e.abstentions + ' abstaining).'
        + (against.length === e.objections && against.length ? ' Against: ' + W.andList(against) + '.' : ''), 'motion');
      break;
    }
    case 'amendment_withdrawn': floor(null, 'Amendment ' + e.amendment + ' is withdrawn.', 'motion'); break;
    case 'pledge_made':
      floor(null, [h('span', { text: 'Pledge: ' }), pledgeLine(e)], 'motion');
      if (e.text) {
        words();
      }
      break;
    case 'delegation_decided': floor(null, subjectOf(e.seat) + ' has decided.', 'motion'); break;
    case 'decisions_revealed': floor(null, 'The decisions are revealed: see the results.', 'phase'); break;
    case 'statement_hidden': withdrawLine($('#floor'), e.seq, W.WITHDRAWN); break;
    case 'muted':
      floor(null, e.seat === me() ? 'The teacher has muted your delegation: you cannot send messages until you are'
        + ' unmuted. You can still propose, vote, make deals and decide.' : subjectOf(e.seat) + ' is muted.', 'phase');
      break;
    case 'unmuted':
      floor(null, e.seat === me() ? 'The teacher has unmuted your delegation: you can send messages again.'
        : subjectOf(e.seat) + ' is unmuted.', 'phase');
      break;
    case 'dm':
      line('private', msg, nameOf(e.from) + ' to ' + nameOf(e.to), e.text, e.from === me() ? 'own' : null, live,
        e.from === me() ? e.to : e.from);
      break;
    case 'caucus_message':
      line('private', msg, nameOf(e.from) + ' in “' + caucusName(e.caucus) + '”', e.text, e.from === me() ? 'own' : null,
        live, 'caucus:' + e.caucus);
      break;
    case 'caucus_created':
      line('private', msg, null, subjectOf(e.founder) + ' created the caucus “' + e.name + '” with '
        + e.members.filter((m) => m !== e.founder).map(inSentence).join(', ') + '.', 'motion', live, 'caucus:' + e.caucus);
      break;
    case 'caucus_joined':
      line('private', msg, null, subjectOf(e.seat) + ' joined “' + caucusName(e.caucus) + '”.', 'motion', live,
        'caucus:' + e.caucus);
      break;
    case 'caucus_left':
      line('private', msg, null, subjectOf(e.seat) + ' left “' + caucusName(e.caucus) + '”.', 'motion', live,
        'caucus:' + e.caucus);
      break;
    case 'deal_accepted':
    case 'deal_declined':
      if (e.type === 'deal_accepted') {
        app.acceptedHeard.add(e.deal);
      }
      line('private', msg, null, subjectOf(e.to) + (e.type === 'deal_accepted' ? ' accepted' : ' declined')
        + answered(e.deal) + '.', 'motion', live, e.from === me() ? e.to : e.from);
      break;
    case 'deal_offered': {
      const d = { id: e.deal, from: e.from, to: e.to, give: e.give, want: e.want };
      app.offers.set(e.deal, d);
      const repeated = again((app.view && app.view.deals) || [], d);
      line('private', msg, null, subjectOf(e.from) + ' offers ' + inSentence(e.to) + ' deal ' + e.deal
        + (repeated || ': ' + terms(d)) + '.', 'motion', live,
        e.from === me() ? e.to : e.from);
      break;
    }
    default: break;
  }
  scheduleView();
}

/** One line in a log; text is player text (a string, shown as typed) or nodes the page made. */
function line(log, msg, who, text, cls, live, conversation) {
  const list = document.getElementById(log);
  const time = new Date(msg.time);
  const hidden = log === 'private' && app.showing !== 'all' && app.showing !== conversation;
  list.append(h('li', { class: cls, 'data-conversation': conversation, 'data-seq': msg.seq, hidden },
    h('time', { datetime: time.toISOString(), text: time.toTimeString().slice(0, 5) }), ' ',
    who ? h('strong', {}, h('bdi', { text: who })) : null, who && text ? ': ' : '',
    typeof text === 'string' ? (text ? said(text) : null) : text));
  const box = list.parentElement;
  if (following(log)) {
    pin(log);
  } else if (!hidden && box.scrollHeight > box.clientHeight) {
    document.getElementById(log + '-newer').hidden = false;
  }
  if (log === 'private') {
    if (live && conversation && !(inView(box) && shown(conversation))) {
      app.conversations.set(conversation, (app.conversations.get(conversation) || 0) + 1);
      showConversations();
    }
  } else if (live && !inView(box)) {
    app.unread[log] += 1;
    showUnread(log);
  }
}

/**
 * Keeps a log on its newest line while its reader is there. Whether they are is taken from their
 * own scrolling, not measured when a line arrives: a redraw that reflows the lines (a wider or
 * narrower column, a conversation filtered) must not make the log stop following.
 */
function pin(log) {
  const box = document.getElementById(log).parentElement;
  box.scrollTop = box.scrollHeight;
  app.pinnedTop[log] = box.scrollTop;
  app.follow[log] = true;
  document.getElementById(log + '-newer').hidden = true;
}

/**
 * Whether the reader is at the newest line: at the end now, or left where the page last pinned
 * the log (only a reflow moved the end). A reader who scrolled away is not, even before the
 * browser has told the page of their scrolling.
 */
function following(log) {
  const box = document.getElementById(log).parentElement;
  return box.scrollTop + box.clientHeight >= box.scrollHeight - 8
    || (app.follow[log] && Math.abs(box.scrollTop - app.pinnedTop[log]) < 2);
}

for (const log of ['floor', 'private']) {
  const list = document.getElementById(log);
  const box = list.parentElement;
  box.addEventListener('scroll', () => {
    app.follow[log] = box.scrollTop + box.clientHeight >= box.scrollHeight - 8;
    if (app.follow[log]) {
      document.getElementById(log + '-newer').hidden = true;
    }
  }, { passive: true });
  // Lines that change height after they were added (the log resized, a line wrapping anew).
  const follower = new ResizeObserver(() => {
    if (following(log)) {
      pin(log);
    }
  });
  follower.observe(list);
  follower.observe(box);
  document.getElementById(log + '-newer').addEventListener('click', () => pin(log));
}

/** Whether part of a log is on the screen now (measured, so it holds the moment a message arrives). */
function inView(el) {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
}

function shown(conversation) {
  return app.showing === 'all' || app.showing === conversation;
}

/** The conversation filter, each choice with its count of new messages, and the total beside the title. */
function showConversations() {
  if (!app.welcome) {
    return;
  }
  const count = (key) => app.conversations.get(key) || 0;
  const label = (text, key) => text + (count(key) ? ' (' + count(key) + ' new)' : '');
  const total = [...app.conversations.values()].reduce((a, b) => a + b, 0);
  keepChoice($('#private-filter'), [h('option', { value: 'all', text: 'Every conversation' }),
    ...app.welcome.scenario.delegations.filter((d) => d.id !== me())
      .map((d) => h('option', { value: d.id, text: label('With ' + d.name, d.id) })),
    ...(app.view.caucuses || []).map((c) => h('option', { value: 'caucus:' + c.id,
      text: label('Caucus “' + c.name + '”', 'caucus:' + c.id) }))]);
  $('#private-unread').textContent = total ? '(' + total + ' new)' : '';
}

function markSeen() {
  for (const key of [...app.conversations.keys()]) {
    if (shown(key)) {
      app.conversations.delete(key);
    }
  }
  showConversations();
}

$('#private-filter').addEventListener('change', (e) => {
  app.showing = e.target.value;
  document.querySelectorAll('#private li').forEach((li) => { li.hidden = !shown(li.dataset.conversation); });
  pin('private');
  if (app.showing !== 'all' && [...$('#dm-to').options].some((o) => o.value === app.showing)) {
    $('#dm-to').value = app.showing;
  }
  if (inView(document.getElementById('private').parentElement)) {
    markSeen();
  }
});

function showUnread(log) {
  const n = app.unread[log];
  document.getElementById(log + '-unread').textContent = n ? '(' + n + ' new)' : '';
}

/** Clears the counts of the logs now on the screen; runs when the page scrolls or is resized. */
function seenNow() {
  app.visible.floor = inView(document.getElementById('floor').parentElement);
  app.visible.private = inView(document.getElementById('private').parentElement);
  if (app.visible.private) {
    markSeen();
  }
  if (app.visible.floor && app.unread.floor) {
    app.unread.floor = 0;
    showUnread('floor');
  }
}

for (const log of ['floor', 'private']) {
  new IntersectionObserver(seenNow).observe(document.getElementById(log).parentElement);
}
window.addEventListener('scroll', seenNow, { passive: true });
window.addEventListener('resize', seenNow);

/** After events, ask for the view once they stop coming for a moment. */
function scheduleView() {
  clearTimeout(app.viewTimer);
  app.viewTimer = setTimeout(async () => {
    try {
      const r = await app.socket.request({ type: 'get_view' });
      app.view = r.view;
      draw();
    } catch (e) {
      // Offline: the welcome after the reconnection brings a fresh view.
    }
  }, 150);
}

// ---- connection --------------------------------------------------------------------------------

function linkState(state) {
  const words = { online: '', connecting: 'Connecting\u2026', reconnecting: 'Connection lost: reconnecting\u2026',
    offline: app.welcome ? 'Offline. Reload the page to come back to your seat.'
      : app.socket && !app.socket.closedByUs ? 'Not connected' : '' };
  $('#link').textContent = words[state] || '';
}

// ---- actions -----------------------------------------------------------------------------------

async function act(command, where) {
  const error = where && where.querySelector('.form-error');
  if (error) {
    error.textContent = '';
  }
  try {
    await app.socket.request({ type: 'command', stage: W.stageText(app.view.stage), command });
    return true;
  } catch (e) {
    if (error) {
      error.textContent = e.message;
    } else {
      notice(e.message);
    }
    return false;
  }
}

function onSubmit(id, build, done) {
  // What was wrong is said until the student changes the form, not long after it was put right.
  const clear = (e) => { e.currentTarget.querySelector('.form-error').textContent = ''; };
  $(id).addEventListener('input', clear);
  $(id).addEventListener('change', clear);
  $(id).addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = e.target;
    const command = build(form);
    if (typeof command === 'string') {
      form.querySelector('.form-error').textContent = command;
      return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    // What the student typed stays in the form until the server has taken it.
    if (await act(command, form)) {
      form.querySelectorAll('textarea').forEach((t) => { t.value = ''; });
      if (done) {
        done(form);
      }
    }
    button.disabled = false;
  });
}

onSubmit('#say-form', (f) => {
  const text = f.text.value.trim();
  return text ? { type: 'say', text } : 'Write something to say first.';
});

onSubmit('#dm-form', (f) => {
  const text = f.text.value.trim();
  if (!f.to.value) {
    return 'Choose whom to write to first.';
  }
  if (!text) {
    return 'Write your message first.';
  }
  return f.to.value.startsWith('caucus:') ? { type: 'caucus_say', caucus: f.to.value.slice(7), text }
    : { type: 'dm', to: f.to.value, text };
});

onSubmit('#caucus-form', (f) => {
  const name = f.caucusName.value.trim();
  const members = [...f.querySelectorAll('input[name=member]:checked')].map((c) => c.value);
  if (!name) {
    return 'Give the caucus a name.';
  }
  if (!members.length) {
    return 'Choose at least one delegation to invite.';
  }
  return { type: 'caucus_create', name, members };
}, (f) => {
  f.caucusName.value = '';
  f.querySelectorAll('input[name=member]').forEach((c) => { c.checked = false; });
});

onSubmit('#offer-form', (f) => {
  const give = promiseOf('give');
  const want = promiseOf('want');
  if (typeof give === 'string' || typeof want === 'string') {
    return typeof give === 'string' ? give : want;
  }
  const command = { type: 'offer', to: f.to.value, give, want };
  const text = f.text.value.trim();
  if (text) {
    command.text = text;
  }
  return command;
});

onSubmit('#propose-form', (f) => {
  const rationale = f.rationale.value.trim();
  if (!f.option.value) {
    return 'Choose the new wording first.';
  }
  if (muted()) {
    return { type: 'propose', clause: f.clause.value, option: f.option.value }; // no words while muted
  }
  return rationale ? { type: 'propose', clause: f.clause.value, option: f.option.value, rationale }
    : 'Say in a sentence why the others should support it.';
});

onSubmit('#pledge-form', (f) => {
  const conditions = f.clause.value ? [{ clause: f.clause.value, options: [f.option.value] }] : [];
  const command = { type: 'pledge', decision: f.decision.value, conditions };
  if (f.decision.value === 'PUSH_BINDING' && f.ifCoalition.checked) {
    command.ifCoalition = true;
  }
  const text = f.text.value.trim();
  if (text) {
    command.text = text;
  }
  $('#pledge-done').textContent = '';
  return command;
}, (f) => {
  // Said, and the form set back to its start, so that it does not invite the same pledge twice.
  $('#pledge-done').textContent = 'Pledged: it is in the list of pledges above, for everyone to read.';
  // Said until the student starts on another pledge (a reset's change events are not input).
  f.addEventListener('input', () => { $('#pledge-done').textContent = ''; }, { once: true });
  f.reset();
  [f.decision, f.clause].forEach((select) => select.dispatchEvent(new Event('change', { bubbles: true })));
});

onSubmit('#decide-form', (f) => {
  const chosen = f.querySelector('input[name=decision]:checked');
  if (!chosen) {
    return 'Choose one of the three first.';
  }
  // The last decision ends the summit at once: a play-test's student pressed Decide with five
  // minutes left and found the results, with no word before.
  const { done, of } = othersDone(app.view);
  if (of && done === of && f.dataset.confirm !== chosen.value) {
    f.dataset.confirm = chosen.value;
    f.querySelector('button[type=submit]').textContent = 'Decide, and end the summit';
    return 'Every other delegation has decided: yours ends the summit at once, and the results come. Press'
      + ' again to ' + W.decisionVerb(chosen.value) + '.';
  }
  const command = { type: 'decide', decision: chosen.value };
  const statement = f.statement.value.trim();
  if (statement) {
    command.statement = statement;
  }
  return command;
});

/**
 * "I am done": when every other delegation is done already, the press ends the phase for the
 * whole room at once (a table of bots is done in seconds), so the first press only says so.
 */
$('#ready').addEventListener('click', () => {
  const button = $('#ready');
  const v = app.view;
  const others = (v.delegations || []).filter((d) => d.id !== me());
  const last = others.length > 0 && others.every((d) => d.ready);
  if (last && !button.dataset.confirm) {
    button.dataset.confirm = W.stageText(v.stage);
    button.textContent = 'Press again to end this phase for everyone now';
    $('#ready-note').textContent = 'Every other delegation is done: your press ends this phase ('
      + W.stageWords(v.stage, v.rounds) + ') at once' + ((v.amendments || []).some((a) => a.status === 'open')
      ? ', and the amendments still open are settled with the votes cast so far (no vote counts as abstaining).' : '.');
    // The note sits under the bar, not in it: a student pressing from further down is shown it.
    $('#ready-note').scrollIntoView({ block: 'nearest' });
    return;
  }
  delete button.dataset.confirm;
  button.textContent = 'I am done with this phase';
  act({ type: 'ready' }, null);
});

// ---- start -------------------------------------------------------------------------------------

const joinPath = /^\/join\/([A-Za-z0-9-]{1,32})\/?$/.exec(location.pathname);
if (joinPath) {
  app.code = joinPath[1];
  enter();
} else {
  askForCode();
}
