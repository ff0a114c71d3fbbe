// The teacher's page: create rooms (one or several parallel worlds), keep their facilitator
// tokens in this browser's storage (never in an address), hand out the addresses, run the
// clock, seat bots, watch who is doing what, and open each room's report once it has ended.
// Same protocol as the console's chair.

import { SummitSocket, socketUrl } from './socket.js';
import { h, fill, $ } from './dom.js';
import * as W from './words.js';
import { phaseClock } from './clock.js';

const STORE = 'summit.chair.rooms';
/** The room this tab has open, so that a reload opens it again. */
const OPEN = 'summit.chair.open';
const MONITOR_MS = 5000;
/** Floor statements the page keeps: enough to find the one to hide. */
const FLOOR_LINES = 200;
/** How long "Really move on…?" waits for its second press before it asks again. */
const ARMED_MS = 20000;

const app = { socket: null, scenarios: [], welcome: null, view: null, monitorTimer: null, opening: Promise.resolve(),
  people: new Set(),
  viewTimer: null, creating: false, endArmed: false, advanceArmed: null, advanceArmedAt: 0 };
const setClock = phaseClock($('#clock'), { running: ' left', paused: ' (paused)' });

/**
 * "Period 3 · world 2" → "period-3-world-2": a file name a terminal takes without quotes; the
 * server names the grade sheet it hands out the same way (ReportDesk.sheetName).
 */
function fileName(label, room) {
  const slug = (label || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'grades-' + room;
}

function rooms() {
  try {
    return JSON.parse(localStorage.getItem(STORE) || '[]');
  } catch (e) {
    return [];
  }
}

function keep(room) {
  const all = rooms().filter((r) => r.room !== room.room);
  all.push(room);
  localStorage.setItem(STORE, JSON.stringify(all));
}

function notice(text) {
  $('#notice').textContent = text || '';
  $('#notice').hidden = !text;
}

async function start() {
  const socket = new SummitSocket(socketUrl());
  app.socket = socket;
  socket.addEventListener('welcome', (e) => {
    if (!app.creating) {
      opened(e.detail);
    }
  });
  socket.addEventListener('event', (e) => {
    floorEvent(e.detail);
    privateEvent(e.detail);
    scheduleView();
  });
  socket.addEventListener('clock', (e) => setClock(e.detail));
  // Someone arrived, left or moved: the monitor shows it now rather than at its next refresh.
  socket.addEventListener('presence', (e) => {
    seatedPeople(e.detail);
    if (app.view && app.view.stage.phase === 'LOBBY') {
      draw(); // the start button asks only while no student is seated
    }
    clearTimeout(app.presenceTimer);
    app.presenceTimer = setTimeout(() => monitor(), 100);
  });
  socket.addEventListener('state', (e) => {
    $('#link').textContent = e.detail.state === 'reconnecting' ? 'Connection lost: reconnecting\u2026' : '';
  });
  try {
    await socket.open();
    const listed = await socket.request({ type: 'list_scenarios' });
    app.scenarios = listed.scenarios;
    app.invalidScenarios = listed.invalid || [];
  } catch (e) {
    notice('The summit server cannot be reached; this page tries again in a few seconds.');
    setTimeout(start, 3000);
    return;
  }
  notice('');
  // Two files of one title (a teacher's variants) are told apart by their ids.
  const titled = (s) => app.scenarios.filter((x) => x.title === s.title).length > 1 ? s.title + ' (' + s.id + ')' : s.title;
  fill($('#scenario'), app.scenarios.map((s) => h('option', { value: s.id, text: titled(s) })));
  scenarioProblems();
  timings();
  listRooms();
  const reopen = sessionStorage.getItem(OPEN);
  if (reopen && !app.welcome && !(await openRoom(reopen))) {
    sessionStorage.removeItem(OPEN);
    notice('');
  }
}

/**
 * The scenario files of the server's folder that cannot be played, each with its first problem: a
 * play-test's author found a broken file simply missing from the list, with no word why.
 */
function scenarioProblems() {
  const bad = app.invalidScenarios || [];
  const chosen = app.scenarios.find((x) => x.id === $('#scenario').value);
  // The chosen one's own warnings: a par table left from before the author's changes rates every role wrongly.
  const warnings = (chosen && chosen.warnings) || [];
  const box = $('#scenario-problems');
  box.hidden = !bad.length && !warnings.length;
  fill(box, warnings.map((w) => h('p', { class: 'scenario-warning', text: 'This scenario: ' + w + '.' })),
    bad.length ? [h('p', { text: (bad.length === 1 ? 'A scenario file cannot be played until it is fixed'
      : bad.length + ' scenario files cannot be played until they are fixed') + ' (summit scenario validate FILE says'
      + ' more):' }), h('ul', {}, bad.map((b) => h('li', {}, h('bdi', { text: b.file }), ': ' + b.problems[0]
      + (b.problems.length > 1 ? ' (and ' + (b.problems.length - 1) + ' more)' : ''))))] : []);
}

function timings() {
  const s = app.scenarios.find((x) => x.id === $('#scenario').value);
  const presets = s ? s.timingPresets : [];
  // A preset that plays the scenario's own timing stands for it, chosen at first: two choices
  // that play the same game would only make the teacher wonder what tells them apart.
  const same = (a, b) => !!a && !!b && ['briefing', 'opening', 'round', 'rounds', 'decision'].every((k) => a[k] === b[k]);
  const own = presets.find((t) => same(t.timing, s.timing));
  CUSTOM_FIELDS.forEach(([, id]) => { $('#' + id).value = ''; }); // filled from this scenario when chosen
  fill($('#timing'), [own ? null : h('option', { value: '', text: ownTiming(s && s.timing) }),
    ...presets.map((t) => h('option', { value: t.id, text: t.label, selected: t === own })),
    // A play-test's teacher had a shorter lesson than the shortest preset and needed the command line.
    s ? h('option', { value: CUSTOM, text: 'Your own: set the minutes of each phase' }) : null]);
  timingNote();
}

const CUSTOM = 'custom';

/** The phases of a custom timing, and the most minutes (or rounds) each may have. */
const CUSTOM_FIELDS = [['briefing', 't-briefing', 60], ['opening', 't-opening', 60], ['rounds', 't-rounds', 6],
  ['round', 't-round', 60], ['decision', 't-decision', 60]];

/** The custom timing in seconds (rounds as a count), or a sentence saying which number is wrong. */
function customTiming() {
  const t = {};
  for (const [key, id, most] of CUSTOM_FIELDS) {
    const n = Number($('#' + id).value);
    if (!Number.isInteger(n) || n < 1 || n > most) {
      return 'Your own timing: ' + $('label[for="' + id + '"]').textContent.toLowerCase() + ' takes a whole number from 1 to '
        + most + (key === 'rounds' ? '.' : ' minutes.');
    }
    t[key] = key === 'rounds' ? n : n * 60;
  }
  return t;
}

/** Opens the custom fields when chosen, filled in with the scenario's own timing the first time. */
function customFields() {
  const on = $('#timing').value === CUSTOM;
  $('#custom-timing').hidden = !on;
  const s = app.scenarios.find((x) => x.id === $('#scenario').value);
  if (on && s && !$('#t-rounds').value) {
    for (const [key, id] of CUSTOM_FIELDS) {
      $('#' + id).value = key === 'rounds' ? s.timing.rounds : Math.max(1, Math.round(s.timing[key] / 60));
    }
  }
}

/**
 * How the chosen timing splits into phases, under the list: a play-test's teacher picked a quick
 * try and found a two-minute briefing for a brief full of numbers only once the class had begun.
 */
function timingNote() {
  customFields();
  const s = app.scenarios.find((x) => x.id === $('#scenario').value);
  if ($('#timing').value === CUSTOM) {
    const t = customTiming();
    $('#timing-note').textContent = typeof t === 'string' ? t : 'About ' + playMinutes(t)
      + ' minutes of play. The briefing is when students read their brief.';
    return;
  }
  const chosen = s && (s.timingPresets.find((t) => t.id === $('#timing').value) || { timing: s.timing });
  const t = chosen && chosen.timing;
  $('#timing-note').textContent = !t ? '' : 'Briefing ' + minutes(t.briefing) + ', opening ' + minutes(t.opening)
    + ', ' + t.rounds + (t.rounds === 1 ? ' round' : ' rounds') + ' of ' + minutes(t.round) + ', final decisions '
    + minutes(t.decision) + '. The briefing is when students read their brief.';
}

/** "2 min", "1\u00bd min", "45 s". */
function minutes(seconds) {
  if (seconds < 60) {
    return seconds + ' s';
  }
  const whole = Math.floor(seconds / 60);
  const half = seconds % 60 >= 30;
  return whole + (half ? '\u00bd' : '') + ' min';
}

/** A timing's minutes of play, every phase added up. */
function playMinutes(t) {
  return Math.round((t.briefing + t.opening + t.rounds * t.round + t.decision) / 60);
}

/** "the scenario's own: about 58 minutes of play, 3 rounds of 12 minutes": what no preset plays. */
function ownTiming(t) {
  if (!t) {
    return 'the scenario\'s own';
  }
  return 'the scenario\'s own: about ' + playMinutes(t) + ' minutes of play, ' + t.rounds + (t.rounds === 1 ? ' round' : ' rounds')
    + ' of ' + Math.round(t.round / 60) + ' minutes';
}

$('#scenario').addEventListener('change', () => {
  timings();
  scenarioProblems();
});
$('#timing').addEventListener('change', timingNote);
$('#custom-timing').addEventListener('input', timingNote);

async function listRooms() {
  const all = rooms();
  // Where each room stands, from the server's public list: waiting, playing, or over.
  let states = new Map();
  try {
    states = new Map((await app.socket.request({ type: 'list_rooms' })).rooms.map((x) => [x.room, x]));
  } catch (e) {
    // The list shows without it; the rooms still open.
  }
  // A report is offered once the room is over (or where the server did not say: it then says why not).
  fill($('#rooms'), all.length ? all.map((r) => h('li', {},
    h('button', { type: 'button', text: 'Open', 'aria-label': 'Open ' + r.label, onclick: () => openRoom(r.token) }), ' ',
    ...(!states.has(r.room) || states.get(r.room).over
      ? [h('button', { type: 'button', text: 'Report', 'aria-label': 'Report of ' + r.label, onclick: () => openReport(r) }), ' ']
      : []),
    h('strong', {}, h('bdi', { text: r.label })), ' \u00b7 code ' + r.code + ' \u00b7 ' + r.title
      + roomState(states.get(r.room))))
    : [h('li', { text: 'No rooms yet in this browser: create some, or open one with its token.' })]);
}

/** " · over", " · Negotiation round 1 (paused)", " · waiting to start": a room's state, or nothing if unknown. */
function roomState(x) {
  if (!x) {
    return '';
  }
  if (x.over) {
    return ' \u00b7 over';
  }
  return ' \u00b7 ' + (x.stage === 'LOBBY' ? 'waiting to start' : W.stageWords(x.stage)) + (x.paused ? ' (paused)' : '');
}

$('#create-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = e.target;
  const error = f.querySelector('.form-error');
  error.textContent = '';
  const label = f.label.value.trim();
  const worlds = Number(f.worlds.value);
  if (!label) {
    error.textContent = 'Give the class a name, such as "Period 3".';
    return;
  }
  if (!(worlds >= 1 && worlds <= 10)) {
    error.textContent = 'Create between 1 and 10 parallel rooms.';
    return;
  }
  const custom = f.timing.value === CUSTOM ? customTiming() : null;
  if (typeof custom === 'string') {
    error.textContent = custom;
    return;
  }
  const scenario = app.scenarios.find((s) => s.id === f.scenario.value);
  app.creating = true;
  $('#create-status').textContent = '';
  const made = [];
  try {
    for (let i = 1; i <= worlds; i++) {
      const options = { label: worlds > 1 ? label + ' - World ' + i : label };
      if (custom) {
        options.timing = custom;
      } else if (f.timing.value) {
        options.timing = f.timing.value;
      }
      options.pace = f.pace.value;
      const request = { type: 'create_room', scenario: scenario.id, options };
      if (f.key.value.trim()) {
        request.key = f.key.value.trim();
      }
      const created = await app.socket.request(request);
      keep({ room: created.room, code: created.code, token: created.facilitatorToken, label: options.label,
        title: scenario.title });
      app.lastCreated = created.facilitatorToken;
      made.push(options.label + ' (code ' + created.code + ')');
      // The creator is now in the room; step out so the next one can be created.
      await app.socket.request({ type: 'leave' });
      app.socket.token = null;
    }
    // Said, and the name cleared, so that a second press does not make the same class again.
    f.label.value = '';
    $('#create-status').textContent = 'Created ' + made.join(', ') + '. '
      + (made.length === 1 ? 'It is open below.' : 'Open each under "Your rooms" to run it.');
    if (made.length === 1) {
      // One room: the teacher came to run it, so it opens at once (a play-test missed the Open button).
      openRoom(app.lastCreated);
    }
  } catch (err) {
    error.textContent = err.message;
  } finally {
    app.creating = false;
  }
  listRooms();
});

$('#token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const token = e.target.token.value.trim();
  if (token) {
    openRoom(token, e.target);
  }
});

/**
 * Opens the room this token runs; false (and says why) when it opens none. One at a time: a
 * click while the room of the last visit is still opening waits for it, then leaves it.
 */
function openRoom(token, form) {
  const run = app.opening.then(() => openRoomNow(token, form));
  app.opening = run.catch(() => {});
  return run;
}

async function openRoomNow(token, form) {
  try {
    if (app.welcome) {
      await app.socket.request({ type: 'leave' });
      app.welcome = null;
    }
    // From the first event, so that the floor below holds what was said before this page opened.
    fill($('#t-floor'));
    fill($('#t-private'));
    await app.socket.enter({ type: 'resume', token, lastSeq: 0 });
    if (form) {
      form.token.value = '';
    }
    return true;
  } catch (e) {
    const where = form ? form.querySelector('.form-error') : $('#notice');
    where.textContent = e.code === 'forbidden' ? 'That token opens no room on this server.' : e.message;
    where.hidden = false;
    return false;
  }
}

/**
 * Opens a room's report in a new tab. The server makes it from the room's journal once the
 * summit has ended and answers with a link that opens it once, within a minute; the token
 * stays in this page. The tab is opened at the click (one opened after the answer would be
 * stopped as a pop-up), then sent to the link, or closed again with the reason on this page.
 */
async function openReport(room) {
  notice('');
  $('#report-status').textContent = '';
  const tab = window.open('', '_blank');
  if (tab) {
    tab.opener = null;
    tab.document.title = 'Summit: report';
    if (tab.document.body) {
      tab.document.body.textContent = 'Making the report\u2026';
    }
  }
  const button = $('#report-open');
  button.disabled = true;
  try {
    if ((!app.welcome || app.welcome.room !== room.room) && !(await openRoom(room.token))) {
      throw new Error($('#notice').textContent);
    }
    const answer = await app.socket.request({ type: 'get_report' });
    if (!answer.url.startsWith('/report/')) {
      throw new Error('The server sent a report link this page does not trust.');
    }
    const link = new URL(answer.url, location.origin).href;
    if (tab) {
      tab.location.replace(link);
      $('#report-status').textContent = 'The report opened in a new tab. Save it there to keep it: the link opens it'
        + ' only once.';
    } else {
      fill($('#report-status'), 'Your browser kept the new tab from opening: ',
        h('a', { href: link, target: '_blank', rel: 'noopener', text: 'open the report' }),
        ' (within a minute; the link opens it once).');
    }
  } catch (e) {
    if (tab) {
      tab.close();
    }
    notice(e.code === 'report_not_ready' && app.view ? notReady(app.welcome.label, app.view) : e.message);
  } finally {
    button.disabled = false;
  }
}

/**
 * Saves the room's grade sheet (a CSV file: a row per delegation, with the names of the students who
 * played it, their decisions and scores) through a one-time link, as the report; no tab opens.
 */
async function downloadGrades() {
  notice('');
  $('#report-status').textContent = '';
  const button = $('#grades-open');
  button.disabled = true;
  try {
    const answer = await app.socket.request({ type: 'get_report', format: 'csv' });
    if (!answer.url.startsWith('/report/')) {
      throw new Error('The server sent a link this page does not trust.');
    }
    const name = answer.fileName;
    const link = h('a', { href: new URL(answer.url, location.origin).href, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    $('#report-status').textContent = 'The grade sheet is in your downloads as ' + name + ': a row per delegation,'
      + ' with the students who played it, its decision and its score. It opens in any spreadsheet.';
  } catch (e) {
    notice(e.code === 'report_not_ready' && app.view ? notReady(app.welcome.label, app.view) : e.message);
  } finally {
    button.disabled = false;
  }
}

$('#grades-open').addEventListener('click', () => {
  if (app.welcome) {
    downloadGrades();
  }
});

function notReady(label, view) {
  return 'The report of ' + label + ' can be opened once its summit has ended; ' + (view.stage.phase === 'LOBBY'
    ? 'it has not started yet.' : 'it is now at: ' + W.stageWords(view.stage, view.rounds) + '.');
}

$('#report-open').addEventListener('click', () => {
  if (app.welcome) {
    openReport({ room: app.welcome.room, token: app.welcome.token });
  }
});

$('#back').addEventListener('click', async () => {
  sessionStorage.removeItem(OPEN);
  clearInterval(app.monitorTimer);
  if (app.welcome) {
    await app.socket.request({ type: 'leave' }).catch(() => {});
  }
  app.socket.token = null;
  app.welcome = null;
  $('#room-view').hidden = true;
  $('#rooms-view').hidden = false;
  $('#title').textContent = 'Summit: your rooms';
  $('#where').textContent = '';
  $('#phase').textContent = '';
  $('#to-monitor').hidden = true;
  setClock(null);
  listRooms();
});

function opened(w) {
  if (w.role !== 'facilitator') {
    return;
  }
  // A reload of this tab opens the same room again (the tab's own storage, gone with the tab).
  sessionStorage.setItem(OPEN, w.token);
  app.welcome = w;
  app.view = w.view;
  app.joinOpenIn = undefined; // the room's own phase decides whether "How students join" starts open
  seatedPeople(w.presence);
  keep({ room: w.room, code: w.code, token: w.token, label: w.label, title: w.scenario.title });
  $('#rooms-view').hidden = true;
  $('#room-view').hidden = false;
  $('#title').textContent = w.label;
  // The code first: a long title is cut at the bar's end on a laptop, and the code is what is read out.
  $('#where').textContent = 'Join code ' + w.code + ' \u00b7 ' + w.scenario.title;
  $('#where').title = $('#where').textContent;
  $('#monitor-status').textContent = '';
  // Students were told at joining whether the teacher reads their private talk; this says the same.
  const reads = !w.rules || w.rules.facilitatorReadsPrivate !== false;
  $('#private-note').textContent = reads
    ? 'The students were told that you can read their private messages, caucuses and deals. Folded away, so that'
      + ' it is not on a shared screen by accident.'
    : 'This room keeps private talk private: the students were told that you cannot read it.';
  $('#private-title').parentElement.querySelector('details').hidden = !reads;
  const join = location.origin + '/join/' + w.code;
  const projector = location.origin + '/projector/' + w.code;
  fill($('#addresses'),
    // First, above the code and the QR code it makes useless: a teacher projecting them would not
    // scroll down to a warning under them (a play-test's did not).
    loopback(location.hostname) ? h('p', { class: 'notice', text: 'This page was opened at ' + location.host
      + ', which only this computer can reach. Open it at the address "summit serve" printed'
      + ' (such as http://192.168.1.20:7777/facilitator) so that these links and the QR code work for students.' }) : null,
    // Open in the lobby; folded once the summit starts, so the class's monitor comes up the page.
    h('details', { id: 'how-to-join', open: true },
      h('summary', {}, 'How students join: the code ', h('strong', { class: 'address', text: w.code })),
      h('p', { text: 'Students open' }), h('p', { class: 'address', text: location.origin + '/' }),
      h('p', {}, 'and type the code ', h('strong', { class: 'address', text: w.code }), ', or open directly:'),
      h('p', {}, h('a', { href: join, class: 'address', text: join })),
      // Drawn by the server for the host this page was opened at, so it is the link above.
      h('figure', { class: 'qr' },
        h('img', { src: '/qr/join/' + encodeURIComponent(w.code) + '.svg', width: 240, height: 240,
          alt: 'QR code: scan it with a phone or tablet camera to open ' + join }),
        h('figcaption', { class: 'small', text: 'Show this on the screen: students scan it and type nothing.' }))),
    h('p', {}, 'For the screen at the front: ', h('a', { href: projector, target: '_blank', rel: 'noopener', text: 'the projector view' })),
    // The room's key, for the console's chair or this page on another computer; kept folded away.
    h('details', { class: 'small key' }, h('summary', { text: 'The room\'s facilitator key (keep it secret)' }),
      h('p', { text: 'It runs this room: with it, a console or another computer can do everything this page does.' }),
      h('p', { class: 'address', text: w.token }),
      h('p', { text: 'In a terminal: ./summit play ' + location.host + ' --token ' + w.token }),
      h('p', { text: 'On another computer\'s teacher page: paste it under "Open a room with its token".' })),
    // The server names its own data folder in the command, so it works as printed.
    // The file is named after the room, so that the rooms of a class do not overwrite one another.
    h('p', { class: 'small', id: 'grading', text: 'For grading: the grade sheet, under Report once the summit has ended.'
      + ' In a terminal, in the folder where the server runs, the same and more (several rooms in one table: put their'
      + ' ids one after the other before --out; transcripts): ' + (w.reportCommand || './summit report ' + w.room)
      + ' --out ' + fileName(w.label, w.room) + '.csv' }));
  $('#report-status').textContent = '';
  $('#advance-status').textContent = '';
  app.advanceArmed = null;
  setClock(w.clock);
  draw();
  monitor();
  clearInterval(app.monitorTimer);
  app.monitorTimer = setInterval(monitor, MONITOR_MS);
}

/** Whether a host name only reaches this computer (a link with it is useless to students). */
function loopback(host) {
  return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}

function scheduleView() {
  clearTimeout(app.viewTimer);
  app.viewTimer = setTimeout(async () => {
    try {
      app.view = (await app.socket.request({ type: 'get_view' })).view;
      draw();
      monitor();
    } catch (e) {
      // Offline: the welcome after the reconnection brings a fresh view.
    }
  }, 150);
}

/** What moving on closed stays said through the phase that followed, and no longer. */
function expireAdvanceNote(stage) {
  const note = app.advanceNote;
  if (note && stage !== note.from) {
    if (!note.into) {
      note.into = stage;
    } else if (stage !== note.into) {
      app.advanceNote = null;
      $('#advance-status').textContent = '';
    }
  }
}

function draw() {
  const v = app.view;
  const phase = v.stage.phase;
  // Folded once the summit has started, opened again in a lobby; in between the teacher decides.
  const lobby = phase === 'LOBBY';
  if (app.joinOpenIn !== lobby) {
    app.joinOpenIn = lobby;
    $('#how-to-join').open = lobby;
  }
  $('#to-monitor').hidden = false;
  expireAdvanceNote(W.stageText(v.stage));
  $('#phase').textContent = W.stageWords(v.stage, v.rounds) + (v.paused ? ' (paused)' : '');
  const button = (text, command, cls) => h('button', { type: 'button', text, class: cls,
    onclick: (e) => chair(command, e.target) });
  const controls = [];
  if (phase === 'LOBBY') {
    controls.push(startButton());
  } else if (phase !== 'RESULTS') {
    controls.push(v.paused ? button('Resume', { type: 'resume' }) : button('Pause', { type: 'pause' }));
    controls.push(button('1 more minute', { type: 'extend', seconds: 60 }), button('5 more minutes', { type: 'extend', seconds: 300 }),
      button('1 minute less', { type: 'extend', seconds: -60 }), advanceButton(v));
    controls.push(h('button', { type: 'button', class: 'danger', text: app.endArmed ? 'Really end the summit now?' : 'End the summit',
      onclick: (e) => {
        if (!app.endArmed) {
          app.endArmed = true;
          draw();
          return;
        }
        app.endArmed = false;
        chair({ type: 'end' }, e.target);
      } }));
  }
  if (phase !== 'RESULTS') {
    controls.push(h('button', { type: 'button', text: 'Bots on the empty seats', onclick: async () => {
      // Said beside the button: the monitor that shows the bots is a screen further down.
      const before = await monitorData();
      const empty = before ? before.seats.filter((x) => x.status === 'empty').map((x) => x.name) : null;
      if (await roomOp({ type: 'fill_bots' })) {
        // Without the seats as they were (no answer from the server), it says what it did, not what it cannot know.
        $('#advance-status').textContent = empty === null ? 'Bots now play every seat that had nobody in it.'
          : empty.length === 0 ? 'Every seat already has a student or a bot.'
            : 'Bots now play ' + (empty.length === 1 ? empty[0] : empty.length + ' seats: ' + W.andList(empty)) + '.';
        // Said for this phase only (a play-test found it still there at the end of the summit).
        const now = W.stageText(app.view.stage);
        app.advanceNote = { from: now, into: now };
      }
    } }));
  } else {
    controls.push(h('p', { text: 'The summit has ended: there is nothing more to run. The report has the debrief,'
      + ' and "Download the grade sheet" under it the grade book.' }));
  }
  fill($('#controls'), controls);
  // Once the summit is over its record is closed: nothing more can be taken off the screens.
  if (phase === 'RESULTS') {
    document.querySelectorAll('#t-floor button').forEach((b) => b.remove());
  }
  // Once the summit is over, nobody else needs to join: the join code's QR code goes.
  document.querySelectorAll('figure.qr').forEach((f) => { f.hidden = phase === 'RESULTS'; });
  // Ending a round closes its votes, which adopts what nobody opposed yet: say so before the click.
  const open = openVotes(v);
  drawOpenVotes(v, open);
  // The note is about Next phase now: while End the summit asks for its second press, it would mislead.
  $('#controls-note').hidden = open.length === 0 || app.endArmed;
  $('#controls-note').textContent = open.length === 0 ? '' : 'Next phase now also closes the '
    + (open.length === 1 ? 'open vote on ' : open.length + ' open votes, on ') + votesText(open, v, 'has')
    + '. Delegations that have not voted count as abstaining, so an amendment nobody has opposed yet is adopted.'
    + (app.advanceArmed ? ' Press again to move on.' : '');
  drawReport(phase === 'RESULTS');
  $('#announce-form').hidden = phase === 'LOBBY' || phase === 'RESULTS';
  $('#news-form').hidden = phase === 'LOBBY' || phase === 'RESULTS';
  $('#inject-form').hidden = phase === 'LOBBY' || phase === 'RESULTS' || !(v.injects || []).length;
  prepared(v.injects || []);
}

/**
 * Each open vote with a button to close it now (`call_vote`), as the console's `callvote A1`: a
 * teacher who sees the class has said all it has to say need not wait for the vote window or move
 * the whole round on. It asks once more, since delegations that have not voted count as abstaining.
 */
function drawOpenVotes(v, open) {
  $('#open-votes').hidden = open.length === 0;
  if (app.votesClosedIn !== W.stageText(v.stage)) {
    $('#open-votes-status').textContent = ''; // said for a phase that is over
  }
  if (!open.some((a) => a.id === app.closeArmed)) {
    app.closeArmed = null;
  }
  fill($('#open-votes-list'), open.map((a) => {
    const armed = app.closeArmed === a.id;
    // Who the vote waits for, students by their names: the teacher can ask them before closing it.
    const waiting = notVoted(a, v);
    return h('li', { class: 'actions' }, votesText([a], v, 'has')
      + (waiting.length && waiting.length <= 6 ? '. Not voted yet: ' + waiting.map(withStudents).join(', ') + '.' : '') + ' ',
      h('button', { type: 'button', class: armed ? 'danger' : null,
        text: armed ? 'Really close this vote?' : 'Close this vote', 'aria-label': (armed ? 'Really close' : 'Close')
          + ' the vote on amendment ' + a.id, onclick: async (e) => {
          if (!armed) {
            app.closeArmed = a.id;
            draw();
            return;
          }
          app.closeArmed = null;
          if (await chair({ type: 'call_vote', amendment: a.id }, e.target)) {
            app.votesClosedIn = W.stageText(v.stage);
            $('#open-votes-status').textContent = 'Closed the vote on ' + votesText([a], v, 'had')
              + '. Delegations that had not voted counted as abstaining.';
          }
        } }));
  }));
}

/** The amendments whose votes moving on now would close: the open ones of a round. */
function openVotes(v) {
  return v.stage.phase === 'ROUND' ? (v.amendments || []).filter((a) => a.status === 'open') : [];
}

/** The delegations with no stance yet on amendment a: neither its sponsors nor voters. */
function notVoted(a, v) {
  const stances = new Set([a.proposer, ...(a.cosponsors || []), ...Object.keys(a.votes || {})]);
  return (v.delegations || []).map((d) => d.id).filter((s) => !stances.has(s));
}

/**
 * The open votes in words, by clause title, each with how many delegations have no stance yet
 * ({@code verb}: 'has' before the move, 'had' after it), as the console's advance reports them.
 */
function votesText(amendments, v, verb) {
  const clauses = new Map(app.welcome.scenario.clauses.map((c) => [c.id, c.title]));
  const names = new Map(app.welcome.scenario.delegations.map((d) => [d.id, d.name]));
  const parts = amendments.map((a) => {
    const silent = notVoted(a, v).length;
    return '“' + (clauses.get(a.clause) || a.clause) + '” (' + W.possessive(names.get(a.proposer) || a.proposer)
      + ' amendment; ' + (silent === 0 ? 'every delegation ' + (verb === 'has' ? 'has' : 'had') + ' voted'
        : silent + (silent === 1 ? ' delegation ' : ' delegations ') + (verb === 'has' ? (silent === 1 ? 'has' : 'have')
          : 'had') + ' not voted') + ')';
  });
  return parts.length > 1 ? parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1] : parts[0];
}

/**
 * Next phase now. With votes open it asks first (moving on closes them, adopting what nobody
 * opposed), and afterwards says which votes it closed. The question lapses when the phase moves.
 */
/**
 * Start, asked about once when no student has taken a seat: with bots alone at the table every
 * phase ends as soon as they are ready (a play-test's teacher filled the seats and started before
 * the class came, and the briefing lasted a second). The question lapses as the others do.
 */
function startButton() {
  const alone = app.people.size === 0;
  if (!alone || Date.now() - (app.startArmedAt || 0) > ARMED_MS) {
    if (app.startArmedAt) {
      $('#advance-status').textContent = '';
    }
    app.startArmedAt = 0;
  }
  const armed = alone && app.startArmedAt > 0;
  return h('button', { type: 'button', id: 'start', class: armed ? 'danger' : null,
    text: armed ? 'Really start without students?' : 'Start the summit', onclick: (e) => {
      if (alone && !armed) {
        app.startArmedAt = Date.now();
        $('#advance-status').textContent = 'No student has taken a seat yet. With bots alone at the table, each'
          + ' phase ends as soon as they are ready, in seconds rather than on the clock, and students who join later'
          + ' take over a bot\u2019s seat and its promises. Wait for your students, or press again to start now.';
        clearTimeout(app.advanceTimer);
        app.advanceTimer = setTimeout(draw, ARMED_MS + 100);
        draw();
        return;
      }
      app.startArmedAt = 0;
      $('#advance-status').textContent = '';
      chair({ type: 'start' }, e.target);
    } });
}

function advanceButton(v) {
  const stage = W.stageText(v.stage);
  const open = openVotes(v);
  // The question is about these votes, now: it lapses when the phase moves, when the open votes
  // change, and after a little while (a play-test found it still armed two minutes later).
  const asked = stage + ' ' + open.map((a) => a.id).join(' ');
  if (app.advanceArmed !== asked || Date.now() - app.advanceArmedAt > ARMED_MS) {
    app.advanceArmed = null;
  }
  const armed = app.advanceArmed && open.length > 0;
  const text = armed ? 'Really move on and close ' + (open.length === 1 ? 'the open vote?' : 'the ' + open.length
    + ' open votes?') : 'Next phase now';
  return h('button', { type: 'button', class: armed ? 'danger' : null, text, onclick: async (e) => {
    if (open.length > 0 && !armed) {
      app.advanceArmed = asked;
      app.advanceArmedAt = Date.now();
      clearTimeout(app.advanceTimer);
      app.advanceTimer = setTimeout(draw, ARMED_MS + 100);
      draw();
      return;
    }
    app.advanceArmed = null;
    $('#advance-status').textContent = '';
    if (await chair({ type: 'advance' }, e.target) && open.length > 0) {
      app.advanceNote = { from: stage };
      $('#advance-status').textContent = 'Moved on, closing the ' + (open.length === 1 ? 'vote on ' : open.length
        + ' votes on ') + votesText(open, v, 'had') + '. Delegations that had not voted counted as abstaining.';
    }
  } });
}

/** The report: the debrief of the whole game, so it is made once the summit has ended, not while it runs. */
function drawReport(ended) {
  $('#report-open').hidden = !ended;
  $('#grades-open').hidden = !ended;
  $('#report-when').textContent = ended
    ? 'The debrief of this summit: the final text against the draft, each delegation\'s decision and statement,'
      + ' the class beside what really happened, scores, votes and who talked to whom. It opens in a new tab, for the'
      + ' projector or to print. The grade sheet is a table for a spreadsheet: a row per delegation, with the'
      + ' names of the students who played it (the debrief leaves names out, for the screen).'
    : 'The report (the debrief of the whole summit) can be opened here once the summit has ended; it does not'
      + ' report a summit still running.';
}

/** The scenario's prepared news, by title; refilled only when it changed, so a choice being made stays. */
function prepared(injects) {
  const key = JSON.stringify(injects.map((i) => [i.id, i.released]));
  if (key === app.injectsKey) {
    return;
  }
  app.injectsKey = key;
  const select = $('#inject');
  const was = select.value;
  // A suggestion for a round this room does not have (a quick try has one) would only puzzle.
  const rounds = app.view.rounds;
  const suggested = (i) => i.when && !(i.when.phase === 'ROUND' && rounds && i.when.round > rounds);
  fill(select, injects.map((i) => h('option', { value: i.id, disabled: i.released,
    text: i.title + (i.released ? ' (published)' : suggested(i) ? ' (suggested for '
      + W.stageWords(i.when, rounds).toLowerCase() + ')' : '') })));
  const open = injects.filter((i) => !i.released);
  select.value = open.some((i) => i.id === was) ? was : open.length ? open[0].id : '';
  describeInject();
}

function describeInject() {
  const i = (app.view.injects || []).find((x) => x.id === $('#inject').value);
  // The source is named only when the title and text do not already name it.
  const named = i && i.source && !(i.title + ' ' + i.text).toLowerCase().includes(i.source.toLowerCase());
  $('#inject-text').textContent = i ? (named ? i.source + ': ' : '') + i.text : 'All the prepared news is published.';
  $('#inject-form button').disabled = !i || i.released;
}

$('#inject').addEventListener('change', describeInject);

$('#inject-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const error = e.target.querySelector('.form-error');
  const button = e.target.querySelector('button');
  const chosen = $('#inject').value;
  if (!chosen) {
    return;
  }
  button.disabled = true;
  const title = ((app.view.injects || []).find((i) => i.id === chosen) || { title: chosen }).title;
  try {
    await app.socket.request({ type: 'command', stage: W.stageText(app.view.stage), command: { type: 'inject', inject: chosen } });
    error.textContent = '';
    // Said in words: the list moving on to the next item was the only sign a play-test's teacher saw.
    $('#inject-status').textContent = 'Published: \u201c' + title + '\u201d. Every delegation sees it now.';
  } catch (err) {
    error.textContent = err.message;
    $('#inject-status').textContent = '';
    button.disabled = false;
  }
});

/** Sends a chair's command; true once the server has taken it. */
async function chair(command, button) {
  notice('');
  if (button) {
    button.disabled = true;
  }
  try {
    await app.socket.request({ type: 'command', stage: W.stageText(app.view.stage), command });
    return true;
  } catch (e) {
    notice(e.message);
    return false;
  } finally {
    if (button) {
      button.disabled = false;
    }
  }
}

async function roomOp(message) {
  notice('');
  try {
    await app.socket.request(message);
    monitor();
    return true;
  } catch (e) {
    notice(e.message);
    return false;
  }
}

/**
 * After a student left seat {@code seat} (moved or sent away): a seat nobody plays makes no moves
 * and abstains at the end, so the page says so, with the bot to put there (the console says the
 * same). A seat a bot played before the student gets it back by itself, and needs no word.
 */
async function nobodyAt(seat, name) {
  const phase = app.view && app.view.stage.phase;
  if (!seat || !phase || phase === 'LOBBY' || phase === 'RESULTS') {
    return;
  }
  const m = await monitorData();
  const s = m && m.seats.find((x) => x.seat === seat);
  if (!s || s.status === 'bot' || s.players.length) {
    return;
  }
  fill($('#monitor-status'), name + ' has nobody now: it makes no moves, and abstains at the end unless someone'
    + ' plays it. ', h('button', { type: 'button', text: 'Put a bot on ' + name, onclick: async () => {
    if (await roomOp({ type: 'fill_bots', seats: [seat] })) {
      $('#monitor-status').textContent = 'A bot plays ' + name + ' now, until you move a student there.';
    }
  } }));
}

$('#news-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = e.target;
  const title = f.headline.value.trim();
  const text = f.text.value.trim();
  const error = f.querySelector('.form-error');
  if (!title || !text) {
    error.textContent = 'Write both a headline and the news.';
    return;
  }
  try {
    await app.socket.request({ type: 'command', stage: W.stageText(app.view.stage), command: { type: 'inject', title, text } });
    f.headline.value = '';
    f.text.value = '';
    error.textContent = '';
  } catch (err) {
    error.textContent = err.message;
  }
});

$('#announce-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const text = e.target.text.value.trim();
  const error = e.target.querySelector('.form-error');
  if (!text) {
    error.textContent = 'Write the announcement first.';
    return;
  }
  try {
    await app.socket.request({ type: 'command', stage: W.stageText(app.view.stage), command: { type: 'announce', text } });
    e.target.text.value = '';
    error.textContent = '';
  } catch (err) {
    error.textContent = err.message;
  }
});

/** Who is doing what, from the server; null when it cannot say now (offline: the next refresh will). */
async function monitorData() {
  try {
    return await app.socket.request({ type: 'get_monitor' });
  } catch (e) {
    return null;
  }
}

async function monitor() {
  // Redrawn every few seconds, but never under the teacher's hands (a seat being chosen).
  if (!app.welcome || $('#monitor').contains(document.activeElement)) {
    return;
  }
  const m = await monitorData();
  if (!m || $('#monitor').contains(document.activeElement)) {
    return; // the teacher reached into it while the answer was on its way
  }
  const status = { present: 'here', absent: 'away', bot: 'a bot', empty: 'empty' };
  // Nobody can speak before the opening statements: quiet then says nothing about a student.
  const talking = !!(app.view && !['LOBBY', 'BRIEFING'].includes(app.view.stage.phase));
  const quiet = new Set(talking ? m.notSpoken || [] : []);
  // After the summit, new keys, moves and sending away change nothing that matters.
  const over = !!(app.view && app.view.stage.phase === 'RESULTS');
  fill($('#monitor'), h('table', {},
    h('thead', {}, h('tr', {}, ['Delegation', 'Who', 'Status', 'Quiet for', 'Said', 'Private', 'Votes', 'Done', 'Decided',
      'Messages', 'Seat key']
      .map((t) => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, m.seats.map((s) => h('tr', {},
      h('th', { scope: 'row', text: s.name + (quiet.has(s.seat) ? ' (has not spoken yet)' : '') }),
      h('td', {}, h('bdi', { text: s.players.map((p) => (p.name || 'a student with no name') + (p.bot ? ' (a program)' : ''))
        .join(', ') })),
      h('td', { text: status[s.status] || s.status }),
      h('td', { text: talking && (s.status === 'present' || s.status === 'absent') ? W.minutes(s.idleSeconds * 1000) : '' }),
      h('td', { text: String(s.counts.floor) }),
      h('td', { text: String(s.counts.messages + s.counts.caucusMessages) }),
      h('td', { text: String(s.counts.votes) }),
      // Done with this phase ("I am done"): the phase ends when every delegation is.
      h('td', { text: s.ready ? 'yes' : '' }),
      h('td', { text: s.decided ? 'yes' : '' }),
      // Students are muted, not bots (a bot says nothing a teacher would take off the screens);
      // a seat muted from the console keeps its Unmute button whoever plays it.
      h('td', {}, over ? (mutedSeats().has(s.seat) ? 'muted' : '')
        : s.status === 'present' || s.status === 'absent' || mutedSeats().has(s.seat) ? muteButton(s) : null),
      h('td', {}, !over && (s.status === 'present' || s.status === 'absent') ? newKeyButton(s) : null))))),
  h('p', { class: 'small', text: m.spectators + ' watching (the projector counts as one). A seat\'s new key'
    + ' locks out every browser or console that still holds the old one (a student you sent away, a lost device);'
    + ' students connected to the seat now stay in it.' }),
  over ? null : players(m));
}

/** The delegations the teacher has muted, from the latest view. */
function mutedSeats() {
  return new Set((app.view && app.view.muted) || []);
}

/**
 * Mute or unmute a delegation's messages: one press, since the other undoes it. The button
 * turns at once: the monitor is not redrawn while the focus is on it.
 */
function muteButton(seat) {
  const button = h('button', { type: 'button' });
  const show = (muted) => {
    button.dataset.muted = muted ? 'yes' : '';
    button.textContent = muted ? 'Unmute' : 'Mute';
    button.className = muted ? 'danger' : '';
    button.setAttribute('aria-label', (muted ? 'Unmute ' : 'Mute ') + seat.name);
  };
  show(mutedSeats().has(seat.seat));
  button.addEventListener('click', async () => {
    const muted = button.dataset.muted === 'yes';
    if (await chair({ type: muted ? 'unmute' : 'mute', seat: seat.seat }, button)) {
      show(!muted);
      $('#monitor-status').textContent = muted ? seat.name + ' can send messages again.'
        : seat.name + ' is muted: it cannot send messages until you unmute it. Only it is told.';
    }
  });
  return button;
}

/** What delegations say to everyone, each with a button that takes the words off every screen. */
function floorEvent(msg) {
  const e = msg.event;
  const list = $('#t-floor');
  if (e.type === 'decisions_revealed') {
    // Nothing can be hidden once the summit is over: the last decision ends it at once.
    list.querySelectorAll('button').forEach((b) => b.remove());
    return;
  }
  if (e.type === 'statement_hidden') {
    // The teacher still sees what was hidden, struck through, until the page is reloaded.
    const li = list.querySelector('li[data-seq="' + Number(e.seq) + '"]');
    if (li) {
      const button = li.querySelector('button');
      if (button) {
        button.remove();
      }
      li.classList.add('withdrawn');
      li.append(' ', h('em', { text: '(hidden from everyone else)' }));
    }
    return;
  }
  // Every delegation's own words the class reads: on the floor, in a pledge, as an amendment's reason.
  const name = nameOf(e.seat);
  let said;
  let label = withStudents(e.seat);
  if (e.type === 'floor') {
    said = e.text;
  } else if (e.type === 'pledge_made' && e.text) {
    said = e.text;
    label += ', in a pledge';
  } else if (e.type === 'amendment_proposed' && e.rationale) {
    said = e.rationale;
    label += ', the reason for amendment ' + e.amendment;
  } else if (e.type === 'decision_sealed' && e.statement) {
    // Only the teacher sees it before the end; the debrief shows it to the class, unless hidden now.
    said = e.statement;
    label += ', with its decision (the class reads it in the debrief)';
  } else {
    return;
  }
  // Follows the newest line, but not away from a line the teacher is reading or about to hide.
  const box = list.parentElement;
  const atEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 2;
  logLine(list, msg, label, said, app.view && app.view.stage.phase === 'RESULTS' ? null : hideButton(msg.seq, name));
  if (atEnd && !list.contains(document.activeElement)) {
    box.scrollTop = box.scrollHeight;
  }
}

/** A line of one of the page's logs: the time, what to do with it (if anything), who, and their words as typed. */
function logLine(list, msg, who, text, action) {
  const time = new Date(msg.time);
  list.append(h('li', { 'data-seq': msg.seq },
    h('time', { datetime: time.toISOString(), text: time.toTimeString().slice(0, 5) }), ' ',
    action, action ? ' ' : null, h('strong', {}, h('bdi', { text: who })), ': ', h('bdi', { class: 'said', text })));
  while (list.children.length > FLOOR_LINES) {
    list.firstElementChild.remove();
  }
}

/** Takes a statement off every screen, after a second press: it cannot be undone. */
function hideButton(seq, name) {
  return confirmedButton({ text: 'Hide', label: 'Hide this statement by ' + name,
    question: 'Really hide it?', questionLabel: 'Really hide this statement by ' + name + '?', status: $('#floor-status'),
    asking: 'Press again to take it off every screen, the projector\'s too. It cannot be undone.',
    act: async (button) => {
      if (await chair({ type: 'hide', seq }, button)) {
        $('#floor-status').textContent = 'A statement by ' + W.inSentence(name) + ' is off every screen.';
      }
    } });
}

/**
 * A button that acts on its second press: the first only asks (what {@code asking} says, in
 * {@code status}), so a slip of the mouse changes nothing. Leaving it takes the question back.
 */
function confirmedButton({ text, label, question, questionLabel, status, asking, act }) {
  const button = h('button', { type: 'button', class: 'danger', text, 'aria-label': label });
  const disarm = () => {
    delete button.dataset.armed;
    button.textContent = text;
    button.setAttribute('aria-label', label);
  };
  button.addEventListener('blur', disarm);
  button.addEventListener('click', async () => {
    if (!button.dataset.armed) {
      button.dataset.armed = 'yes';
      button.textContent = question;
      button.setAttribute('aria-label', questionLabel);
      status.textContent = asking;
      return;
    }
    disarm();
    await act(button);
  });
  return button;
}

/** The seats students play (here or away), from the room's presence: their deal notes are worth reading, bots' are not. */
function seatedPeople(presence) {
  const players = (presence && presence.players) || [];
  // A program that joined as a bot holds its seat as a student would; its notes are a bot's.
  const programs = new Set(players.filter((p) => p.bot && p.seat).map((p) => p.seat));
  app.people = new Set(((presence && presence.seats) || [])
    .filter((s) => (s.status === 'present' || s.status === 'absent') && !programs.has(s.seat)).map((s) => s.seat));
  // Students moved to watching, so that the teacher can seat them again (the projector has no name).
  app.watchers = players.filter((p) => p.role === 'spectator' && p.name);
  // Who plays each seat, so that the floor says "Germany (Maya)": the teacher knows students, not countries.
  app.studentsAt = new Map();
  players.filter((p) => p.role === 'player' && p.seat && p.name && !p.bot).forEach((p) => {
    app.studentsAt.set(p.seat, [...(app.studentsAt.get(p.seat) || []), p.name]);
  });
}

/** A delegation and the students who play it now: "Germany (Maya)", or "Germany" for a bot's seat. */
function withStudents(seat) {
  const names = (app.studentsAt && app.studentsAt.get(seat)) || [];
  return nameOf(seat) + (names.length ? ' (' + names.join(', ') + ')' : '');
}

/** Private messages, caucus talk and the words of deals: the events only a reading facilitator is sent. */
function privateEvent(msg) {
  const e = msg.event;
  let who;
  let text;
  if (e.type === 'dm') {
    who = nameOf(e.from) + ' to ' + nameOf(e.to);
    text = e.text;
  } else if (e.type === 'caucus_message') {
    who = nameOf(e.from) + ' in a caucus of ' + e.members.map(nameOf).join(', ');
    text = e.text;
  } else if (e.type === 'deal_offered' && app.people.has(e.from)) {
    // The terms as sent, then the words: a play-test's teacher read "We vote for your A2 if you
    // vote for our A1." over a deal whose terms were something else.
    const clauses = new Map(app.welcome.scenario.clauses.map((c) => [c.id, c]));
    who = nameOf(e.from) + ' offering ' + nameOf(e.to) + ' deal ' + e.deal;
    text = W.promiseWords(e.give, W.subject(nameOf(e.from)) + ' will', clauses) + '; in return '
      + W.promiseWords(e.want, W.inSentence(nameOf(e.to)) + ' will', clauses) + '.'
      + (e.text ? ' \u201c' + e.text + '\u201d' : '');
  } else {
    return;
  }
  logLine($('#t-private'), msg, who, text, null);
}

function nameOf(seat) {
  const d = app.welcome && app.welcome.scenario.delegations.find((x) => x.id === seat);
  return d ? d.name : seat;
}

/**
 * Gives a seat a new key (its token), after a second press: the first only asks, so a slip of
 * the mouse locks nobody out. The monitor is not redrawn while the focus is on it.
 */
function newKeyButton(seat) {
  const question = 'Really give ' + seat.name + ' a new key?';
  return confirmedButton({ text: 'New key', label: 'New key for ' + seat.name, question, questionLabel: question,
    status: $('#monitor-status'),
    asking: 'Press again to give ' + seat.name + ' a new key: the old key will no longer open the seat.',
    act: async () => {
      notice('');
      try {
        await app.socket.request({ type: 'reset_token', seat: seat.seat });
        $('#monitor-status').textContent = seat.name + ' has a new key. The old one no longer opens the seat.';
      } catch (e) {
        $('#monitor-status').textContent = '';
        notice(e.message);
      }
    } });
}

/**
 * Each connected student, with a place to move them to (another delegation, or watching) and a
 * way out; a student watching can be given a seat again.
 */
function players(m) {
  const seated = m.seats.flatMap((s) => s.players.map((p) => ({
    ...p, name: p.name || 'a student with no name', seat: s.seat, delegation: s.name })));
  const watching = (app.watchers || []).map((p) => ({ player: p.player, name: p.name, seat: null,
    delegation: 'watching' }));
  if (!seated.length && !watching.length) {
    return null;
  }
  const list = h('ul', { id: 'players', class: 'plain' }, [...seated, ...watching].map((p) => {
    const moveId = 'move-' + p.player;
    return h('li', { class: 'actions' },
      h('bdi', { text: p.name }), ' (' + p.delegation + ')',
      h('label', { for: moveId, class: 'small', text: p.seat ? 'Move to' : 'Seat at' }),
      // Nothing chosen at first: a press of Move by mistake moves nobody.
      h('select', { id: moveId }, [h('option', { value: '', text: 'choose\u2026', selected: true, disabled: true }),
        p.seat ? h('option', { value: 'watching', text: 'watching only' }) : null,
        ...m.seats.filter((s) => s.seat !== p.seat).map((s) => h('option', { value: s.seat, text: s.name }))]),
      h('button', { type: 'button', text: 'Move', 'aria-label': 'Move ' + p.name, onclick: () => {
        const to = document.getElementById(moveId).value;
        if (!to) {
          $('#monitor-status').textContent = 'Choose where to move ' + p.name + ' first: '
            + (p.seat ? 'another delegation, or watching only.' : 'a delegation.');
          return;
        }
        $('#monitor-status').textContent = '';
        roomOp({ type: 'move_player', player: p.player, seat: to === 'watching' ? null : to })
          .then((done) => done && nobodyAt(p.seat, p.delegation));
      } }),
      h('button', { type: 'button', class: 'danger', text: 'Send away', 'aria-label': 'Send ' + p.name + ' away',
        onclick: () => {
          $('#monitor-status').textContent = '';
          roomOp({ type: 'kick', player: p.player, reason: 'The teacher closed your connection.' })
            .then((done) => done && nobodyAt(p.seat, p.delegation));
        } }));
  }));
  return [h('h3', { text: 'Students' }), list];
}

// The monitor's column names stay under the bar while its rows scroll by (two dozen in the Hague):
// the bar's height, which wraps on a narrow window, is the line they stop at.
new ResizeObserver(() => document.documentElement.style.setProperty('--bar-height',
  document.querySelector('.bar').offsetHeight + 'px')).observe(document.querySelector('.bar'));

start();
