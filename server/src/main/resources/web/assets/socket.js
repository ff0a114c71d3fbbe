// The Summit protocol over one WebSocket (docs/PROTOCOL.md): hello, then join or resume;
// requests matched to replies by id; heartbeats; and, when the connection drops, a new one
// that resumes the seat with the token and the last event seen, so nothing is missed twice.

const PROTOCOL = 1;
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30000;

export class SummitSocket extends EventTarget {
  constructor(url) {
    super();
    this.url = url;
    this.ws = null;
    this.nextId = 1;
    this.pending = new Map();
    this.entry = null;      // what to send after hello: a join or a resume
    this.token = null;      // once seated: reconnections resume with it
    this.lastSeq = 0;       // the last event received; events at or below it are not shown again
    this.retryMs = FIRST_RETRY_MS;
    this.retryTimer = null;
    this.heartbeat = null;
    this.closedByUs = false;
    this.state = 'offline';
  }

  /** Opens the connection; resolves with hello_ok. */
  open() {
    this.closedByUs = false;
    return new Promise((resolve, reject) => {
      let ws;
      try {
        ws = new WebSocket(this.url);
      } catch (e) {
        reject(e);
        return;
      }
      this.ws = ws;
      this.setState('connecting');
      ws.addEventListener('open', () => {
        // Connected once the server has answered hello, in a room or not yet (a join form, which
        // the heartbeat keeps open while the student types).
        this.request({ type: 'hello', protocol: PROTOCOL, client: 'summit-web/1' }).then((ok) => {
          this.setState('online');
          this.startHeartbeat();
          resolve(ok);
        }, reject);
      });
      ws.addEventListener('message', (m) => this.receive(m.data));
      ws.addEventListener('close', () => {
        reject(new Error('closed'));
        this.dropped(ws);
      });
    });
  }

  /** Sends a request and resolves with the reply that carries its id (rejects on an error reply). */
  request(message) {
    const id = 'w' + this.nextId++;
    const out = Object.assign({}, message, { id });
    return new Promise((resolve, reject) => {
      if (!this.ws || this.ws.readyState !== WebSocket.OPEN) {
        reject(Object.assign(new Error('You are not connected right now; wait a moment and try again.'),
          { code: 'offline' }));
        return;
      }
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify(out));
    });
  }

  /** Joins (or resumes) and keeps the seat: later reconnections resume with the token. */
  async enter(entry) {
    this.entry = entry;
    // The name goes with every reconnection too, or the teacher would see the seat lose it.
    this.name = entry.name || this.name || null;
    // A new room or seat numbers its own events: forget what another one sent.
    this.lastSeq = entry.lastSeq || 0;
    const welcome = await this.request(entry);
    if (entry.lastSeq === undefined) {
      // Without lastSeq the server sends no past events, only those after the welcome's view.
      this.lastSeq = welcome.view.seq;
    }
    this.welcomed(welcome);
    return welcome;
  }

  welcomed(welcome) {
    if (welcome.token && welcome.role !== 'spectator') {
      this.token = welcome.token;
    }
    this.retryMs = FIRST_RETRY_MS;
    this.setState('online');
    this.startHeartbeat();
    this.emit('welcome', welcome);
  }

  receive(data) {
    let msg;
    try {
      msg = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (msg.type === 'event') {
      // Replies to get_events carry an id; live and replayed events do not. Either way an
      // event is shown once: anything at or below the last seq seen was shown already.
      if (msg.seq <= this.lastSeq) {
        return;
      }
      this.lastSeq = msg.seq;
      this.emit('event', msg);
      return;
    }
    const waiting = msg.id !== undefined ? this.pending.get(msg.id) : undefined;
    if (waiting) {
      this.pending.delete(msg.id);
      if (msg.type === 'error') {
        waiting.reject(Object.assign(new Error(msg.message), { code: msg.code }));
      } else {
        waiting.resolve(msg);
      }
      return;
    }
    if (msg.type === 'welcome') {
      // Sent unasked when the facilitator moves this player or resets the seat's token.
      this.welcomed(msg);
    } else if (msg.type === 'bye') {
      this.bye = msg;
      this.emit('bye', msg);
    } else {
      this.emit(msg.type, msg);
    }
  }

  startHeartbeat() {
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      this.request({ type: 'ping' }).catch(() => {});
    }, 15000);
  }

  dropped(ws) {
    if (ws !== this.ws) {
      return;
    }
    clearInterval(this.heartbeat);
    for (const p of this.pending.values()) {
      p.reject(Object.assign(new Error('The connection was lost before the server answered; try again.'),
        { code: 'offline' }));
    }
    this.pending.clear();
    this.ws = null;
    const final = this.bye && (this.bye.code === 'kicked' || this.bye.code === 'room_expired');
    if (this.closedByUs || final || !this.reentry()) {
      this.setState('offline');
      return;
    }
    this.setState('reconnecting');
    // Backoff from half a second, doubling, with 20 % jitter, capped at 30 s (docs/PROTOCOL.md).
    const wait = this.retryMs * (0.8 + Math.random() * 0.4);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
    this.retryTimer = setTimeout(() => this.reconnect(), wait);
  }

  async reconnect() {
    this.bye = null;
    try {
      await this.open();
      const welcome = await this.request(this.reentry());
      this.welcomed(welcome);
    } catch (e) {
      if (e.code === 'forbidden') {
        this.token = null;
        this.emit('lost', e);
        this.close();
      } else if (this.ws && this.ws.readyState === WebSocket.OPEN) {
        this.ws.close();
      }
    }
  }

  /** How to come back: a seat or the chair resumes with its token, a spectator joins again. */
  reentry() {
    if (this.token) {
      const resume = { type: 'resume', token: this.token, lastSeq: this.lastSeq };
      if (this.name) {
        resume.name = this.name;
      }
      return resume;
    }
    if (this.entry && this.entry.role === 'spectator') {
      return Object.assign({}, this.entry, { lastSeq: this.lastSeq });
    }
    return null;
  }

  close() {
    this.closedByUs = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.heartbeat);
    if (this.ws) {
      this.ws.close();
    }
    this.setState('offline');
  }

  setState(state) {
    this.state = state;
    this.emit('state', { state });
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

/** The WebSocket address of the server that served this page. */
export function socketUrl() {
  return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
}
